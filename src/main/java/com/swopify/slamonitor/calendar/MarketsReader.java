package com.swopify.slamonitor.calendar;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
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
import java.util.function.Function;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Reads markets YAML into validated {@link MarketConfig}s; the first problem found is reported. */
final class MarketsReader {
  private static final List<String> TOP_LEVEL_KEYS = List.of("markets");
  private static final List<String> MARKET_KEYS = List.of(
      "timeZone", "languages", "currency", "holidayCountry", "holidays", "workingDays", "businessHours",
      "replyWithin", "atRiskAt", "takeoverAfter", "absenceNoticeAfterBusinessDays", "absenceNoticeDays",
      "scorecard", "carrierDomains");
  private static final List<String> SCORECARD_KEYS = List.of("minWaits", "good", "atRisk");
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
  /**
   * ISO 3166-1 leaves XA-XZ to users: a market code for a test or special market (the contract's
   * own example is XX). Holiday countries must still be real countries.
   */
  private static final Pattern USER_ASSIGNED = Pattern.compile("X[A-Z]");
  private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
  private static final Pattern DOMAIN =
      Pattern.compile("(?:[\\p{Ll}\\d](?:[\\p{Ll}\\d-]{0,61}[\\p{Ll}\\d])?\\.)+\\p{Ll}{2,24}");
  // Duplicate keys would otherwise let the last one win without a word.
  private static final YAMLMapper YAML =
      YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private final String origin;

  MarketsReader(String origin) {
    this.origin = origin;
  }

  Map<String, MarketConfig> read(String yaml) {
    ConfigNode root = ConfigNode.root(parseYaml(yaml), origin);
    if (root.isMissing()) {
      throw root.error("the file is empty; expected a map with the key 'markets'");
    }
    ConfigNode markets = root.requireOnlyKeys(TOP_LEVEL_KEYS).get("markets").required();
    Map<String, MarketConfig> result = new LinkedHashMap<>();
    markets.entries().forEach((code, node) -> result.put(code, market(code, node)));
    if (result.isEmpty()) {
      throw markets.error("no markets configured");
    }
    return result;
  }

  private JsonNode parseYaml(String yaml) {
    try {
      JsonNode tree = YAML.readTree(yaml);
      return tree == null || tree.isMissingNode() || tree.isNull() ? null : tree;
    } catch (JacksonException e) {
      throw notYaml(e);
    }
  }

  /** SnakeYAML's own message spans several lines with a caret drawing; keep its facts on one line. */
  private ConfigException notYaml(JacksonException e) {
    if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
      Mark mark = yaml.getProblemMark();
      String context = yaml.getContext() == null ? "" : " (" + oneLine(yaml.getContext()) + ")";
      return new ConfigException(origin + ": not valid YAML (line " + (mark.getLine() + 1) + ", column "
          + (mark.getColumn() + 1) + "): " + oneLine(yaml.getProblem()) + context);
    }
    JsonLocation where = e.getLocation();
    String line = where == null || where.getLineNr() < 1 ? "" : " (line " + where.getLineNr() + ")";
    return new ConfigException(origin + ": not valid YAML" + line + ": " + oneLine(e.getOriginalMessage()));
  }

  private static String oneLine(String text) {
    return String.valueOf(text).replaceAll("\\s*\\R\\s*", " ").trim();
  }

  private MarketConfig market(String code, ConfigNode node) {
    if (!COUNTRIES.contains(code) && !USER_ASSIGNED.matcher(code).matches()) {
      throw node.error("'" + code + "' is not an ISO 3166-1 alpha-2 country code (upper case, e.g. SK;"
          + " XA-XZ are free for test markets)");
    }
    node.requireOnlyKeys(MARKET_KEYS);
    ZoneId zone = zone(node.get("timeZone").required());
    List<String> languages = languages(node.get("languages").required());
    String currency = optional(node.get("currency"), this::currency);
    String holidayCountry = optional(node.get("holidayCountry"), this::holidayCountry);
    List<LocalDate> holidays = node.get("holidays").isMissing() ? List.of() : dates(node.get("holidays"));
    List<LocalDate> workingDays =
        node.get("workingDays").isMissing() ? List.of() : dates(node.get("workingDays"));
    WeeklyHours hours = node.get("businessHours").isMissing()
        ? WeeklyHours.DEFAULT : weeklyHours(node.get("businessHours"));
    Duration replyWithin = node.get("replyWithin").isMissing()
        ? MarketConfig.DEFAULT_REPLY_WITHIN : positiveDuration(node.get("replyWithin"));
    List<Double> atRiskAt = node.get("atRiskAt").isMissing()
        ? MarketConfig.DEFAULT_AT_RISK_AT : fractions(node.get("atRiskAt"));
    Duration takeoverAfter = node.get("takeoverAfter").isMissing()
        ? MarketConfig.DEFAULT_TAKEOVER_AFTER : duration(node.get("takeoverAfter"));
    int afterBusinessDays = node.get("absenceNoticeAfterBusinessDays").isMissing()
        ? MarketConfig.DEFAULT_ABSENCE_NOTICE_AFTER_BUSINESS_DAYS
        : count(node.get("absenceNoticeAfterBusinessDays"));
    int noticeDays = node.get("absenceNoticeDays").isMissing()
        ? MarketConfig.DEFAULT_ABSENCE_NOTICE_DAYS : count(node.get("absenceNoticeDays"));
    List<String> carriers = optional(node.get("carrierDomains"), this::domains);
    ScorecardSettings scorecard = node.get("scorecard").isMissing()
        ? ScorecardSettings.DEFAULTS : scorecard(node.get("scorecard"));
    return new MarketConfig(code, zone, languages, currency, holidayCountry, holidays, workingDays,
        hours, replyWithin, atRiskAt, takeoverAfter, afterBusinessDays, noticeDays, scorecard,
        carriers);
  }

  /** {@code scorecard: {minWaits, good, atRisk}}: each key optional, with its default. */
  private static ScorecardSettings scorecard(ConfigNode node) {
    node.requireOnlyKeys(SCORECARD_KEYS);
    ScorecardSettings defaults = ScorecardSettings.DEFAULTS;
    int minWaits = node.get("minWaits").isMissing()
        ? defaults.minWaits() : count(node.get("minWaits"));
    double good = node.get("good").isMissing() ? defaults.good() : rate(node.get("good"));
    double atRisk = node.get("atRisk").isMissing() ? defaults.atRisk() : rate(node.get("atRisk"));
    if (atRisk > good) {
      throw node.error("atRisk " + atRisk + " is above good " + good);
    }
    return new ScorecardSettings(minWaits, good, atRisk);
  }

  private static double rate(ConfigNode node) {
    double rate = node.number();
    if (!(rate >= 0 && rate <= 1)) {
      throw node.error(node.text() + " is not a rate between 0 and 1");
    }
    return rate;
  }

  private static <T> T optional(ConfigNode node, Function<ConfigNode, T> reader) {
    return node.isMissing() ? null : reader.apply(node);
  }

  private ZoneId zone(ConfigNode node) {
    String id = node.text();
    if (!ZoneId.getAvailableZoneIds().contains(id)) {
      throw node.error("unknown time zone '" + id + "' (expected an IANA zone such as Europe/Bratislava)");
    }
    return ZoneId.of(id);
  }

  private List<String> languages(ConfigNode node) {
    List<String> languages = new ArrayList<>();
    for (ConfigNode item : node.items()) {
      String code = item.text();
      if (!LANGUAGES.contains(code)) {
        throw item.error("unknown language '" + code + "' (expected an ISO 639-1 code such as sk)");
      }
      languages.add(code);
    }
    if (languages.isEmpty()) {
      throw node.error("at least one language is required");
    }
    return languages;
  }

  private List<String> domains(ConfigNode node) {
    List<String> domains = new ArrayList<>();
    for (ConfigNode item : node.items()) {
      String domain = item.text();
      if (!DOMAIN.matcher(domain).matches()) {
        throw item.error("'" + domain + "' is not a domain name such as dhl.de (lower case, no"
            + " scheme or path)");
      }
      domains.add(domain);
    }
    return domains;
  }

  private String currency(ConfigNode node) {
    String code = node.text();
    try {
      if (code.equals(code.toUpperCase(Locale.ROOT))) {
        return Currency.getInstance(code).getCurrencyCode();
      }
    } catch (IllegalArgumentException e) {
      // reported below, with the same message as lower case
    }
    throw node.error("unknown currency '" + code + "' (expected an ISO 4217 code such as EUR)");
  }

  private String holidayCountry(ConfigNode node) {
    String code = node.text();
    if (!COUNTRIES.contains(code)) {
      throw node.error("'" + code + "' is not an ISO 3166-1 alpha-2 country code (upper case, e.g. SK)");
    }
    if (!PublicHolidays.isSupported(code)) {
      throw node.error("no public-holiday data for '" + code + "'; list its holidays under 'holidays' instead");
    }
    return code;
  }

  private List<LocalDate> dates(ConfigNode node) {
    List<LocalDate> dates = new ArrayList<>();
    for (ConfigNode item : node.items()) {
      String text = item.text();
      try {
        dates.add(LocalDate.parse(text));
      } catch (DateTimeException e) {
        throw item.error("'" + text + "' is not a date YYYY-MM-DD");
      }
    }
    return dates;
  }

  private WeeklyHours weeklyHours(ConfigNode node) {
    Map<DayOfWeek, List<TimeRange>> week = new EnumMap<>(DayOfWeek.class);
    node.entries().forEach((dayName, ranges) -> week.put(weekday(dayName, node), dayHours(ranges)));
    if (week.values().stream().allMatch(List::isEmpty)) {
      throw node.error("no business time in the week");
    }
    return WeeklyHours.of(week);
  }

  private static DayOfWeek weekday(String name, ConfigNode weekNode) {
    try {
      return DayOfWeek.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw weekNode.error("unknown weekday '" + name + "' (expected MONDAY, TUESDAY, ... SUNDAY)");
    }
  }

  /** One weekday's intervals; overlaps are reported at the later of the two, as written. */
  private static List<TimeRange> dayHours(ConfigNode node) {
    List<ConfigNode> items = node.items();
    TimeRange[] ranges = new TimeRange[items.size()];
    for (int i = 0; i < ranges.length; i++) {
      ConfigNode item = items.get(i);
      try {
        ranges[i] = TimeRange.parse(item.text());
      } catch (IllegalArgumentException e) {
        throw item.error(e.getMessage());
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
        throw items.get(at).error(ranges[at] + " overlaps " + other);
      }
    }
    return List.of(ranges);
  }

  private static Duration duration(ConfigNode node) {
    String text = node.text();
    Duration d;
    try {
      d = Duration.parse(text);
    } catch (DateTimeException e) {
      throw node.error("'" + text + "' is not an ISO-8601 duration such as PT24H");
    }
    if (d.isNegative()) {
      throw node.error(text + " is negative");
    }
    if (d.getNano() % 1_000_000 != 0) {
      throw node.error(text + " is finer than the calendar's precision of milliseconds");
    }
    return d;
  }

  private static Duration positiveDuration(ConfigNode node) {
    Duration d = duration(node);
    if (d.isZero()) {
      throw node.error("must be longer than zero");
    }
    return d;
  }

  private static List<Double> fractions(ConfigNode node) {
    List<Double> fractions = new ArrayList<>();
    for (ConfigNode item : node.items()) {
      double f = item.number();
      if (!(f > 0 && f < 1)) {
        throw item.error(item.text() + " is not a fraction strictly between 0 and 1");
      }
      fractions.add(f);
    }
    return fractions;
  }

  private static int count(ConfigNode node) {
    int n = node.wholeNumber();
    if (n < 0) {
      throw node.error(n + " is negative");
    }
    return n;
  }
}
