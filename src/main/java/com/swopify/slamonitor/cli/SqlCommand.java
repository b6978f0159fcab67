package com.swopify.slamonitor.cli;

import com.swopify.slamonitor.job.JobFile;
import com.swopify.slamonitor.kafka.Topics;
import com.swopify.slamonitor.sql.OutputTables;
import com.swopify.slamonitor.sql.ResultFormat;
import com.swopify.slamonitor.sql.SqlQueryException;
import com.swopify.slamonitor.sql.SqlSession;
import com.swopify.slamonitor.sql.TableGuide;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sql}: Flink SQL over the monitor's outputs, a replay's files or the output topics. */
@Command(
    name = "sql",
    mixinStandardHelpOptions = true,
    description = {
      "Answers SQL queries over the monitor's outputs with Flink SQL on an embedded Flink:",
      "over a replay's or demo's output folder (--out), or over the output topics",
      "(--bootstrap-servers), read up to their latest offsets at start, or followed with",
      "--follow. Table definitions: sql/ in the repository; ready questions:",
      "docs/analytics.md. Instants are TIMESTAMP_LTZ(3), shown in UTC."
    },
    footerHeading = "%nTables (columns and types of docs/contract.md):%n")
final class SqlCommand implements Callable<Integer> {
  CommandSpec spec;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "A replay's or demo's output folder (alerts.jsonl, breaches.jsonl, ...).")
  Path out;

  @Option(
      names = "--bootstrap-servers",
      paramLabel = "HOST:PORT,...",
      description = "Query the output topics of these brokers instead of files.")
  String bootstrapServers;

  @Option(
      names = "--job",
      paramLabel = "FILE",
      description =
          "With --bootstrap-servers: take the topic names from this job file"
              + " (default: the contract's names).")
  Path job;

  @Option(
      names = "--follow",
      description =
          "With --bootstrap-servers: keep reading the topics and print every change of"
              + " the answer (op: +I, -U, +U, -D) until Ctrl-C.")
  boolean follow;

  @Option(
      names = {"-e", "--execute"},
      paramLabel = "SQL",
      description = "The statements to run, separated by ';' (CREATE VIEW ...; SELECT ...).")
  String execute;

  @Option(
      names = {"-f", "--file"},
      paramLabel = "FILE",
      description = "Read the statements from FILE.")
  Path file;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "table (default), csv or json (one object per line).")
  String format = "table";

  @Spec
  void spec(CommandSpec spec) {
    this.spec = spec;
    List<String> tables = TableGuide.lines();
    spec.usageMessage()
        .footer(
            String.join("%n", tables.stream().map(line -> "  " + line.replace("%", "%%")).toList())
                + "%n");
  }

  @Override
  public Integer call() throws Exception {
    // The person reads answers: the embedded engine's warnings about itself (no log file for a
    // web UI it does not serve, a result fetcher racing the per-query cluster's shutdown) are not
    // for them. Its errors still show.
    Configurator.setLevel("org.apache.flink", Level.ERROR);
    ResultFormat resultFormat = format();
    String script = script();
    List<String> tables = tables();
    PrintWriter stdout = spec.commandLine().getOut();
    try {
      if (follow) {
        AtomicReference<List<String>> columns = new AtomicReference<>();
        SqlSession.streaming(tables)
            .follow(
                script,
                names -> {
                  columns.set(names);
                  resultFormat.writeHeader(names, stdout);
                },
                row -> resultFormat.writeChange(columns.get(), row, stdout));
      } else {
        SqlSession.batch(tables).run(script, answer -> resultFormat.write(answer, stdout));
      }
    } catch (SqlQueryException e) {
      throw new UserError(e.getMessage());
    }
    return 0;
  }

  private ResultFormat format() {
    try {
      return ResultFormat.valueOf(format.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UserError("--format: table, csv or json, was " + format);
    }
  }

  private String script() throws IOException {
    if ((execute == null) == (file == null)) {
      throw new UserError("give the SQL with -e 'SELECT ...' or -f FILE (one of the two)");
    }
    return execute != null
        ? execute
        : Files.readString(Options.readableFile("--file", file), StandardCharsets.UTF_8);
  }

  private List<String> tables() {
    if ((out == null) == (bootstrapServers == null)) {
      throw new UserError(
          "give the outputs to query: --out DIR or --bootstrap-servers B (one of the two)");
    }
    if (out != null) {
      if (follow || job != null) {
        throw new UserError("--follow and --job go with --bootstrap-servers");
      }
      if (!Files.isDirectory(out)) {
        throw new UserError("--out: no such folder: " + out);
      }
      return OutputTables.overFiles(out);
    }
    Topics topics =
        job == null
            ? Topics.defaults()
            : JobFile.load(Options.readableFile("--job", job), System.getenv()).topics();
    return OutputTables.overKafka(bootstrapServers, topics, follow);
  }
}
