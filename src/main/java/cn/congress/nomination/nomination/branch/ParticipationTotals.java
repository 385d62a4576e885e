package cn.congress.nomination.nomination.branch;

import cn.congress.nomination.nomination.ParticipationChannel;
import java.util.Map;

/**
 * Participation of a subtree: branches in it and taking part; members expected, taking part (by channel) and told of
 * the nomination (education).
 */
public record ParticipationTotals(long branches, long branchesTakingPart, long expectedMembers, long membersTakingPart,
                                  Map<ParticipationChannel, Long> membersByChannel, long membersEducated) {}
