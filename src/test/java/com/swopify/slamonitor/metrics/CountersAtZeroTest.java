package com.swopify.slamonitor.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.swopify.slamonitor.events.AlertType;
import com.swopify.slamonitor.events.BreachType;
import com.swopify.slamonitor.events.Finding.FindingType;
import com.swopify.slamonitor.events.TakeoverReason;
import com.swopify.slamonitor.scorecard.Grade;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every counter of docs/observability.md exists at 0 once the job starts, for every known label
 * value: an alert on {@code increase()} then sees the first event, which a series born with it
 * would hide (the promtool tests cover the rules on such a series too).
 */
class CountersAtZeroTest {
  /** Markets no other test counts into, so their series can only be zero. */
  private static final Set<String> MARKETS = Set.of("ZA", "ZB");

  private static final Pattern COUNTER_ROW =
      Pattern.compile("(?m)^\\| `(helpdesk_sla_\\w+_total)` \\| counter \\| ([a-z, ]+) \\|");

  @Test
  void everyDocumentedCounterSeriesOfTheMarketsExistsAtZero() throws IOException {
    MonitorMetrics.registerAtZero(MARKETS);
    Exposition exposition = Exposition.parse(MonitorMetrics.scrape());

    Map<String, List<String>> documented = documentedCounters();
    assertThat(documented)
        .containsOnlyKeys(
            "helpdesk_sla_buyer_messages_total",
            "helpdesk_sla_replies_total",
            "helpdesk_sla_alerts_total",
            "helpdesk_sla_breaches_total",
            "helpdesk_sla_takeovers_total",
            "helpdesk_sla_dead_letters_total",
            "helpdesk_sla_late_events_total",
            "helpdesk_sla_text_memo_lookups_total",
            "helpdesk_sla_finding_reviews_total",
            "helpdesk_sla_seller_grade_changes_total");
    documented.forEach(
        (name, labels) ->
            assertThat(exposition.labelNames(name)).as(name).containsExactly(Set.copyOf(labels)));

    assertSeries(exposition, "helpdesk_sla_buyer_messages_total", "market", MARKETS, null, null);
    assertSeries(
        exposition,
        "helpdesk_sla_replies_total",
        "market",
        MARKETS,
        "outcome",
        Set.of("in_time", "late", "automated"));
    assertSeries(
        exposition,
        "helpdesk_sla_alerts_total",
        "market",
        MARKETS,
        "type",
        names(AlertType.values()));
    assertSeries(
        exposition,
        "helpdesk_sla_breaches_total",
        "market",
        MARKETS,
        "type",
        names(BreachType.values()));
    assertSeries(
        exposition,
        "helpdesk_sla_takeovers_total",
        "market",
        MARKETS,
        "reason",
        names(TakeoverReason.values()));
    assertSeries(
        exposition,
        "helpdesk_sla_finding_reviews_total",
        "market",
        MARKETS,
        "finding",
        names(FindingType.values()));
    assertSeries(
        exposition,
        "helpdesk_sla_seller_grade_changes_total",
        "market",
        MARKETS,
        "direction",
        Set.of("down", "up", "to_no_data", "from_no_data"));
    assertSeries(
        exposition,
        "helpdesk_sla_seller_grades",
        "market",
        MARKETS,
        "grade",
        names(Grade.values()));
    Set<String> sources = Set.of("messages", "replies", "cases", "absences");
    assertThat(exposition.labelValues("helpdesk_sla_dead_letters_total", "source"))
        .containsAll(sources);
    assertThat(exposition.labelValues("helpdesk_sla_late_events_total", "source"))
        .containsAll(sources);
    assertThat(exposition.labelValues("helpdesk_sla_text_memo_lookups_total", "outcome"))
        .containsExactlyInAnyOrder("hit", "miss");
  }

  private static void assertSeries(
      Exposition exposition,
      String name,
      String label,
      Set<String> values,
      String secondLabel,
      Set<String> secondValues) {
    for (String value : values) {
      if (secondLabel == null) {
        assertThat(exposition.count(name, Map.of(label, value)))
            .as("%s %s", name, value)
            .isEqualTo(1);
        assertThat(exposition.sum(name, Map.of(label, value))).as("%s %s", name, value).isZero();
        continue;
      }
      for (String second : secondValues) {
        Map<String, String> labels = Map.of(label, value, secondLabel, second);
        assertThat(exposition.count(name, labels)).as("%s %s", name, labels).isEqualTo(1);
        assertThat(exposition.sum(name, labels)).as("%s %s", name, labels).isZero();
      }
    }
  }

  private static Set<String> names(Enum<?>[] constants) {
    return Arrays.stream(constants).map(Enum::name).collect(Collectors.toSet());
  }

  /** The counters of docs/observability.md's table, with their labels. */
  private static Map<String, List<String>> documentedCounters() throws IOException {
    Matcher row = COUNTER_ROW.matcher(Files.readString(Path.of("docs/observability.md")));
    Map<String, List<String>> counters = new TreeMap<>();
    while (row.find()) {
      counters.put(row.group(1), List.of(row.group(2).split(", ")));
    }
    return counters;
  }
}
