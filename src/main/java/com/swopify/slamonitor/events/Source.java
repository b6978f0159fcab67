package com.swopify.slamonitor.events;

/** The input streams, with the names dead letters use for them (contract section 2). */
public enum Source {
  MESSAGES("messages"),
  REPLIES("replies"),
  ABSENCES("absences"),
  CASES("cases"),
  MARKETS("markets"),
  /** "No response needed" marks (contract section 9); appended, as constants go by ordinal. */
  MARKS("marks"),
  /** Calendar changes published at run time (contract section 11). */
  CALENDAR_CHANGES("calendar-changes");

  private final String wireName;

  Source(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }
}
