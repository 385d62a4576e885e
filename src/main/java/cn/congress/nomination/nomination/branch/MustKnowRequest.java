package cn.congress.nomination.nomination.branch;

import java.time.LocalDate;

/** The branch's confirmation that members were told: which must-know, when, how, and how many members. */
record MustKnowRequest(MustKnowKind kind, LocalDate toldOn, MustKnowChannel channel, Integer membersTold) {}
