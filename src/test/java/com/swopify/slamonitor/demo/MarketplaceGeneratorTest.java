package com.swopify.slamonitor.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.swopify.slamonitor.events.AbsenceStatus;
import com.swopify.slamonitor.events.CaseType;
import com.swopify.slamonitor.events.Topic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default marketplace (30k threads), read back through the contract. */
class MarketplaceGeneratorTest {
  private static final GeneratorSettings SETTINGS = GeneratorSettings.defaults();
  private static final Set<String> MARKETS =
      SETTINGS.markets().stream().map(MarketSpec::code).collect(Collectors.toSet());

  private static final Pattern CONTACT = Pattern.compile("@example\\.|\\+\\d{2,3} \\d");
  private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

  private static GeneratedMarketplace marketplace;

  /** The valid records of each stream, in file order. */
  private static final Map<HelpdeskStream, List<JsonNode>> valid =
      new EnumMap<>(HelpdeskStream.class);

  private static final Map<HelpdeskStream, List<String>> validLines =
      new EnumMap<>(HelpdeskStream.class);
  private static int deadLetters;

  @BeforeAll
  static void generateOnce() {
    marketplace = MarketplaceGenerator.generate(SETTINGS);
    for (HelpdeskStream stream : HelpdeskStream.values()) {
      List<JsonNode> nodes = new ArrayList<>();
      List<String> lines = new ArrayList<>();
      for (String line : marketplace.lines(stream)) {
        if (ContractCheck.deadLetterReason(stream, line, MARKETS).isPresent()) {
          deadLetters++;
        } else {
          nodes.add(ContractCheck.parse(line));
          lines.add(line);
        }
      }
      valid.put(stream, nodes);
      validLines.put(stream, lines);
    }
  }

  private static List<JsonNode> valid(HelpdeskStream stream) {
    return valid.get(stream);
  }

  private static Instant time(HelpdeskStream stream, JsonNode node) {
    return ContractCheck.instant(node, stream.timeField());
  }

  @Test
  void sameSettingsGiveIdenticalOutput() {
    GeneratorSettings small = SETTINGS.withThreads(3_000).withSellers(40);

    GeneratedMarketplace first = MarketplaceGenerator.generate(small);
    GeneratedMarketplace second = MarketplaceGenerator.generate(small);

    for (HelpdeskStream stream : HelpdeskStream.values()) {
      assertThat(second.lines(stream)).isEqualTo(first.lines(stream));
    }
  }

  @Test
  void anotherSeedGivesAnotherMarketplace() {
    GeneratorSettings small = SETTINGS.withThreads(500).withSellers(20);

    assertThat(MarketplaceGenerator.generate(small.withSeed(7)).messages())
        .isNotEqualTo(MarketplaceGenerator.generate(small).messages());
  }

  @Test
  void countsAreInTheExpectedRanges() {
    int threads = SETTINGS.threads();
    long threadIds =
        valid(HelpdeskStream.MESSAGES).stream()
            .map(n -> n.get("threadId").asText())
            .distinct()
            .count();
    long announcing =
        valid(HelpdeskStream.ABSENCES).stream()
            .map(n -> n.get("sellerId").asText())
            .distinct()
            .count();
    long sellersWithThreads =
        valid(HelpdeskStream.MESSAGES).stream()
            .map(n -> n.get("sellerId").asText())
            .distinct()
            .count();

    assertThat(threadIds).isEqualTo(threads);
    assertThat(marketplace.messages().size()).isBetween(threads * 14 / 10, threads * 2);
    assertThat(marketplace.replies().size()).isBetween(threads * 9 / 10, threads * 18 / 10);
    assertThat(marketplace.cases().size()).isBetween(threads * 12 / 1000, threads * 35 / 1000);
    assertThat(announcing).isBetween(SETTINGS.sellers() * 5L / 100, SETTINGS.sellers() * 16L / 100);
    assertThat(sellersWithThreads).isGreaterThan(SETTINGS.sellers() * 9L / 10);
    assertThat(marketplace.totalLines())
        .isEqualTo(
            marketplace.messages().size()
                + marketplace.replies().size()
                + marketplace.cases().size()
                + marketplace.absences().size());
  }

  @Test
  void malformedLinesAreRareAndCounted() {
    double rate = deadLetters / (double) marketplace.totalLines();

    assertThat(deadLetters).isEqualTo(marketplace.malformedLines());
    assertThat(rate).isBetween(0.0002, 0.0010);
  }

  @Test
  void everyKindOfMalformedLineOccurs() {
    Set<String> reasons = new HashSet<>();
    for (HelpdeskStream stream : List.of(HelpdeskStream.MESSAGES, HelpdeskStream.REPLIES)) {
      for (String line : marketplace.lines(stream)) {
        ContractCheck.deadLetterReason(stream, line, MARKETS)
            .ifPresent(reason -> reasons.add(reason.split(" ")[0]));
      }
    }
    assertThat(reasons).containsExactlyInAnyOrder("not", "missing", "unknown", "instant");
  }

  @Test
  void duplicatesAreExactRepeatsAtTheIntendedRate() {
    int repeats = 0;
    for (HelpdeskStream stream : HelpdeskStream.values()) {
      Set<String> seen = new HashSet<>();
      for (String line : marketplace.lines(stream)) {
        if (!seen.add(line)) {
          repeats++;
        }
      }
    }
    double rate = repeats / (double) marketplace.totalLines();

    assertThat(repeats).isEqualTo(marketplace.duplicateLines());
    assertThat(rate).isBetween(0.0015, 0.0050);
  }

  @Test
  void validLinesCarryTheContractsFieldsWithValidValues() {
    Set<String> topics = names(Topic.values());
    Set<String> caseTypes = names(CaseType.values());
    Set<String> statuses = names(AbsenceStatus.values());
    for (HelpdeskStream stream : HelpdeskStream.values()) {
      for (JsonNode node : valid(stream)) {
        for (String field : ContractCheck.ID_FIELDS) {
          if (node.has(field)) {
            assertThat(node.get(field).isTextual()).as(field).isTrue();
            assertThat(node.get(field).asText())
                .as(field)
                .isNotEmpty()
                .hasSizeLessThanOrEqualTo(128);
          }
        }
        if (node.has("topic")) {
          assertThat(node.get("topic").asText()).isIn(topics);
        }
        if (node.has("automated")) {
          assertThat(node.get("automated").isBoolean()).isTrue();
        }
        if (node.has("text")) {
          assertThat(node.get("text").isTextual()).isTrue();
        }
        if (stream == HelpdeskStream.CASES) {
          assertThat(node.get("type").asText()).isIn(caseTypes);
        }
        if (stream == HelpdeskStream.ABSENCES) {
          assertThat(ContractCheck.date(node, "lastDay"))
              .isAfterOrEqualTo(ContractCheck.date(node, "firstDay"));
          if (node.has("status")) {
            assertThat(node.get("status").asText()).isIn(statuses);
          }
        }
      }
    }
  }

  @Test
  void eachValidRecordHasItsOwnIdExceptExactDuplicates() {
    for (HelpdeskStream stream :
        List.of(HelpdeskStream.MESSAGES, HelpdeskStream.REPLIES, HelpdeskStream.CASES)) {
      String idField = ContractCheck.REQUIRED.get(stream).get(0);
      Set<String> ids = new HashSet<>();
      valid(stream).forEach(node -> ids.add(node.get(idField).asText()));

      assertThat(ids).as(stream.name()).hasSameSizeAs(new HashSet<>(validLines.get(stream)));
    }
  }

  @Test
  void eventTimesLieInThePeriod() {
    for (HelpdeskStream stream : HelpdeskStream.values()) {
      for (JsonNode node : valid(stream)) {
        assertThat(time(stream, node)).isBetween(SETTINGS.start(), SETTINGS.end().minusNanos(1));
      }
    }
  }

  @Test
  void instantsComeBothInUtcAndWithAMarketOffset() {
    long utc =
        valid(HelpdeskStream.MESSAGES).stream()
            .filter(n -> n.get("sentAt").asText().endsWith("Z"))
            .count();
    double share = utc / (double) valid(HelpdeskStream.MESSAGES).size();

    assertThat(share).isBetween(0.4, 0.6);
  }

  @Test
  void repliesAndCasesNeverPrecedeTheThreadsFirstMessage() {
    Map<String, Instant> opened = new HashMap<>();
    for (JsonNode m : valid(HelpdeskStream.MESSAGES)) {
      opened.merge(
          m.get("threadId").asText(),
          time(HelpdeskStream.MESSAGES, m),
          (a, b) -> a.isBefore(b) ? a : b);
    }
    for (HelpdeskStream stream : List.of(HelpdeskStream.REPLIES, HelpdeskStream.CASES)) {
      for (JsonNode node : valid(stream)) {
        Instant first = opened.get(node.get("threadId").asText());
        assertThat(first).as("thread of %s", node).isNotNull();
        assertThat(time(stream, node)).isAfter(first);
      }
    }
  }

  @Test
  void linesAreRoughlyButNotExactlyChronological() {
    for (HelpdeskStream stream : List.of(HelpdeskStream.MESSAGES, HelpdeskStream.REPLIES)) {
      Instant latest = SETTINGS.start();
      int outOfOrder = 0;
      for (JsonNode node : valid(stream)) {
        Instant t = time(stream, node);
        assertThat(t).isAfterOrEqualTo(latest.minusMillis(StreamLines.MAX_DISORDER_MILLIS));
        if (t.isBefore(latest)) {
          outOfOrder++;
        }
        latest = t.isAfter(latest) ? t : latest;
      }
      assertThat(outOfOrder).as(stream.name()).isGreaterThan(10);
    }
  }

  @Test
  void topicsAreMostlyOrdinaryWithFewDisputesAndFewerSeriousMatters() {
    Map<String, Integer> threadsByTopic = new TreeMap<>();
    Set<String> counted = new HashSet<>();
    for (JsonNode m : valid(HelpdeskStream.MESSAGES)) {
      if (counted.add(m.get("threadId").asText())) {
        threadsByTopic.merge(m.path("topic").asText("GENERAL"), 1, Integer::sum);
      }
    }
    double threads = counted.size();
    double ordinary = share(threadsByTopic, threads, "GENERAL", "ORDER", "DELIVERY");
    double disputes = share(threadsByTopic, threads, "QUALITY_DISPUTE", "DESCRIPTION_MISMATCH");
    double serious =
        share(threadsByTopic, threads, "LOCKED_DEVICE", "COUNTERFEIT", "DANGEROUS_PRODUCT");

    assertThat(ordinary).isBetween(0.8, 0.9);
    assertThat(disputes).isBetween(0.014, 0.026);
    assertThat(serious).isBetween(0.0025, 0.0080);
  }

  @Test
  void threadsHaveFollowUpsBeforeAndAfterTheFirstReply() {
    Map<String, List<Instant>> messages = timesByThread(HelpdeskStream.MESSAGES);
    Map<String, List<Instant>> humanReplies = new HashMap<>();
    for (JsonNode r : valid(HelpdeskStream.REPLIES)) {
      if (!r.path("automated").asBoolean(false)) {
        humanReplies
            .computeIfAbsent(r.get("threadId").asText(), k -> new ArrayList<>())
            .add(time(HelpdeskStream.REPLIES, r));
      }
    }
    int waitsWithSeveralMessages = 0;
    int secondWaits = 0;
    for (Map.Entry<String, List<Instant>> thread : messages.entrySet()) {
      List<Instant> replies = humanReplies.getOrDefault(thread.getKey(), List.of());
      Instant firstReply = replies.stream().min(Instant::compareTo).orElse(Instant.MAX);
      long before = thread.getValue().stream().filter(t -> t.isBefore(firstReply)).count();
      if (before >= 2) {
        waitsWithSeveralMessages++;
      }
      if (before < thread.getValue().size()) {
        secondWaits++;
      }
    }
    assertThat(waitsWithSeveralMessages).isGreaterThan(SETTINGS.threads() / 20);
    assertThat(secondWaits).isGreaterThan(SETTINGS.threads() / 20);
  }

  @Test
  void buyersWriteMostlyOnWeekdayDaytime() {
    int daytimeWeekday = 0;
    for (JsonNode m : valid(HelpdeskStream.MESSAGES)) {
      var local =
          time(HelpdeskStream.MESSAGES, m).atZone(SETTINGS.market(m.get("market").asText()).zone());
      if (BusinessWeek.isBusinessDay(local.toLocalDate())
          && local.getHour() >= 7
          && local.getHour() < 23) {
        daytimeWeekday++;
      }
    }
    double share = daytimeWeekday / (double) valid(HelpdeskStream.MESSAGES).size();
    assertThat(share).isBetween(0.6, 0.95);
  }

  @Test
  void repliesShowTheFaultsTheMonitorLooksFor() {
    List<JsonNode> replies = valid(HelpdeskStream.REPLIES);
    long flaggedAutomatic =
        replies.stream().filter(r -> r.path("automated").asBoolean(false)).count();
    long unflaggedOutOfOffice =
        replies.stream()
            .filter(r -> !r.path("automated").asBoolean(false))
            .filter(
                r ->
                    r.path("text").asText().contains("automati")
                        || r.path("text").asText().contains("mimo kancel"))
            .count();
    long offPlatform =
        replies.stream().filter(r -> CONTACT.matcher(r.path("text").asText()).find()).count();
    long cyrillicOutsideBulgaria =
        replies.stream()
            .filter(r -> !r.get("market").asText().equals("BG"))
            .filter(r -> CYRILLIC.matcher(r.path("text").asText()).find())
            .count();
    long plainTyped =
        valid(HelpdeskStream.MESSAGES).stream()
            .filter(m -> m.path("text").asText().startsWith("Dakujem"))
            .count();

    assertThat(flaggedAutomatic).isGreaterThan(200);
    assertThat(unflaggedOutOfOffice).isGreaterThan(10);
    assertThat(offPlatform).isGreaterThan(50);
    assertThat(cyrillicOutsideBulgaria).isGreaterThan(5);
    assertThat(plainTyped).isGreaterThan(5);
  }

  @Test
  void someWaitsAreAnsweredLateAndSomeNever() {
    Map<String, List<Instant>> messages = timesByThread(HelpdeskStream.MESSAGES);
    Map<String, String> marketOfThread = new HashMap<>();
    for (JsonNode m : valid(HelpdeskStream.MESSAGES)) {
      marketOfThread.put(m.get("threadId").asText(), m.get("market").asText());
    }
    Map<String, Instant> firstHumanReply = new HashMap<>();
    for (JsonNode r : valid(HelpdeskStream.REPLIES)) {
      if (!r.path("automated").asBoolean(false)) {
        firstHumanReply.merge(
            r.get("threadId").asText(),
            time(HelpdeskStream.REPLIES, r),
            (a, b) -> a.isBefore(b) ? a : b);
      }
    }
    int inTime = 0;
    int late = 0;
    int unanswered = 0;
    for (Map.Entry<String, List<Instant>> thread : messages.entrySet()) {
      Instant opened = thread.getValue().get(0);
      if (opened.isAfter(SETTINGS.end().minus(Duration.ofDays(7)))) {
        continue; // too close to the end to judge
      }
      var zone = SETTINGS.market(marketOfThread.get(thread.getKey())).zone();
      Instant due = BusinessWeek.plus(opened, Duration.ofHours(24), zone);
      Instant reply = firstHumanReply.get(thread.getKey());
      if (reply == null) {
        unanswered++;
      } else if (reply.isAfter(due)) {
        late++;
      } else {
        inTime++;
      }
    }
    double judged = inTime + late + unanswered;
    assertThat(inTime / judged).isBetween(0.6, 0.9);
    assertThat(late / judged).isBetween(0.04, 0.25);
    assertThat(unanswered / judged).isBetween(0.02, 0.2);
  }

  @Test
  void absencesMixTimelyLateEditedAndCancelledNotices() {
    Map<String, List<JsonNode>> versions = new HashMap<>();
    for (JsonNode n : valid(HelpdeskStream.ABSENCES)) {
      versions.computeIfAbsent(n.get("noticeId").asText(), k -> new ArrayList<>()).add(n);
    }
    int timely = 0;
    int tooLate = 0;
    int lengthened = 0;
    int cancelled = 0;
    for (List<JsonNode> notice : versions.values()) {
      JsonNode first = notice.get(0);
      var zone = SETTINGS.market(first.get("market").asText()).zone();
      LocalDate notifiedOn = time(HelpdeskStream.ABSENCES, first).atZone(zone).toLocalDate();
      long days = ChronoUnit.DAYS.between(notifiedOn, ContractCheck.date(first, "firstDay"));
      if (days >= 14) {
        timely++;
      } else {
        tooLate++;
      }
      if (notice.size() > 1) {
        JsonNode second = notice.get(1);
        if (second.path("status").asText("ANNOUNCED").equals("CANCELLED")) {
          cancelled++;
        } else {
          assertThat(ContractCheck.date(second, "lastDay"))
              .isAfter(ContractCheck.date(first, "lastDay"));
          lengthened++;
        }
      }
    }
    assertThat(timely).isPositive();
    assertThat(tooLate).isPositive();
    assertThat(lengthened + cancelled).isPositive();
  }

  @Test
  void editedAndCancelledNoticesOccurAcrossSeeds() {
    int lengthened = 0;
    int cancelled = 0;
    for (long seed = 1; seed <= 5; seed++) {
      GeneratedMarketplace m =
          MarketplaceGenerator.generate(SETTINGS.withSeed(seed).withThreads(100).withSellers(600));
      Map<String, Integer> versions = new HashMap<>();
      for (String line : m.absences()) {
        JsonNode n = ContractCheck.parse(line);
        versions.merge(n.get("noticeId").asText(), 1, Integer::sum);
        if (n.path("status").asText().equals("CANCELLED")) {
          cancelled++;
        }
      }
      lengthened += (int) versions.values().stream().filter(v -> v > 1).count();
    }
    assertThat(cancelled).isPositive();
    assertThat(lengthened).isGreaterThan(cancelled);
  }

  @Test
  void writesTheFourFilesLineByLine(@TempDir Path dir) throws IOException {
    GeneratedMarketplace small = MarketplaceGenerator.generate(SETTINGS.withThreads(200));

    List<WrittenFile> written = small.writeTo(dir);

    assertThat(written)
        .extracting(f -> f.path().getFileName().toString())
        .containsExactly("messages.jsonl", "replies.jsonl", "cases.jsonl", "absences.jsonl");
    for (WrittenFile file : written) {
      assertThat(Files.readAllLines(file.path(), StandardCharsets.UTF_8))
          .isEqualTo(small.lines(file.stream()))
          .hasSize(file.lines());
    }
  }

  private static Map<String, List<Instant>> timesByThread(HelpdeskStream stream) {
    Map<String, List<Instant>> byThread = new HashMap<>();
    for (JsonNode node : valid(stream)) {
      byThread
          .computeIfAbsent(node.get("threadId").asText(), k -> new ArrayList<>())
          .add(time(stream, node));
    }
    byThread.values().forEach(times -> times.sort(Instant::compareTo));
    return byThread;
  }

  private static double share(Map<String, Integer> counts, double total, String... keys) {
    int sum = 0;
    for (String key : keys) {
      sum += counts.getOrDefault(key, 0);
    }
    return sum / total;
  }

  private static Set<String> names(Enum<?>[] values) {
    Set<String> names = new HashSet<>();
    for (Enum<?> value : values) {
      names.add(value.name());
    }
    return names;
  }
}
