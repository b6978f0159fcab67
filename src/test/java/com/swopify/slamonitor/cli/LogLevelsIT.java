package com.swopify.slamonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.swopify.slamonitor.cli.CommandLineIT.Run;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's log configuration, through the real jar: by default a replay's stderr holds no
 * INFO or WARN line (the monitor's warnings and everyone's errors only, and this input gives
 * neither); {@code --verbose} shows Flink's INFO lines.
 */
class LogLevelsIT {
  /** A log line of the jar's layout: time, level, logger. */
  private static final Pattern LOG_LINE =
      Pattern.compile("\\d{2}:\\d{2}:\\d{2}\\.\\d{3} (TRACE|DEBUG|INFO |WARN ) .*");

  @TempDir Path tmp;

  private Run replay(String... more) throws Exception {
    List<String> args =
        new ArrayList<>(
            List.of(
                "replay",
                "--markets",
                "jobs/markets.yaml",
                "--messages",
                CommandLineIT.EXAMPLES + "buyer-messages.jsonl",
                "--replies",
                CommandLineIT.EXAMPLES + "seller-replies.jsonl",
                "--cases",
                CommandLineIT.EXAMPLES + "cases.jsonl",
                "--absences",
                CommandLineIT.EXAMPLES + "seller-absences.jsonl",
                "--out",
                tmp.resolve(more.length == 0 ? "quiet" : "verbose").toString()));
    args.addAll(List.of(more));
    return CommandLineIT.run(args.toArray(String[]::new));
  }

  @Test
  void aReplayLogsNothingBelowErrorByDefault() throws Exception {
    Run quiet = replay();

    assertThat(quiet.exit()).as(quiet.err()).isZero();
    assertThat(quiet.err().lines()).noneMatch(line -> LOG_LINE.matcher(line).matches());
  }

  @Test
  void verboseShowsFlinksInfoLines() throws Exception {
    Run verbose = replay("--verbose");

    assertThat(verbose.exit()).as(verbose.err()).isZero();
    assertThat(verbose.err().lines())
        .anyMatch(line -> line.matches("\\d{2}:\\d{2}:\\d{2}\\.\\d{3} INFO  .*"));
  }
}
