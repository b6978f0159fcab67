package com.swopify.slamonitor.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.swopify.slamonitor.job.JobSettings;
import com.swopify.slamonitor.replay.ReplayRunner;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Kafka mode end to end as a person would try it: {@code dev-kafka} started from the jar, the
 * topics created with {@code topics create}, the contract's example events produced by an external
 * client (Debian's kcat), the job run with {@code run}, its outputs read back by kcat with
 * read_committed, and compared with {@code replay} on the same files.
 */
class KcatDevKafkaIT {
  static final Path JAR =
      Path.of(System.getProperty("monitor.jar", "target/helpdesk-sla-monitor.jar"));
  static final Path EXAMPLES = Path.of("src/test/resources/contract-examples");
  static final String AS_OF = "2026-12-10T08:00:00Z";
  static final ObjectMapper JSON = new ObjectMapper();

  /** Each input file, its topic and the field its records are keyed by (contract section 2). */
  record Input(String file, String topic, String keyField) {}

  static final List<Input> INPUTS =
      List.of(
          new Input("buyer-messages.jsonl", Topics.defaults().messages(), "threadId"),
          new Input("seller-replies.jsonl", Topics.defaults().replies(), "threadId"),
          new Input("cases.jsonl", Topics.defaults().cases(), "threadId"),
          new Input("seller-absences.jsonl", Topics.defaults().absences(), "sellerId"));

  @TempDir Path tmp;

  @Test
  void kcatProducesTheExamplesAndReadsOutputsThatAgreeWithReplay() throws Exception {
    String kcat = kcat();
    int port = DevBroker.freePort();
    String brokers = "localhost:" + port;
    Process broker =
        start(
            tmp.resolve("dev-kafka"),
            "dev-kafka",
            "--port",
            String.valueOf(port),
            "--data-dir",
            tmp.resolve("kafka-data").toString());
    try {
      awaitLine(
          tmp.resolve("dev-kafka"),
          broker,
          "dev-kafka: ready on " + brokers + " (data in " + tmp.resolve("kafka-data") + ")");
      finish(jar("topics", "create", "--bootstrap-servers", brokers, "--partitions", "2"));

      for (Input input : INPUTS) {
        for (String line : Files.readAllLines(EXAMPLES.resolve(input.file()))) {
          if (!line.isBlank()) {
            String key = JSON.readTree(line).get(input.keyField()).asText();
            finish(
                new ProcessBuilder(kcat, "-P", "-b", brokers, "-t", input.topic(), "-k", key),
                line);
          }
        }
      }
      finish(
          jar(
              "run",
              "--job",
              "jobs/helpdesk-sla.yaml",
              "--bootstrap-servers",
              brokers,
              "--markets",
              EXAMPLES.resolve("markets.yaml").toString(),
              "--parallelism",
              "1",
              "--checkpoint-dir",
              tmp.resolve("checkpoints").toUri().toString(),
              "--metrics-port",
              "0",
              "--bounded",
              "--as-of",
              AS_OF));

      Path replayed = tmp.resolve("replay");
      finish(
          jar(
              "replay",
              "--markets",
              EXAMPLES.resolve("markets.yaml").toString(),
              "--messages",
              EXAMPLES.resolve("buyer-messages.jsonl").toString(),
              "--replies",
              EXAMPLES.resolve("seller-replies.jsonl").toString(),
              "--cases",
              EXAMPLES.resolve("cases.jsonl").toString(),
              "--absences",
              EXAMPLES.resolve("seller-absences.jsonl").toString(),
              "--as-of",
              AS_OF,
              "--out",
              replayed.toString()));

      JobSettings defaults = JobSettings.defaults();
      Map<String, String> topicOfFile = KafkaModeIT.topicOfFile(defaults);
      for (Map.Entry<String, String> output : topicOfFile.entrySet()) {
        List<String> expected = comparable(Files.readAllLines(replayed.resolve(output.getKey())));
        assertThat(readCommitted(kcat, brokers, output.getValue(), expected))
            .as(output.getValue())
            .isEqualTo(expected);
      }
      assertThat(comparable(Files.readAllLines(replayed.resolve(ReplayRunner.ALERTS))))
          .as("the examples give alerts, so the comparison says something")
          .hasSize(4);
    } finally {
      broker.destroy();
      assertThat(broker.waitFor(60, TimeUnit.SECONDS)).as("dev-kafka stopped on SIGTERM").isTrue();
    }
    assertThat(broker.exitValue()).as("dev-kafka's exit code after SIGTERM").isZero();
    assertThat(Files.readString(tmp.resolve("dev-kafka.out"))).endsWith("dev-kafka: stopped\n");
  }

  /** kcat on the PATH; without it the test fails, naming the fix, rather than skip quietly. */
  static String kcat() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(dir, "kcat");
      if (Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    throw new AssertionError(
        "kcat is not installed: `apt-get install -y kcat` (.ci/run installs" + " it when missing)");
  }

  /**
   * The topic's values as a read_committed consumer sees them. A transaction's commit markers reach
   * the partitions a moment after the job has finished, so reading is repeated until the expected
   * records are there or 30 s have passed; the last read is returned either way.
   */
  private static List<String> readCommitted(
      String kcat, String brokers, String topic, List<String> expected) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    List<String> values;
    do {
      String out =
          finish(
              new ProcessBuilder(
                  kcat,
                  "-C",
                  "-b",
                  brokers,
                  "-t",
                  topic,
                  "-X",
                  "isolation.level=read_committed",
                  "-e",
                  "-q",
                  "-f",
                  "%s\\n"));
      values = comparable(out.lines().toList());
    } while (!values.equals(expected) && System.nanoTime() < deadline && pause());
    return values;
  }

  private static boolean pause() throws InterruptedException {
    Thread.sleep(500);
    return true;
  }

  /**
   * Records as sorted JSON without what only a live Kafka run writes: emittedAt (wall-clock time)
   * and a dead letter's topic, partition and offset.
   */
  static List<String> comparable(List<String> lines) throws IOException {
    List<String> records = new ArrayList<>();
    for (String line : lines) {
      if (!line.isBlank()) {
        ObjectNode record = (ObjectNode) JSON.readTree(line);
        record.remove(List.of("emittedAt", "topic", "partition", "offset"));
        records.add(JSON.writeValueAsString(record));
      }
    }
    Collections.sort(records);
    return records;
  }

  private static ProcessBuilder jar(String... args) {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toString()));
    command.addAll(Arrays.asList(args));
    return new ProcessBuilder(command);
  }

  /** Starts the jar with its output in {@code logs}.out and {@code logs}.err. */
  static Process start(Path logs, String... args) throws IOException {
    return jar(args)
        .redirectOutput(logs.resolveSibling(logs.getFileName() + ".out").toFile())
        .redirectError(logs.resolveSibling(logs.getFileName() + ".err").toFile())
        .start();
  }

  static void awaitLine(Path logs, Process process, String line) throws Exception {
    Path out = logs.resolveSibling(logs.getFileName() + ".out");
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (!Files.exists(out) || !Files.readString(out).lines().toList().contains(line)) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        throw new AssertionError(
            "no line '"
                + line
                + "' from dev-kafka; stderr: "
                + Files.readString(logs.resolveSibling(logs.getFileName() + ".err")));
      }
      Thread.sleep(200);
    }
  }

  /**
   * Runs a command to its end, with {@code stdin} as its input, and returns what it wrote to
   * stdout; it must exit 0 within three minutes.
   */
  private static String finish(ProcessBuilder command, String stdin) throws Exception {
    Path out = Files.createTempFile("command", ".out");
    Path err = Files.createTempFile("command", ".err");
    try {
      Process process = command.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
      process.getOutputStream().close();
      boolean finished = process.waitFor(3, TimeUnit.MINUTES);
      if (!finished) {
        process.destroyForcibly();
      }
      String stdout = Files.readString(out, StandardCharsets.UTF_8);
      String said =
          "stdout: " + stdout + " stderr: " + Files.readString(err, StandardCharsets.UTF_8);
      assertThat(finished).as("%s finished; %s", command.command(), said).isTrue();
      assertThat(process.exitValue()).as("exit code of %s; %s", command.command(), said).isZero();
      return stdout;
    } finally {
      Files.delete(out);
      Files.delete(err);
    }
  }

  private static String finish(ProcessBuilder command) throws Exception {
    return finish(command, "");
  }
}
