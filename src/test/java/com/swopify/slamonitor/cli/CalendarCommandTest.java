package com.swopify.slamonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class CalendarCommandTest {
  private static final String MARKETS = vectorsMarkets();

  @ParameterizedTest(name = "{0} {1} {2} {3} {4} -> {5} ({6})")
  @CsvFileSource(resources = "/calendar-vectors/vectors.csv", numLinesToSkip = 1)
  void answersTheHandDerivedVectors(
      String command,
      String market,
      String from,
      String to,
      String within,
      String expected,
      String why) {
    List<String> args = new ArrayList<>(List.of(command, "--markets", MARKETS, "--market", market));
    if (command.equals("due")) {
      args.addAll(List.of("--at", from, "--within", within));
    } else {
      args.addAll(List.of("--from", from, "--to", to));
    }
    CapturedRun run = run(args.toArray(String[]::new));
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(expected + System.lineSeparator());
  }

  @Test
  void dueDefaultsToTheMarketsReplyTime() {
    // CZ answers within PT8H: Mon 11-12 and 13-17 CET (5 h), Tue 08-11 CET (3 h).
    CapturedRun run =
        run("due", "--markets", MARKETS, "--market", "CZ", "--at", "2026-11-23T11:00:00+01:00");
    assertThat(run.out().trim()).isEqualTo("2026-11-24T10:00:00Z");
  }

  @Test
  void worksWithTheBundledMarketsFile() {
    CapturedRun run =
        run(
            "due",
            "--markets",
            "jobs/markets.yaml",
            "--market",
            "SK",
            "--at",
            "2026-12-23T10:00:00+01:00");
    assertThat(run.out().trim()).isEqualTo("2026-12-28T09:00:00Z");
  }

  @Test
  void dueWithChangesIsWhenTheClockHasRunOutUnderTheCalendarInForceThen(@TempDir Path dir)
      throws IOException {
    Path markets = dir.resolve("markets.yaml");
    Files.writeString(
        markets,
        """
        markets:
          XX: {timeZone: UTC, languages: [en]}
          XH: {timeZone: UTC, languages: [en], holidays: ["2026-11-24"]}
        """);
    Path changes = dir.resolve("changes.jsonl");
    Files.writeString(
        changes,
        """
        {"changeId":"c-1","market":"XX","publishedAt":"2026-11-23T12:00:00Z","kind":"HOLIDAY_ADDED","date":"2026-11-24"}

        {"changeId":"c-2","market":"XH","publishedAt":"2026-11-24T12:00:00Z","kind":"HOLIDAY_REMOVED","date":"2026-11-24"}
        """);
    String[] due = {
      "due",
      "--markets",
      markets.toString(),
      "--at",
      "2026-11-23T08:00:00Z",
      "--changes",
      changes.toString(),
      "--market"
    };

    // Weekdays round the clock: due on Tuesday 08:00, unless Tuesday becomes a holiday first.
    assertThat(run(concat(due, "XX")).out().trim())
        .isEqualTo("2026-11-25T08:00:00Z (calendar change c-1)");
    // Tuesday stops being a holiday at noon on Tuesday: the deadline it brings back (Tuesday
    // 08:00) is past by then, so the clock has run out at the change.
    assertThat(run(concat(due, "XH")).out().trim())
        .isEqualTo("2026-11-24T12:00:00Z (calendar change c-2)");
    assertThat(
            run(
                    "between",
                    "--markets",
                    markets.toString(),
                    "--market",
                    "XX",
                    "--changes",
                    changes.toString(),
                    "--as-of",
                    "2026-11-23T11:59:59Z",
                    "--from",
                    "2026-11-23T00:00:00Z",
                    "--to",
                    "2026-11-25T00:00:00Z")
                .out()
                .trim())
        .isEqualTo("PT48H");
    assertThat(
            run(
                    "between",
                    "--markets",
                    markets.toString(),
                    "--market",
                    "XX",
                    "--changes",
                    changes.toString(),
                    "--from",
                    "2026-11-23T00:00:00Z",
                    "--to",
                    "2026-11-25T00:00:00Z")
                .out()
                .trim())
        .isEqualTo("PT24H");
  }

  @Test
  void aBadChangeIsAUserErrorNamingItsLine(@TempDir Path dir) throws IOException {
    Path changes = dir.resolve("changes.jsonl");
    Files.writeString(
        changes,
        """
        {"changeId":"c-1","market":"SK","publishedAt":"2026-11-23T12:00:00Z","kind":"HOLIDAY_ADDED","date":"2026-11-24"}
        {"changeId":"c-2","market":"ZZ","publishedAt":"2026-11-24T12:00:00Z","kind":"HOLIDAY_REMOVED","date":"2026-11-24"}
        """);
    CapturedRun run =
        run(
            "due",
            "--markets",
            "jobs/markets.yaml",
            "--market",
            "SK",
            "--at",
            "2026-11-23T08:00:00Z",
            "--changes",
            changes.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo("error: " + changes + ":2: unknown market ZZ" + System.lineSeparator());
  }

  private static String[] concat(String[] args, String last) {
    String[] all = java.util.Arrays.copyOf(args, args.length + 1);
    all[args.length] = last;
    return all;
  }

  @Test
  void unknownMarketIsAUserError() {
    CapturedRun run =
        run("due", "--markets", MARKETS, "--market", "PL", "--at", "2026-11-23T10:00:00Z");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "error: unknown market 'PL' in "
                + MARKETS
                + " (configured: SK, CZ, DE, AU, IN)"
                + System.lineSeparator());
    assertThat(run.out()).isEmpty();
  }

  @Test
  void instantWithoutOffsetIsAUserError() {
    CapturedRun run =
        run("due", "--markets", MARKETS, "--market", "SK", "--at", "2026-11-23T10:00");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "error: --at: '2026-11-23T10:00' has no offset; write e.g. 2026-11-23T10:00Z"
                + System.lineSeparator());
  }

  @Test
  void malformedValuesAreUserErrors() {
    assertThat(
            run(
                    "between",
                    "--markets",
                    MARKETS,
                    "--market",
                    "SK",
                    "--from",
                    "yesterday",
                    "--to",
                    "2026-11-23T10:00Z")
                .err())
        .isEqualTo(
            "error: --from: 'yesterday' is not an ISO-8601 instant such as 2026-11-24T09:15:00Z"
                + System.lineSeparator());
    assertThat(
            run(
                    "days",
                    "--markets",
                    MARKETS,
                    "--market",
                    "SK",
                    "--from",
                    "2026-02-30",
                    "--to",
                    "2026-03-01")
                .err())
        .isEqualTo("error: --from: '2026-02-30' is not a date YYYY-MM-DD" + System.lineSeparator());
    assertThat(
            run(
                    "due",
                    "--markets",
                    MARKETS,
                    "--market",
                    "SK",
                    "--at",
                    "2026-11-23T10:00Z",
                    "--within",
                    "24h")
                .err())
        .isEqualTo(
            "error: --within: '24h' is not an ISO-8601 duration such as PT24H"
                + System.lineSeparator());
    CapturedRun negative =
        run(
            "due",
            "--markets",
            MARKETS,
            "--market",
            "SK",
            "--at",
            "2026-11-23T10:00Z",
            "--within",
            "-PT1H");
    assertThat(negative.err())
        .isEqualTo("error: --within: '-PT1H' is negative" + System.lineSeparator());
    assertThat(negative.exitCode()).isEqualTo(2);
  }

  @Test
  void missingMarketsFileIsAConfigError(@TempDir Path dir) {
    Path missing = dir.resolve("nope.yaml");
    CapturedRun run =
        run(
            "days",
            "--markets",
            missing.toString(),
            "--market",
            "SK",
            "--from",
            "2026-01-01",
            "--to",
            "2026-01-31");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo("error: markets file not found: " + missing + System.lineSeparator());
  }

  @Test
  void invalidMarketsFileIsAConfigErrorNamingTheFile(@TempDir Path dir) throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("markets.yaml"),
            "markets:\n  SK:\n    timeZone: Europe/Bratislava\n    languages: [sk]\n    businessHours: {MONDAY: ['17:00-09:00']}\n");
    CapturedRun run =
        run(
            "days",
            "--markets",
            file.toString(),
            "--market",
            "SK",
            "--from",
            "2026-01-01",
            "--to",
            "2026-01-31");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "error: "
                + file
                + ": markets.SK.businessHours.MONDAY[0]: 17:00-09:00 ends before it starts"
                + System.lineSeparator());
  }

  @Test
  void missingOptionIsAUsageError() {
    CapturedRun run = run("due", "--markets", MARKETS, "--at", "2026-11-23T10:00Z");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: Missing required option: '--market=CODE'");
  }

  @Test
  void everySubcommandHasHelp() {
    for (String sub : List.of("due", "between", "days")) {
      CapturedRun run = run(sub, "--help");
      assertThat(run.exitCode()).isZero();
      assertThat(run.out())
          .contains("Usage: calendar " + sub, "--markets=FILE", "--market=CODE", "Prints the");
    }
    assertThat(run("due", "--help").out()).contains("--within=DURATION", "replyWithin");
  }

  @Test
  void withoutSubcommandListsThem() {
    CapturedRun run = run();
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("due", "between", "days");
  }

  private static CapturedRun run(String... args) {
    return CapturedRun.of(new CalendarCommand(), args);
  }

  private static String vectorsMarkets() {
    try {
      return Path.of(
              CalendarCommandTest.class.getResource("/calendar-vectors/markets.yaml").toURI())
          .toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
