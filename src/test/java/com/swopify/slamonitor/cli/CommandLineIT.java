package com.swopify.slamonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real command line: the shaded jar started with {@code java -jar}, no extra JVM flags. */
class CommandLineIT {
  static final Path JAR =
      Path.of(System.getProperty("monitor.jar", "target/helpdesk-sla-monitor.jar"));
  static final String EXAMPLES = "src/test/resources/contract-examples/";

  @TempDir Path tmp;

  record Run(int exit, String out, String err) {}

  static Run run(String... args) throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile("cli-out", ".txt");
    Path err = Files.createTempFile("cli-err", ".txt");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    // A bound for a hung process, not a speed check: a loaded CI machine takes minutes.
    assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("finished").isTrue();
    return new Run(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void helpListsTheSubcommands() throws Exception {
    Run help = run("--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).contains("demo", "replay", "generate", "calendar");
    // Each command's entry in the list is a whole sentence, not the first line of a paragraph.
    List<String> entries = new ArrayList<>();
    help.out()
        .lines()
        .dropWhile(line -> !line.startsWith("Commands:"))
        .skip(1)
        .filter(line -> !line.isBlank())
        .forEach(
            line -> {
              if (line.matches("  \\S.*")) {
                entries.add(line.strip());
              } else {
                entries.set(
                    entries.size() - 1, entries.get(entries.size() - 1) + " " + line.strip());
              }
            });
    assertThat(entries)
        .hasSizeGreaterThanOrEqualTo(8)
        .allSatisfy(entry -> assertThat(entry).endsWith("."));
  }

  @Test
  void versionPrintsTheBuiltVersion() throws Exception {
    Run version = run("--version");
    assertThat(version.exit()).isZero();
    assertThat(version.out().strip()).matches("helpdesk-sla-monitor \\d+\\.\\d+\\.\\d+.*");
  }

  @Test
  void replayWritesEveryOutputFile() throws Exception {
    Path out = tmp.resolve("out");
    Run replay =
        run(
            "replay",
            "--markets",
            "jobs/markets.yaml",
            "--messages",
            EXAMPLES + "buyer-messages.jsonl",
            "--replies",
            EXAMPLES + "seller-replies.jsonl",
            "--cases",
            EXAMPLES + "cases.jsonl",
            "--absences",
            EXAMPLES + "seller-absences.jsonl",
            "--out",
            out.toString());

    assertThat(replay.exit()).as(replay.err()).isZero();
    // Breaches: 3 reply breaches, a-301's short notice, and the CZ and HU silences of more than
    // five business days (see ReplayIT); the silences' days have ended, the notice's day has not.
    assertThat(replay.out())
        .contains(
            "alerts.jsonl=4",
            "breaches.jsonl=6",
            "takeovers.jsonl=3",
            "breach-counts.jsonl=5",
            "dead-letters.jsonl=0",
            "finding-reviews.jsonl=0");
    assertThat(Files.readAllLines(out.resolve("alerts.jsonl"))).hasSize(4);
    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(
              "alerts.jsonl",
              "breaches.jsonl",
              "takeovers.jsonl",
              "breach-counts.jsonl",
              "dead-letters.jsonl",
              "finding-reviews.jsonl",
              "seller-scores.jsonl");
    }
  }

  @Test
  void aMissingFileIsOneLineAndExitTwo() throws Exception {
    Run replay =
        run(
            "replay",
            "--markets",
            "jobs/markets.yaml",
            "--messages",
            "nope.jsonl",
            "--replies",
            EXAMPLES + "seller-replies.jsonl",
            "--out",
            tmp.toString());
    assertThat(replay.exit()).isEqualTo(2);
    assertThat(replay.err().strip()).isEqualTo("error: --messages: no such file: nope.jsonl");
  }

  @Test
  void anInvalidMarketsFileIsOneLineAndExitTwo() throws Exception {
    Path markets = tmp.resolve("markets.yaml");
    Files.writeString(markets, "markets:\n  SK: {timeZone: Europe/Nowhere, languages: [sk]}\n");
    Run replay =
        run(
            "replay",
            "--markets",
            markets.toString(),
            "--messages",
            EXAMPLES + "buyer-messages.jsonl",
            "--replies",
            EXAMPLES + "seller-replies.jsonl",
            "--out",
            tmp.resolve("o").toString());
    assertThat(replay.exit()).isEqualTo(2);
    assertThat(replay.err().lines())
        .singleElement()
        .asString()
        .startsWith("error: ")
        .contains("markets.SK.timeZone")
        .doesNotContain("Exception");
    assertThat(tmp.resolve("o")).doesNotExist();
  }

  @Test
  void aBadFlagIsAClearErrorAndExitTwo() throws Exception {
    Run replay = run("replay", "--frobnicate");
    assertThat(replay.exit()).isEqualTo(2);
    assertThat(replay.err()).startsWith("error: ").doesNotContain("Exception");
  }

  @Test
  void demoRunsAndSummarises() throws Exception {
    Path out = tmp.resolve("demo");
    Run demo = run("demo", "--sellers", "30", "--threads", "600", "--out", out.toString());
    assertThat(demo.exit()).as(demo.err()).isZero();
    assertThat(demo.out())
        .contains("on-time", "notice", "unannounced", "Sellers with most breaches", "Dead letters");
    assertThat(out.resolve("alerts.jsonl")).exists();
    assertThat(out.resolve("input/messages.jsonl")).exists();
  }

  @Test
  void aLineThatIsNotUtf8IsADeadLetterAndTheRestIsProcessed() throws Exception {
    // Without --as-of, so the read-ahead that finds the default "now" reads the bad line too.
    Path messages = tmp.resolve("messages.jsonl");
    byte[] bad =
        "{\"messageId\":\"m-bad\",\"text\":\"caf\u00e9 \"}\n"
            .getBytes(StandardCharsets.ISO_8859_1); // é as one Latin-1 byte: not UTF-8
    try (var outStream = Files.newOutputStream(messages)) {
      outStream.write(bad);
      outStream.write(Files.readAllBytes(Path.of(EXAMPLES + "buyer-messages.jsonl")));
      outStream.write(new byte[] {(byte) 0xC3, '\n'}); // a character cut short at the end
    }
    Path out = tmp.resolve("out");
    Run replay =
        run(
            "replay",
            "--markets",
            "jobs/markets.yaml",
            "--messages",
            messages.toString(),
            "--replies",
            EXAMPLES + "seller-replies.jsonl",
            "--cases",
            EXAMPLES + "cases.jsonl",
            "--absences",
            EXAMPLES + "seller-absences.jsonl",
            "--out",
            out.toString());

    assertThat(replay.exit()).as(replay.err()).isZero();
    assertThat(replay.out())
        .contains(
            "alerts.jsonl=4",
            "breaches.jsonl=6",
            "takeovers.jsonl=3",
            "breach-counts.jsonl=5",
            "dead-letters.jsonl=2");
    assertThat(Files.readAllLines(out.resolve("dead-letters.jsonl")))
        .allSatisfy(
            line ->
                assertThat(line).contains("\"source\":\"messages\"", "\"reason\":\"not UTF-8\""));
  }

  @Test
  void aBinaryFileGivesDeadLettersNotACrash() throws Exception {
    Path binary = tmp.resolve("cases.jsonl");
    byte[] bytes = new byte[64 * 1024];
    new java.util.Random(7).nextBytes(bytes);
    Files.write(binary, bytes);
    Path out = tmp.resolve("out");
    Run replay =
        run(
            "replay",
            "--markets",
            "jobs/markets.yaml",
            "--messages",
            EXAMPLES + "buyer-messages.jsonl",
            "--replies",
            EXAMPLES + "seller-replies.jsonl",
            "--cases",
            binary.toString(),
            "--absences",
            EXAMPLES + "seller-absences.jsonl",
            "--out",
            out.toString());

    assertThat(replay.exit()).as(replay.err()).isZero();
    List<String> deadLetters = Files.readAllLines(out.resolve("dead-letters.jsonl"));
    assertThat(deadLetters)
        .isNotEmpty()
        .allSatisfy(
            line ->
                assertThat(line)
                    .contains("\"source\":\"cases\"")
                    .containsAnyOf("not UTF-8", "not JSON"));
    assertThat(deadLetters).anySatisfy(line -> assertThat(line).contains("not UTF-8"));
    // The valid inputs were processed as usual.
    assertThat(Files.readAllLines(out.resolve("alerts.jsonl"))).as(replay.out()).isNotEmpty();
  }

  @Test
  void anOutThatCannotBeWrittenIsOneLineWithTheReasonAndExitTwo() throws Exception {
    Path file = Files.writeString(tmp.resolve("a-file"), "x");
    Run replay =
        run(
            "replay",
            "--markets",
            "jobs/markets.yaml",
            "--messages",
            EXAMPLES + "buyer-messages.jsonl",
            "--replies",
            EXAMPLES + "seller-replies.jsonl",
            "--out",
            file.resolve("out").toString());
    assertThat(replay.exit()).isEqualTo(2);
    assertThat(replay.err().strip())
        .isEqualTo("error: --out: cannot write in " + file.resolve("out") + ": not a directory");

    Run demo = run("demo", "--sellers", "5", "--threads", "50", "--out", file.toString());
    assertThat(demo.exit()).isEqualTo(2);
    assertThat(demo.err().strip()).isEqualTo("error: --out: " + file + " is a file, not a folder");
    assertThat(demo.out()).isEmpty();
  }

  @Test
  void aFolderGivenAsAFileIsNamedAsSuch() throws Exception {
    Run replay =
        run(
            "replay",
            "--markets",
            "jobs/markets.yaml",
            "--messages",
            tmp.toString(),
            "--replies",
            EXAMPLES + "seller-replies.jsonl",
            "--out",
            tmp.resolve("o").toString());
    assertThat(replay.exit()).isEqualTo(2);
    assertThat(replay.err().strip())
        .isEqualTo("error: --messages: " + tmp + " is a folder, not a file");
  }

  @Test
  void anOptionBeforeItsCommandIsNamedAsSuch() throws Exception {
    Run replay =
        run(
            "--markets",
            "jobs/markets.yaml",
            "replay",
            "--messages",
            EXAMPLES + "buyer-messages.jsonl");
    assertThat(replay.exit()).isEqualTo(2);
    assertThat(replay.err().lines().findFirst())
        .hasValue(
            "error: option --markets is given before"
                + " the command replay: options go after their command (helpdesk-sla-monitor replay"
                + " --markets ...)");
  }

  @Test
  void topicsWithNoBrokerAnsweringIsOneLineAndExitTwo() throws Exception {
    int closedPort;
    try (var socket = new java.net.ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    Run check =
        run(
            "topics",
            "check",
            "--bootstrap-servers",
            "localhost:" + closedPort,
            "--timeout",
            "PT3S");
    assertThat(check.exit()).isEqualTo(2);
    assertThat(check.err().lines().filter(l -> l.startsWith("error: ")))
        .singleElement()
        .asString()
        .startsWith("error: no answer from Kafka at localhost:" + closedPort + " within 3 s");
    assertThat(check.err()).doesNotContain("Exception");
  }

  @Test
  void aMarketWithALanguageNoModelKnowsRunsWithoutLanguageCheckAndOneWarning() throws Exception {
    Path markets = tmp.resolve("markets.yaml");
    Files.writeString(
        markets,
        Files.readString(Path.of("jobs/markets.yaml"))
            + "  XH: {timeZone: Asia/Kolkata, languages: [en, hi]}\n");
    Path out = tmp.resolve("out");
    Run replay =
        run(
            "replay",
            "--markets",
            markets.toString(),
            "--messages",
            EXAMPLES + "buyer-messages.jsonl",
            "--replies",
            EXAMPLES + "seller-replies.jsonl",
            "--cases",
            EXAMPLES + "cases.jsonl",
            "--absences",
            EXAMPLES + "seller-absences.jsonl",
            "--out",
            out.toString());

    assertThat(replay.exit()).as(replay.err()).isZero();
    assertThat(replay.err().lines())
        .singleElement()
        .asString()
        .contains(
            "WARN", "market XH: no language model for [hi]; its replies get no language check");
    assertThat(replay.out())
        .contains(
            "alerts.jsonl=4",
            "breaches.jsonl=6",
            "takeovers.jsonl=3",
            "breach-counts.jsonl=5",
            "dead-letters.jsonl=0");
  }
}
