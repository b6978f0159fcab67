package com.swopify.slamonitor.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.swopify.slamonitor.cli.Main;
import com.swopify.slamonitor.codec.OutputJson;
import com.swopify.slamonitor.demo.GeneratedMarketplace;
import com.swopify.slamonitor.demo.GeneratorSettings;
import com.swopify.slamonitor.demo.HelpdeskStream;
import com.swopify.slamonitor.demo.MarketplaceGenerator;
import com.swopify.slamonitor.events.Alert;
import com.swopify.slamonitor.events.AlertType;
import com.swopify.slamonitor.events.Breach;
import com.swopify.slamonitor.events.BreachType;
import com.swopify.slamonitor.events.DeadLetter;
import com.swopify.slamonitor.events.TakeoverRequest;
import com.swopify.slamonitor.market.Markets;
import com.swopify.slamonitor.replay.InputCounts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code replay --metrics-port} on the embedded Flink over a generated marketplace: what /metrics
 * counted during the run agrees with the output files of the same run, and names no one.
 */
class MetricsIT {
  static final Path MARKETS_FILE = Path.of("jobs/markets.yaml");

  @TempDir Path tmp;

  @Test
  void metricsOfAReplayAgreeWithItsOutputFiles() throws Exception {
    GeneratedMarketplace marketplace =
        MarketplaceGenerator.generate(
            GeneratorSettings.defaults().withSellers(40).withThreads(1500).withSeed(5L));
    Path input = tmp.resolve("input");
    marketplace.writeTo(input);
    Path out = tmp.resolve("out");
    int port = MetricsServerTest.freePort();

    // The test's own lease keeps the server up after the command has released its own, so the
    // run's final numbers can be read; everything is compared as a difference, because other
    // runs in this JVM count into the same registry.
    try (MetricsServer.Lease lease = MetricsServer.acquire(port)) {
      Exposition before = Exposition.scrape(port);
      int exit =
          Main.run(
              "replay",
              "--markets",
              MARKETS_FILE.toString(),
              "--messages",
              input.resolve(HelpdeskStream.MESSAGES.fileName()).toString(),
              "--replies",
              input.resolve(HelpdeskStream.REPLIES.fileName()).toString(),
              "--cases",
              input.resolve(HelpdeskStream.CASES.fileName()).toString(),
              "--absences",
              input.resolve(HelpdeskStream.ABSENCES.fileName()).toString(),
              "--out",
              out.toString(),
              "--parallelism",
              "2",
              "--metrics-port",
              Integer.toString(port));
      assertThat(exit).isZero();
      Exposition after = Exposition.scrape(port);

      List<Alert> alerts = read(out.resolve("alerts.jsonl"), OutputJson::readAlert);
      List<Breach> breaches = read(out.resolve("breaches.jsonl"), OutputJson::readBreach);
      List<TakeoverRequest> takeovers =
          read(out.resolve("takeovers.jsonl"), OutputJson::readTakeover);
      List<DeadLetter> deadLetters =
          read(out.resolve("dead-letters.jsonl"), OutputJson::readDeadLetter);
      assertThat(alerts).isNotEmpty();
      assertThat(breaches).isNotEmpty();
      assertThat(takeovers).isNotEmpty();
      assertThat(deadLetters).isNotEmpty();

      assertThat(delta(before, after, "helpdesk_sla_alerts_total", "market", "type"))
          .isEqualTo(count(alerts, a -> a.market() + "/" + a.type()));
      assertThat(delta(before, after, "helpdesk_sla_breaches_total", "market", "type"))
          .isEqualTo(count(breaches, b -> b.market() + "/" + b.type()));
      assertThat(delta(before, after, "helpdesk_sla_takeovers_total", "market", "reason"))
          .isEqualTo(count(takeovers, t -> t.market() + "/" + t.reason()));
      assertThat(delta(before, after, "helpdesk_sla_dead_letters_total", "source"))
          .isEqualTo(count(deadLetters, DeadLetter::source));

      Markets markets = Markets.load(MARKETS_FILE);
      assertThat(delta(before, after, "helpdesk_sla_buyer_messages_total", "market"))
          .isEqualTo(
              InputCounts.messagesByMarket(
                  input.resolve(HelpdeskStream.MESSAGES.fileName()), markets.codes()));

      // Replies: each late one has its LATE_REPLY alert, each automated one its breach, and each
      // one that ended a wait (in time or late) its business time in the histogram.
      Map<String, Long> replies =
          delta(before, after, "helpdesk_sla_replies_total", "market", "outcome");
      assertThat(only(replies, "/late"))
          .isEqualTo(
              count(
                  alerts.stream().filter(a -> a.type() == AlertType.LATE_REPLY).toList(),
                  Alert::market));
      assertThat(only(replies, "/automated"))
          .isEqualTo(
              count(
                  breaches.stream().filter(b -> b.type() == BreachType.AUTOMATED_REPLY).toList(),
                  Breach::market));
      Map<String, Long> answered = new TreeMap<>();
      replies.forEach(
          (key, n) -> {
            if (!key.endsWith("/automated")) {
              answered.merge(key.substring(0, key.indexOf('/')), n, Long::sum);
            }
          });
      assertThat(delta(before, after, "helpdesk_sla_reply_business_seconds_count", "market"))
          .isEqualTo(answered);
      // A replay emits alerts long after their instant: no alert delay is recorded.
      assertThat(
              after.sum("helpdesk_sla_alert_delay_seconds_count")
                  - before.sum("helpdesk_sla_alert_delay_seconds_count"))
          .isZero();

      for (Alert alert : alerts) {
        assertThat(after.text())
            .doesNotContain(alert.sellerId(), alert.threadId(), alert.messageId());
      }
    }
  }

  static <T> List<T> read(Path file, Function<String, T> parse) throws IOException {
    return Files.readAllLines(file).stream().filter(l -> !l.isBlank()).map(parse).toList();
  }

  static <T> Map<String, Long> count(List<T> items, Function<T, String> key) {
    return items.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
  }

  /** How much each series of {@code name} grew, keyed by its labels' values joined with "/". */
  static Map<String, Long> delta(
      Exposition before, Exposition after, String name, String... labels) {
    Map<String, Long> grown = new TreeMap<>();
    for (Exposition.Sample sample : after.samples()) {
      if (!sample.name().equals(name)) {
        continue;
      }
      long n = Math.round(sample.value() - before.sum(name, sample.labels()));
      if (n != 0) {
        String key =
            Arrays.stream(labels).map(sample.labels()::get).collect(Collectors.joining("/"));
        grown.merge(key, n, Long::sum);
      }
    }
    return grown;
  }

  static Map<String, Long> only(Map<String, Long> byMarketAndOutcome, String suffix) {
    Map<String, Long> only = new TreeMap<>();
    byMarketAndOutcome.forEach(
        (key, n) -> {
          if (key.endsWith(suffix)) {
            only.put(key.substring(0, key.length() - suffix.length()), n);
          }
        });
    return only;
  }
}
