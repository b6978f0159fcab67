package com.swopify.slamonitor.flink;

import com.swopify.slamonitor.calendar.MarketsConfig;
import com.swopify.slamonitor.metrics.MetricsServer;
import java.io.Serializable;
import java.time.Duration;

/**
 * What the job needs to know besides its inputs. Event time and watermarks are not among them:
 * they come with the input, from its source (files in a replay: no watermark until the end;
 * Kafka: per-partition watermarks), so the dataflow is the same in every mode.
 *
 * @param asOfMillis "now" in a replay: later events are ignored and nothing later is emitted;
 *     Long.MAX_VALUE when live
 * @param idRetention how long message ids are remembered for de-duplication, and how long a
 *     quiet thread keeps its state
 * @param metricsPort where every JVM running the job's operators serves {@code /metrics}
 *     (docs/observability.md); 0: not served by the operators
 */
public record SlaSettings(
    MarketsConfig markets, long asOfMillis, Duration idRetention, int metricsPort)
    implements Serializable {

  public static final Duration DEFAULT_ID_RETENTION = Duration.ofDays(30);

  public SlaSettings {
    if (metricsPort < 0 || metricsPort > 65535) {
      throw new IllegalArgumentException("metricsPort: not a port: " + metricsPort);
    }
  }

  /**
   * A replay's settings. Its operators do not serve /metrics: a replay runs in the command's JVM,
   * which serves it when asked to ({@code --metrics-port}); see {@link #withMetricsPort}.
   */
  public static SlaSettings replay(MarketsConfig markets, long asOfMillis) {
    return new SlaSettings(markets, asOfMillis, DEFAULT_ID_RETENTION, MetricsServer.OFF);
  }

  public SlaSettings withMetricsPort(int port) {
    return new SlaSettings(markets, asOfMillis, idRetention, port);
  }
}
