package com.swopify.slamonitor.cli;

import com.swopify.slamonitor.metrics.MetricsServer;
import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine.Option;

/**
 * The metrics flags of the embedded modes: the monitor's /metrics and Flink's own reporter. The
 * command serves /metrics itself, from before the job starts until it ends, so that a port that
 * cannot be bound is a one-line error rather than a warning in the job's log.
 */
final class MetricsOptions {
  @Option(
      names = "--metrics-port",
      paramLabel = "PORT",
      description =
          "Serve the monitor's metrics at http://localhost:PORT/metrics while the job"
              + " runs; 0: off. Default: 9464 for demo, off for replay.")
  Integer metricsPort;

  @Option(
      names = "--flink-metrics-port",
      paramLabel = "PORT",
      description =
          "Also serve Flink's own metrics (checkpoints, restarts, backpressure) through"
              + " its Prometheus reporter on PORT (usually 9249); default: off.")
  int flinkMetricsPort = MetricsServer.OFF;

  /** The monitor's port: the flag's, else the command's default. */
  int metricsPort(int commandDefault) {
    int port = metricsPort == null ? commandDefault : metricsPort;
    return checkPort("--metrics-port", port);
  }

  int flinkMetricsPort() {
    return checkPort("--flink-metrics-port", flinkMetricsPort);
  }

  /**
   * Starts serving /metrics on {@code port} (0: a lease that serves nothing). A port given with the
   * flag that cannot be bound is an error; the demo's default port is only a convenience, so when
   * another process (another demo, say) holds it the demo says so and runs without metrics.
   */
  MetricsServer.Lease serve(int port, PrintWriter err) {
    try {
      return MetricsServer.acquire(port);
    } catch (IOException e) {
      if (metricsPort == null) {
        err.printf(
            "note: port %d is in use, so this run serves no metrics (--metrics-port PORT"
                + " to choose one)%n",
            port);
        err.flush();
        return MetricsServer.none();
      }
      throw new UserError(
          "--metrics-port: cannot serve on port "
              + port
              + " ("
              + e.getMessage()
              + "); choose another port, or 0 for no metrics");
    }
  }

  private static int checkPort(String option, int port) {
    if (port < 0 || port > 65535) {
      throw new UserError(option + ": not a port (0 to 65535): " + port);
    }
    return port;
  }
}
