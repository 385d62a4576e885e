package cn.congress.nomination.nomination;

/** A nominee refused by one rule: who (id and name), the stable rule code and the Chinese reason naming the person. */
public record Rejection(String memberId, String person, String rule, String reason) {}
