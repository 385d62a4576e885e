package cn.congress.nomination.election;

/** One family of configuration rules, each with a stable code and a Chinese message naming the field. */
@FunctionalInterface
interface ElectionPolicy {
  void check(ElectionConfig config, ValidationContext context, Violations violations);
}
