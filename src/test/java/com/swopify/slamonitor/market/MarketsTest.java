package com.swopify.slamonitor.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.swopify.slamonitor.calendar.BusinessCalendar;
import com.swopify.slamonitor.calendar.TimeRange;
import com.swopify.slamonitor.calendar.WeeklyHours;
import com.swopify.slamonitor.config.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarketsTest {
  private static final String ALL_KEYS =
      """
      markets:
        SK:
          timeZone: Europe/Bratislava
          languages: [sk, en]
          currency: EUR
          holidayCountry: SK
          holidays: [2026-12-31]
          workingDays: [2026-05-08]
          businessHours:
            MONDAY: ["13:00-17:00", "08:00-12:00"]
            FRIDAY: ["08:00-14:00"]
          replyWithin: PT18H30M
          atRiskAt: [0.5, 0.75]
          takeoverAfter: PT8H
          absenceNoticeAfterBusinessDays: 3
          absenceNoticeDays: 21
          carrierDomains: [posta.sk, mykurier.sk]
      """;

  @Test
  void appliesTheContractDefaults() {
    Market sk =
        parse("markets:\n  SK: {timeZone: Europe/Bratislava, languages: [sk]}").market("SK");
    assertThat(sk)
        .isEqualTo(Market.withDefaults("SK", ZoneId.of("Europe/Bratislava"), List.of("sk")));
    assertThat(sk.reply().replyWithin()).isEqualTo(Duration.ofHours(24));
    assertThat(sk.reply().atRiskAt()).containsExactly(0.75);
    assertThat(sk.reply().takeoverAfter()).isEqualTo(Duration.ZERO);
    assertThat(sk.absence().noticeAfterBusinessDays()).isEqualTo(5);
    assertThat(sk.absence().noticeDays()).isEqualTo(14);
    assertThat(sk.calendar().holidays()).isEmpty();
    assertThat(sk.calendar().workingDays()).isEmpty();
    assertThat(sk.currency()).isNull();
    assertThat(sk.calendar().holidayCountry()).isNull();
    assertThat(sk.carrierDomains()).as("null: the bundled carriers of the country").isNull();
    assertThat(sk.calendar().businessHours()).isEqualTo(WeeklyHours.DEFAULT);
    assertThat(sk.calendar().businessHours().on(DayOfWeek.MONDAY))
        .containsExactly(TimeRange.parse("00:00-24:00"));
    assertThat(sk.calendar().businessHours().on(DayOfWeek.SATURDAY)).isEmpty();
  }

  @Test
  void readsEveryKey() {
    Market sk = parse(ALL_KEYS).market("SK");
    assertThat(sk.code()).isEqualTo("SK");
    assertThat(sk.zone()).isEqualTo(ZoneId.of("Europe/Bratislava"));
    assertThat(sk.languages()).containsExactly("sk", "en");
    assertThat(sk.currency()).isEqualTo("EUR");
    assertThat(sk.calendar().holidayCountry()).isEqualTo("SK");
    assertThat(sk.calendar().holidays()).containsExactly(LocalDate.of(2026, 12, 31));
    assertThat(sk.calendar().workingDays()).containsExactly(LocalDate.of(2026, 5, 8));
    assertThat(sk.carrierDomains()).containsExactly("posta.sk", "mykurier.sk");
    assertThat(sk.calendar().businessHours().on(DayOfWeek.MONDAY))
        .containsExactly(TimeRange.parse("08:00-12:00"), TimeRange.parse("13:00-17:00"));
    assertThat(sk.calendar().businessHours().on(DayOfWeek.FRIDAY))
        .containsExactly(TimeRange.parse("08:00-14:00"));
    assertThat(sk.calendar().businessHours().on(DayOfWeek.TUESDAY)).isEmpty();
    assertThat(sk.reply().replyWithin()).isEqualTo(Duration.ofMinutes(18 * 60 + 30));
    assertThat(sk.reply().atRiskAt()).containsExactly(0.5, 0.75);
    assertThat(sk.reply().takeoverAfter()).isEqualTo(Duration.ofHours(8));
    assertThat(sk.absence().noticeAfterBusinessDays()).isEqualTo(3);
    assertThat(sk.absence().noticeDays()).isEqualTo(21);
  }

  @Test
  void loadsTheBundledMarketsFile() {
    Markets config = Markets.load(Path.of("jobs/markets.yaml"));
    assertThat(config.codes())
        .containsExactly("SK", "CZ", "HU", "PL", "RO", "DE", "AT", "HR", "SI", "BG");
    assertThat(config.market("HU").zone()).isEqualTo(ZoneId.of("Europe/Budapest"));
    assertThat(config.market("HU").currency()).isEqualTo("HUF");
    assertThat(config.market("AT").languages()).containsExactly("de");
    assertThat(config.market("XX")).isNull();
    for (String code : config.codes()) {
      Market market = config.market(code);
      assertThat(market.calendar().holidayCountry()).isEqualTo(code);
      // Every one of these countries closes on Christmas Day.
      assertThat(market.businessCalendar().isBusinessDay(LocalDate.of(2026, 12, 25)))
          .as(code)
          .isFalse();
    }
  }

  @Test
  void keepsFileOrderAndEquality() {
    String yaml =
        "markets:\n  CZ: {timeZone: Europe/Prague, languages: [cs]}\n  AT: {timeZone: Europe/Vienna, languages: [de]}";
    assertThat(parse(yaml).codes()).containsExactly("CZ", "AT");
    assertThat(parse(yaml)).isEqualTo(parse(yaml));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      overlapping intervals | businessHours: {MONDAY: ['08:00-12:00', '11:00-14:00']} | markets.SK.businessHours.MONDAY[1]: 11:00-14:00 overlaps 08:00-12:00
      overlap written first | businessHours: {MONDAY: ['11:00-14:00', '08:00-12:00']} | markets.SK.businessHours.MONDAY[1]: 08:00-12:00 overlaps 11:00-14:00
      reversed interval     | businessHours: {MONDAY: ['17:00-09:00']}                | markets.SK.businessHours.MONDAY[0]: 17:00-09:00 ends before it starts
      empty interval        | businessHours: {MONDAY: ['09:00-09:00']}                | markets.SK.businessHours.MONDAY[0]: 09:00-09:00 is empty
      interval format       | businessHours: {MONDAY: ['8:00-12:00']}                 | markets.SK.businessHours.MONDAY[0]: '8:00-12:00' is not an interval HH:MM-HH:MM
      hour out of range     | businessHours: {MONDAY: ['08:00-25:00']}                | markets.SK.businessHours.MONDAY[0]: 08:00-25:00 has an invalid time 25:00 (00:00 to 24:00)
      starts at 24:00       | businessHours: {MONDAY: ['24:00-24:00']}                | markets.SK.businessHours.MONDAY[0]: 24:00-24:00 starts at 24:00, the end of the day
      unknown weekday       | businessHours: {MONDY: ['08:00-12:00']}                 | markets.SK.businessHours: unknown weekday 'MONDY' (expected MONDAY, TUESDAY, ... SUNDAY)
      closed all week       | businessHours: {MONDAY: [], SUNDAY: []}                 | markets.SK.businessHours: no business time in the week
      no days at all        | businessHours: {}                                       | markets.SK.businessHours: no business time in the week
      day not a list        | businessHours: {MONDAY: '08:00-12:00'}                  | markets.SK.businessHours.MONDAY: expected a list, found '08:00-12:00'
      bad duration          | replyWithin: P1X                                        | markets.SK.replyWithin: 'P1X' is not an ISO-8601 duration such as PT24H
      zero reply time       | replyWithin: PT0S                                       | markets.SK.replyWithin: must be longer than zero
      negative takeover     | takeoverAfter: PT-1H                                    | markets.SK.takeoverAfter: PT-1H is negative
      sub-millisecond       | takeoverAfter: PT0.0000001S                             | markets.SK.takeoverAfter: PT0.0000001S is finer than the calendar's precision of milliseconds
      bad date              | holidays: [2026-12-24, 2026-02-30]                      | markets.SK.holidays[1]: '2026-02-30' is not a date YYYY-MM-DD
      fraction above one    | atRiskAt: [0.5, 1.5]                                    | markets.SK.atRiskAt[1]: 1.5 is not a fraction strictly between 0 and 1
      fraction of one       | atRiskAt: [1]                                           | markets.SK.atRiskAt[0]: 1 is not a fraction strictly between 0 and 1
      fraction not a number | atRiskAt: [half]                                        | markets.SK.atRiskAt[0]: expected a number, found 'half'
      negative count        | absenceNoticeDays: -1                                   | markets.SK.absenceNoticeDays: -1 is negative
      count not whole       | absenceNoticeAfterBusinessDays: 5.5                     | markets.SK.absenceNoticeAfterBusinessDays: expected a whole number, found '5.5'
      unknown currency      | currency: EUX                                           | markets.SK.currency: unknown currency 'EUX' (expected an ISO 4217 code such as EUR)
      lower-case currency   | currency: eur                                           | markets.SK.currency: unknown currency 'eur' (expected an ISO 4217 code such as EUR)
      unknown country       | holidayCountry: XX                                      | markets.SK.holidayCountry: 'XX' is not an ISO 3166-1 alpha-2 country code (upper case, e.g. SK)
      country without data  | holidayCountry: KP                                      | markets.SK.holidayCountry: no public-holiday data for 'KP'; list its holidays under 'holidays' instead
      count written as text | absenceNoticeDays: '5'                                  | markets.SK.absenceNoticeDays: expected a whole number, found '5'
      scorecard misspelt    | scorecard: {minWait: 3}                                 | markets.SK.scorecard: unknown key 'minWait' (allowed: minWaits, good, atRisk)
      scorecard inverted    | scorecard: {good: 0.8, atRisk: 0.9}                     | markets.SK.scorecard: atRisk 0.9 is above good 0.8
      rate above one        | scorecard: {good: 1.5}                                  | markets.SK.scorecard.good: 1.5 is not a rate between 0 and 1
      misspelt key          | timezone: Europe/Bratislava                             | markets.SK: unknown key 'timezone' (allowed: timeZone, languages, currency, holidayCountry, holidays, workingDays, businessHours, replyWithin, atRiskAt, takeoverAfter, absenceNoticeAfterBusinessDays, absenceNoticeDays, scorecard, carrierDomains)
      """)
  void reportsEachMistakeWithItsLocation(String what, String setting, String message) {
    String yaml =
        "markets:\n  SK:\n    timeZone: Europe/Bratislava\n    languages: [sk]\n    "
            + setting
            + "\n";
    if (setting.startsWith("timezone")) {
      yaml = "markets:\n  SK:\n    languages: [sk]\n    " + setting + "\n";
    }
    assertError(yaml, "test.yaml: " + message);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      unknown zone       | {timeZone: Europe/Bratislav, languages: [sk]} | markets.SK.timeZone: unknown time zone 'Europe/Bratislav' (expected an IANA zone such as Europe/Bratislava)
      offset, not a zone | {timeZone: '+01:00', languages: [sk]}         | markets.SK.timeZone: unknown time zone '+01:00' (expected an IANA zone such as Europe/Bratislava)
      zone missing       | {languages: [sk]}                             | markets.SK.timeZone: required key is missing
      languages missing  | {timeZone: Europe/Bratislava}                 | markets.SK.languages: required key is missing
      unknown language   | {timeZone: Europe/Bratislava, languages: [sk, xx]} | markets.SK.languages[1]: unknown language 'xx' (expected an ISO 639-1 code such as sk)
      no language        | {timeZone: Europe/Bratislava, languages: []}  | markets.SK.languages: at least one language is required
      languages not list | {timeZone: Europe/Bratislava, languages: sk}  | markets.SK.languages: expected a list, found 'sk'
      zone not a value   | {timeZone: [Europe/Bratislava], languages: [sk]} | markets.SK.timeZone: expected a single value, found a list
      market not a map   | Europe/Bratislava                             | markets.SK: expected a map, found 'Europe/Bratislava'
      market empty       | ''                                            | markets.SK: expected a map, found nothing
      carrier with a path | {timeZone: Europe/Bratislava, languages: [sk], carrierDomains: [posta.sk/track]} | markets.SK.carrierDomains[0]: 'posta.sk/track' is not a domain name such as dhl.de (lower case, no scheme or path)
      carriers not a list | {timeZone: Europe/Bratislava, languages: [sk], carrierDomains: posta.sk} | markets.SK.carrierDomains: expected a list, found 'posta.sk'
      two unknown keys   | {timeZone: Europe/Bratislava, languages: [sk], replyWithn: PT8H, atRiskAT: [0.5]} | markets.SK: unknown keys 'replyWithn', 'atRiskAT' (allowed: timeZone, languages, currency, holidayCountry, holidays, workingDays, businessHours, replyWithin, atRiskAt, takeoverAfter, absenceNoticeAfterBusinessDays, absenceNoticeDays, scorecard, carrierDomains)
      """)
  void reportsMarketLevelMistakes(String what, String market, String message) {
    assertError("markets:\n  SK: " + market + "\n", "test.yaml: " + message);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      empty file           | ''                                  | test.yaml: the file is empty; expected a map with the key 'markets'
      only comments        | '# nothing here'                    | test.yaml: the file is empty; expected a map with the key 'markets'
      a plain string       | just text                           | test.yaml: expected a map, found 'just text'
      misspelt top key     | 'market: {}'                        | test.yaml: unknown key 'market' (allowed: markets)
      no markets key       | '{}'                                | test.yaml: markets: required key is missing
      no markets           | 'markets: {}'                       | test.yaml: markets: no markets configured
      markets null         | 'markets:'                          | test.yaml: markets: expected a map, found nothing
      lower-case code      | 'markets: {sk: {timeZone: Europe/Bratislava, languages: [sk]}}' | test.yaml: markets.sk: 'sk' is not an ISO 3166-1 alpha-2 country code (upper case, e.g. SK; XA-XZ are free for test markets)
      not a country        | 'markets: {EU: {timeZone: Europe/Brussels, languages: [fr]}}'   | test.yaml: markets.EU: 'EU' is not an ISO 3166-1 alpha-2 country code (upper case, e.g. SK; XA-XZ are free for test markets)
      """)
  void reportsFileLevelMistakes(String what, String yaml, String message) {
    assertError(yaml, message);
  }

  @Test
  void reportsBrokenYamlOnOneLineWithItsLine() {
    assertThatThrownBy(() -> parse("markets:\n  SK: {timeZone: [unclosed\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "test.yaml: not valid YAML (line 3, column 1): expected ',' or ']', but got <stream end>"
                + " (while parsing a flow sequence)");
  }

  @Test
  void rejectsDuplicateKeys() {
    String yaml =
        "markets:\n  SK: {timeZone: Europe/Bratislava, languages: [sk]}\n  SK: {timeZone: Europe/Prague, languages: [cs]}\n";
    assertThatThrownBy(() -> parse(yaml))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("test.yaml: not valid YAML (line 3): ")
        .hasMessageContaining("Duplicate field 'SK'")
        .hasMessageNotContaining("\n");
  }

  @Test
  void reportsAMissingFile(@TempDir Path dir) {
    Path missing = dir.resolve("missing.yaml");
    assertThatThrownBy(() -> Markets.load(missing))
        .isInstanceOf(ConfigException.class)
        .hasMessage("markets file not found: " + missing);
  }

  @Test
  void reportsADirectory(@TempDir Path dir) {
    assertThatThrownBy(() -> Markets.load(dir))
        .isInstanceOf(ConfigException.class)
        .hasMessage("cannot read markets file " + dir + ": it is a directory");
  }

  @Test
  void reportsBinaryContent(@TempDir Path dir) throws IOException {
    Path binary =
        Files.write(dir.resolve("markets.yaml"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
    assertThatThrownBy(() -> Markets.load(binary))
        .isInstanceOf(ConfigException.class)
        .hasMessage("cannot read markets file " + binary + ": not UTF-8 text");
  }

  @Test
  void namesTheFileInErrorsWhenLoading(@TempDir Path dir) throws IOException {
    Path file =
        Files.writeString(dir.resolve("markets.yaml"), "markets:\n  SK: {languages: [sk]}\n");
    assertThatThrownBy(() -> Markets.load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessage(file + ": markets.SK.timeZone: required key is missing");
  }

  private static Markets parse(String yaml) {
    return Markets.parse(yaml, "test.yaml");
  }

  private static void assertError(String yaml, String message) {
    assertThatThrownBy(() -> parse(yaml)).isInstanceOf(ConfigException.class).hasMessage(message);
  }

  @Test
  void aWorkingDayOpensADateTheHolidayLibraryOrTheListCloses() {
    BusinessCalendar sk =
        parse(
                """
        markets:
          SK:
            timeZone: Europe/Bratislava
            languages: [sk]
            holidayCountry: SK
            holidays: [2026-05-07]
            workingDays: [2026-05-07, 2026-05-08]
        """)
            .market("SK")
            .businessCalendar();

    assertThat(sk.isBusinessDay(LocalDate.of(2026, 5, 8))).as("Victory Day, opened").isTrue();
    assertThat(sk.isBusinessDay(LocalDate.of(2026, 5, 7))).as("listed and opened").isTrue();
    assertThat(sk.isBusinessDay(LocalDate.of(2026, 5, 1))).as("Labour Day").isFalse();
    assertThat(sk.add(Instant.parse("2026-05-07T08:00:00Z"), Duration.ofHours(24)))
        .isEqualTo(Instant.parse("2026-05-08T08:00:00Z"));
  }

  @Test
  void aWorkingDayThatIsNotADateIsNamed() {
    assertThatThrownBy(
            () ->
                parse(
                    """
        markets:
          SK: {timeZone: Europe/Bratislava, languages: [sk], workingDays: [2026-13-01]}
        """))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("workingDays")
        .hasMessageContaining("'2026-13-01' is not a date YYYY-MM-DD");
  }
}
