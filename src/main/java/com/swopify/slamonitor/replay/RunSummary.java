package com.swopify.slamonitor.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.swopify.slamonitor.codec.OutputJson;
import com.swopify.slamonitor.events.Alert;
import com.swopify.slamonitor.events.Breach;
import com.swopify.slamonitor.events.TakeoverReason;
import com.swopify.slamonitor.events.TakeoverRequest;
import com.swopify.slamonitor.scorecard.Grade;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * What a person wants to see after a run, at a glance: per market the messages, the on-time rate,
 * the alerts, the absence breaches (notices too short, unannounced absences) and the takeovers by
 * reason; the sellers with most breaches; the grades of the sellers' latest scorecards per market,
 * and the sellers whose grade fell.
 *
 * <p>The on-time rate is the share of decided waits answered in time. A wait is decided once it was
 * answered, or once its deadline passed unanswered (an OVERDUE alert without a LATE_REPLY).
 */
public final class RunSummary {
  /** How many sellers whose grade fell the report names; the rest it counts. */
  static final int FALLS_SHOWN = 10;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, MarketLine> markets = new TreeMap<>();

  /** Each seller and market's latest scorecard, and its latest fall, by "seller (market)". */
  private final Map<String, GradeLine> latestGrades = new HashMap<>();

  private final Map<String, GradeLine> latestFalls = new HashMap<>();
  private final Map<String, Long> breachesBySeller = new HashMap<>();
  private long deadLetters;

  /** Reads a finished run's output folder; {@code messagesByMarket} counts the valid inputs. */
  public static RunSummary of(
      Path outDir, ReplayResult result, Map<String, Long> messagesByMarket) {
    RunSummary summary = new RunSummary();
    messagesByMarket.forEach((market, count) -> summary.market(market).messages = count);
    for (String market : new TreeSet<>(summary.markets.keySet())) {
      MarketLine line = summary.market(market);
      line.waits = result.waits("opened", market);
      line.inTime = result.waits("in_time", market);
      line.late = result.waits("late", market);
    }
    forEachLine(outDir.resolve(ReplayRunner.ALERTS), OutputJson::readAlert, summary::count);
    forEachLine(outDir.resolve(ReplayRunner.TAKEOVERS), OutputJson::readTakeover, summary::count);
    forEachLine(outDir.resolve(ReplayRunner.BREACHES), OutputJson::readBreach, summary::count);
    forEachLine(
        outDir.resolve(ReplayRunner.DEAD_LETTERS), line -> line, l -> summary.deadLetters++);
    forEachLine(outDir.resolve(ReplayRunner.SELLER_SCORES), GradeLine::read, summary::count);
    return summary;
  }

  private void count(Alert alert) {
    MarketLine line = market(alert.market());
    switch (alert.type()) {
      case AT_RISK -> line.atRisk++;
      case OVERDUE -> line.overdue++;
      case LATE_REPLY -> line.lateReplies++;
    }
  }

  private void count(TakeoverRequest takeover) {
    market(takeover.market()).takeovers.merge(takeover.reason(), 1L, Long::sum);
  }

  private void count(Breach breach) {
    MarketLine line = market(breach.market());
    switch (breach.type()) {
      case ABSENCE_NOTICE_TOO_SHORT -> line.shortNotices++;
      case UNANNOUNCED_ABSENCE -> line.unannounced++;
      default -> {}
    }
    breachesBySeller.merge(breach.sellerId() + " (" + breach.market() + ")", 1L, Long::sum);
  }

  private void count(GradeLine score) {
    String key = score.sellerId() + " (" + score.market() + ")";
    latestGrades.merge(key, score, GradeLine::later);
    if (score.fell()) {
      latestFalls.merge(key, score, GradeLine::later);
    }
  }

  private MarketLine market(String code) {
    return markets.computeIfAbsent(code, c -> new MarketLine());
  }

  /** The report, as lines of plain text. */
  public String format() {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            "%-6s %9s %9s %8s %8s %8s %8s %7s %11s  %s%n",
            "market",
            "messages",
            "waits",
            "on-time",
            "at-risk",
            "overdue",
            "late",
            "notice",
            "unannounced",
            "takeovers by reason"));
    for (Map.Entry<String, MarketLine> entry : markets.entrySet()) {
      MarketLine m = entry.getValue();
      out.append(
          String.format(
              "%-6s %9d %9d %8s %8d %8d %8d %7d %11d  %s%n",
              entry.getKey(),
              m.messages,
              m.waits,
              m.onTimeRate(),
              m.atRisk,
              m.overdue,
              m.lateReplies,
              m.shortNotices,
              m.unannounced,
              m.takeoverText()));
    }
    out.append(String.format("%nSellers with most breaches:%n"));
    breachesBySeller.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(10)
        .forEach(e -> out.append(String.format("  %-24s %6d%n", e.getKey(), e.getValue())));
    formatGrades(out);
    out.append(String.format("%nDead letters: %d%n", deadLetters));
    return out.toString();
  }

  /** Sellers per grade of their latest scorecard, per market; then the sellers whose grade fell. */
  private void formatGrades(StringBuilder out) {
    Map<String, long[]> byMarket = new TreeMap<>();
    latestGrades
        .values()
        .forEach(
            score ->
                byMarket
                    .computeIfAbsent(score.market(), m -> new long[Grade.values().length])[
                    score.grade().ordinal()]++);
    out.append(String.format("%nSellers by grade (latest scorecard, 30-day on-time rate):%n"));
    out.append(String.format("%-6s", "market"));
    for (Grade grade : Grade.values()) {
      out.append(String.format(" %8s", grade));
    }
    out.append(String.format("%n"));
    byMarket.forEach(
        (market, counts) -> {
          out.append(String.format("%-6s", market));
          for (long count : counts) {
            out.append(String.format(" %8d", count));
          }
          out.append(String.format("%n"));
        });

    List<Map.Entry<String, GradeLine>> falls = new ArrayList<>(latestFalls.entrySet());
    falls.sort(
        Comparator.comparing((Map.Entry<String, GradeLine> e) -> e.getValue().day())
            .reversed()
            .thenComparing(Map.Entry::getKey));
    out.append(
        String.format(
            "%nSellers whose grade fell: %d%s%n",
            falls.size(), falls.isEmpty() ? "" : " (latest fall each, newest first)"));
    falls.stream()
        .limit(FALLS_SHOWN)
        .forEach(
            e ->
                out.append(
                    String.format(
                        "  %-24s %s  %s -> %s%n",
                        e.getKey(),
                        e.getValue().day(),
                        e.getValue().previousGrade(),
                        e.getValue().grade())));
    if (falls.size() > FALLS_SHOWN) {
      out.append(
          String.format("  ... and %d more (seller-scores.jsonl)%n", falls.size() - FALLS_SHOWN));
    }
  }

  private static <T> void forEachLine(Path file, Function<String, T> parse, Consumer<T> use) {
    try (Stream<String> lines = Files.lines(file)) {
      lines.filter(l -> !l.isBlank()).map(parse).forEach(use);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the summary reads of a seller-scores line. */
  private record GradeLine(
      String sellerId, String market, String day, Grade grade, Grade previousGrade) {
    static GradeLine read(String json) {
      try {
        JsonNode node = JSON.readTree(json);
        JsonNode previous = node.path("previousGrade");
        return new GradeLine(
            node.path("sellerId").asText(),
            node.path("market").asText(),
            node.path("day").asText(),
            Grade.valueOf(node.path("grade").asText()),
            previous.isTextual() ? Grade.valueOf(previous.asText()) : null);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** A graded seller's grade went down: GOOD to AT_RISK or POOR, AT_RISK to POOR. */
    boolean fell() {
      return previousGrade != null
          && previousGrade != Grade.NO_DATA
          && grade != Grade.NO_DATA
          && grade.ordinal() > previousGrade.ordinal();
    }

    /** Of two lines of one seller and market, the one of the later day (ISO dates sort). */
    static GradeLine later(GradeLine a, GradeLine b) {
      return a.day.compareTo(b.day) >= 0 ? a : b;
    }
  }

  private static final class MarketLine {
    long messages;
    long waits;
    long inTime;
    long late;
    long atRisk;
    long overdue;
    long lateReplies;

    /** ABSENCE_NOTICE_TOO_SHORT breaches. */
    long shortNotices;

    /** UNANNOUNCED_ABSENCE breaches. */
    long unannounced;

    final Map<TakeoverReason, Long> takeovers = new EnumMap<>(TakeoverReason.class);

    String onTimeRate() {
      long unansweredOverdue = Math.max(0, overdue - lateReplies);
      long decided = inTime + late + unansweredOverdue;
      return decided == 0 ? "-" : String.format("%.1f%%", 100.0 * inTime / decided);
    }

    String takeoverText() {
      if (takeovers.isEmpty()) {
        return "-";
      }
      StringBuilder text = new StringBuilder();
      takeovers.forEach(
          (reason, count) ->
              text.append(text.length() == 0 ? "" : ", ").append(reason).append(' ').append(count));
      return text.toString();
    }
  }
}
