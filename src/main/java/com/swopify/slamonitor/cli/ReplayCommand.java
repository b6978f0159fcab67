package com.swopify.slamonitor.cli;

import com.swopify.slamonitor.events.Source;
import com.swopify.slamonitor.market.Markets;
import com.swopify.slamonitor.metrics.MetricsServer;
import com.swopify.slamonitor.replay.ReplayInputs;
import com.swopify.slamonitor.replay.ReplayResult;
import com.swopify.slamonitor.replay.ReplayRunner;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code replay}: the job on the embedded engine over NDJSON files (contract section 7). */
@Command(
    name = "replay",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the monitor's job on an embedded Flink over NDJSON input files and writes",
      "alerts.jsonl, breaches.jsonl, takeovers.jsonl, breach-counts.jsonl,",
      "dead-letters.jsonl, finding-reviews.jsonl and seller-scores.jsonl into the output",
      "folder.",
      "Input order does not matter."
    })
final class ReplayCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--markets",
      required = true,
      paramLabel = "FILE",
      description = "The markets file (YAML) with time zones, hours and holidays.")
  Path markets;

  @Option(
      names = "--messages",
      required = true,
      paramLabel = "FILE",
      description = "Buyer messages, one JSON object per line.")
  Path messages;

  @Option(
      names = "--replies",
      required = true,
      paramLabel = "FILE",
      description = "Seller replies, one JSON object per line.")
  Path replies;

  @Option(names = "--absences", paramLabel = "FILE", description = "Absence notices (optional).")
  Path absences;

  @Option(names = "--cases", paramLabel = "FILE", description = "Cases (optional).")
  Path cases;

  @Option(
      names = "--marks",
      paramLabel = "FILE",
      description = "\"No response needed\" marks on buyer messages (optional).")
  Path marks;

  @Option(
      names = "--calendar-changes",
      paramLabel = "FILE",
      description =
          "Calendar changes published at run time: holidays, hours, exemptions " + "(optional).")
  Path calendarChanges;

  @Option(
      names = "--as-of",
      paramLabel = "INSTANT",
      description =
          "\"Now\": later events are ignored and nothing later is emitted."
              + " Default: the latest event time in the input.")
  String asOf;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Where the six output files go (created if missing).")
  Path out;

  @Option(
      names = "--parallelism",
      paramLabel = "N",
      description = "Parallelism of the embedded job (default: ${DEFAULT-VALUE}).")
  int parallelism = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

  @Mixin MetricsOptions metrics;

  @Override
  public Integer call() throws Exception {
    ReplayInputs inputs =
        new ReplayInputs()
            .with(Source.MESSAGES, Options.readableFile("--messages", messages))
            .with(Source.REPLIES, Options.readableFile("--replies", replies))
            .with(Source.ABSENCES, Options.readableFile("--absences", absences))
            .with(Source.CASES, Options.readableFile("--cases", cases))
            .with(Source.MARKS, Options.readableFile("--marks", marks))
            .with(
                Source.CALENDAR_CHANGES,
                Options.readableFile("--calendar-changes", calendarChanges));
    Instant now = Options.instant("--as-of", asOf);
    Markets config = Markets.load(Options.readableFile("--markets", markets));
    Options.positive("--parallelism", parallelism);
    Options.writableFolder("--out", out);

    int metricsPort = metrics.metricsPort(MetricsServer.OFF);
    int flinkMetricsPort = metrics.flinkMetricsPort();

    ReplayResult result;
    try (MetricsServer.Lease served = metrics.serve(metricsPort, spec.commandLine().getErr())) {
      result =
          new ReplayRunner(config, parallelism)
              .withMetrics(served.port(), flinkMetricsPort)
              .run(inputs, now, out);
    }

    PrintWriter stdout = spec.commandLine().getOut();
    StringBuilder line = new StringBuilder("replay as of ").append(result.asOf()).append(':');
    for (String file : ReplayRunner.OUTPUT_FILES) {
      line.append(' ').append(file).append('=').append(countLines(out.resolve(file)));
    }
    stdout.println(line.append(" -> ").append(out));
    stdout.flush();
    return 0;
  }

  static long countLines(Path file) throws IOException {
    try (Stream<String> lines = Files.lines(file)) {
      return lines.count();
    }
  }
}
