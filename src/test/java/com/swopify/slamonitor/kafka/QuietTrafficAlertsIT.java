package com.swopify.slamonitor.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.swopify.slamonitor.calendar.MarketsConfig;
import com.swopify.slamonitor.codec.OutputJson;
import com.swopify.slamonitor.events.Alert;
import com.swopify.slamonitor.events.AlertType;
import com.swopify.slamonitor.job.JobSettings;
import com.swopify.slamonitor.job.KafkaJob;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Alerts on time when traffic is quiet: one buyer message, then nothing at all on any topic. The
 * job's time must follow the wall clock once the input is idle, so the deadline still falls and
 * the OVERDUE alert is emitted, stamped with its emission time.
 */
class QuietTrafficAlertsIT {
  @RegisterExtension static final KafkaTestBroker broker = new KafkaTestBroker();

  @TempDir Path tmp;

  @Test
  void overdueAlertFiresWithoutFurtherTraffic() throws Exception {
    // A round-the-clock market with an 8-second SLA, so the test does not wait for business days.
    MarketsConfig markets = MarketsConfig.parse("""
        markets:
          XQ:
            timeZone: UTC
            languages: [en]
            businessHours:
              MONDAY: ["00:00-24:00"]
              TUESDAY: ["00:00-24:00"]
              WEDNESDAY: ["00:00-24:00"]
              THURSDAY: ["00:00-24:00"]
              FRIDAY: ["00:00-24:00"]
              SATURDAY: ["00:00-24:00"]
              SUNDAY: ["00:00-24:00"]
            replyWithin: PT8S
            atRiskAt: [0.5]
        """, "quiet-traffic markets");
    JobSettings base = KafkaModeIT.job(broker, "quiet.", tmp.resolve("checkpoints"));
    JobSettings job = new JobSettings(base.name(), base.bootstrapServers(), base.groupId(), null,
        base.transactionTimeout(), false, base.topics(), null, 1, Duration.ofSeconds(1),
        base.checkpointDir(), "hashmap", Duration.ofSeconds(5), Duration.ofSeconds(1),
        base.idRetention(), 0);
    try (TopicAdmin admin = TopicAdmin.connect(broker.bootstrapServers())) {
      admin.createMissing(job.topics().all(), 1, (short) 1, Duration.ofDays(1));
    }

    StreamExecutionEnvironment env =
        StreamExecutionEnvironment.createLocalEnvironment(1, KafkaJob.configuration(job));
    KafkaJob.define(env, job, markets, false, Long.MAX_VALUE);
    JobClient running = env.executeAsync("quiet traffic");
    try {
      // Producing takes a moment; the 5-second lateness bound covers it, as it would in production.
      Instant sentAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
      Path message = tmp.resolve("message.jsonl");
      Files.writeString(message, "{\"messageId\":\"m-q\",\"threadId\":\"t-q\",\"sellerId\":\"s-q\","
          + "\"market\":\"XQ\",\"sentAt\":\"" + sentAt + "\"}\n");
      broker.produceLines(job.topics().messages(), message);

      Alert overdue = awaitAlert(job.topics().alerts(), AlertType.OVERDUE, Duration.ofSeconds(90));
      assertThat(overdue.dueAt()).isEqualTo(sentAt.plusSeconds(8));
      // Emitted by wall-clock time after the deadline, not by some later event (there is none).
      assertThat(overdue.emittedAt()).isAfterOrEqualTo(overdue.dueAt());
      System.out.printf("quiet traffic: OVERDUE alert emitted %d ms after its deadline%n",
          Duration.between(overdue.dueAt(), overdue.emittedAt()).toMillis());
    } finally {
      running.cancel().get();
    }
  }

  private static Alert awaitAlert(String topic, AlertType type, Duration limit) throws Exception {
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      List<Alert> alerts = broker.readCommitted(topic).stream()
          .map(r -> OutputJson.readAlert(r.value())).filter(a -> a.type() == type).toList();
      if (!alerts.isEmpty()) {
        return alerts.get(0);
      }
      Thread.sleep(500);
    }
    throw new AssertionError("no " + type + " alert within " + limit + " of quiet traffic");
  }
}
