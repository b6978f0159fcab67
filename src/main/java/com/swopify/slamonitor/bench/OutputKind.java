package com.swopify.slamonitor.bench;

import com.swopify.slamonitor.events.Breach;
import com.swopify.slamonitor.events.BreachType;
import com.swopify.slamonitor.events.TakeoverReason;
import java.util.function.ToLongFunction;

/**
 * The counters a run's outputs are counted by, the same for the in-memory pipeline's sinks and for
 * Kafka's output topics. Breaches and takeover requests are split by the operator that decides
 * them: the seller-absence rules' kinds, template replies (recognised per seller), and everything
 * else, which the thread rules decide and the baseline can be compared with.
 */
final class OutputKind {
  static final String ALERTS = "alerts";
  static final String REPLY_BREACHES = "breaches.reply";
  static final String TEMPLATE_BREACHES = "breaches.template";
  static final String ABSENCE_BREACHES = "breaches.absence";
  static final String REPLY_TAKEOVERS = "takeovers.reply";
  static final String ABSENCE_TAKEOVERS = "takeovers.absence";
  static final String BREACH_COUNTS = "breach-counts";
  static final String DEAD_LETTERS = "dead-letters";

  /** Counted only when a run sinks the seller scores ({@link ScorecardCost}). */
  static final String SELLER_SCORES = "seller-scores";

  private static final String TEMPLATE_DETAILS = "\"recognisedBy\":\"template\"";

  private OutputKind() {}

  static String ofBreach(Breach breach) {
    BreachType type = breach.type();
    if (type == BreachType.ABSENCE_NOTICE_TOO_SHORT || type == BreachType.UNANNOUNCED_ABSENCE) {
      return ABSENCE_BREACHES;
    }
    // The template operator's automated-reply breaches say so in their details; the thread
    // rules' say what else recognised the reply (the Helpdesk's flag, its phrasing).
    return type == BreachType.AUTOMATED_REPLY && breach.detailsJson().contains(TEMPLATE_DETAILS)
        ? TEMPLATE_BREACHES
        : REPLY_BREACHES;
  }

  static String ofTakeover(TakeoverReason reason) {
    return reason == TakeoverReason.SELLER_ABSENT ? ABSENCE_TAKEOVERS : REPLY_TAKEOVERS;
  }

  /** The counts, read from wherever they were counted by these names. */
  static OutputCounts counts(ToLongFunction<String> count) {
    return new OutputCounts(
        count.applyAsLong(ALERTS),
        count.applyAsLong(REPLY_BREACHES),
        count.applyAsLong(REPLY_TAKEOVERS),
        count.applyAsLong(TEMPLATE_BREACHES),
        count.applyAsLong(ABSENCE_BREACHES),
        count.applyAsLong(ABSENCE_TAKEOVERS),
        count.applyAsLong(BREACH_COUNTS),
        count.applyAsLong(DEAD_LETTERS));
  }
}
