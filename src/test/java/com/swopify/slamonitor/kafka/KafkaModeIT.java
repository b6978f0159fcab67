package com.swopify.slamonitor.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.swopify.slamonitor.demo.HelpdeskStream;
import com.swopify.slamonitor.events.Source;
import com.swopify.slamonitor.job.JobSettings;
import com.swopify.slamonitor.job.KafkaJob;
import com.swopify.slamonitor.market.Markets;
import com.swopify.slamonitor.replay.ReplayInputs;
import com.swopify.slamonitor.replay.ReplayRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Kafka mode against a real broker: the same answers as replay, exactly once, keyed records. */
class KafkaModeIT {
  static final Path EXAMPLES = Path.of("src/test/resources/contract-examples");
  static final Markets MARKETS = Markets.load(EXAMPLES.resolve("markets.yaml"));
  static final Instant AS_OF = Instant.parse("2026-12-10T08:00:00Z");
  static final Map<Source, String> FILES =
      Map.of(
          Source.MESSAGES,
          "buyer-messages.jsonl",
          Source.REPLIES,
          "seller-replies.jsonl",
          Source.CASES,
          "cases.jsonl",
          Source.ABSENCES,
          "seller-absences.jsonl",
          Source.MARKS,
          "message-marks.jsonl");

  @RegisterExtension static final KafkaTestBroker broker = new KafkaTestBroker();

  @TempDir Path tmp;

  /** A job on its own topics (prefix), with generous watermark bounds: inputs come in bulk. */
  static JobSettings job(KafkaTestBroker broker, String prefix, Path checkpoints) {
    Topics topics = Topics.defaults().withPrefix(prefix);
    JobSettings d = JobSettings.defaults();
    return new JobSettings(
        prefix + "job",
        broker.bootstrapServers(),
        prefix + "group",
        null,
        Duration.ofMinutes(5),
        true,
        topics,
        null,
        2,
        Duration.ofMillis(300),
        checkpoints.toUri().toString(),
        "hashmap",
        Duration.ofHours(1),
        Duration.ofHours(1),
        d.quietLag(),
        d.idRetention(),
        0);
  }

  static KafkaPipeline.Settings kafkaSettings(JobSettings job, Markets markets) {
    return new KafkaPipeline.Settings(
        KafkaConnection.plaintext(job.bootstrapServers()),
        job.topics(),
        job.groupId(),
        DeliveryGuarantee.EXACTLY_ONCE,
        job.transactionTimeout(),
        true,
        markets.codes(),
        job.outOfOrderness(),
        job.idleAfter(),
        job.quietLag());
  }

  /** Which output topic holds what the replay writes to each file. */
  static Map<String, String> topicOfFile(JobSettings job) {
    return Map.of(
        ReplayRunner.ALERTS, job.topics().alerts(),
        ReplayRunner.BREACHES, job.topics().breaches(),
        ReplayRunner.TAKEOVERS, job.topics().takeovers(),
        ReplayRunner.BREACH_COUNTS, job.topics().breachCounts(),
        ReplayRunner.DEAD_LETTERS, job.topics().deadLetters(),
        ReplayRunner.FINDING_REVIEWS, job.topics().findingReviews(),
        ReplayRunner.SELLER_SCORES, job.topics().sellerScores());
  }

  /** Creates the job's topics and writes the generated input files into its input topics. */
  static ReplayInputs produceInputs(KafkaTestBroker broker, JobSettings job, Path inputDir)
      throws Exception {
    try (TopicAdmin admin = TopicAdmin.connect(broker.bootstrapServers())) {
      admin.createMissing(job.topics().all(), 2, (short) 1, Duration.ofDays(1));
    }
    ReplayInputs inputs = new ReplayInputs();
    Map<Source, HelpdeskStream> streams =
        Map.of(
            Source.MESSAGES,
            HelpdeskStream.MESSAGES,
            Source.REPLIES,
            HelpdeskStream.REPLIES,
            Source.CASES,
            HelpdeskStream.CASES,
            Source.ABSENCES,
            HelpdeskStream.ABSENCES);
    for (Map.Entry<Source, HelpdeskStream> s : streams.entrySet()) {
      Path file = inputDir.resolve(s.getValue().fileName());
      broker.produceLines(job.topics().inputs().get(s.getKey()), file);
      inputs.with(s.getKey(), file);
    }
    return inputs;
  }

  /** What read_committed consumers see on each output topic equals the replay's file. */
  static void assertOutputsEqualReplay(
      KafkaTestBroker broker,
      JobSettings job,
      ReplayInputs inputs,
      Markets markets,
      Instant asOf,
      Path replayed)
      throws Exception {
    new ReplayRunner(markets, 1).run(inputs, asOf, replayed);
    for (Map.Entry<String, String> output : topicOfFile(job).entrySet()) {
      List<String> expected =
          new ArrayList<>(Files.readAllLines(replayed.resolve(output.getKey())));
      Collections.sort(expected);
      assertThat(
              KafkaTestBroker.comparableValues(
                  output.getKey(), broker.readCommitted(output.getValue())))
          .as(output.getValue())
          .isEqualTo(expected);
    }
  }

  @Test
  void kafkaOutputsEqualTheReplayOfTheSameInput() throws Exception {
    JobSettings job = job(broker, "eq.", tmp.resolve("checkpoints"));
    try (TopicAdmin admin = TopicAdmin.connect(broker.bootstrapServers())) {
      admin.createMissing(job.topics().all(), 2, (short) 1, Duration.ofDays(1));
    }
    ReplayInputs inputs = new ReplayInputs();
    for (Map.Entry<Source, String> input : FILES.entrySet()) {
      broker.produceLines(
          job.topics().inputs().get(input.getKey()), EXAMPLES.resolve(input.getValue()));
      inputs.with(input.getKey(), EXAMPLES.resolve(input.getValue()));
    }

    StreamExecutionEnvironment env =
        StreamExecutionEnvironment.createLocalEnvironment(
            job.parallelism(), KafkaJob.configuration(job));
    KafkaJob.define(env, job, MARKETS, true, AS_OF.toEpochMilli());
    env.execute("kafka mode test");

    assertOutputsEqualReplay(broker, job, inputs, MARKETS, AS_OF, tmp.resolve("replay"));
    // t-503's two alerts; t-502's waited on m-1002, which the example mark k-2 stopped on the
    // Saturday before its Monday deadline.
    assertThat(broker.readCommitted(job.topics().alerts()))
        .hasSize(2)
        .allSatisfy(r -> assertThat(r.value()).contains("\"threadId\":\"" + r.key() + "\""));
    assertThat(broker.readCommitted(job.topics().breaches()))
        .allSatisfy(r -> assertThat(r.value()).contains("\"sellerId\":\"" + r.key() + "\""));
    assertThat(broker.readCommitted(job.topics().sellerScores()))
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.value()).contains("\"sellerId\":\"" + r.key() + "\""));
  }
}
