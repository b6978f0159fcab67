package com.swopify.slamonitor.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's summary of the scorecards: sellers per grade of their latest record, per market, and
 * the sellers whose grade fell (a graded seller getting worse), newest fall first.
 */
class RunSummaryTest {
  @TempDir Path out;

  private static String score(
      String seller, String market, String day, String grade, String previous) {
    return "{\"sellerId\":\""
        + seller
        + "\",\"market\":\""
        + market
        + "\",\"day\":\""
        + day
        + "\",\"windows\":{},\"grade\":\""
        + grade
        + "\",\"previousGrade\":"
        + (previous == null ? "null" : "\"" + previous + "\"")
        + "}";
  }

  @Test
  void gradesPerMarketAndTheSellersWhoseGradeFell() throws Exception {
    for (String file : ReplayRunner.OUTPUT_FILES) {
      Files.writeString(out.resolve(file), "");
    }
    List<String> scores =
        new ArrayList<>(
            List.of(
                score("s-1", "SK", "2026-11-01", "GOOD", null),
                score("s-1", "SK", "2026-11-02", "POOR", "GOOD"),
                score("s-1", "SK", "2026-11-03", "GOOD", "POOR"),
                score("s-2", "SK", "2026-11-02", "GOOD", "AT_RISK"),
                score("s-3", "SK", "2026-11-03", "AT_RISK", "GOOD"),
                score("s-3", "CZ", "2026-11-03", "POOR", "NO_DATA"),
                score("s-4", "CZ", "2026-11-03", "NO_DATA", "GOOD")));
    for (int i = 0; i < 12; i++) {
      scores.add(score("x-" + i, "PL", "2026-10-" + (10 + i), "POOR", "AT_RISK"));
    }
    // Arrival order does not matter: the summary takes each seller's latest day.
    Collections.reverse(scores);
    Files.write(out.resolve(ReplayRunner.SELLER_SCORES), scores);

    String text = RunSummary.of(out, new ReplayResult(Instant.EPOCH, Map.of()), Map.of()).format();

    assertThat(text)
        .contains(
            """
        Sellers by grade (latest scorecard, 30-day on-time rate):
        market  NO_DATA     GOOD  AT_RISK     POOR
        CZ            1        0        0        1
        PL            0        0        0       12
        SK            0        2        1        0
        """);
    assertThat(text)
        .contains(
            "Sellers whose grade fell: 14 (latest fall each, newest first)\n"
                + "  s-3 (SK)                 2026-11-03  GOOD -> AT_RISK\n"
                + "  s-1 (SK)                 2026-11-02  GOOD -> POOR\n"
                + "  x-11 (PL)                2026-10-21  AT_RISK -> POOR\n");
    assertThat(text).contains("  ... and 4 more (seller-scores.jsonl)\n");
    // Changes to or from NO_DATA are no fall.
    assertThat(text).doesNotContain("s-4 (CZ)", "s-3 (CZ)");
  }
}
