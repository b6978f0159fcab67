package com.swopify.slamonitor.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A stretch [from, until) in which a seller does not answer: an absence, announced or not. */
record Silence(Instant from, Instant until) {

  /** The whole local days firstDay to lastDay, both included, in the seller's zone. */
  static Silence ofDays(LocalDate firstDay, LocalDate lastDay, ZoneId zone) {
    Instant from = firstDay.atStartOfDay(zone).toInstant();
    return new Silence(from, lastDay.plusDays(1).atStartOfDay(zone).toInstant());
  }

  boolean covers(Instant t) {
    return !t.isBefore(from) && t.isBefore(until);
  }
}
