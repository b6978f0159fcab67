package com.swopify.slamonitor.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.swopify.slamonitor.flink.ScorebookSerializer;
import com.swopify.slamonitor.scorecard.Scorebook;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Random;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;

/**
 * {@code bench --scorecards} on a few sellers: the state sizes it prints are those of the real
 * serializer, within the 2 KiB, and every seller's flush emits its day's record. Never
 * timed.
 */
class ScorecardBenchTest {
  @Test
  void printsTheStateSizesAndFlushesEverySeller() throws Exception {
    StringWriter printed = new StringWriter();
    ScorecardBench.Report report = ScorecardBench.run(300, new PrintWriter(printed));

    assertThat(report.typicalBytes()).isPositive().isLessThan(report.heavyBytes());
    assertThat(report.heavyBytes()).isLessThanOrEqualTo(ScorecardBench.MAX_STATE_BYTES);
    assertThat(report.records()).isEqualTo(300);
    assertThat(printed.toString().strip().lines().reduce((a, b) -> b).orElseThrow())
        .startsWith("bench: scorecard-state=" + report.typicalBytes() + " heavy="
            + report.heavyBytes() + " flush=")
        .endsWith(" sellers=300");
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
