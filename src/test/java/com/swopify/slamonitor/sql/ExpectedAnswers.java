package com.swopify.slamonitor.sql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.swopify.slamonitor.codec.OutputJson;
import com.swopify.slamonitor.events.Alert;
import com.swopify.slamonitor.events.AlertType;
import com.swopify.slamonitor.events.Breach;
import com.swopify.slamonitor.events.BreachCount;
import com.swopify.slamonitor.events.BreachType;
import com.swopify.slamonitor.events.DeadLetter;
import com.swopify.slamonitor.events.TakeoverRequest;
import com.swopify.slamonitor.replay.ReplayRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The answers to the ready questions of docs/analytics.md, computed in plain Java from a run's
 * output files, without SQL: what the queries must return, row by row, as text.
 */
public final class ExpectedAnswers {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<Alert> alerts;
  private final List<Breach> breaches;
  private final List<TakeoverRequest> takeovers;
  private final List<BreachCount> breachCounts;
  private final List<DeadLetter> deadLetters;

  public ExpectedAnswers(Path outDir) {
    alerts = read(outDir.resolve(ReplayRunner.ALERTS), OutputJson::readAlert);
    breaches = read(outDir.resolve(ReplayRunner.BREACHES), OutputJson::readBreach);
    takeovers = read(outDir.resolve(ReplayRunner.TAKEOVERS), OutputJson::readTakeover);
    breachCounts =
        latestPerKey(read(outDir.resolve(ReplayRunner.BREACH_COUNTS), OutputJson::readBreachCount));
    deadLetters = read(outDir.resolve(ReplayRunner.DEAD_LETTERS), OutputJson::readDeadLetter);
  }

  /** The answer to question {@code number}, one list of values per row. */
  public List<List<String>> answer(int number) {
    return switch (number) {
      case 1 -> worstSellersThisWeek();
      case 2 -> onTimeRateOfWaitsAtRisk();
      case 3 -> takeoversByReasonAndSeverity();
      case 4 -> breachTypesPerMarketAndLocalDay();
      case 5 -> sellersWhoseBreachesDoubled();
      case 6 -> deadLettersBySourceAndReason();
      case 7 -> offPlatformContactsPerMarket();
      case 8 -> howLateLateRepliesAre();
      case 9 -> howAutomatedRepliesWereRecognised();
      case 10 -> sellersAbsentWithoutNotice();
      default -> throw new IllegalArgumentException("no expected answer for question " + number);
    };
  }

  private static LocalDate utcDate(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC).toLocalDate();
  }

  private static LocalDate monday(LocalDate day) {
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  private static String percent(long part, long whole) {
    return BigDecimal.valueOf(100L * part)
        .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP)
        .toPlainString();
  }

  private static List<String> row(Object... values) {
    List<String> row = new ArrayList<>(values.length);
    for (Object value : values) {
      row.add(value == null ? null : value.toString());
    }
    return row;
  }

  private List<List<String>> worstSellersThisWeek() {
    LocalDate lastDay =
        breaches.stream()
            .map(b -> utcDate(b.occurredAt()))
            .max(Comparator.naturalOrder())
            .orElseThrow();
    LocalDate weekStart = monday(lastDay);
    record Seller(String sellerId, String market) {}
    Map<Seller, List<Breach>> bySeller =
        breaches.stream()
            .filter(b -> !utcDate(b.occurredAt()).isBefore(weekStart))
            .collect(Collectors.groupingBy(b -> new Seller(b.sellerId(), b.market())));
    return bySeller.entrySet().stream()
        .sorted(
            Comparator.<Map.Entry<Seller, List<Breach>>>comparingInt(e -> -e.getValue().size())
                .thenComparing(e -> e.getKey().sellerId())
                .thenComparing(e -> e.getKey().market()))
        .limit(10)
        .map(
            e ->
                row(
                    e.getKey().sellerId(),
                    e.getKey().market(),
                    e.getValue().size(),
                    count(e.getValue(), b -> b.type() == BreachType.REPLY_OVERDUE),
                    count(e.getValue(), b -> b.type() == BreachType.AUTOMATED_REPLY)))
        .toList();
  }

  private static <T> long count(Collection<T> items, java.util.function.Predicate<T> which) {
    return items.stream().filter(which).count();
  }

  private List<List<String>> onTimeRateOfWaitsAtRisk() {
    Instant lastAt = alerts.stream().map(Alert::at).max(Comparator.naturalOrder()).orElseThrow();
    record Wait(String market, String threadId, String messageId) {}
    Map<Wait, List<Alert>> waits =
        alerts.stream()
            .collect(Collectors.groupingBy(a -> new Wait(a.market(), a.threadId(), a.messageId())));
    record Week(String market, LocalDate week) {}
    Map<Week, long[]> weeks =
        new TreeMap<>(Comparator.comparing(Week::market).thenComparing(Week::week));
    waits
        .values()
        .forEach(
            wait -> {
              boolean atRisk = wait.stream().anyMatch(a -> a.type() == AlertType.AT_RISK);
              boolean overdue = wait.stream().anyMatch(a -> a.type() == AlertType.OVERDUE);
              Instant dueAt =
                  wait.stream().map(Alert::dueAt).min(Comparator.naturalOrder()).orElseThrow();
              if (atRisk && !dueAt.isAfter(lastAt)) {
                long[] counts =
                    weeks.computeIfAbsent(
                        new Week(wait.get(0).market(), monday(utcDate(dueAt))), w -> new long[2]);
                counts[0]++;
                counts[1] += overdue ? 0 : 1;
              }
            });
    return weeks.entrySet().stream()
        .map(
            e ->
                row(
                    e.getKey().market(),
                    e.getKey().week(),
                    e.getValue()[0],
                    e.getValue()[1],
                    percent(e.getValue()[1], e.getValue()[0])))
        .toList();
  }

  private List<List<String>> takeoversByReasonAndSeverity() {
    record Kind(String reason, String severity) {}
    Map<Kind, List<TakeoverRequest>> byKind =
        takeovers.stream()
            .collect(Collectors.groupingBy(t -> new Kind(t.reason().name(), t.severity().name())));
    return byKind.entrySet().stream()
        .sorted(
            Comparator.<Map.Entry<Kind, List<TakeoverRequest>>>comparingInt(
                    e -> -e.getValue().size())
                .thenComparing(e -> e.getKey().reason()))
        .map(
            e ->
                row(
                    e.getKey().reason(),
                    e.getKey().severity(),
                    e.getValue().size(),
                    distinct(e.getValue(), TakeoverRequest::sellerId)))
        .toList();
  }

  private static <T> int distinct(Collection<T> items, Function<T, String> key) {
    return items.stream().map(key).collect(Collectors.toSet()).size();
  }

  private List<List<String>> breachTypesPerMarketAndLocalDay() {
    LocalDate lastDay =
        breachCounts.stream().map(BreachCount::day).max(Comparator.naturalOrder()).orElseThrow();
    record Day(String market, LocalDate day) {}
    Map<Day, long[]> days =
        new TreeMap<>(Comparator.comparing(Day::market).thenComparing(Day::day));
    for (BreachCount c : breachCounts) {
      if (!c.day().isAfter(lastDay.minusDays(7))) {
        continue;
      }
      long[] sums = days.computeIfAbsent(new Day(c.market(), c.day()), d -> new long[6]);
      int column =
          switch (c.type()) {
            case REPLY_OVERDUE -> 0;
            case AUTOMATED_REPLY -> 1;
            case OFF_PLATFORM_CONTACT -> 2;
            case WRONG_LANGUAGE -> 3;
            case ABSENCE_NOTICE_TOO_SHORT, UNANNOUNCED_ABSENCE -> 4;
          };
      sums[column] += c.count();
      sums[5] += c.count();
    }
    return days.entrySet().stream()
        .map(
            e -> {
              long[] s = e.getValue();
              return row(e.getKey().market(), e.getKey().day(), s[0], s[1], s[2], s[3], s[4], s[5]);
            })
        .toList();
  }

  private List<List<String>> sellersWhoseBreachesDoubled() {
    record Week(String sellerId, String market, LocalDate week) {}
    Map<Week, Long> weekly =
        breaches.stream()
            .collect(
                Collectors.groupingBy(
                    b -> new Week(b.sellerId(), b.market(), monday(utcDate(b.occurredAt()))),
                    Collectors.counting()));
    List<Week> doubled = new ArrayList<>();
    weekly.forEach(
        (week, count) -> {
          Long before =
              weekly.get(new Week(week.sellerId(), week.market(), week.week().minusDays(7)));
          if (before != null && before >= 2 && count >= 2 * before) {
            doubled.add(week);
          }
        });
    doubled.sort(
        Comparator.comparing(Week::week).thenComparing(Week::sellerId).thenComparing(Week::market));
    return doubled.stream()
        .map(
            w ->
                row(
                    w.sellerId(),
                    w.market(),
                    w.week(),
                    weekly.get(new Week(w.sellerId(), w.market(), w.week().minusDays(7))),
                    weekly.get(w)))
        .toList();
  }

  private List<List<String>> deadLettersBySourceAndReason() {
    record Kind(String source, String reason) {}
    Map<Kind, Long> byKind =
        deadLetters.stream()
            .collect(
                Collectors.groupingBy(
                    d -> new Kind(d.source(), d.reason()), Collectors.counting()));
    return byKind.entrySet().stream()
        .sorted(
            Comparator.<Map.Entry<Kind, Long>>comparingLong(e -> -e.getValue())
                .thenComparing(e -> e.getKey().source())
                .thenComparing(e -> e.getKey().reason()))
        .map(e -> row(e.getKey().source(), e.getKey().reason(), e.getValue()))
        .toList();
  }

  private List<List<String>> offPlatformContactsPerMarket() {
    record Kind(String market, String kind) {}
    Map<Kind, long[]> contacts = new HashMap<>();
    Map<Kind, Set<String>> replies = new HashMap<>();
    Map<Kind, Set<String>> sellers = new HashMap<>();
    for (Breach b : breaches) {
      if (b.type() != BreachType.OFF_PLATFORM_CONTACT) {
        continue;
      }
      for (JsonNode contact : parse(b.detailsJson()).path("contacts")) {
        Kind kind = new Kind(b.market(), contact.path("kind").asText());
        contacts.computeIfAbsent(kind, k -> new long[1])[0]++;
        replies.computeIfAbsent(kind, k -> new HashSet<>()).add(b.breachId());
        sellers.computeIfAbsent(kind, k -> new HashSet<>()).add(b.sellerId());
      }
    }
    return contacts.entrySet().stream()
        .sorted(
            Comparator.<Map.Entry<Kind, long[]>, String>comparing(e -> e.getKey().market())
                .thenComparingLong(e -> -e.getValue()[0])
                .thenComparing(e -> e.getKey().kind()))
        .map(
            e ->
                row(
                    e.getKey().market(),
                    e.getKey().kind(),
                    e.getValue()[0],
                    replies.get(e.getKey()).size(),
                    sellers.get(e.getKey()).size()))
        .toList();
  }

  private List<List<String>> howLateLateRepliesAre() {
    Map<String, List<Alert>> byMarket =
        new TreeMap<>(
            alerts.stream()
                .filter(a -> a.type() == AlertType.LATE_REPLY)
                .collect(Collectors.groupingBy(Alert::market)));
    return byMarket.entrySet().stream()
        .map(
            e -> {
              List<Duration> late =
                  e.getValue().stream()
                      .map(a -> Duration.between(a.dueAt(), a.repliedAt()))
                      .toList();
              long minutes = late.stream().mapToLong(Duration::toMinutes).sum();
              String averageHours =
                  BigDecimal.valueOf(minutes)
                      .divide(BigDecimal.valueOf(60L * late.size()), 1, RoundingMode.HALF_UP)
                      .toPlainString();
              long maxHours = late.stream().mapToLong(Duration::toHours).max().orElseThrow();
              return row(e.getKey(), late.size(), averageHours, maxHours);
            })
        .toList();
  }

  private List<List<String>> howAutomatedRepliesWereRecognised() {
    record Kind(String market, String recognisedBy) {}
    Map<Kind, List<Breach>> byKind =
        breaches.stream()
            .filter(b -> b.type() == BreachType.AUTOMATED_REPLY)
            .collect(
                Collectors.groupingBy(
                    b ->
                        new Kind(
                            b.market(), parse(b.detailsJson()).path("recognisedBy").asText(null))));
    return byKind.entrySet().stream()
        .sorted(
            Comparator.<Map.Entry<Kind, List<Breach>>, String>comparing(e -> e.getKey().market())
                .thenComparingInt(e -> -e.getValue().size())
                .thenComparing(
                    e -> e.getKey().recognisedBy(),
                    Comparator.nullsFirst(Comparator.naturalOrder())))
        .map(
            e ->
                row(
                    e.getKey().market(),
                    e.getKey().recognisedBy(),
                    e.getValue().size(),
                    distinct(e.getValue(), Breach::sellerId)))
        .toList();
  }

  private List<List<String>> sellersAbsentWithoutNotice() {
    record Seller(String sellerId, String market) {}
    Map<Seller, List<Breach>> bySeller =
        breaches.stream()
            .filter(
                b ->
                    b.type() == BreachType.UNANNOUNCED_ABSENCE
                        || b.type() == BreachType.ABSENCE_NOTICE_TOO_SHORT)
            .collect(Collectors.groupingBy(b -> new Seller(b.sellerId(), b.market())));
    return bySeller.entrySet().stream()
        .sorted(
            Comparator.<Map.Entry<Seller, List<Breach>>>comparingInt(e -> -e.getValue().size())
                .thenComparing(e -> e.getKey().sellerId())
                .thenComparing(e -> e.getKey().market()))
        .map(
            e ->
                row(
                    e.getKey().sellerId(),
                    e.getKey().market(),
                    count(e.getValue(), b -> b.type() == BreachType.UNANNOUNCED_ABSENCE),
                    count(e.getValue(), b -> b.type() == BreachType.ABSENCE_NOTICE_TOO_SHORT),
                    e.getValue().stream()
                        .map(Breach::occurredAt)
                        .max(Comparator.naturalOrder())
                        .orElseThrow()))
        .toList();
  }

  /** A corrected total follows the one it corrects (contract, BreachCount): keep the latest. */
  private static List<BreachCount> latestPerKey(List<BreachCount> records) {
    record Key(String sellerId, String market, BreachType type, LocalDate day) {}
    Map<Key, BreachCount> latest = new java.util.LinkedHashMap<>();
    for (BreachCount c : records) {
      latest.put(new Key(c.sellerId(), c.market(), c.type(), c.day()), c);
    }
    return List.copyOf(latest.values());
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> List<T> read(Path file, Function<String, T> parse) {
    try (var lines = Files.lines(file)) {
      return lines.filter(l -> !l.isBlank()).map(parse).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
