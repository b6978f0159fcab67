package com.swopify.slamonitor.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.swopify.slamonitor.events.Source;
import com.swopify.slamonitor.flink.RawRecord;
import com.swopify.slamonitor.flink.SlaSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What marks and scorecards cost the pipeline: in one run of the bench, the full job without them
 * (the workload as it is, seller scores not sunk, so Flink leaves the scorecard operator out)
 * against the job with them (the same workload with a mark on every {@value #MARK_EVERY}th buyer
 * message, ten minutes after it, and the seller scores sunk), the two sides taking turns so that
 * the machine's drift hits both alike. Each side's events per second count its own input records.
 */
final class ScorecardCost {
  /** One buyer message in twenty gets a "no response needed" mark. */
  static final int MARK_EVERY = 20;

  private static final Duration MARK_AFTER = Duration.ofMinutes(10);
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * @param offEventsPerSecond median events/s without marks and scorecards
   * @param onEventsPerSecond median events/s with them
   * @param marks marks added to the workload
   * @param sellerScores seller-score records of the last run with scorecards
   * @param rejectedMarks dead letters of the last run with marks beyond those without: marks the
   *     job refused (none, when the marks are well formed)
   */
  record Result(
      double offEventsPerSecond,
      double onEventsPerSecond,
      int marks,
      long sellerScores,
      long rejectedMarks) {
    /** The drop from off to on, as a share of off (negative: faster with them). */
    double drop() {
      return 1 - onEventsPerSecond / offEventsPerSecond;
    }
  }

  private ScorecardCost() {}

  static Result run(
      Workload workload,
      SlaSettings settings,
      int parallelism,
      String stateBackend,
      int warmUps,
      int runs,
      PrintWriter out)
      throws Exception {
    Workload marked = withMarks(workload);
    int marks = marked.size() - workload.size();
    double[] off = new double[runs];
    double[] on = new double[runs];
    long sellerScores = 0;
    long rejectedMarks = 0;
    for (int run = 1; run <= warmUps + runs; run++) {
      boolean warmUp = run <= warmUps;
      PipelineRun.Result without = PipelineRun.run(workload, settings, parallelism, stateBackend);
      PipelineRun.Result with = PipelineRun.run(marked, settings, parallelism, stateBackend, true);
      sellerScores = with.sellerScores();
      rejectedMarks = with.outputs().deadLetters() - without.outputs().deadLetters();
      if (!warmUp) {
        off[run - warmUps - 1] = without.eventsPerSecond();
        on[run - warmUps - 1] = with.eventsPerSecond();
      }
      out.println(
          String.format(
              Locale.ROOT,
              "scorecards run %d%s: off %.0f events/s, on %.0f"
                  + " events/s (%d marks, %d seller scores)",
              run,
              warmUp ? " (warm-up)" : "",
              without.eventsPerSecond(),
              with.eventsPerSecond(),
              marks,
              with.sellerScores()));
      out.flush();
    }
    return new Result(Bench.median(off), Bench.median(on), marks, sellerScores, rejectedMarks);
  }

  /** The workload with a mark after every {@value #MARK_EVERY}th buyer message. */
  static Workload withMarks(Workload workload) {
    List<RawRecord> records = new ArrayList<>(workload.size() + workload.size() / MARK_EVERY);
    int messages = 0;
    for (RawRecord record : workload.records()) {
      records.add(record);
      if (record.source() == Source.MESSAGES && ++messages % MARK_EVERY == 0) {
        RawRecord mark = markOf(record.value(), messages);
        if (mark != null) {
          records.add(mark);
        }
      }
    }
    return new Workload(records.toArray(RawRecord[]::new), workload.settings(), workload.asOf());
  }

  /** A seller's mark on a buyer message; null for a line the generator malformed on purpose. */
  private static RawRecord markOf(String messageLine, int number) {
    try {
      JsonNode message = JSON.readTree(messageLine);
      OffsetDateTime sentAt = OffsetDateTime.parse(message.path("sentAt").asText());
      String line =
          JSON.createObjectNode()
              .put("markId", "mk-" + number)
              .put("messageId", message.path("messageId").asText())
              .put("threadId", message.path("threadId").asText())
              .put("sellerId", message.path("sellerId").asText())
              .put("market", message.path("market").asText())
              .put("markedAt", sentAt.plus(MARK_AFTER).toInstant().toString())
              .put("markedBy", "SELLER")
              .toString();
      return RawRecord.ofLine(Source.MARKS, line);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
