package com.swopify.slamonitor.demo;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Instants as the Helpdesk writes them: in UTC with Z, or in the market's offset. */
final class InstantText {
  private InstantText() {}

  static String utc(Instant t) {
    return DateTimeFormatter.ISO_INSTANT.format(t);
  }

  static String withMarketOffset(Instant t, ZoneId zone) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.atZone(zone).toOffsetDateTime());
  }

  /** The market's wall-clock time with no offset: ambiguous, so the contract rejects it. */
  static String withoutOffset(Instant t, ZoneId zone) {
    return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(t.atZone(zone).toLocalDateTime());
  }
}
