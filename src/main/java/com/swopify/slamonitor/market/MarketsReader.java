package com.swopify.slamonitor.market;

import com.fasterxml.jackson.databind.JsonNode;
import com.swopify.slamonitor.absence.AbsencePolicy;
import com.swopify.slamonitor.calendar.CalendarSettings;
import com.swopify.slamonitor.calendar.PublicHolidays;
import com.swopify.slamonitor.calendar.TimeRange;
import com.swopify.slamonitor.calendar.WeeklyHours;
import com.swopify.slamonitor.config.ConfigProblem;
import com.swopify.slamonitor.config.YamlFiles;
import com.swopify.slamonitor.scorecard.ScorecardSettings;
import com.swopify.slamonitor.sla.ReplyPolicy;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a markets file (contract section 3) with Jackson into the records below, which mirror the
 * file key for key, then checks their values into {@link Market}s; the first problem found is
 * reported with its key path.
 */
final class MarketsReader {
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  /**
   * ISO 3166-1 leaves XA-XZ to users: a market code for a test or special market (the contract's
   * own example is XX). Holiday countries must still be real countries.
   */
  private static final Pattern USER_ASSIGNED = Pattern.compile("X[A-Z]");

  private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
  private static final Pattern DOMAIN =
      Pattern.compile("(?:[\\p{Ll}\\d](?:[\\p{Ll}\\d-]{0,61}[\\p{Ll}\\d])?\\.)+\\p{Ll}{2,24}");

  /** The file: {@code markets:} and nothing else. */
  record MarketsFile(LinkedHashMap<String, MarketEntry> markets) {}

  /** One market as written; absent keys are null and take their defaults. */
  record MarketEntry(
      String timeZone,
      List<String> languages,
      String currency,
      String holidayCountry,
      List<String> holidays,
      List<String> workingDays,
      LinkedHashMap<String, List<String>> businessHours,
      String replyWithin,
      List<Double> atRiskAt,
      String takeoverAfter,
      Integer absenceNoticeAfterBusinessDays,
      Integer absenceNoticeDays,
      ScorecardEntry scorecard,
      List<String> carrierDomains) {}

  /** {@code scorecard: {minWaits, good, atRisk}}: each key optional, with its default. */
  record ScorecardEntry(Integer minWaits, Double good, Double atRisk) {}

  private final String origin;

  MarketsReader(String origin) {
    this.origin = origin;
  }

  Map<String, Market> read(String yaml) {
    JsonNode tree = YamlFiles.tree(yaml, origin);
    if (tree == null) {
      throw YamlFiles.error(origin, "", "the file is empty; expected a map with the key 'markets'");
    }
    if (!tree.isObject()) {
      throw YamlFiles.error(origin, "", "expected a map, found " + YamlFiles.describe(tree));
    }
    if (tree.has("markets") && tree.get("markets").isNull()) {
      throw YamlFiles.error(origin, "markets", "expected a map, found nothing");
    }
    MarketsFile file = YamlFiles.bind(tree, MarketsFile.class, origin);
    if (file.markets() == null) {
      throw YamlFiles.error(origin, "markets", "required key is missing");
    }
    Map<String, Market> result = new LinkedHashMap<>();
    for (Map.Entry<String, MarketEntry> entry : file.markets().entrySet()) {
      String code = entry.getKey();
      try {
        result.put(code, market(code, entry.getValue()));
      } catch (ConfigProblem problem) {
        String path = "markets." + code + (problem.path().isEmpty() ? "" : "." + problem.path());
        throw YamlFiles.error(origin, path, problem.getMessage());
      }
    }
    if (result.isEmpty()) {
      throw YamlFiles.error(origin, "markets", "no markets configured");
    }
    return result;
  }

  private static Market market(String code, MarketEntry entry) {
    if (!COUNTRIES.contains(code) && !USER_ASSIGNED.matcher(code).matches()) {
      throw new ConfigProblem(
          "",
          "'"
              + code
              + "' is not an ISO 3166-1 alpha-2 country code"
              + " (upper case, e.g. SK; XA-XZ are free for test markets)");
    }
    if (entry == null) {
      throw new ConfigProblem("", "expected a map, found nothing");
    }
    CalendarSettings calendar =
        new CalendarSettings(
            zone(required("timeZone", entry.timeZone())),
            entry.businessHours() == null
                ? WeeklyHours.DEFAULT
                : weeklyHours(entry.businessHours()),
            entry.holidayCountry() == null ? null : holidayCountry(entry.holidayCountry()),
            dates("holidays", entry.holidays()),
            dates("workingDays", entry.workingDays()));
    List<String> languages = languages(required("languages", entry.languages()));
    String currency = entry.currency() == null ? null : currency(entry.currency());
    ReplyPolicy defaults = ReplyPolicy.DEFAULT;
    ReplyPolicy reply =
        new ReplyPolicy(
            entry.replyWithin() == null
                ? defaults.replyWithin()
                : positiveDuration("replyWithin", entry.replyWithin()),
            entry.atRiskAt() == null ? defaults.atRiskAt() : fractions(entry.atRiskAt()),
            entry.takeoverAfter() == null
                ? defaults.takeoverAfter()
                : duration("takeoverAfter", entry.takeoverAfter()));
    AbsencePolicy absence =
        new AbsencePolicy(
            count(
                "absenceNoticeAfterBusinessDays",
                entry.absenceNoticeAfterBusinessDays(),
                AbsencePolicy.DEFAULT.noticeAfterBusinessDays()),
            count(
                "absenceNoticeDays",
                entry.absenceNoticeDays(),
                AbsencePolicy.DEFAULT.noticeDays()));
    List<String> carriers = entry.carrierDomains() == null ? null : domains(entry.carrierDomains());
    ScorecardSettings scorecard =
        entry.scorecard() == null ? ScorecardSettings.DEFAULTS : scorecard(entry.scorecard());
    return new Market(code, calendar, languages, currency, reply, absence, scorecard, carriers);
  }

  private static <T> T required(String key, T value) {
    if (value == null) {
      throw new ConfigProblem(key, "required key is missing");
    }
    return value;
  }

  private static ScorecardSettings scorecard(ScorecardEntry entry) {
    ScorecardSettings defaults = ScorecardSettings.DEFAULTS;
    int minWaits = count("scorecard.minWaits", entry.minWaits(), defaults.minWaits());
    double good = entry.good() == null ? defaults.good() : rate("scorecard.good", entry.good());
    double atRisk =
        entry.atRisk() == null ? defaults.atRisk() : rate("scorecard.atRisk", entry.atRisk());
    if (atRisk > good) {
      throw new ConfigProblem("scorecard", "atRisk " + atRisk + " is above good " + good);
    }
    return new ScorecardSettings(minWaits, good, atRisk);
  }

  private static double rate(String key, double rate) {
    if (!(rate >= 0 && rate <= 1)) {
      throw new ConfigProblem(key, number(rate) + " is not a rate between 0 and 1");
    }
    return rate;
  }

  private static ZoneId zone(String id) {
    if (!ZoneId.getAvailableZoneIds().contains(id)) {
      throw new ConfigProblem(
          "timeZone",
          "unknown time zone '" + id + "' (expected an IANA zone such as Europe/Bratislava)");
    }
    return ZoneId.of(id);
  }

  private static List<String> languages(List<String> codes) {
    for (int i = 0; i < codes.size(); i++) {
      String code = item("languages", i, codes.get(i));
      if (!LANGUAGES.contains(code)) {
        throw new ConfigProblem(
            "languages[" + i + "]",
            "unknown language '" + code + "' (expected an ISO 639-1 code such as sk)");
      }
    }
    if (codes.isEmpty()) {
      throw new ConfigProblem("languages", "at least one language is required");
    }
    return codes;
  }

  private static List<String> domains(List<String> domains) {
    for (int i = 0; i < domains.size(); i++) {
      String domain = item("carrierDomains", i, domains.get(i));
      if (!DOMAIN.matcher(domain).matches()) {
        throw new ConfigProblem(
            "carrierDomains[" + i + "]",
            "'" + domain + "' is not a domain name such as dhl.de (lower case, no scheme or path)");
      }
    }
    return domains;
  }

  /** A list item that must be a value: YAML's {@code - } alone is null. */
  private static <T> T item(String key, int index, T value) {
    if (value == null) {
      throw new ConfigProblem(key + "[" + index + "]", "expected a single value, found nothing");
    }
    return value;
  }

  private static String currency(String code) {
    try {
      if (code.equals(code.toUpperCase(Locale.ROOT))) {
        return Currency.getInstance(code).getCurrencyCode();
      }
    } catch (IllegalArgumentException e) {
      // reported below, with the same message as lower case
    }
    throw new ConfigProblem(
        "currency", "unknown currency '" + code + "' (expected an ISO 4217 code such as EUR)");
  }

  private static String holidayCountry(String code) {
    if (!COUNTRIES.contains(code)) {
      throw new ConfigProblem(
          "holidayCountry",
          "'" + code + "' is not an ISO 3166-1 alpha-2 country code (upper case, e.g. SK)");
    }
    if (!PublicHolidays.isSupported(code)) {
      throw new ConfigProblem(
          "holidayCountry",
          "no public-holiday data for '" + code + "'; list its holidays under 'holidays' instead");
    }
    return code;
  }

  private static List<LocalDate> dates(String key, List<String> texts) {
    if (texts == null) {
      return List.of();
    }
    List<LocalDate> dates = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      String text = item(key, i, texts.get(i));
      try {
        dates.add(LocalDate.parse(text));
      } catch (DateTimeException e) {
        throw new ConfigProblem(key + "[" + i + "]", "'" + text + "' is not a date YYYY-MM-DD");
      }
    }
    return dates;
  }

  private static WeeklyHours weeklyHours(Map<String, List<String>> days) {
    Map<DayOfWeek, List<TimeRange>> week = new EnumMap<>(DayOfWeek.class);
    days.forEach((dayName, ranges) -> week.put(weekday(dayName), dayHours(dayName, ranges)));
    if (week.values().stream().allMatch(List::isEmpty)) {
      throw new ConfigProblem("businessHours", "no business time in the week");
    }
    return WeeklyHours.of(week);
  }

  private static DayOfWeek weekday(String name) {
    try {
      return DayOfWeek.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw new ConfigProblem(
          "businessHours", "unknown weekday '" + name + "' (expected MONDAY, TUESDAY, ... SUNDAY)");
    }
  }

  /** One weekday's intervals; overlaps are reported at the later of the two, as written. */
  private static List<TimeRange> dayHours(String day, List<String> texts) {
    String key = "businessHours." + day;
    if (texts == null) {
      throw new ConfigProblem(key, "expected a list, found nothing");
    }
    TimeRange[] ranges = new TimeRange[texts.size()];
    for (int i = 0; i < ranges.length; i++) {
      try {
        ranges[i] = TimeRange.parse(item(key, i, texts.get(i)));
      } catch (ConfigProblem e) {
        throw e;
      } catch (IllegalArgumentException e) {
        throw new ConfigProblem(key + "[" + i + "]", e.getMessage());
      }
    }
    Integer[] order = new Integer[ranges.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingInt(i -> ranges[i].startMinute()));
    for (int k = 1; k < order.length; k++) {
      TimeRange earlier = ranges[order[k - 1]];
      TimeRange later = ranges[order[k]];
      if (later.overlaps(earlier)) {
        int at = Math.max(order[k - 1], order[k]);
        TimeRange other = at == order[k] ? earlier : later;
        throw new ConfigProblem(key + "[" + at + "]", ranges[at] + " overlaps " + other);
      }
    }
    return List.of(ranges);
  }

  private static Duration duration(String key, String text) {
    Duration d;
    try {
      d = Duration.parse(text);
    } catch (DateTimeException e) {
      throw new ConfigProblem(key, "'" + text + "' is not an ISO-8601 duration such as PT24H");
    }
    if (d.isNegative()) {
      throw new ConfigProblem(key, text + " is negative");
    }
    if (d.getNano() % 1_000_000 != 0) {
      throw new ConfigProblem(
          key, text + " is finer than the calendar's precision of milliseconds");
    }
    return d;
  }

  private static Duration positiveDuration(String key, String text) {
    Duration d = duration(key, text);
    if (d.isZero()) {
      throw new ConfigProblem(key, "must be longer than zero");
    }
    return d;
  }

  private static List<Double> fractions(List<Double> fractions) {
    for (int i = 0; i < fractions.size(); i++) {
      Double f = fractions.get(i);
      if (f == null) {
        throw new ConfigProblem("atRiskAt[" + i + "]", "expected a number, found nothing");
      }
      if (!(f > 0 && f < 1)) {
        throw new ConfigProblem(
            "atRiskAt[" + i + "]", number(f) + " is not a fraction strictly between 0 and 1");
      }
    }
    return fractions;
  }

  private static int count(String key, Integer n, int fallback) {
    if (n == null) {
      return fallback;
    }
    if (n < 0) {
      throw new ConfigProblem(key, n + " is negative");
    }
    return n;
  }

  /** A number as the file most likely wrote it: 1 rather than 1.0. */
  private static String number(double x) {
    return x == Math.rint(x) && !Double.isInfinite(x)
        ? String.valueOf((long) x)
        : String.valueOf(x);
  }
}
