package cn.congress.nomination.nomination.targets;

import java.util.List;

/**
 * A name in the merged pool: its rank by support, its identity category as filed, the recommending units that filed it
 * and the branches and members backing it (summed over those units).
 */
public record PoolEntry(int rank, String memberId, String name, String identityCategory, List<String> unitIds,
                        int branches, int members) {}
