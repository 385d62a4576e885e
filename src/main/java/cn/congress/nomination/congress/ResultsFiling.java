package cn.congress.nomination.congress;

import java.time.Instant;

/**
 * One filing of the results with the upper committee: the election report, the delegates' roster and registration
 * forms (the report materials of the ELECTION stage, {@code /api/reports/elections/{id}/stages/ELECTION/…}) as they
 * stood. A re-election after the credentials review files again; none is overwritten.
 */
public record ResultsFiling(int number, int delegates, String names, String filedBy, Instant filedAt) {}
