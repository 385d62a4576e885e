package cn.congress.nomination.election;

import cn.congress.nomination.organization.MemberAttributes.CadreLevel;

/** What identity rules need of a member: their cadre level and where in the tree they are. */
record MemberFacts(String id, String name, CadreLevel cadreLevel, String organizationPath) {}
