package cn.congress.nomination.nomination.branch;

import java.util.List;

/** One row of the member picker: who, where, and hints on what the rules will say of them. */
record CandidateView(String memberId, String name, String branchId, String branchName, Integer ageAtElection,
                     String category, String categoryName, List<String> hints) {}
