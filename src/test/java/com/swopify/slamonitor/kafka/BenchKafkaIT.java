package com.swopify.slamonitor.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.swopify.slamonitor.bench.Bench;
import com.swopify.slamonitor.market.Markets;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code bench --kafka} against a real broker on a tiny workload: the Kafka-mode job decides
 * exactly what the in-memory pipeline decides, each output once, and the bench leaves no topic
 * behind. Never timed.
 */
class BenchKafkaIT {
  private static final int EVENTS = 2_000;
  private static final Markets MARKETS = Markets.load(Path.of("jobs/markets.yaml"));

  @RegisterExtension static final KafkaTestBroker broker = new KafkaTestBroker();

  @Test
  void throughKafkaTheJobDecidesWhatItDecidesInMemoryExactlyOnce() throws Exception {
    StringWriter printed = new StringWriter();
    Bench.Report kafka =
        Bench.run(
            new Bench.Options(
                EVENTS, 100, 2, 0, 1, broker.bootstrapServers(), Bench.Options.HEAP, true, true),
            MARKETS,
            new PrintWriter(printed));
    Bench.Report inMemory =
        Bench.run(
            new Bench.Options(EVENTS, 100, 2, 0, 1, null, Bench.Options.HEAP, true, true),
            MARKETS,
            new PrintWriter(new StringWriter()));

    assertThat(kafka.pipelineRecords()).isEqualTo(EVENTS);
    assertThat(kafka.pipelineOutputs().replyRuleOutputs()).isPositive();
    // Every kind, absences and daily counts included: nothing lost, nothing written twice.
    assertThat(kafka.pipelineOutputs()).isEqualTo(inMemory.pipelineOutputs());
    List<String> lines = printed.toString().lines().toList();
    assertThat(lines)
        .anySatisfy(
            line ->
                assertThat(line).startsWith("kafka: " + EVENTS + " records produced to bench-"));
    assertThat(lines)
        .anySatisfy(
            line ->
                assertThat(line)
                    .matches(
                        "events per second: \\d+ \\(pipeline through Kafka at .*, exactly once, .*"));
    assertThat(lines.get(lines.size() - 1))
        .matches("bench: pipeline=\\d+ baseline=\\d+ ratio=\\d+\\.\\d{2}");

    Properties properties = new Properties();
    properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    try (Admin admin = Admin.create(properties)) {
      Set<String> topics = admin.listTopics().names().get();
      assertThat(topics).noneMatch(topic -> topic.startsWith("bench-"));
    }
  }
}
