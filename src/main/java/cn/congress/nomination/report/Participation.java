package cn.congress.nomination.report;

import cn.congress.nomination.nomination.ParticipationChannel;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Participation in the nomination, for each organization under one parent (the recommending units of an electoral
 * unit, the committees or branches of a unit) and in total: organizations (branches) and members taking part, members
 * by channel, participation and education rates (percentages by {@link Percent}).
 */
public record Participation(Row total, List<Row> rows) {

  public record Row(String organizationId, String name, long branches, long branchesTakingPart,
                    BigDecimal branchParticipationPercent, long expectedMembers, long membersTakingPart,
                    Map<ParticipationChannel, Long> membersByChannel, BigDecimal memberParticipationPercent,
                    long membersEducated, BigDecimal educationPercent) {}
}
