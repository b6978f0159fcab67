package com.swopify.slamonitor.events;

/**
 * What a detector found in one message's text, carried with the event to the thread's rules, which
 * turn it into a breach or a takeover request once the event is decided (after de-duplication, so a
 * repeated message never yields a second breach).
 *
 * <p>A finding whose confidence is below its detector's review threshold is {@code forReview}: it
 * becomes a finding review for a person (docs/contract.md, "FindingReview"), never a breach or a
 * takeover, and an automated-reply finding for review leaves the reply answering. The detectors
 * decide it when they read the text, so every rule downstream sees one decision.
 *
 * @param detailsJson the evidence as a JSON object, already masked: never raw personal data
 * @param confidence how likely the finding is right, 0..1, calibrated on the labelled corpus
 *     (docs/detectors.md): a reviewer can sort by it
 * @param forReview whether the confidence is below the detector's review threshold
 */
public record Finding(FindingType type, String detailsJson, double confidence, boolean forReview) {
  public Finding {
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be between 0 and 1");
    }
  }

  /** A finding certain enough to act on. */
  public Finding(FindingType type, String detailsJson, double confidence) {
    this(type, detailsJson, confidence, false);
  }

  /** What was found; written to state by ordinal, so constants may only be appended. */
  public enum FindingType {
    OFF_PLATFORM_CONTACT(BreachType.OFF_PLATFORM_CONTACT, null),
    WRONG_LANGUAGE(BreachType.WRONG_LANGUAGE, null),
    LOCKED_DEVICE(null, TakeoverReason.LOCKED_DEVICE),
    COUNTERFEIT(null, TakeoverReason.COUNTERFEIT),
    DANGEROUS_PRODUCT(null, TakeoverReason.DANGEROUS_PRODUCT),
    /**
     * The reply was written by a machine (the Helpdesk's flag, auto-responder phrasing): with its
     * confidence, the evidence of an {@code AUTOMATED_REPLY} event's breach.
     */
    AUTOMATED_REPLY(BreachType.AUTOMATED_REPLY, null);

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
