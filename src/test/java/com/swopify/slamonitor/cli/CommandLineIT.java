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
  static final Path JAR = Path.of(System.getProperty("monitor.jar", "target/helpdesk-sla-monitor.jar"));
  static final String EXAMPLES = "src/test/resources/contract-examples/";

  @TempDir Path tmp;

  record Run(int exit, String out, String err) {}

  static Run run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile("cli-out", ".txt");
    Path err = Files.createTempFile("cli-err", ".txt");
    Process process = new ProcessBuilder(command)
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("finished").isTrue();
    return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void helpListsTheSubcommands() throws Exception {
    Run help = run("--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).contains("demo", "replay", "generate", "calendar");
  }

  @Test
  void replayWritesTheFiveOutputs() throws Exception {
    Path out = tmp.resolve("out");
    Run replay = run("replay", "--markets", "jobs/markets.yaml",
        "--messages", EXAMPLES + "buyer-messages.jsonl",
        "--replies", EXAMPLES + "seller-replies.jsonl",
        "--cases", EXAMPLES + "cases.jsonl",
        "--absences", EXAMPLES + "seller-absences.jsonl",
        "--out", out.toString());

    assertThat(replay.exit()).as(replay.err()).isZero();
    // Breaches: 3 reply breaches, a-301's short notice, and the CZ and HU silences of more than
    // five business days (see ReplayIT); the silences' days have ended, the notice's day has not.
    assertThat(replay.out()).contains("alerts.jsonl=4", "breaches.jsonl=6", "takeovers.jsonl=3",
        "breach-counts.jsonl=5", "dead-letters.jsonl=0", "finding-reviews.jsonl=0");
    assertThat(Files.readAllLines(out.resolve("alerts.jsonl"))).hasSize(4);
    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
          "alerts.jsonl", "breaches.jsonl", "takeovers.jsonl", "breach-counts.jsonl",
          "dead-letters.jsonl", "finding-reviews.jsonl");
    }
  }

  @Test
  void aMissingFileIsOneLineAndExitTwo() throws Exception {
    Run replay = run("replay", "--markets", "jobs/markets.yaml", "--messages", "nope.jsonl",
        "--replies", EXAMPLES + "seller-replies.jsonl", "--out", tmp.toString());
    assertThat(replay.exit()).isEqualTo(2);
    assertThat(replay.err().strip()).isEqualTo("error: --messages: no such file: nope.jsonl");
  }

  @Test
  void anInvalidMarketsFileIsOneLineAndExitTwo() throws Exception {
    Path markets = tmp.resolve("markets.yaml");
    Files.writeString(markets, "markets:\n  SK: {timeZone: Europe/Nowhere, languages: [sk]}\n");
    Run replay = run("replay", "--markets", markets.toString(),
        "--messages", EXAMPLES + "buyer-messages.jsonl",
        "--replies", EXAMPLES + "seller-replies.jsonl", "--out", tmp.resolve("o").toString());
    assertThat(replay.exit()).isEqualTo(2);
    assertThat(replay.err().lines()).singleElement().asString()
        .startsWith("error: ").contains("markets.SK.timeZone").doesNotContain("Exception");
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
    assertThat(demo.out()).contains("on-time", "notice", "unannounced", "Sellers with most breaches",
        "Dead letters");
    assertThat(out.resolve("alerts.jsonl")).exists();
    assertThat(out.resolve("input/messages.jsonl")).exists();
  }
}
