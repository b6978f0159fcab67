package com.swopify.slamonitor.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.swopify.slamonitor.events.Source;
import com.swopify.slamonitor.replay.ReplayRunner;
import com.swopify.slamonitor.sql.AnalyticsDoc.Question;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every ready question of docs/analytics.md, run over the files of a replay of a generated
 * marketplace, answers what plain Java computes from the same files. One Flink cluster and one SQL
 * session for all queries: planning and starting jobs is the slow part.
 */
class AnalyticsQueriesIT {
  @RegisterExtension
  static final MiniClusterExtension CLUSTER =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(2)
              .build());

  @TempDir static Path tmp;
  static Path out;
  static SqlSession session;

  @BeforeAll
  static void replayAGeneratedMarketplace() throws Exception {
    Map<Source, Path> inputs = AnalyticsScenario.writeInputs(tmp.resolve("input"));
    out = tmp.resolve("out");
    new ReplayRunner(AnalyticsScenario.MARKETS, 1)
        .run(AnalyticsScenario.replayInputs(inputs), AnalyticsScenario.AS_OF, out);
    session = SqlSession.batch(OutputTables.overFiles(out));
  }

  static List<List<String>> rows(QueryResult result) {
    return result.rows().stream().map(ResultFormat::texts).toList();
  }

  @Test
  void everyReadyQuestionGetsTheAnswerTheOutputFilesGive() throws Exception {
    Map<Integer, Question> questions = AnalyticsDoc.questions();
    assertThat(questions.keySet())
        .containsExactlyElementsOf(IntStream.rangeClosed(1, 10).boxed().toList());
    ExpectedAnswers expected = new ExpectedAnswers(out);
    for (Question question : questions.values()) {
      assertThat(rows(session.query(question.sql())))
          .as(question.toString())
          .isNotEmpty()
          .isEqualTo(expected.answer(question.number()));
    }
  }

  @Test
  void everyRecordOfEveryFileIsATableRow() throws Exception {
    QueryResult counts =
        session.query(
            "SELECT (SELECT COUNT(*) FROM alerts), "
                + "(SELECT COUNT(*) FROM breaches), (SELECT COUNT(*) FROM takeovers), "
                + "(SELECT COUNT(*) FROM breach_count_records), (SELECT COUNT(*) FROM dead_letters), "
                + "(SELECT COUNT(*) FROM finding_reviews), (SELECT COUNT(*) FROM seller_scores)");
    List<String> lines =
        List.of(
                ReplayRunner.ALERTS,
                ReplayRunner.BREACHES,
                ReplayRunner.TAKEOVERS,
                ReplayRunner.BREACH_COUNTS,
                ReplayRunner.DEAD_LETTERS,
                ReplayRunner.FINDING_REVIEWS,
                ReplayRunner.SELLER_SCORES)
            .stream()
            .map(file -> String.valueOf(lineCount(out.resolve(file))))
            .toList();
    assertThat(rows(counts)).containsExactly(lines);
  }

  @Test
  void sellerScoresReadTheirNestedWindows() throws Exception {
    QueryResult sums =
        session.query(
            "SELECT SUM(windows.P30D.waits), SUM(windows.P7D.onTime), "
                + "COUNT(windows.P90D.onTimeRate), SUM(CARDINALITY(windows.P90D.breaches)), "
                + "COUNT(previousGrade) FROM seller_scores");
    long waits30 = 0;
    long onTime7 = 0;
    long rates90 = 0;
    long breachTypes90 = 0;
    long previousGrades = 0;
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(out.resolve(ReplayRunner.SELLER_SCORES))) {
      JsonNode record = json.readTree(line);
      JsonNode windows = record.get("windows");
      waits30 += windows.get("P30D").get("waits").asLong();
      onTime7 += windows.get("P7D").get("onTime").asLong();
      rates90 += windows.get("P90D").get("onTimeRate").isNull() ? 0 : 1;
      breachTypes90 += windows.get("P90D").get("breaches").size();
      previousGrades += record.get("previousGrade").isNull() ? 0 : 1;
    }
    assertThat(waits30).as("the scenario decides waits").isPositive();
    assertThat(rows(sums))
        .containsExactly(
            List.of(
                String.valueOf(waits30),
                String.valueOf(onTime7),
                String.valueOf(rates90),
                String.valueOf(breachTypes90),
                String.valueOf(previousGrades)));
  }

  @Test
  void aQueryFlinkRefusesIsOneLineWithFlinksReason() {
    assertThatThrownBy(() -> session.query("SELECT nope FROM alerts"))
        .isInstanceOf(SqlQueryException.class)
        .hasMessageContaining("Column 'nope' not found")
        .extracting(Throwable::getMessage)
        .asString()
        .doesNotContain("\n");
    assertThatThrownBy(() -> session.query("SELEKT 1"))
        .isInstanceOf(SqlQueryException.class)
        .hasMessageStartingWith("SQL parse failed.")
        .extracting(Throwable::getMessage)
        .asString()
        .doesNotContain("\n", "Was expecting");
  }

  private static long lineCount(Path file) {
    try (var lines = Files.lines(file)) {
      return lines.filter(l -> !l.isBlank()).count();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
