package com.swopify.slamonitor.events;

/** The input streams, with the names dead letters use for them (contract section 2). */
public enum Source {
  MESSAGES("messages"),
  REPLIES("replies"),
  ABSENCES("absences"),
  CASES("cases"),
  MARKETS("markets");

  private final String wireName;

  Source(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }
}
