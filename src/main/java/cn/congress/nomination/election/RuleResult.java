package cn.congress.nomination.election;

/**
 * The outcome of one structure rule over a list of people: how many it counted (within its parent's for a nested rule),
 * out of how many, the requirement in words and, when unmet, a message in Chinese.
 */
public record RuleResult(String code, String label, String parentCode, boolean met, int count, int population,
                         String requirement, String message) {}
