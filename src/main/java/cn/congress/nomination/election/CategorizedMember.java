package cn.congress.nomination.election;

import cn.congress.nomination.organization.Member;

/** A member with their primary identity category in one election (null when none is assigned yet). */
public record CategorizedMember(Member member, String category) {}
