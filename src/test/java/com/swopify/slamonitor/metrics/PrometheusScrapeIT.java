package com.swopify.slamonitor.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.swopify.slamonitor.cli.Main;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Prometheus server (Debian's {@code prometheus} package, installed by .ci/run) scrapes the
 * monitor's /metrics after an embedded replay, and its HTTP API returns what the endpoint shows.
 * Fails, not skips, when the server is missing.
 */
class PrometheusScrapeIT {
  static final String EXAMPLES = "src/test/resources/contract-examples/";
  static final List<String> METRICS =
      List.of(
          "helpdesk_sla_breaches_total",
          "helpdesk_sla_alerts_total",
          "helpdesk_sla_takeovers_total",
          "helpdesk_sla_buyer_messages_total");

  @TempDir Path tmp;

  @Test
  void prometheusScrapesTheMonitorAndAnswersQueries() throws Exception {
    Path prometheus = Path.of("/usr/bin/prometheus");
    assertThat(prometheus).as("Debian's prometheus package (.ci/run installs it)").isExecutable();
    int metricsPort = MetricsServerTest.freePort();
    int prometheusPort = MetricsServerTest.freePort();

    try (MetricsServer.Lease lease = MetricsServer.acquire(metricsPort)) {
      assertThat(
              Main.run(
                  "replay",
                  "--markets",
                  "jobs/markets.yaml",
                  "--messages",
                  EXAMPLES + "buyer-messages.jsonl",
                  "--replies",
                  EXAMPLES + "seller-replies.jsonl",
                  "--cases",
                  EXAMPLES + "cases.jsonl",
                  "--absences",
                  EXAMPLES + "seller-absences.jsonl",
                  "--out",
                  tmp.resolve("out").toString(),
                  "--metrics-port",
                  Integer.toString(metricsPort)))
          .isZero();
      Exposition served = Exposition.scrape(metricsPort);
      assertThat(served.sum("helpdesk_sla_breaches_total")).isPositive();

      Path config = tmp.resolve("prometheus.yml");
      Files.writeString(
          config,
          """
          global:
            scrape_interval: 1s
          scrape_configs:
            - job_name: helpdesk-sla-monitor
              static_configs:
                - targets: ["127.0.0.1:%d"]
          """
              .formatted(metricsPort));
      Process server =
          new ProcessBuilder(
                  prometheus.toString(),
                  "--config.file=" + config,
                  "--storage.tsdb.path=" + tmp.resolve("data"),
                  "--web.listen-address=127.0.0.1:" + prometheusPort)
              .redirectErrorStream(true)
              .redirectOutput(tmp.resolve("prometheus.log").toFile())
              .start();
      try {
        for (String metric : METRICS) {
          assertThat(queryUntilPresent(prometheusPort, "sum(" + metric + ")"))
              .as(metric)
              .isEqualTo(served.sum(metric));
        }
      } finally {
        server.destroy();
        server.waitFor(10, TimeUnit.SECONDS);
      }
    }
  }

  /** Asks Prometheus until the scrape has happened and the series exists (or 60 s passed). */
  private static double queryUntilPresent(int port, String query) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    URI uri =
        URI.create(
            "http://127.0.0.1:"
                + port
                + "/api/v1/query?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8));
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      try {
        HttpResponse<String> response =
            http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode result = new ObjectMapper().readTree(response.body()).path("data").path("result");
        if (response.statusCode() == 200 && result.size() == 1) {
          return result.get(0).path("value").get(1).asDouble();
        }
      } catch (java.io.IOException notUpYet) {
        // The server is still starting.
      }
      Thread.sleep(500);
    }
    throw new AssertionError("Prometheus never answered " + query);
  }
}
