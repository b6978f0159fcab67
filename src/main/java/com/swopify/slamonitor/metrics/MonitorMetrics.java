package com.swopify.slamonitor.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The monitor's one meter registry per JVM (per class loader, strictly: on a Flink cluster, per job
 * on each TaskManager). Flink runs many subtasks in one JVM, and in the embedded modes the command
 * line too: they all count into this registry, so one scrape of {@code /metrics} sees the whole
 * JVM, and Prometheus sums over JVMs.
 *
 * <p>Names are Micrometer's dotted names; the Prometheus registry turns {@code a.b} into {@code
 * a_b}, adds {@code _total} to counters and the base unit ({@code _seconds}) to timers.
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
  static final String LANGUAGE_CHECK_OFF = "helpdesk.sla.language.check.off";
  static final String SELLER_GRADES = "helpdesk.sla.seller.grades";
  static final String SELLER_GRADE_CHANGES = "helpdesk.sla.seller.grade.changes";

  private static final PrometheusMeterRegistry REGISTRY =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

  /** The language-check gauges by market; held here because Micrometer holds them weakly. */
  private static final Map<String, AtomicInteger> LANGUAGE_CHECKS_OFF = new ConcurrentHashMap<>();

  private MonitorMetrics() {}

  public static PrometheusMeterRegistry registry() {
    return REGISTRY;
  }

  /**
   * Shows, per market, whether its replies' language goes unchecked (1) because no model knows one
   * of its languages, or is checked (0).
   */
  public static void languageChecks(Collection<String> markets, Set<String> withoutCheck) {
    for (String market : markets) {
      LANGUAGE_CHECKS_OFF
          .computeIfAbsent(market, MonitorMetrics::languageCheckGauge)
          .set(withoutCheck.contains(market) ? 1 : 0);
    }
  }

  private static AtomicInteger languageCheckGauge(String market) {
    AtomicInteger off = new AtomicInteger();
    Gauge.builder(LANGUAGE_CHECK_OFF, off, AtomicInteger::get)
        .description(
            "1 when a market's replies get no language check (no model for one of its"
                + " languages)")
        .tags("market", market)
        .register(REGISTRY);
    return off;
  }

  /**
   * Registers every counter series the job can count, at 0, for the input streams, types, reasons
   * and outcomes, and the gauges of sellers per grade, for the given markets (those of the markets
   * file): Prometheus sees no increase in a series until it has a sample before it, so a counter
   * that first appeared with its first event would hide that event from {@code increase()} and from
   * the alerts built on it. Idempotent; the text memo counters register themselves ({@link
   * TextMemoMetrics#register}).
   */
  public static void registerAtZero(Collection<String> markets) {
    new InputMetrics().registerAtZero(markets);
    new ReplyMetrics(new DecisionMetrics(false), null).registerAtZero(markets);
    TextMemoMetrics.register();
    SellerGrades.registerAtZero(markets);
  }

  /** Everything registered, in the Prometheus text format (version 0.0.4). */
  public static String scrape() {
    return REGISTRY.scrape();
  }
}
