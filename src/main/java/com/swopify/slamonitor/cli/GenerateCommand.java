package com.swopify.slamonitor.cli;

import com.swopify.slamonitor.demo.GeneratedMarketplace;
import com.swopify.slamonitor.demo.GeneratorSettings;
import com.swopify.slamonitor.demo.MarketplaceGenerator;
import com.swopify.slamonitor.demo.WrittenFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** Writes a synthetic marketplace's Helpdesk events as NDJSON files, ready for replay. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Writes a synthetic marketplace's Helpdesk traffic as NDJSON files for replay, demos and "
          + "benchmarks: messages.jsonl, replies.jsonl, cases.jsonl and absences.jsonl.",
      "The same options always give the same files. The files include the Helpdesk's quirks: "
          + "repeated records, a few malformed lines and a loose time order."
    })
public final class GenerateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Directory to write the four files into (created when missing).")
  Path out;

  @Option(
      names = "--sellers",
      paramLabel = "N",
      defaultValue = "" + GeneratorSettings.DEFAULT_SELLERS,
      description = "Number of sellers (default: ${DEFAULT-VALUE}).")
  int sellers;

  @Option(
      names = "--threads",
      paramLabel = "N",
      defaultValue = "" + GeneratorSettings.DEFAULT_THREADS,
      description = "Number of Helpdesk threads (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "" + GeneratorSettings.DEFAULT_SEED,
      description =
          "Random seed; another seed gives another marketplace (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--weeks",
      paramLabel = "N",
      defaultValue = "" + GeneratorSettings.DEFAULT_WEEKS,
      description = "Length of the period, in weeks (default: ${DEFAULT-VALUE}).")
  int weeks;

  @Option(
      names = "--start",
      paramLabel = "INSTANT",
      defaultValue = "2026-10-05T00:00:00Z",
      converter = InstantConverter.class,
      description =
          "Start of the period, an ISO-8601 instant with an offset (default: ${DEFAULT-VALUE}).")
  Instant start;

  @Override
  public Integer call() {
    GeneratorSettings settings = settings();
    Options.writableFolder("--out", out);
    GeneratedMarketplace marketplace = MarketplaceGenerator.generate(settings);
    PrintWriter stdout = spec.commandLine().getOut();
    try {
      for (WrittenFile file : marketplace.writeTo(out)) {
        stdout.println(file.path() + ": " + file.lines() + " records");
      }
    } catch (IOException e) {
      throw new UserError("cannot write to " + out + ": " + e.getMessage());
    }
    stdout.flush();
    return 0;
  }

  private GeneratorSettings settings() {
    try {
      return GeneratorSettings.defaults()
          .withSellers(sellers)
          .withThreads(threads)
          .withSeed(seed)
          .withWeeks(weeks)
          .withStart(start);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
  }

  /** Parses --start, with a message that shows the expected form. */
  static final class InstantConverter implements ITypeConverter<Instant> {
    @Override
    public Instant convert(String value) {
      try {
        return Instant.parse(value);
      } catch (DateTimeParseException e) {
        throw new TypeConversionException(
            "'" + value + "' is not an instant with an offset, e.g. 2026-10-05T00:00:00Z");
      }
    }
  }
}
