package cn.congress.nomination.nomination.targets;

import cn.congress.nomination.organization.Member;
import cn.congress.nomination.organization.MemberAttributes.*;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 24 inspection targets that fit the reference structure (16 seats: leaders ≤ 9, frontline ≥ 7 with 3 advanced models
 * incl. a worker and 4 professional-technical, women ≥ 7, minority ≥ 1, under 50 ≥ 9) with ids {@code prefix-t01…t24},
 * plus factories for members that break it.
 */
final class Targets {
  private Targets() {}

  record Person(Member member, String category) {}

  static List<Person> reference(String prefix, String branchId) {
    List<Person> people = new ArrayList<>();
    for (int i = 1; i <= 24; i++) {
      String id = prefix + "-t%02d".formatted(i);
      String category;
      CadreLevel cadre = CadreLevel.NONE;
      Occupation occupation;
      if (i <= 6) {
        category = "BUREAU_LEADER";
        cadre = CadreLevel.BUREAU;
        occupation = Occupation.CIVIL_SERVANT;
      } else if (i <= 9) {
        category = "DIVISION_LEADER";
        cadre = CadreLevel.DIVISION;
        occupation = Occupation.CIVIL_SERVANT;
      } else if (i <= 13) {
        category = "ADVANCED_MODEL";
        occupation = Occupation.WORKER;
      } else if (i <= 18) {
        category = "PROFESSIONAL_TECHNICAL";
        occupation = Occupation.PROFESSIONAL_TECHNICAL;
      } else {
        category = "WORKER";
        occupation = Occupation.WORKER;
      }
      Gender gender = i % 2 == 0 ? Gender.FEMALE : Gender.MALE;
      people.add(new Person(member(id, branchId, "考察" + i, gender, i % 5 == 0 ? "回族" : "汉族",
          LocalDate.of(i % 3 == 0 ? 1970 : 1985, 3, 1), cadre, occupation, Membership.FULL), category));
    }
    return people;
  }

  static Member member(String id, String branchId, String name, Gender gender, String ethnicity, LocalDate birth,
                       CadreLevel cadre, Occupation occupation, Membership membership) {
    return new Member(id, branchId, name, gender, ethnicity, birth, LocalDate.of(2005, 7, 1), membership,
        Education.UNIVERSITY, UnitType.ENTERPRISE, null, cadre, occupation, HonourLevel.NONE, null, Sanction.NONE, null,
        false, false, false, false);
  }

  /** The same people, all men: no slate of 16 has 7 women. */
  static List<Person> allMen(List<Person> people) {
    return people.stream().map(p -> {
      Member m = p.member();
      return new Person(member(m.id(), m.organizationId(), m.name(), Gender.MALE, m.ethnicity(), m.birthDate(),
          m.cadreLevel(), m.occupation(), m.membership()), p.category());
    }).toList();
  }

  static Map<String, String> categories(List<Person> people) {
    Map<String, String> map = new LinkedHashMap<>();
    people.forEach(p -> map.put(p.member().id(), p.category()));
    return map;
  }
}
