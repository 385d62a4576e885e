package cn.congress.nomination.publicity;

import cn.congress.nomination.platform.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules of an objection (stable codes): it names a published person, says something specific enough to be
 * verified, and stays within the size limits; staff say which channel it came by.
 */
final class ObjectionPolicies {
  private ObjectionPolicies() {}

  /** Fewer characters than this cannot name a fact that can be verified ("他有问题"). */
  static final int MIN_CONTENT_CHARS = 10;
  static final int MAX_CONTENT_CHARS = 2000;
  static final int MAX_CONTACT_CHARS = 100;

  static final ObjectionPolicy MEMBER_REQUIRED = (r, c) -> blank(r.memberId())
      ? Optional.of(Violation.of("memberId", "MEMBER_REQUIRED", "memberId：请选择所反映的人选")) : Optional.empty();

  static final ObjectionPolicy MEMBER_PUBLISHED = (r, c) -> !blank(r.memberId())
      && !c.publishedMemberIds().contains(r.memberId())
      ? Optional.of(Violation.of("memberId", "MEMBER_PUBLISHED", "memberId：所反映的人选不在本次公示名单中"))
      : Optional.empty();

  static final ObjectionPolicy CONTENT_REQUIRED = (r, c) -> blank(r.content())
      ? Optional.of(Violation.of("content", "CONTENT_REQUIRED", "content：请填写反映的具体问题")) : Optional.empty();

  static final ObjectionPolicy CONTENT_SPECIFIC = (r, c) -> !blank(r.content())
      && r.content().strip().codePointCount(0, r.content().strip().length()) < MIN_CONTENT_CHARS
      ? Optional.of(Violation.of("content", "CONTENT_SPECIFIC",
          "content：反映的问题应具体（时间、地点、事实），至少" + MIN_CONTENT_CHARS + "个字"))
      : Optional.empty();

  static final ObjectionPolicy CONTENT_LENGTH = (r, c) -> r.content() != null
      && r.content().codePointCount(0, r.content().length()) > MAX_CONTENT_CHARS
      ? Optional.of(Violation.of("content", "CONTENT_TOO_LONG", "content：反映内容不能超过" + MAX_CONTENT_CHARS + "个字"))
      : Optional.empty();

  static final ObjectionPolicy CONTACT_LENGTH = (r, c) -> r.contact() != null
      && r.contact().codePointCount(0, r.contact().length()) > MAX_CONTACT_CHARS
      ? Optional.of(Violation.of("contact", "CONTACT_TOO_LONG", "contact：联系方式不能超过" + MAX_CONTACT_CHARS + "个字"))
      : Optional.empty();

  static final ObjectionPolicy STAFF_CHANNEL = (r, c) -> c.enteredByStaff()
      && (r.channel() == null || !r.channel().enteredByStaff())
      ? Optional.of(Violation.of("channel", "CHANNEL_REQUIRED",
          "channel：请选择反映渠道（电话 PHONE、来信 LETTER、短信 SMS、举报电话 HOTLINE）"))
      : Optional.empty();

  static List<ObjectionPolicy> all() {
    return List.of(MEMBER_REQUIRED, MEMBER_PUBLISHED, CONTENT_REQUIRED, CONTENT_SPECIFIC, CONTENT_LENGTH, CONTACT_LENGTH,
        STAFF_CHANNEL);
  }

  static List<Violation> check(ObjectionRequest request, ObjectionPolicy.Context context) {
    List<Violation> violations = new ArrayList<>();
    for (ObjectionPolicy policy : all()) policy.check(request, context).ifPresent(violations::add);
    return violations;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
