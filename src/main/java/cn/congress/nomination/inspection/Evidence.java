package cn.congress.nomination.inspection;

/** One piece of evidence of a must or a complaint's verification: its source, a reference (file, date) and what it shows. */
public record Evidence(EvidenceSource source, String reference, String summary) {}
