package com.swopify.slamonitor.events;

/**
 * What a detector found in one message's text, carried with the event to the thread's rules,
 * which turn it into a breach or a takeover request once the event is decided (after
 * de-duplication, so a repeated message never yields a second breach).
 *
 * @param detailsJson the evidence as a JSON object, already masked: never raw personal data
 */
public record Finding(FindingType type, String detailsJson) {
  /** What was found; written to state by ordinal, so constants may only be appended. */
  public enum FindingType {
    OFF_PLATFORM_CONTACT(BreachType.OFF_PLATFORM_CONTACT, null),
    WRONG_LANGUAGE(BreachType.WRONG_LANGUAGE, null),
    LOCKED_DEVICE(null, TakeoverReason.LOCKED_DEVICE),
    COUNTERFEIT(null, TakeoverReason.COUNTERFEIT),
    DANGEROUS_PRODUCT(null, TakeoverReason.DANGEROUS_PRODUCT);

    private final BreachType breach;
    private final TakeoverReason takeover;

    FindingType(BreachType breach, TakeoverReason takeover) {
      this.breach = breach;
      this.takeover = takeover;
    }

    /** The breach a seller reply with this finding is, or null. */
    public BreachType breach() {
      return breach;
    }

    /** The takeover a buyer message with this finding calls for, or null. */
    public TakeoverReason takeover() {
      return takeover;
    }

    /** The finding type that stands for a serious-violation takeover reason, or null. */
    public static FindingType forTakeover(TakeoverReason reason) {
      for (FindingType type : values()) {
        if (type.takeover == reason) {
          return type;
        }
      }
      return null;
    }
  }
}
