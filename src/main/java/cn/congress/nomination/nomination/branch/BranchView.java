package cn.congress.nomination.nomination.branch;

import cn.congress.nomination.nomination.ParticipationChannel;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What GET /api/nominations/{e}/branches/{b} answers: the record, its state, the rates and the branch's names. */
record BranchView(String electionId, String branchId, String branchName, String status, boolean editable,
                  Integer expected, Map<ParticipationChannel, Integer> participants, Integer participantCount,
                  Integer educated, List<NomineeView> nominees, Rates rates, String majorityRule, Integer votesNeeded,
                  List<NomineeView> branchNames, String savedBy, Instant savedAt, String submittedBy,
                  Instant submittedAt, String sentBackReason, String sentBackBy, Instant sentBackAt, Integer version,
                  List<MustKnowView> mustKnows) {

  record NomineeView(String memberId, String name, String branchName, int votes, int fullMemberVotes, boolean backed,
                     String category, String categoryName) {}

  record Rate(int count, int expected, BigDecimal percent, String fraction) {}

  record Rates(Rate participation, Rate education) {}

  record MustKnowView(MustKnowKind kind, String kindLabel, LocalDate toldOn, MustKnowChannel channel,
                      String channelLabel, int membersTold, String confirmedBy, Instant confirmedAt) {}
}
