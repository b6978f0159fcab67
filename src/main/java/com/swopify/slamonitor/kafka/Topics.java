package com.swopify.slamonitor.kafka;

import com.swopify.slamonitor.events.Source;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Kafka topics of the contract (section 2); every name can be changed in the job file. */
public record Topics(
    String messages,
    String replies,
    String absences,
    String cases,
    String alerts,
    String breaches,
    String takeovers,
    String breachCounts,
    String deadLetters,
    String findingReviews,
    String marks,
    String sellerScores)
    implements Serializable {

  public static final String DEFAULT_MARKS = "helpdesk.message-marks";
  public static final String DEFAULT_SELLER_SCORES = "sla.seller-scores";

  /** The topics without the marks and scorecards' (contract sections 9, 10): their defaults. */
  public Topics(
      String messages,
      String replies,
      String absences,
      String cases,
      String alerts,
      String breaches,
      String takeovers,
      String breachCounts,
      String deadLetters,
      String findingReviews) {
    this(
        messages,
        replies,
        absences,
        cases,
        alerts,
        breaches,
        takeovers,
        breachCounts,
        deadLetters,
        findingReviews,
        DEFAULT_MARKS,
        DEFAULT_SELLER_SCORES);
  }

  public static Topics defaults() {
    return new Topics(
        "helpdesk.buyer-messages",
        "helpdesk.seller-replies",
        "helpdesk.seller-absences",
        "helpdesk.cases",
        "sla.alerts",
        "sla.breaches",
        "sla.takeovers",
        "sla.breach-counts",
        "sla.dead-letters",
        "sla.finding-reviews",
        DEFAULT_MARKS,
        DEFAULT_SELLER_SCORES);
  }

  /** These topics' names after a prefix: a run's own set (benchmarks, tests) on a shared broker. */
  public Topics withPrefix(String prefix) {
    return new Topics(
        prefix + messages,
        prefix + replies,
        prefix + absences,
        prefix + cases,
        prefix + alerts,
        prefix + breaches,
        prefix + takeovers,
        prefix + breachCounts,
        prefix + deadLetters,
        prefix + findingReviews,
        prefix + marks,
        prefix + sellerScores);
  }

  /** The input topic of each input stream. */
  public Map<Source, String> inputs() {
    Map<Source, String> inputs = new LinkedHashMap<>();
    inputs.put(Source.MESSAGES, messages);
    inputs.put(Source.REPLIES, replies);
    inputs.put(Source.ABSENCES, absences);
    inputs.put(Source.CASES, cases);
    inputs.put(Source.MARKS, marks);
    return inputs;
  }

  public List<String> outputs() {
    return List.of(
        alerts, breaches, takeovers, breachCounts, deadLetters, findingReviews, sellerScores);
  }

  public List<String> all() {
    List<String> all = new java.util.ArrayList<>(inputs().values());
    all.addAll(outputs());
    return all;
  }
}
