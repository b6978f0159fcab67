package com.swopify.slamonitor.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.swopify.slamonitor.events.Source;
import com.swopify.slamonitor.market.Markets;
import com.swopify.slamonitor.replay.ReplayInputs;
import com.swopify.slamonitor.replay.ReplayRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run} as an operator runs it: the real jar as a child process against a real broker (the
 * jar's {@code dev-kafka}, itself a child process with its data on disk). The job is killed with
 * {@code kill -9} while its input is still being produced and started again with the same command;
 * the broker is killed and restarted once; a SIGTERM stops it with a savepoint. In every case, what
 * read_committed consumers see equals a replay of the same input: nothing lost, nothing twice,
 * nothing extra.
 */
class RunRecoveryIT {
  /**
   * Round-the-clock markets with SLAs of seconds: XQ for the traffic, XR (a longer SLA) for the
   * thread whose deadline must fall after a restore.
   */
  static final String MARKETS =
      """
      markets:
        XQ: {timeZone: UTC, languages: [en], replyWithin: PT12S, atRiskAt: [0.5], takeoverAfter: PT8S,
             businessHours: %1$s}
        XR: {timeZone: UTC, languages: [en], replyWithin: PT45S, atRiskAt: [0.5], takeoverAfter: PT1H,
             businessHours: %1$s}
      """
          .formatted(
              "{MONDAY: [\"00:00-24:00\"], TUESDAY: [\"00:00-24:00\"],"
                  + " WEDNESDAY: [\"00:00-24:00\"], THURSDAY: [\"00:00-24:00\"], FRIDAY: [\"00:00-24:00\"],"
                  + " SATURDAY: [\"00:00-24:00\"], SUNDAY: [\"00:00-24:00\"]}");

  static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");
  static final Duration CHECKPOINT_INTERVAL = Duration.ofSeconds(2);
  static final Duration PACE = Duration.ofMillis(80);

  /** Kept when a test fails: the runs' stdout and stderr say what happened. */
  @TempDir(cleanup = CleanupMode.ON_SUCCESS)
  static Path tmp;

  static Process broker;
  static int port;
  static int brokerStarts;

  /** One input record: which input, its key, its JSON. */
  record Input(Source source, String key, String json) {}

  @BeforeAll
  static void startBroker() throws Exception {
    port = DevBroker.freePort();
    broker = startBrokerProcess();
    Files.writeString(tmp.resolve("markets.yaml"), MARKETS);
  }

  @AfterAll
  static void stopBroker() throws Exception {
    if (broker != null) {
      broker.destroy();
      broker.waitFor(60, TimeUnit.SECONDS);
    }
  }

  @Test
  void killedRightAfterACheckpointItResumesFromIt() throws Exception {
    crashAndResume("after.", Duration.ZERO, false);
  }

  @Test
  void killedBetweenCheckpointsAndWithABrokerRestartItResumesFromTheLastOne() throws Exception {
    crashAndResume("between.", CHECKPOINT_INTERVAL.dividedBy(2), true);
  }

  @Test
  void stoppedBySigtermItResumesFromItsSavepointAndRestoredDeadlinesFallWithoutInput()
      throws Exception {
    Topics topics = topics("sigterm.");
    List<Input> scenario = scenario(30, true);
    JobRun run = new JobRun("sigterm", topics);

    Process first = run.start("first");
    run.awaitLine(first, "first", "run: no retained checkpoint under ");
    produce(topics, scenario, PACE);
    // Every input record behind a completed checkpoint, then stop: the XR thread's deadline,
    // 45 s after its message, is still ahead.
    run.awaitCommittedInput(scenario.size());
    first.destroy();
    assertThat(first.waitFor(3, TimeUnit.MINUTES)).as("run stops on SIGTERM").isTrue();
    assertThat(first.exitValue()).as("exit code after SIGTERM; %s", run.output("first")).isZero();
    String stopped = run.awaitLine(first, "first", "run: stopped; savepoint at ");
    String savepoint =
        stopped.substring(
            "run: stopped; savepoint at ".length(),
            stopped.indexOf(" (the next run resumes from it)"));
    assertThat(alertsOf(topics, "thread-xr"))
        .as("the XR thread's OVERDUE before the restore")
        .noneMatch(alert -> alert.contains("\"type\":\"OVERDUE\""));

    Process second = run.start("second");
    run.awaitLine(second, "second", "run: resuming from the savepoint " + savepoint + " (");
    awaitOutputsEqualReplay(topics, scenario);
    assertThat(alertsOf(topics, "thread-xr"))
        .as("the XR thread's OVERDUE, after the restore")
        .anyMatch(alert -> alert.contains("\"type\":\"OVERDUE\""));
    run.stop(second, "second");
  }

  /**
   * Half the input, a completed checkpoint, then the second half produced while the job is killed
   * ({@code pause} after a checkpoint completed) and started again with the same command.
   */
  private void crashAndResume(String prefix, Duration pause, boolean restartBroker)
      throws Exception {
    Topics topics = topics(prefix);
    List<Input> scenario = scenario(40, false);
    int half = scenario.size() / 2;
    // A broker restart makes the job fail over; its partitions are assigned again and come back
    // one by one, as the restarted broker serves them. A partition that has delivered nothing
    // for idleAfter stops holding time back, so idleAfter must cover that comeback (docs/kafka.md).
    JobRun run =
        new JobRun(
            prefix.replace(".", ""),
            topics,
            restartBroker ? Duration.ofSeconds(20) : Duration.ofSeconds(3));

    Process first = run.start("first");
    run.awaitLine(first, "first", "run: started ");
    produce(topics, scenario.subList(0, half), PACE);
    run.awaitCommittedInput(half);
    CompletableFuture<Void> secondHalf =
        CompletableFuture.runAsync(
            () -> produce(topics, scenario.subList(half, scenario.size()), PACE));
    Instant before = Instant.now();
    run.awaitCheckpointAfter(before);
    Thread.sleep(pause.toMillis());
    first.destroyForcibly();
    assertThat(first.waitFor(1, TimeUnit.MINUTES)).isTrue();
    assertThat(secondHalf).as("the second half is still being produced at the kill").isNotDone();

    Instant restarted = Instant.now();
    Process second = run.start("second");
    run.awaitLine(second, "second", "run: resuming from the checkpoint ");
    if (restartBroker) {
      // The broker crashes while the restored job runs, with a transaction open.
      run.awaitCheckpointAfter(restarted);
      restartBroker();
    }
    secondHalf.get(3, TimeUnit.MINUTES);
    awaitOutputsEqualReplay(topics, scenario);
    run.stop(second, "second");
  }

  /**
   * Threads of market XQ, a message every 3 s of event time (about 35 times faster than the wall
   * clock as produced): replied to at once, after the at-risk alert, after the deadline, or never;
   * every fifth with a case; two lines that are not JSON. With {@code withXr}, a last thread in XR,
   * never replied to, its deadline 45 s after its message.
   */
  static List<Input> scenario(int threads, boolean withXr) {
    record Timed(Instant at, Input input) {}
    List<Timed> timed = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      String thread = "thread-" + i;
      Instant sent = T0.plusSeconds(3L * i);
      timed.add(
          new Timed(sent, new Input(Source.MESSAGES, thread, message(i, thread, "XQ", sent))));
      long replyAfter =
          switch (i % 4) {
            case 0 -> 2;
            case 1 -> 8;
            case 2 -> 16;
            default -> -1;
          };
      if (replyAfter > 0) {
        Instant at = sent.plusSeconds(replyAfter);
        timed.add(
            new Timed(
                at,
                new Input(
                    Source.REPLIES,
                    thread,
                    """
            {"messageId":"r-%d","threadId":"%s","sellerId":"s-%d","market":"XQ","sentAt":"%s","text":"Thanks, it ships today."}"""
                        .formatted(i, thread, i % 5, at))));
      }
      if (i % 5 == 2) {
        Instant at = sent.plusSeconds(1);
        timed.add(
            new Timed(
                at,
                new Input(
                    Source.CASES,
                    thread,
                    """
            {"caseId":"c-%d","threadId":"%s","sellerId":"s-%d","market":"XQ","openedAt":"%s","type":"LOCKED_DEVICE"}"""
                        .formatted(i, thread, i % 5, at))));
      }
      if (i % 17 == 3) {
        timed.add(new Timed(sent, new Input(Source.MESSAGES, thread, "{not json " + i)));
      }
    }
    if (withXr) {
      Instant sent = T0.plusSeconds(3L * threads);
      timed.add(
          new Timed(
              sent,
              new Input(Source.MESSAGES, "thread-xr", message(threads, "thread-xr", "XR", sent))));
    }
    timed.sort(Comparator.comparing(Timed::at));
    return timed.stream().map(Timed::input).toList();
  }

  private static Instant eventTime(Input input) {
    java.util.regex.Matcher at =
        java.util.regex.Pattern.compile("\"(?:sentAt|openedAt)\":\"([^\"]+)\"")
            .matcher(input.json());
    return at.find() ? Instant.parse(at.group(1)) : T0;
  }

  private static String message(int i, String thread, String market, Instant sent) {
    return """
        {"messageId":"m-%d","threadId":"%s","sellerId":"s-%d","buyerId":"b-%d","market":"%s","sentAt":"%s","topic":"DELIVERY","text":"Where is my parcel?"}"""
        .formatted(i, thread, i % 5, i, market, sent);
  }

  /** Waits until each output topic holds, read_committed, exactly what a replay writes. */
  private void awaitOutputsEqualReplay(Topics topics, List<Input> scenario) throws Exception {
    Map<String, List<String>> expected = replay(scenario);
    Map<String, String> topicOfFile = new LinkedHashMap<>();
    ReplayRunner.OUTPUT_FILES.forEach(file -> topicOfFile.put(file, topicOf(topics, file)));
    assertThat(expected.get(ReplayRunner.ALERTS))
        .as("the scenario gives alerts")
        .hasSizeGreaterThan(20);
    assertThat(expected.get(ReplayRunner.TAKEOVERS)).as("... and takeovers").isNotEmpty();
    assertThat(expected.get(ReplayRunner.DEAD_LETTERS)).as("... and dead letters").isNotEmpty();
    Map<String, List<String>> actual = new LinkedHashMap<>();
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    do {
      for (Map.Entry<String, String> output : topicOfFile.entrySet()) {
        actual.put(
            output.getKey(),
            KcatDevKafkaIT.comparable(
                KafkaTestBroker.readCommitted(brokers(), output.getValue()).stream()
                    .map(r -> r.value())
                    .toList()));
      }
      if (actual.equals(expected)) {
        return;
      }
      Thread.sleep(1_000);
    } while (System.nanoTime() < deadline);
    for (String file : topicOfFile.keySet()) {
      assertThat(actual.get(file)).as(file).containsExactlyElementsOf(expected.get(file));
    }
  }

  private static String topicOf(Topics topics, String file) {
    return switch (file) {
      case ReplayRunner.ALERTS -> topics.alerts();
      case ReplayRunner.BREACHES -> topics.breaches();
      case ReplayRunner.TAKEOVERS -> topics.takeovers();
      case ReplayRunner.BREACH_COUNTS -> topics.breachCounts();
      case ReplayRunner.DEAD_LETTERS -> topics.deadLetters();
      case ReplayRunner.FINDING_REVIEWS -> topics.findingReviews();
      case ReplayRunner.SELLER_SCORES -> topics.sellerScores();
      default -> throw new IllegalArgumentException("no topic for " + file);
    };
  }

  /**
   * The replay of the scenario as of a time after every deadline in it; checked to be settled (the
   * same as of a much later time), so that the live job's "now" does not matter.
   */
  private Map<String, List<String>> replay(List<Input> scenario) throws Exception {
    Path dir = Files.createTempDirectory(tmp, "replay");
    ReplayInputs inputs = new ReplayInputs();
    for (Source source : List.of(Source.MESSAGES, Source.REPLIES, Source.CASES)) {
      Path file = dir.resolve(source.wireName() + ".jsonl");
      Files.write(
          file,
          scenario.stream().filter(i -> i.source() == source).map(Input::json).toList(),
          StandardCharsets.UTF_8);
      inputs.with(source, file);
    }
    Markets markets = Markets.load(tmp.resolve("markets.yaml"));
    Instant last =
        scenario.stream()
            .map(RunRecoveryIT::eventTime)
            .max(Comparator.naturalOrder())
            .orElseThrow();
    // Past the last deadline (XR's, 45 s after its message) and every takeover of XQ.
    Map<String, List<String>> settled =
        replayAsOf(markets, inputs, last.plusSeconds(50), dir.resolve("out"));
    assertThat(replayAsOf(markets, inputs, last.plus(Duration.ofMinutes(50)), dir.resolve("later")))
        .as("the scenario is settled: nothing happens between its end and much later")
        .isEqualTo(settled);
    return settled;
  }

  private static Map<String, List<String>> replayAsOf(
      Markets markets, ReplayInputs inputs, Instant asOf, Path out) throws Exception {
    new ReplayRunner(markets, 1).run(inputs, asOf, out);
    Map<String, List<String>> outputs = new LinkedHashMap<>();
    for (String file : ReplayRunner.OUTPUT_FILES) {
      outputs.put(file, KcatDevKafkaIT.comparable(Files.readAllLines(out.resolve(file))));
    }
    return outputs;
  }

  private static List<String> alertsOf(Topics topics, String thread) throws Exception {
    return KafkaTestBroker.readCommitted(brokers(), topics.alerts()).stream()
        .map(r -> r.value())
        .filter(v -> v.contains("\"threadId\":\"" + thread + "\""))
        .toList();
  }

  private static Topics topics(String prefix) throws InterruptedException {
    Topics topics = Topics.defaults().withPrefix(prefix);
    try (TopicAdmin admin = TopicAdmin.connect(brokers())) {
      admin.createMissing(topics.all(), 1, (short) 1, Duration.ofDays(1));
    }
    return topics;
  }

  /** Produces the records in order, {@code pace} apart, each acknowledged before the next. */
  private static void produce(Topics topics, List<Input> records, Duration pace) {
    Properties properties = new Properties();
    properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers());
    properties.put(ProducerConfig.ACKS_CONFIG, "all");
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer())) {
      for (Input record : records) {
        producer
            .send(
                new ProducerRecord<>(
                    topics.inputs().get(record.source()), record.key(), record.json()))
            .get(2, TimeUnit.MINUTES);
        Thread.sleep(pace.toMillis());
      }
    } catch (Exception e) {
      throw new IllegalStateException("producing the scenario failed", e);
    }
  }

  private static String brokers() {
    return "localhost:" + port;
  }

  private static Process startBrokerProcess() throws Exception {
    brokerStarts++;
    Path logs = tmp.resolve("dev-kafka-" + brokerStarts);
    Path data = tmp.resolve("kafka-data");
    await(() -> DevBroker.isFree(port), Duration.ofMinutes(1), "port " + port + " free again");
    Process process =
        KcatDevKafkaIT.start(
            logs, "dev-kafka", "--port", String.valueOf(port), "--data-dir", data.toString());
    KcatDevKafkaIT.awaitLine(
        logs, process, "dev-kafka: ready on " + brokers() + " (data in " + data + ")");
    return process;
  }

  /** A broker crash: kill -9, then the same broker (port, data) started again. */
  private static void restartBroker() throws Exception {
    broker.destroyForcibly();
    broker.waitFor(1, TimeUnit.MINUTES);
    broker = startBrokerProcess();
  }

  private static void await(BooleanSupplier condition, Duration limit, String what)
      throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("waited " + limit.toSeconds() + " s for " + what);
      }
      Thread.sleep(200);
    }
  }

  /** The job's runs: the same command each time, its own job file, topics and checkpoints. */
  private static final class JobRun {
    private final String name;
    private final Topics topics;
    private final Path jobFile;
    private final Path checkpoints;

    JobRun(String name, Topics topics) throws IOException {
      this(name, topics, Duration.ofSeconds(3));
    }

    /**
     * @param idleAfter how long a partition may deliver nothing after its assignment before it
     *     stops holding time back: it must cover the first fetch of every partition with a backlog
     *     (docs/kafka.md)
     */
    JobRun(String name, Topics topics, Duration idleAfter) throws IOException {
      this.name = name;
      this.topics = topics;
      this.checkpoints = tmp.resolve("checkpoints-" + name);
      this.jobFile = tmp.resolve(name + ".yaml");
      Files.writeString(
          jobFile,
          """
          name: recovery-%s
          markets: markets.yaml
          parallelism: 1
          kafka:
            groupId: recovery-%s
            transactionTimeout: PT5M
          topics: {messages: %s, replies: %s, absences: %s, cases: %s, alerts: %s, breaches: %s,
                   takeovers: %s, breachCounts: %s, deadLetters: %s, findingReviews: %s,
                   marks: %s, sellerScores: %s}
          checkpoints:
            interval: %s
          watermarks:
            outOfOrderness: PT10S
            idleAfter: %s
            quietLag: PT1S
          metricsPort: 0
          """
              .formatted(
                  name,
                  name,
                  topics.messages(),
                  topics.replies(),
                  topics.absences(),
                  topics.cases(),
                  topics.alerts(),
                  topics.breaches(),
                  topics.takeovers(),
                  topics.breachCounts(),
                  topics.deadLetters(),
                  topics.findingReviews(),
                  topics.marks(),
                  topics.sellerScores(),
                  CHECKPOINT_INTERVAL,
                  idleAfter));
    }

    Process start(String label) throws IOException {
      return KcatDevKafkaIT.start(
          tmp.resolve(name + "-" + label),
          "run",
          "--job",
          jobFile.toString(),
          "--bootstrap-servers",
          brokers(),
          "--checkpoint-dir",
          checkpoints.toUri().toString());
    }

    /** Waits for a line of the run's output that starts with {@code prefix}; returns it. */
    String awaitLine(Process process, String label, String prefix) throws Exception {
      long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
      while (true) {
        Optional<String> line = output(label).lines().filter(l -> l.startsWith(prefix)).findFirst();
        if (line.isPresent()) {
          return line.get();
        }
        if (System.nanoTime() > deadline || !process.isAlive() && !output(label).contains(prefix)) {
          throw new AssertionError(
              "no line '"
                  + prefix
                  + "...' from run "
                  + label
                  + "; stdout: "
                  + output(label)
                  + " stderr: "
                  + Files.readString(log(label, "err")));
        }
        Thread.sleep(200);
      }
    }

    String output(String label) throws IOException {
      Path out = log(label, "out");
      return Files.exists(out) ? Files.readString(out) : "";
    }

    private Path log(String label, String stream) {
      return tmp.resolve(name + "-" + label + "." + stream);
    }

    /** SIGTERM; the run takes a savepoint and exits 0. */
    void stop(Process process, String label) throws Exception {
      process.destroy();
      assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("run stops on SIGTERM").isTrue();
      assertThat(process.exitValue()).as("exit code; %s", output(label)).isZero();
      awaitLine(process, label, "run: stopped; savepoint at ");
    }

    /** Waits until the job's consumer group has committed {@code records} input offsets. */
    void awaitCommittedInput(long records) throws Exception {
      try (GroupProgress progress =
          GroupProgress.connect(
              KafkaConnection.plaintext(brokers()),
              "recovery-" + name,
              topics.inputs().values(),
              Duration.ofSeconds(30))) {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (progress.offsets().committed() < records) {
          if (System.nanoTime() > deadline) {
            throw new AssertionError(
                "the job committed "
                    + progress.offsets().committed()
                    + " of "
                    + records
                    + " input records in 5 minutes");
          }
          Thread.sleep(100);
        }
      }
    }

    /** Waits for a checkpoint of the job completed (its _metadata written) after {@code t}. */
    void awaitCheckpointAfter(Instant t) throws InterruptedException {
      await(
          () -> newestCheckpoint().filter(at -> at.isAfter(t)).isPresent(),
          Duration.ofMinutes(3),
          "a checkpoint after " + t);
    }

    private Optional<Instant> newestCheckpoint() {
      try (Stream<Path> files = Files.walk(checkpoints)) {
        return files
            .filter(
                f ->
                    f.getFileName().toString().equals("_metadata")
                        && f.getParent().getFileName().toString().startsWith("chk-"))
            .map(
                f -> {
                  try {
                    return Files.getLastModifiedTime(f).toInstant();
                  } catch (IOException e) {
                    return Instant.MIN;
                  }
                })
            .max(Comparator.naturalOrder());
      } catch (NoSuchFileException | UncheckedIOException e) {
        return Optional.empty();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
