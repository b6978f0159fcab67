package com.swopify.slamonitor.demo;

/** The ways a record arrives broken, each one a dead letter in the monitor (contract section 8). */
enum Malformation {
  /** The line cut off midway, as after a failed write: not JSON. */
  TRUNCATED {
    @Override
    String corrupt(OutgoingRecord record, HelpdeskStream stream) {
      String line = record.fields().render();
      int cut = line.length() / 2;
      // Never split a surrogate pair: the cut line must still be valid UTF-8 text.
      if (Character.isLowSurrogate(line.charAt(cut))) {
        cut--;
      }
      return line.substring(0, cut);
    }
  },
  /** The required event time missing. */
  MISSING_TIME {
    @Override
    String corrupt(OutgoingRecord record, HelpdeskStream stream) {
      return record.fields().without(stream.timeField()).render();
    }
  },
  /** A market that is not configured. */
  UNKNOWN_MARKET {
    @Override
    String corrupt(OutgoingRecord record, HelpdeskStream stream) {
      return record.fields().replacing("market", "XX").render();
    }
  },
  /** The event time as local wall-clock time, without an offset. */
  INSTANT_WITHOUT_OFFSET {
    @Override
    String corrupt(OutgoingRecord record, HelpdeskStream stream) {
      String local = InstantText.withoutOffset(record.at(), record.zone());
      return record.fields().replacing(stream.timeField(), local).render();
    }
  };

  abstract String corrupt(OutgoingRecord record, HelpdeskStream stream);
}
