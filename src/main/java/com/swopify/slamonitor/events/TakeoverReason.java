package com.swopify.slamonitor.events;

/** Why the platform takes over the buyer contact (contract sections 2 and 6). */
public enum TakeoverReason {
  REPLY_OVERDUE(Severity.STANDARD),
  QUALITY_DISPUTE(Severity.STANDARD),
  DESCRIPTION_MISMATCH(Severity.STANDARD),
  RETURN_RIGHTS(Severity.STANDARD),
  LOCKED_DEVICE(Severity.SERIOUS),
  COUNTERFEIT(Severity.SERIOUS),
  DANGEROUS_PRODUCT(Severity.SERIOUS),
  SELLER_ABSENT(Severity.STANDARD);

  private final Severity severity;

  TakeoverReason(Severity severity) {
    this.severity = severity;
  }

  public Severity severity() {
    return severity;
  }

  /** The takeover a buyer message's topic calls for, or null when the topic calls for none. */
  public static TakeoverReason forTopic(Topic topic) {
    return switch (topic) {
      case QUALITY_DISPUTE -> QUALITY_DISPUTE;
      case DESCRIPTION_MISMATCH -> DESCRIPTION_MISMATCH;
      case LOCKED_DEVICE -> LOCKED_DEVICE;
      case COUNTERFEIT -> COUNTERFEIT;
      case DANGEROUS_PRODUCT -> DANGEROUS_PRODUCT;
      default -> null;
    };
  }

  /** The takeover a case calls for: every case type calls for one. */
  public static TakeoverReason forCase(CaseType type) {
    return switch (type) {
      case QUALITY_DISPUTE -> QUALITY_DISPUTE;
      case DESCRIPTION_MISMATCH -> DESCRIPTION_MISMATCH;
      case RETURN_REFUSED, COMPLAINT_REFUSED -> RETURN_RIGHTS;
      case LOCKED_DEVICE -> LOCKED_DEVICE;
      case COUNTERFEIT -> COUNTERFEIT;
      case DANGEROUS_PRODUCT -> DANGEROUS_PRODUCT;
    };
  }
}
