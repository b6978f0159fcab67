package com.swopify.slamonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.swopify.slamonitor.events.Source;
import com.swopify.slamonitor.market.Markets;
import com.swopify.slamonitor.replay.ReplayInputs;
import com.swopify.slamonitor.replay.ReplayRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sql} through the real command line: the shaded jar, {@code java -jar}. */
class SqlCommandIT {
  static final Path EXAMPLES = Path.of(CommandLineIT.EXAMPLES);

  @TempDir static Path tmp;
  static Path out;

  @BeforeAll
  static void replayTheContractExamples() throws Exception {
    out = tmp.resolve("out");
    new ReplayRunner(Markets.load(Path.of("jobs/markets.yaml")), 1)
        .run(
            new ReplayInputs()
                .with(Source.MESSAGES, EXAMPLES.resolve("buyer-messages.jsonl"))
                .with(Source.REPLIES, EXAMPLES.resolve("seller-replies.jsonl"))
                .with(Source.CASES, EXAMPLES.resolve("cases.jsonl"))
                .with(Source.ABSENCES, EXAMPLES.resolve("seller-absences.jsonl")),
            null,
            out);
  }

  @Test
  void aQueryOverTheOutputFilesPrintsCsvAndNothingElse() throws Exception {
    CommandLineIT.Run sql =
        CommandLineIT.run(
            "sql",
            "--out",
            out.toString(),
            "--format",
            "csv",
            "-e",
            "SELECT type, COUNT(*) AS alerts FROM alerts GROUP BY type ORDER BY type");
    assertThat(sql.exit()).as(sql.err()).isZero();
    assertThat(sql.err()).as("no log noise").isEmpty();
    Map<String, Long> byType =
        new TreeMap<>(
            Files.readAllLines(out.resolve(ReplayRunner.ALERTS)).stream()
                .filter(l -> !l.isBlank())
                .map(l -> l.replaceAll(".*\"type\":\"([A-Z_]+)\".*", "$1"))
                .collect(Collectors.groupingBy(t -> t, Collectors.counting())));
    StringBuilder csv = new StringBuilder("type,alerts\n");
    byType.forEach((type, n) -> csv.append(type).append(',').append(n).append('\n'));
    assertThat(byType).isNotEmpty();
    assertThat(sql.out()).isEqualTo(csv.toString());
  }

  @Test
  void aQueryFlinkRefusesIsOneLineAndExitTwo() throws Exception {
    CommandLineIT.Run sql =
        CommandLineIT.run("sql", "--out", out.toString(), "-e", "SELECT nope FROM alerts");
    assertThat(sql.exit()).isEqualTo(2);
    assertThat(sql.out()).isEmpty();
    assertThat(sql.err().lines())
        .singleElement()
        .asString()
        .startsWith("error: ")
        .contains("Column 'nope' not found")
        .doesNotContain("Exception");
  }

  @Test
  void theHelpShowsTheTablesAndTheirColumns() throws Exception {
    CommandLineIT.Run help = CommandLineIT.run("sql", "--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out())
        .contains(
            "--out",
            "--bootstrap-servers",
            "--follow",
            "--format",
            "alerts (event time: at)",
            "breach_counts (event time: dayStart)",
            "dead_letters",
            "receivedAt",
            "TIMESTAMP_LTZ(3)",
            "details");
  }
}
