package com.swopify.slamonitor.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.swopify.slamonitor.detect.DetectorSettings;
import com.swopify.slamonitor.detect.Detectors;
import com.swopify.slamonitor.events.BuyerMessage;
import com.swopify.slamonitor.market.Markets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The memo's hits and misses reach /metrics as counters, without any text. */
class TextMemoMetricsTest {
  private static final String LOOKUPS = "helpdesk_sla_text_memo_lookups_total";
  private static final String TEXT = "Where is my parcel? I ordered it two weeks ago.";

  @Test
  void lookupsAreCountedByInputAndOutcome() {
    TextMemoMetrics.register();
    TextMemoMetrics.register(); // a second operator instance in the JVM: the same counters
    Detectors detectors =
        Detectors.of(
            Markets.load(Path.of("jobs/markets.yaml")).texts(),
            DetectorSettings.defaults().withTextCacheSize(3));
    Exposition before = Exposition.parse(MonitorMetrics.scrape());

    for (int i = 1; i <= 3; i++) {
      detectors.analyse(
          new BuyerMessage(
              "m-" + i,
              "t-" + i,
              "s-1",
              "SK",
              Instant.parse("2026-11-24T09:00:00Z"),
              "b-1",
              null,
              null,
              null,
              TEXT));
    }

    Exposition after = Exposition.parse(MonitorMetrics.scrape());
    assertThat(delta(before, after, Map.of("source", "messages", "outcome", "miss"))).isEqualTo(1);
    assertThat(delta(before, after, Map.of("source", "messages", "outcome", "hit"))).isEqualTo(2);
    assertThat(delta(before, after, Map.of("source", "replies"))).isZero();
    assertThat(after.labelValues(LOOKUPS, "source")).containsExactly("messages", "replies");
    assertThat(after.labelValues(LOOKUPS, "outcome")).containsExactly("hit", "miss");
    assertThat(MonitorMetrics.scrape()).doesNotContain("parcel");
  }

  private static double delta(Exposition before, Exposition after, Map<String, String> labels) {
    return after.sum(LOOKUPS, labels) - before.sum(LOOKUPS, labels);
  }
}
