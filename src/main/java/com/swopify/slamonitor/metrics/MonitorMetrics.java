package com.swopify.slamonitor.metrics;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Collection;

/**
 * The monitor's one meter registry per JVM (per class loader, strictly: on a Flink cluster, per
 * job on each TaskManager). Flink runs many subtasks in one JVM, and in the embedded modes the
 * command line too: they all count into this registry, so one scrape of {@code /metrics} sees the
 * whole JVM, and Prometheus sums over JVMs.
 *
 * <p>Names are Micrometer's dotted names; the Prometheus registry turns {@code a.b} into
 * {@code a_b}, adds {@code _total} to counters and the base unit ({@code _seconds}) to timers.
 */
public final class MonitorMetrics {
  static final String BUYER_MESSAGES = "helpdesk.sla.buyer.messages";
  static final String REPLIES = "helpdesk.sla.replies";
  public static final String ALERTS = "helpdesk.sla.alerts";
  public static final String BREACHES = "helpdesk.sla.breaches";
  static final String TAKEOVERS = "helpdesk.sla.takeovers";
  static final String FINDING_REVIEWS = "helpdesk.sla.finding.reviews";
  static final String WAITS_OPEN = "helpdesk.sla.waits.open";
  static final String WAITS_OVERDUE = "helpdesk.sla.waits.overdue";
  static final String REPLY_BUSINESS_TIME = "helpdesk.sla.reply.business";
  static final String ALERT_DELAY = "helpdesk.sla.alert.delay";
  static final String DEAD_LETTERS = "helpdesk.sla.dead.letters";
  static final String LATE_EVENTS = "helpdesk.sla.late.events";
  static final String TEXT_MEMO_LOOKUPS = "helpdesk.sla.text.memo.lookups";

  private static final PrometheusMeterRegistry REGISTRY =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

  private MonitorMetrics() {}

  public static PrometheusMeterRegistry registry() {
    return REGISTRY;
  }

  /**
   * Registers every counter series the job can count, at 0, for the input streams, types, reasons
   * and outcomes, and for the given markets (those of the markets file): Prometheus sees no
   * increase in a series until it has a sample before it, so a counter that first appeared with
   * its first event would hide that event from {@code increase()} and from the alerts built on it.
   * Idempotent; the text memo counters register themselves ({@link TextMemoMetrics#register}).
   */
  public static void registerAtZero(Collection<String> markets) {
    new InputMetrics().registerAtZero(markets);
    new ReplyMetrics(new DecisionMetrics(false), null).registerAtZero(markets);
    TextMemoMetrics.register();
  }

  /** Everything registered, in the Prometheus text format (version 0.0.4). */
  public static String scrape() {
    return REGISTRY.scrape();
  }
}
