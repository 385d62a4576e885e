package cn.congress.nomination.calendar;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A period of working days: its first and last working day, and the instant it ends (24:00 of the last day, Beijing
 * time, i.e. the start of the next calendar day), which is what timers wait for.
 */
public record Period(LocalDate publishedOn, int workingDays, LocalDate firstDay, LocalDate lastDay, Instant endsAt) {}
