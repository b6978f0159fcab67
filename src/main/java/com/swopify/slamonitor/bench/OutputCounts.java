package com.swopify.slamonitor.bench;

/**
 * What a run produced, by kind. The thread rules' outputs (alerts, the breaches and takeovers
 * decided per thread, detector findings included) are what the pipeline and the baseline both do;
 * template breaches, absence breaches and takeovers and daily breach counts come from the
 * pipeline's seller-level operators, which the baseline does not have.
 */
public record OutputCounts(
    long alerts,
    long replyBreaches,
    long replyTakeovers,
    long templateBreaches,
    long absenceBreaches,
    long absenceTakeovers,
    long breachCounts,
    long deadLetters) {

  /** Alerts, breaches and takeovers of the reply rules, the outputs both sides compute. */
  public long replyRuleOutputs() {
    return alerts + replyBreaches + replyTakeovers;
  }
}
