package cn.congress.nomination.report;

import cn.congress.nomination.election.CategorizedMember;
import cn.congress.nomination.organization.Member;

/** A person on a list as the materials print them: position, record, identity in the election, organization. */
public record ListedPerson(int rank, Member member, String category, String categoryName, String organizationName) {

  CategorizedMember categorized() {
    return new CategorizedMember(member, category);
  }
}
