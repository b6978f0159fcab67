package com.swopify.slamonitor.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.swopify.slamonitor.codec.OutputJson;
import com.swopify.slamonitor.events.Alert;
import com.swopify.slamonitor.events.AlertType;
import com.swopify.slamonitor.job.JobSettings;
import com.swopify.slamonitor.job.KafkaJob;
import com.swopify.slamonitor.market.Markets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Alerts on time when traffic is quiet: buyer messages into an otherwise idle input, nothing on any
 * other topic. The job's time must follow the wall clock once the input is idle, so deadlines still
 * fall: each OVERDUE alert comes at its deadline's event time, not before its deadline on the wall
 * clock, and before any later record arrives that could have moved the job's time on. How soon
 * after the deadline it comes is printed, not asserted (a loaded machine only slows it): {@code
 * bench --alert-delay} measures it (docs/benchmarks.md).
 */
class QuietTrafficAlertsIT {
  /** A round-the-clock market with an 8-second SLA, so the test does not wait for business days. */
  static final Markets MARKETS =
      Markets.parse(
          """
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
      """,
          "quiet-traffic markets");

  static final Duration REPLY_WITHIN = Duration.ofSeconds(8);

  /** The number of the message that shows the job is under way; the tests' own count from 1. */
  static final int WARM_UP = 0;

  @RegisterExtension static final KafkaTestBroker broker = new KafkaTestBroker();

  @TempDir Path tmp;

  /** What a consumer of the alerts topic saw, and when it saw it. */
  record Seen(Alert alert, Instant at) {
    Duration emittedAfterDeadline() {
      return Duration.between(alert.dueAt(), alert.emittedAt());
    }

    Duration seenAfterDeadline() {
      return Duration.between(alert.dueAt(), at);
    }
  }

  @Test
  void atLeastOnceOverdueAlertsFallOnAnIdleInput() throws Exception {
    try (LiveRun live = new LiveRun(job("quiet-alo.", false, Duration.ofSeconds(10)))) {
      live.startJob();
      // One message at a time, 1.5 s apart: before each deadline the input has been idle.
      for (int i = 1; i <= 6; i++) {
        live.send(i, Instant.now());
        Thread.sleep(1_500);
      }
      List<Seen> overdue = live.overdue(6);
      report("at-least-once", overdue);

      assertThat(overdue)
          .extracting(seen -> seen.alert().threadId())
          .as("in the order of their deadlines")
          .containsExactly("t-q1", "t-q2", "t-q3", "t-q4", "t-q5", "t-q6");
      assertOnTimeAndBeforeALaterRecord(live, overdue);
    }
  }

  @Test
  void exactlyOnceOverdueAlertFallsOnAnIdleInput() throws Exception {
    try (LiveRun live = new LiveRun(job("quiet-eo.", true, Duration.ofSeconds(3)))) {
      live.startJob();
      live.send(1, Instant.now());
      Seen seen = live.overdue(1).get(0);
      report("exactly-once, checkpoints every 3 s", List.of(seen));

      assertOnTimeAndBeforeALaterRecord(live, List.of(seen));
    }
  }

  /**
   * Each alert decided at its deadline's event time, emitted no earlier than the deadline on the
   * wall clock, and seen before the next record was even sent: nothing but the idle input's
   * wall-clock time moved the job's time past the deadline.
   */
  private static void assertOnTimeAndBeforeALaterRecord(LiveRun live, List<Seen> overdue)
      throws Exception {
    Instant later = Instant.now();
    live.send(100, later);
    for (Seen seen : overdue) {
      Alert alert = seen.alert();
      assertThat(alert.at()).as("event time of %s", alert.threadId()).isEqualTo(alert.dueAt());
      assertThat(alert.emittedAt())
          .as("emittedAt of %s", alert.threadId())
          .isAfterOrEqualTo(alert.dueAt())
          .isBefore(later);
      assertThat(seen.at()).as("seen %s", alert.threadId()).isBefore(later);
    }
  }

  @Test
  void aBacklogWaitingAtStartIsJudgedByItsEventTimesNotTheWallClock() throws Exception {
    try (LiveRun live = new LiveRun(job("quiet-backlog.", false, Duration.ofSeconds(10)))) {
      // Messages of an hour ago, waiting before the job starts: its source reads them some
      // seconds after it started, by when a wall-clock time would have passed them long ago.
      Instant anHourAgo = Instant.now().minus(Duration.ofHours(1));
      for (int i = 1; i <= 3; i++) {
        live.send(i, anHourAgo.plusSeconds(i));
      }
      live.startJob();

      assertThat(live.overdue(3))
          .extracting(seen -> seen.alert().threadId())
          .containsExactlyInAnyOrder("t-q1", "t-q2", "t-q3");
      assertThat(broker.readCommitted(live.job.topics().deadLetters())).isEmpty();
    }
  }

  /** Short watermark bounds, as a deployment that wants alerts within seconds would set them. */
  private JobSettings job(String prefix, boolean alertsExactlyOnce, Duration checkpointInterval) {
    JobSettings base = KafkaModeIT.job(broker, prefix, tmp.resolve("checkpoints"));
    return new JobSettings(
        base.name(),
        base.bootstrapServers(),
        base.groupId(),
        null,
        base.transactionTimeout(),
        alertsExactlyOnce,
        base.topics(),
        null,
        1,
        checkpointInterval,
        base.checkpointDir(),
        "hashmap",
        Duration.ofSeconds(5),
        Duration.ofSeconds(1),
        Duration.ofSeconds(1),
        base.idRetention(),
        0);
  }

  /** The job running live on its own topics, a producer of buyer messages, a watch on alerts. */
  private static final class LiveRun implements AutoCloseable {
    final JobSettings job;
    private final KafkaProducer<String, String> producer = producer();
    private final AlertWatch watch;
    private JobClient running;

    LiveRun(JobSettings job) throws InterruptedException {
      this.job = job;
      try (TopicAdmin admin = TopicAdmin.connect(broker.bootstrapServers())) {
        admin.createMissing(job.topics().all(), 1, (short) 1, Duration.ofDays(1));
      }
      watch = AlertWatch.start(job.topics().alerts());
    }

    /**
     * Starts the job and returns once it judges messages: a task opens its operators (language
     * models load then, once per JVM) before it reads a record, and the deadlines measured must not
     * include that. A warm-up message's AT_RISK alert shows that the job is under way.
     */
    void startJob() throws Exception {
      StreamExecutionEnvironment env =
          StreamExecutionEnvironment.createLocalEnvironment(1, KafkaJob.configuration(job));
      KafkaJob.define(env, job, MARKETS, false, Long.MAX_VALUE);
      running = env.executeAsync("quiet traffic");
      send(WARM_UP, Instant.now());
      Predicate<Alert> warmedUp =
          a -> a.threadId().equals(thread(WARM_UP)) && a.type() == AlertType.AT_RISK;
      if (watch.await(warmedUp, 1, Duration.ofMinutes(2)).isEmpty()) {
        throw new AssertionError("the job judged no message within 2 minutes of its start");
      }
    }

    /** Buyer message number {@code n}, alone in its thread, sent at {@code sentAt}. */
    void send(int n, Instant sentAt) throws Exception {
      String thread = thread(n);
      producer
          .send(
              new ProducerRecord<>(
                  job.topics().messages(),
                  thread,
                  "{\"messageId\":\"m-q"
                      + n
                      + "\",\"threadId\":\""
                      + thread
                      + "\",\"sellerId\":\"s-q\","
                      + "\"market\":\"XQ\",\"sentAt\":\""
                      + sentAt.truncatedTo(ChronoUnit.MILLIS)
                      + "\"}"))
          .get();
    }

    /** The OVERDUE alerts, once {@code expected} of them came; fails after a minute. */
    List<Seen> overdue(int expected) throws InterruptedException {
      List<Seen> overdue =
          watch.await(
              a -> a.type() == AlertType.OVERDUE && !a.threadId().equals(thread(WARM_UP)),
              expected,
              Duration.ofSeconds(60));
      if (overdue.size() < expected) {
        throw new AssertionError(
            overdue.size()
                + " OVERDUE alerts, not "
                + expected
                + ", within 60 s; dead letters: "
                + broker.readCommitted(job.topics().deadLetters()).stream()
                    .map(r -> OutputJson.readDeadLetter(r.value()).reason())
                    .toList());
      }
      for (Seen seen : overdue) {
        assertThat(seen.alert().dueAt()).isEqualTo(seen.alert().receivedAt().plus(REPLY_WITHIN));
      }
      return overdue;
    }

    @Override
    public void close() throws Exception {
      try {
        if (running != null) {
          running.cancel().get();
        }
      } finally {
        watch.close();
        producer.close();
      }
    }
  }

  static String thread(int n) {
    return "t-q" + n;
  }

  private static KafkaProducer<String, String> producer() {
    Properties properties = new Properties();
    properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    properties.put(ProducerConfig.ACKS_CONFIG, "all");
    return new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
  }

  private static void report(String mode, List<Seen> overdue) {
    List<Long> emitted = new ArrayList<>();
    List<Long> seen = new ArrayList<>();
    for (Seen s : overdue) {
      emitted.add(s.emittedAfterDeadline().toMillis());
      seen.add(s.seenAfterDeadline().toMillis());
    }
    System.out.printf(
        "quiet traffic, %s: OVERDUE alerts emitted %s ms and seen %s ms after their"
            + " deadlines%n",
        mode, emitted, seen);
  }

  /** A read_committed consumer of the alerts topic that notes when each record reached it. */
  private static final class AlertWatch implements AutoCloseable {
    private final KafkaConsumer<String, String> consumer;
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final Thread thread = new Thread(this::poll, "alert-watch");
    private volatile boolean running = true;

    static AlertWatch start(String topic) {
      AlertWatch watch = new AlertWatch(topic);
      watch.thread.start();
      return watch;
    }

    private AlertWatch(String topic) {
      Properties properties = new Properties();
      properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
      properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
      properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
      consumer =
          new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer());
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic).stream()
              .map(p -> new TopicPartition(topic, p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
    }

    private void poll() {
      while (running) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(20))) {
          seen.add(new Seen(OutputJson.readAlert(record.value()), Instant.now()));
        }
      }
      consumer.close();
    }

    /** The alerts that match, once there are {@code count}, or when {@code limit} passed. */
    List<Seen> await(Predicate<Alert> which, int count, Duration limit)
        throws InterruptedException {
      long deadline = System.nanoTime() + limit.toNanos();
      List<Seen> matching = List.of();
      while (System.nanoTime() < deadline && matching.size() < count) {
        Thread.sleep(100);
        matching = seen.stream().filter(s -> which.test(s.alert())).toList();
      }
      return matching;
    }

    @Override
    public void close() throws InterruptedException {
      running = false;
      thread.join();
    }
  }
}
