package com.swopify.slamonitor.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.swopify.slamonitor.cli.Main;
import com.swopify.slamonitor.detect.TextMemo;
import com.swopify.slamonitor.market.Markets;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bench on a tiny workload: what it prints and that both sides did the same work. Never timed.
 */
class BenchIT {
  private static final int EVENTS = 2_000;
  private static final Markets MARKETS = Markets.load(Path.of("jobs/markets.yaml"));

  /**
   * The default setup (heap state, texts analysed), run once for the tests that compare with it.
   */
  private static Bench.Report reference;

  private static synchronized Bench.Report reference() throws Exception {
    if (reference == null) {
      reference =
          Bench.run(
              options(100, Bench.Options.HEAP, true, true),
              MARKETS,
              new PrintWriter(new StringWriter()));
    }
    return reference;
  }

  /** A tiny in-memory bench: no warm-up, one run of each side. */
  private static Bench.Options options(
      int threadsOpen, String stateBackend, boolean texts, boolean textCache) {
    return new Bench.Options(EVENTS, threadsOpen, 2, 0, 1, null, stateBackend, texts, textCache);
  }

  @Test
  void printsTheFiguresAndBothSidesDecideTheSameOutputs() throws Exception {
    StringWriter printed = new StringWriter();
    Bench.Report report =
        Bench.run(options(500, Bench.Options.HEAP, true, true), MARKETS, new PrintWriter(printed));

    List<String> lines = printed.toString().lines().toList();
    assertThat(lines).anySatisfy(line -> assertThat(line).matches("events per second: \\d+ .*"));
    assertThat(lines)
        .anySatisfy(line -> assertThat(line).matches("events per second per core: \\d+ .*"));
    assertThat(lines).anySatisfy(line -> assertThat(line).matches("peak heap: \\d+ MiB .*"));
    assertThat(lines)
        .anySatisfy(
            line ->
                assertThat(line)
                    .matches(
                        "state per open thread: \\d+ bytes serialized, -?\\d+ bytes on the heap"
                            + " \\(500 open threads, .*"));
    assertThat(lines).anySatisfy(line -> assertThat(line).matches("baseline: \\d+ events/s .*"));
    assertThat(lines)
        .anySatisfy(
            line ->
                assertThat(line)
                    .matches(
                        "text analysis: \\d+ replies"
                            + " \\(\\d+ distinct texts\\), \\d+ messages \\(\\d+ distinct\\); memo hit ratio"
                            + " \\d\\.\\d{3} \\(\\d+ of \\d+ lookups, last pipeline run\\)"));
    assertThat(lines.get(lines.size() - 1))
        .matches("bench: pipeline=\\d+ baseline=\\d+ ratio=\\d+\\.\\d{2}");

    assertThat(report.pipelineRecords()).isEqualTo(EVENTS);
    OutputCounts pipeline = report.pipelineOutputs();
    OutputCounts baseline = report.baselineOutputs();
    assertThat(baseline.replyRuleOutputs()).isPositive().isEqualTo(pipeline.replyRuleOutputs());
    assertThat(baseline.alerts()).isEqualTo(pipeline.alerts());
    assertThat(baseline.replyBreaches()).isEqualTo(pipeline.replyBreaches());
    assertThat(baseline.replyTakeovers()).isEqualTo(pipeline.replyTakeovers());
    assertThat(baseline.deadLetters()).isEqualTo(pipeline.deadLetters());
    assertThat(report.stateSize().serializedBytes()).isPositive();

    // The generator repeats its phrases: far fewer distinct texts than texts, and the memo,
    // empty at the run's start, analysed each distinct text about once.
    WorkloadTexts texts = report.texts();
    assertThat(texts.replies()).isPositive();
    assertThat(texts.messages()).isPositive();
    assertThat(texts.distinctReplyTexts()).isPositive().isLessThan((int) texts.replies() / 2);
    assertThat(texts.distinctMessageTexts()).isPositive().isLessThan((int) texts.messages() / 2);
    TextMemo.Counts memo = report.pipelineTextMemo();
    assertThat(memo.lookups()).isEqualTo(texts.replies() + texts.messages());
    assertThat(memo.hits()).isGreaterThan(memo.misses());
  }

  @Test
  void withoutTheTextMemoThePipelineDecidesWhatItDecidesWithIt() throws Exception {
    StringWriter printed = new StringWriter();
    Bench.Report uncached =
        Bench.run(options(100, Bench.Options.HEAP, true, false), MARKETS, new PrintWriter(printed));

    assertThat(uncached.pipelineOutputs()).isEqualTo(reference().pipelineOutputs());
    assertThat(uncached.baselineOutputs()).isEqualTo(reference().baselineOutputs());
    assertThat(uncached.pipelineTextMemo().lookups()).isZero();
    assertThat(printed.toString())
        .contains(", texts analysed without memo, ", "; memo off (--no-text-cache)");
  }

  @Test
  void withRocksDbStateThePipelineDecidesWhatItDecidesWithHeapState() throws Exception {
    StringWriter printed = new StringWriter();
    Bench.Report rocksDb =
        Bench.run(
            options(100, Bench.Options.ROCKSDB, true, true), MARKETS, new PrintWriter(printed));

    assertThat(rocksDb.pipelineOutputs()).isEqualTo(reference().pipelineOutputs());
    assertThat(printed.toString()).contains(", RocksDB state, ");
  }

  @Test
  void withoutTextAnalysisBothSidesLeaveTheDetectorsOutAlike() throws Exception {
    StringWriter printed = new StringWriter();
    Bench.Report plain =
        Bench.run(options(100, Bench.Options.HEAP, false, true), MARKETS, new PrintWriter(printed));

    assertThat(plain.baselineOutputs().replyRuleOutputs())
        .isEqualTo(plain.pipelineOutputs().replyRuleOutputs());
    assertThat(plain.baselineOutputs().replyBreaches())
        .isEqualTo(plain.pipelineOutputs().replyBreaches());
    assertThat(plain.baselineOutputs().alerts()).isEqualTo(plain.pipelineOutputs().alerts());
    // The detectors' breaches (contact, language, auto-reply phrasing) are gone.
    assertThat(plain.pipelineOutputs().replyBreaches())
        .isLessThan(reference().pipelineOutputs().replyBreaches());
    assertThat(printed.toString()).contains(", no text analysis, ");
  }

  @Test
  void aBadFlagValueIsAUserError() {
    assertThat(Main.run("bench", "--events", "0")).isEqualTo(2);
    assertThat(Main.run("bench", "--parallelism", "0")).isEqualTo(2);
    assertThat(Main.run("bench", "--threads-open", "-5")).isEqualTo(2);
    assertThat(Main.run("bench", "--warm-ups", "-1")).isEqualTo(2);
    assertThat(Main.run("bench", "--state-backend", "memory")).isEqualTo(2);
    assertThat(Main.run("bench", "--kafka", "localhost:1", "--no-text-analysis")).isEqualTo(2);
    assertThat(Main.run("bench", "--no-text-analysis", "--no-text-cache")).isEqualTo(2);
    // Checked before any broker or job starts.
    assertThat(Main.run("bench", "--alert-delay", "--events-per-second", "100")).isEqualTo(2);
    assertThat(Main.run("bench", "--alert-delay", "--out-of-orderness", "1s")).isEqualTo(2);
    assertThat(Main.run("bench", "--alert-delay", "--parallelism", "0")).isEqualTo(2);
  }
}
