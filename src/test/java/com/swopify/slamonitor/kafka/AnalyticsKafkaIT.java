package com.swopify.slamonitor.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.swopify.slamonitor.events.Source;
import com.swopify.slamonitor.job.JobSettings;
import com.swopify.slamonitor.job.KafkaJob;
import com.swopify.slamonitor.replay.ReplayRunner;
import com.swopify.slamonitor.sql.AnalyticsDoc;
import com.swopify.slamonitor.sql.AnalyticsScenario;
import com.swopify.slamonitor.sql.ExpectedAnswers;
import com.swopify.slamonitor.sql.OutputTables;
import com.swopify.slamonitor.sql.QueryResult;
import com.swopify.slamonitor.sql.ResultFormat;
import com.swopify.slamonitor.sql.SqlSession;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ready questions of docs/analytics.md over the output topics of a Kafka-mode run: the same
 * answers as plain Java computes from a replay of the same input.
 */
class AnalyticsKafkaIT {
  @RegisterExtension static final KafkaTestBroker broker = new KafkaTestBroker();

  @RegisterExtension
  static final MiniClusterExtension CLUSTER =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(2)
              .build());

  @TempDir static Path tmp;
  static JobSettings job;
  static ExpectedAnswers expected;

  /** Before the cluster extension makes its cluster the context: these jobs bring their own. */
  @BeforeAll
  static void runTheJobOnKafkaAndReplayTheSameInput() throws Exception {
    job = KafkaModeIT.job(broker, "sql.", tmp.resolve("checkpoints"));
    try (TopicAdmin admin = TopicAdmin.connect(broker.bootstrapServers())) {
      admin.createMissing(job.topics().all(), 2, (short) 1, Duration.ofDays(1));
    }
    Map<Source, Path> inputs = AnalyticsScenario.writeInputs(tmp.resolve("input"));
    for (Map.Entry<Source, Path> input : inputs.entrySet()) {
      broker.produceLines(job.topics().inputs().get(input.getKey()), input.getValue());
    }
    StreamExecutionEnvironment env =
        StreamExecutionEnvironment.createLocalEnvironment(
            job.parallelism(), KafkaJob.configuration(job));
    KafkaJob.define(
        env, job, AnalyticsScenario.MARKETS, true, AnalyticsScenario.AS_OF.toEpochMilli());
    env.execute("kafka mode for the analytics queries");
    for (String topic : job.topics().outputs()) {
      broker.readCommitted(topic); // waits until the job's last transactions are resolved
    }

    Path replayed = tmp.resolve("replay");
    new ReplayRunner(AnalyticsScenario.MARKETS, 1)
        .run(AnalyticsScenario.replayInputs(inputs), AnalyticsScenario.AS_OF, replayed);
    expected = new ExpectedAnswers(replayed);
  }

  @Test
  void theReadyQuestionsGetTheSameAnswersFromTheTopics() throws Exception {
    SqlSession session =
        SqlSession.batch(OutputTables.overKafka(broker.bootstrapServers(), job.topics(), false));
    for (AnalyticsDoc.Question question : AnalyticsDoc.questions().values()) {
      assertThat(rows(session.query(question.sql())))
          .as(question.toString())
          .isNotEmpty()
          .isEqualTo(expected.answer(question.number()));
    }
  }

  private static List<List<String>> rows(QueryResult result) {
    return result.rows().stream().map(ResultFormat::texts).toList();
  }
}
