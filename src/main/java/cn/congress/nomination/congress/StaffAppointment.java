package cn.congress.nomination.congress;

import java.util.List;

/** The conference's counters (users; they need not be voters) and its scrutineers (voters who are not candidates). */
public record StaffAppointment(List<String> counters, List<Scrutineer> scrutineers) {

  public StaffAppointment {
    counters = counters == null ? List.of() : counters;
    scrutineers = scrutineers == null ? List.of() : scrutineers;
  }

  List<String> scrutineerUsers() {
    return scrutineers.stream().map(s -> s == null ? null : s.userId()).toList();
  }
}
