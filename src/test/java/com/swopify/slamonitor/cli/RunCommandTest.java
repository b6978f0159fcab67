package com.swopify.slamonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.swopify.slamonitor.kafka.DevBroker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code run} refuses before any job starts: one line on stderr, exit 2. */
class RunCommandTest {
  @TempDir Path tmp;

  private CapturedRun run(String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "run",
                "--job",
                "jobs/helpdesk-sla.yaml",
                "--markets",
                "jobs/markets.yaml",
                "--metrics-port",
                "0",
                "--checkpoint-dir",
                tmp.toUri().toString()));
    args.addAll(List.of(more));
    return CapturedRun.of(new Main(), args.toArray(String[]::new));
  }

  @Test
  void aBrokerThatDoesNotAnswerWithinTheConnectTimeoutIsOneLineAndExitTwo() {
    int port = DevBroker.freePort();
    CapturedRun result =
        run("--bootstrap-servers", "localhost:" + port, "--connect-timeout", "PT2S");

    assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
    assertThat(result.err())
        .isEqualTo(
            "error: no Kafka broker answered at localhost:"
                + port
                + " within 2 s (--connect-timeout)"
                + System.lineSeparator());
  }

  @Test
  void retainedCheckpointsNoneOfThemCompleteAreNotSilentlyReplacedByAnEmptyStart()
      throws Exception {
    Path job = tmp.resolve("helpdesk-sla-monitor").resolve("0123456789abcdef0123456789abcdef");
    Files.createDirectories(job.resolve("chk-7"));
    Files.createDirectories(job.resolve("chk-8"));
    Files.write(
        job.resolve("chk-8").resolve("_metadata"),
        new byte[] {1, 2, 3},
        java.nio.file.StandardOpenOption.CREATE_NEW);

    CapturedRun result = run("--bootstrap-servers", "localhost:" + DevBroker.freePort());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .startsWith("error: ")
        .contains("holds 2 checkpoint(s), none complete")
        .contains("--fresh")
        .hasLineCount(1);
  }

  @Test
  void freshAndFromSavepointTogetherOrAMissingSavepointAreRefused() {
    assertThat(run("--fresh", "--from-savepoint", tmp.toString()).err())
        .startsWith("error: --fresh starts without state, --from-savepoint with some");
    CapturedRun missing = run("--from-savepoint", tmp.resolve("nothing").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).startsWith("error: --from-savepoint: no savepoint or checkpoint at ");
  }
}
