package com.swopify.slamonitor.demo;

/** The four input streams the generator writes, with their file names and event-time fields. */
public enum HelpdeskStream {
  MESSAGES("messages.jsonl", "sentAt"),
  REPLIES("replies.jsonl", "sentAt"),
  CASES("cases.jsonl", "openedAt"),
  ABSENCES("absences.jsonl", "notifiedAt");

  private final String fileName;
  private final String timeField;

  HelpdeskStream(String fileName, String timeField) {
    this.fileName = fileName;
    this.timeField = timeField;
  }

  public String fileName() {
    return fileName;
  }

  /** The required instant field that orders the stream (and that malformed copies break). */
  public String timeField() {
    return timeField;
  }
}
