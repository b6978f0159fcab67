package com.swopify.slamonitor.cli;

import com.swopify.slamonitor.calendar.BusinessCalendar;
import com.swopify.slamonitor.calendar.CalendarChange;
import com.swopify.slamonitor.calendar.CalendarTimeline;
import com.swopify.slamonitor.codec.InputParser;
import com.swopify.slamonitor.codec.InvalidRecordException;
import com.swopify.slamonitor.market.Market;
import com.swopify.slamonitor.market.Markets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code calendar due|between|days}: asks a market's business calendar the questions the SLA rules
 * ask, so that a person can check a deadline by hand.
 */
@Command(
    name = "calendar",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Business-calendar arithmetic of a market from the markets file.",
    subcommands = {
      CalendarCommand.Due.class,
      CalendarCommand.Between.class,
      CalendarCommand.Days.class
    })
public final class CalendarCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    // No subcommand: list them.
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The options every subcommand needs to find its calendar. */
  static final class MarketOptions {
    @Option(
        names = "--markets",
        required = true,
        paramLabel = "FILE",
        description = "The markets YAML file (e.g. jobs/markets.yaml).")
    Path marketsFile;

    @Option(
        names = "--market",
        required = true,
        paramLabel = "CODE",
        description = "The market code, e.g. SK.")
    String marketCode;

    @Option(
        names = "--changes",
        paramLabel = "FILE",
        description = "Calendar changes (NDJSON, contract section 11) to apply as published.")
    Path changesFile;

    @Option(
        names = "--seller",
        paramLabel = "ID",
        description = "With --changes: the seller whose own exemptions apply too.")
    String seller;

    @Option(
        names = "--as-of",
        paramLabel = "INSTANT",
        description =
            "With --changes: only the changes published by then are in force "
                + "(default: all of them). 'due' ignores it: a clock runs out under the calendar "
                + "in force at each instant.")
    String asOf;

    Market market() {
      return market(Markets.load(marketsFile));
    }

    private Market market(Markets config) {
      Market market = config.market(marketCode);
      if (market == null) {
        throw new UserError(
            "unknown market '"
                + marketCode
                + "' in "
                + marketsFile
                + " (configured: "
                + String.join(", ", config.codes())
                + ")");
      }
      return market;
    }

    /** The market's calendar through the changes of {@code --changes} (none without it). */
    CalendarTimeline timeline() {
      Markets config = Markets.load(marketsFile);
      Market market = market(config);
      CalendarTimeline timeline = new CalendarTimeline(market.businessCalendar());
      if (changesFile == null) {
        return timeline;
      }
      InputParser parser = new InputParser(config.codes());
      List<String> lines = readLines(Options.readableFile("--changes", changesFile));
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).isBlank()) {
          continue;
        }
        try {
          CalendarChange change = parser.parseCalendarChange(lines.get(i));
          if (change.market().equals(market.code())) {
            timeline.add(change);
          }
        } catch (InvalidRecordException e) {
          throw new UserError(changesFile + ":" + (i + 1) + ": " + e.reason());
        } catch (IllegalArgumentException e) {
          throw new UserError(changesFile + ":" + (i + 1) + ": " + e.getMessage());
        }
      }
      return timeline;
    }

    private static List<String> readLines(Path file) {
      try {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UserError("--changes: cannot read " + file + " (" + e.getMessage() + ")");
      }
    }

    /** The calendar in force at {@code --as-of} (default: after every change). */
    BusinessCalendar calendar() {
      long at = asOf == null ? Long.MAX_VALUE : parseInstant("--as-of", asOf).toEpochMilli();
      return timeline().at(at, seller).calendar();
    }
  }

  @Command(
      name = "due",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      description = {
        "Prints the instant (UTC) at which a business-time clock started at --at runs out.",
        "A clock started outside business hours starts at the next opening.",
        "With --changes: the first instant at which the clock has run out under the calendar "
            + "in force then, and the latest change in force."
      })
  static final class Due implements Runnable {
    @Spec CommandSpec spec;
    @Mixin MarketOptions options;

    @Option(
        names = "--at",
        required = true,
        paramLabel = "INSTANT",
        description = "When the clock starts: ISO-8601 with an offset, e.g. 2026-11-24T09:15:00Z.")
    String at;

    @Option(
        names = "--within",
        paramLabel = "DURATION",
        description =
            "Business time to add, ISO-8601 (e.g. PT24H). Default: the market's replyWithin.")
    String within;

    @Override
    public void run() {
      Market market = options.market();
      Duration duration =
          within == null ? market.reply().replyWithin() : parseDuration("--within", within);
      CalendarTimeline.Due due =
          options
              .timeline()
              .due(parseInstant("--at", at).toEpochMilli(), duration.toMillis(), options.seller);
      String instant = Instant.ofEpochMilli(due.at()).toString();
      spec.commandLine()
          .getOut()
          .println(
              due.calendar().changed()
                  ? instant + " (calendar change " + due.calendar().changeId() + ")"
                  : instant);
    }
  }

  @Command(
      name = "between",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      description = {
        "Prints the business time inside [--from, --to) as an ISO-8601 duration.",
        "PT0S when --to is not after --from."
      })
  static final class Between implements Runnable {
    @Spec CommandSpec spec;
    @Mixin MarketOptions options;

    @Option(
        names = "--from",
        required = true,
        paramLabel = "INSTANT",
        description = "Start, ISO-8601 with an offset, e.g. 2026-11-24T09:15:00Z.")
    String from;

    @Option(
        names = "--to",
        required = true,
        paramLabel = "INSTANT",
        description = "End (excluded), ISO-8601 with an offset.")
    String to;

    @Override
    public void run() {
      Duration business =
          options.calendar().between(parseInstant("--from", from), parseInstant("--to", to));
      spec.commandLine().getOut().println(business);
    }
  }

  @Command(
      name = "days",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      description = {
        "Prints the number of business days from --from to --to, both included.",
        "A business day is a local date, not a holiday, whose weekday has business hours."
      })
  static final class Days implements Runnable {
    @Spec CommandSpec spec;
    @Mixin MarketOptions options;

    @Option(
        names = "--from",
        required = true,
        paramLabel = "DATE",
        description = "First date, YYYY-MM-DD.")
    String from;

    @Option(
        names = "--to",
        required = true,
        paramLabel = "DATE",
        description = "Last date (included), YYYY-MM-DD.")
    String to;

    @Override
    public void run() {
      int days = options.calendar().businessDays(parseDate("--from", from), parseDate("--to", to));
      spec.commandLine().getOut().println(days);
    }
  }

  /**
   * An instant with an explicit offset: a bare local time would silently depend on the machine's
   * zone.
   */
  static Instant parseInstant(String option, String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeException e) {
      if (isLocalDateTime(text)) {
        throw new UserError(option + ": '" + text + "' has no offset; write e.g. " + text + "Z");
      }
      throw new UserError(
          option + ": '" + text + "' is not an ISO-8601 instant such as 2026-11-24T09:15:00Z");
    }
  }

  private static boolean isLocalDateTime(String text) {
    try {
      LocalDateTime.parse(text);
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  static Duration parseDuration(String option, String text) {
    Duration d;
    try {
      d = Duration.parse(text);
    } catch (DateTimeException e) {
      throw new UserError(option + ": '" + text + "' is not an ISO-8601 duration such as PT24H");
    }
    if (d.isNegative()) {
      throw new UserError(option + ": '" + text + "' is negative");
    }
    return d;
  }

  static LocalDate parseDate(String option, String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeException e) {
      throw new UserError(option + ": '" + text + "' is not a date YYYY-MM-DD");
    }
  }
}
