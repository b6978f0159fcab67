package com.swopify.slamonitor.flink;

import com.swopify.slamonitor.detect.DetectorSettings;
import com.swopify.slamonitor.detect.Detectors;
import com.swopify.slamonitor.market.Markets;
import com.swopify.slamonitor.metrics.MetricsServer;
import java.io.Serializable;
import java.time.Duration;

/**
 * What the job needs to know besides its inputs. Event time and watermarks are not among them: they
 * come with the input, from its source (files in a replay: no watermark until the end; Kafka:
 * per-partition watermarks), so the dataflow is the same in every mode.
 *
 * @param asOfMillis "now" in a replay: later events are ignored and nothing later is emitted;
 *     Long.MAX_VALUE when live
 * @param idRetention how long message ids are remembered for de-duplication, and how long a quiet
 *     thread keeps its state
 * @param metricsPort where every JVM running the job's operators serves {@code /metrics}
 *     (docs/observability.md); 0: not served by the operators
 * @param detectors the thresholds of the policy detectors (docs/detectors.md)
 * @param analyseTexts false: no text analysis at all, only the Helpdesk's {@code automated} flag
 *     (to measure what the detectors cost, or where the Helpdesk withholds texts)
 * @param breachCountDelay how long after a market-local day ends (in event time) its breach counts
 *     are written; null: the detectors' template window, after which a day's templated replies are
 *     judged, so that their breaches count with their day (docs/contract.md)
 */
public record SlaSettings(
    Markets markets,
    long asOfMillis,
    Duration idRetention,
    int metricsPort,
    DetectorSettings detectors,
    boolean analyseTexts,
    Duration breachCountDelay)
    implements Serializable {

  public static final Duration DEFAULT_ID_RETENTION = Duration.ofDays(30);

  /** Settings with every detector on its default thresholds. */
  public SlaSettings(Markets markets, long asOfMillis, Duration idRetention, int metricsPort) {
    this(markets, asOfMillis, idRetention, metricsPort, DetectorSettings.defaults(), true, null);
  }

  public SlaSettings {
    if (metricsPort < 0 || metricsPort > 65535) {
      throw new IllegalArgumentException("metricsPort: not a port: " + metricsPort);
    }
    if (breachCountDelay != null && breachCountDelay.isNegative()) {
      throw new IllegalArgumentException("breachCountDelay: negative: " + breachCountDelay);
    }
  }

  /**
   * A replay's settings. Its operators do not serve /metrics: a replay runs in the command's JVM,
   * which serves it when asked to ({@code --metrics-port}); see {@link #withMetricsPort}.
   */
  public static SlaSettings replay(Markets markets, long asOfMillis) {
    return new SlaSettings(markets, asOfMillis, DEFAULT_ID_RETENTION, MetricsServer.OFF);
  }

  public SlaSettings withMetricsPort(int port) {
    return new SlaSettings(
        markets, asOfMillis, idRetention, port, detectors, analyseTexts, breachCountDelay);
  }

  public SlaSettings withDetectors(DetectorSettings settings) {
    return new SlaSettings(
        markets, asOfMillis, idRetention, metricsPort, settings, analyseTexts, breachCountDelay);
  }

  /**
   * @param delay null: the template window (the default)
   */
  public SlaSettings withBreachCountDelay(Duration delay) {
    return new SlaSettings(
        markets, asOfMillis, idRetention, metricsPort, detectors, analyseTexts, delay);
  }

  /** How long after a day ends its breach counts are written. */
  public Duration breachCountCloseDelay() {
    return breachCountDelay != null ? breachCountDelay : detectors.templateWindow();
  }

  /** No text analysis: only the Helpdesk's flag marks automated replies. */
  public SlaSettings withoutTextAnalysis() {
    return new SlaSettings(
        markets, asOfMillis, idRetention, metricsPort, detectors, false, breachCountDelay);
  }

  /** What reads the texts of this job's messages. */
  public Detectors textDetectors() {
    return analyseTexts ? Detectors.of(markets.texts(), detectors) : Detectors.flagOnly();
  }
}
