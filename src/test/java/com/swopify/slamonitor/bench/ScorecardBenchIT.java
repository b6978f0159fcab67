package com.swopify.slamonitor.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.swopify.slamonitor.flink.ScorebookSerializer;
import com.swopify.slamonitor.market.Markets;
import com.swopify.slamonitor.scorecard.Scorebook;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Random;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;

/**
 * {@code bench --scorecards} on a few sellers: the state sizes it prints are those of the real
 * serializer, within the 2 KiB, every seller's flush emits its day's record, and the
 * pipeline ran on both sides, the scorecards on one. Never timed.
 */
class ScorecardBenchIT {
  private static final Markets MARKETS = Markets.load(Path.of("jobs/markets.yaml"));

  @Test
  void printsTheStateSizesAndFlushesEverySeller() throws Exception {
    StringWriter printed = new StringWriter();
    ScorecardBench.Report report =
        ScorecardBench.run(
            300,
            new Bench.Options(3_000, 1, 2, 0, 1, null, Bench.Options.HEAP, false, true),
            MARKETS,
            new PrintWriter(printed));

    assertThat(report.typicalBytes()).isPositive().isLessThan(report.heavyBytes());
    assertThat(report.heavyBytes()).isLessThanOrEqualTo(ScorecardBench.MAX_STATE_BYTES);
    assertThat(report.records()).isEqualTo(300);
    assertThat(printed.toString().strip().lines().reduce((a, b) -> b).orElseThrow())
        .startsWith(
            "bench: scorecard-state="
                + report.typicalBytes()
                + " heavy="
                + report.heavyBytes()
                + " flush=")
        .contains(" sellers=300 off=")
        .contains(" drop=");
    assertThat(report.offEventsPerSecond()).isPositive();
    assertThat(report.onEventsPerSecond()).isPositive();
    // The side with scorecards ran them: the workload spans weeks, so days closed.
    assertThat(report.sellerScores()).isPositive();
    assertThat(report.rejectedMarks()).as("marks the job refused").isZero();
  }

  @Test
  void theMeasuredBooksHold90DaysAndSurviveTheirSerializer() throws Exception {
    ScorebookSerializer serializer = new ScorebookSerializer();
    Scorebook heavy = ScorecardBench.book(new Random(2), true);
    assertThat(heavy.dayCount()).isEqualTo(90);
    DataOutputSerializer out = new DataOutputSerializer(512);
    serializer.serialize(heavy, out);
    assertThat(out.length()).isEqualTo(ScorecardBench.serializedSize(heavy, serializer));
    Scorebook back = serializer.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));
    assertThat(back.dayCount()).isEqualTo(90);
    for (int i = 0; i < 90; i++) {
      for (int f = 0; f < Scorebook.FIELDS; f++) {
        assertThat(back.count(i, f)).isEqualTo(heavy.count(i, f));
      }
    }
  }
}
