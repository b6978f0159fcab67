package com.swopify.slamonitor.metrics;

import org.apache.flink.configuration.ConfigOption;
import org.apache.flink.configuration.ConfigOptions;
import org.apache.flink.configuration.Configuration;

/**
 * Flink's own metrics (checkpoints, restarts, backpressure, Kafka consumer lag) through the {@code
 * flink-metrics-prometheus} reporter. On a cluster these keys go into the Flink configuration (the
 * Helm chart's flink-conf); the embedded modes add them when asked to.
 */
public final class FlinkReporter {
  /** Flink's Prometheus reporter's usual port. */
  public static final int DEFAULT_PORT = 9249;

  static final String FACTORY = "org.apache.flink.metrics.prometheus.PrometheusReporterFactory";
  static final ConfigOption<String> FACTORY_CLASS =
      ConfigOptions.key("metrics.reporter.prom.factory.class").stringType().noDefaultValue();
  static final ConfigOption<String> PORT =
      ConfigOptions.key("metrics.reporter.prom.port").stringType().noDefaultValue();

  private FlinkReporter() {}

  /** Adds the reporter on {@code port} to {@code conf}; port 0 leaves the configuration alone. */
  public static Configuration configure(Configuration conf, int port) {
    if (port != MetricsServer.OFF) {
      conf.set(FACTORY_CLASS, FACTORY);
      // A string: the reporter also takes a range such as "9250-9260".
      conf.set(PORT, Integer.toString(port));
    }
    return conf;
  }
}
