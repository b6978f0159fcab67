package com.swopify.slamonitor.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.swopify.slamonitor.events.AlertType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The cached meter handles: one registered meter per label values, found again without lookup. */
class MetersTest {
  private static final String COUNTER = "helpdesk.sla.test.meters.counter";
  private static final String HISTOGRAM = "helpdesk.sla.test.meters.histogram";

  @Test
  void aCounterIsRegisteredOncePerLabelValuesAndKeptForLaterEvents() {
    Meters<Counter> counters =
        Meters.counters(COUNTER, "test", "market", "type", Meters.names(AlertType.values()));

    Counter overdue = counters.of("XA", AlertType.OVERDUE.ordinal());
    // A market code read from another record is another String instance with the same value.
    Counter again = counters.of(new String("XA"), AlertType.OVERDUE.ordinal());
    Counter atRisk = counters.of("XA", AlertType.AT_RISK.ordinal());
    Counter otherMarket = counters.of("XB", AlertType.OVERDUE.ordinal());

    assertThat(again).isSameAs(overdue);
    assertThat(atRisk).isNotSameAs(overdue);
    assertThat(otherMarket).isNotSameAs(overdue);
    assertThat(overdue.getId().getTag("market")).isEqualTo("XA");
    assertThat(overdue.getId().getTag("type")).isEqualTo("OVERDUE");
    assertThat(atRisk.getId().getTag("type")).isEqualTo("AT_RISK");
    assertThat(otherMarket.getId().getTag("market")).isEqualTo("XB");
  }

  @Test
  void handlesOfSeveralSubtasksCountIntoTheSameRegisteredMeter() {
    Meters<Counter> first = Meters.counters(COUNTER + ".shared", "test", "source");
    Meters<Counter> second = Meters.counters(COUNTER + ".shared", "test", "source");

    first.of("replies").increment();
    second.of("replies").increment();

    Counter registered =
        MonitorMetrics.registry().get(COUNTER + ".shared").tag("source", "replies").counter();
    assertThat(registered.count()).isEqualTo(2.0);
    assertThat(registered.getId().getTags()).hasSize(1);
  }

  @Test
  void aHistogramKeepsItsBucketsAndItsLabel() {
    Meters<Timer> histograms =
        Meters.histograms(
            HISTOGRAM,
            "test",
            new Duration[] {Duration.ofSeconds(1), Duration.ofSeconds(10)},
            "market");

    histograms.of("XA").record(Duration.ofSeconds(2));

    Timer timer = histograms.of("XA");
    assertThat(timer.count()).isEqualTo(1);
    assertThat(timer.getId().getTag("market")).isEqualTo("XA");
    assertThat(timer.takeSnapshot().histogramCounts()).hasSize(2);
  }

  @Test
  void namesAreTheEnumsConstantsInOrdinalOrder() {
    assertThat(Meters.names(AlertType.values()))
        .containsExactly("AT_RISK", "OVERDUE", "LATE_REPLY");
  }
}
