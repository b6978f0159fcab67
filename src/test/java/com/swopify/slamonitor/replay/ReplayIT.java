package com.swopify.slamonitor.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.swopify.slamonitor.codec.OutputJson;
import com.swopify.slamonitor.events.Alert;
import com.swopify.slamonitor.events.AlertType;
import com.swopify.slamonitor.events.Breach;
import com.swopify.slamonitor.events.BreachCount;
import com.swopify.slamonitor.events.BreachType;
import com.swopify.slamonitor.events.DeadLetter;
import com.swopify.slamonitor.events.Source;
import com.swopify.slamonitor.events.TakeoverReason;
import com.swopify.slamonitor.events.TakeoverRequest;
import com.swopify.slamonitor.market.Markets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole job on the embedded Flink (a MiniCluster), from NDJSON files to output files. */
class ReplayIT {
  static final Path EXAMPLES = Path.of("src/test/resources/contract-examples");
  static final Markets MARKETS = Markets.load(EXAMPLES.resolve("markets.yaml"));

  @TempDir Path tmp;

  static ReplayInputs examples() {
    return new ReplayInputs()
        .with(Source.MESSAGES, EXAMPLES.resolve("buyer-messages.jsonl"))
        .with(Source.REPLIES, EXAMPLES.resolve("seller-replies.jsonl"))
        .with(Source.CASES, EXAMPLES.resolve("cases.jsonl"))
        .with(Source.ABSENCES, EXAMPLES.resolve("seller-absences.jsonl"));
  }

  static <T> List<T> read(Path file, Function<String, T> parse) throws IOException {
    return Files.readAllLines(file).stream().filter(l -> !l.isBlank()).map(parse).toList();
  }

  @Test
  void contractExamplesGiveTheContractsAnswers() throws Exception {
    Path out = tmp.resolve("out");
    ReplayResult result = new ReplayRunner(MARKETS, 2).run(examples(), null, out);

    // "Now" defaults to the latest event time: the absence notice's notifiedAt.
    assertThat(result.asOf()).isEqualTo(Instant.parse("2026-12-10T08:00:00Z"));
    assertThat(ReplayRunner.OUTPUT_FILES).allSatisfy(f -> assertThat(out.resolve(f)).exists());

    // t-501 answered in time; t-502 (CZ, Friday 15:40 local) has only an automated reply, so it
    // is due Monday 15:40 local; t-503 (HU, Monday 09:00 local) is never answered.
    List<Alert> alerts = read(out.resolve("alerts.jsonl"), OutputJson::readAlert);
    assertThat(alerts)
        .extracting(Alert::threadId, Alert::type, Alert::at)
        .containsExactlyInAnyOrder(
            tuple("t-502", AlertType.AT_RISK, Instant.parse("2026-11-23T08:40:00Z")),
            tuple("t-502", AlertType.OVERDUE, Instant.parse("2026-11-23T14:40:00Z")),
            tuple("t-503", AlertType.AT_RISK, Instant.parse("2026-11-24T02:00:00Z")),
            tuple("t-503", AlertType.OVERDUE, Instant.parse("2026-11-24T08:00:00Z")));
    assertThat(alerts)
        .filteredOn(a -> a.threadId().equals("t-502"))
        .allSatisfy(
            a -> {
              assertThat(a.messageId()).isEqualTo("m-1002");
              assertThat(a.receivedAt()).isEqualTo(Instant.parse("2026-11-20T14:40:00Z"));
              assertThat(a.dueAt()).isEqualTo(Instant.parse("2026-11-23T14:40:00Z"));
            });

    List<Breach> breaches = read(out.resolve("breaches.jsonl"), OutputJson::readBreach);
    assertThat(breaches)
        .extracting(Breach::type, Breach::threadId, Breach::messageId, Breach::occurredAt)
        .containsExactlyInAnyOrder(
            tuple(
                BreachType.AUTOMATED_REPLY,
                "t-502",
                "r-2002",
                Instant.parse("2026-11-20T15:41:00Z")),
            tuple(
                BreachType.REPLY_OVERDUE, "t-502", "m-1002", Instant.parse("2026-11-23T14:40:00Z")),
            tuple(
                BreachType.REPLY_OVERDUE, "t-503", "m-1003", Instant.parse("2026-11-24T08:00:00Z")),
            // a-301: 9 SK business days (21-23, 28-31 Dec, 4-5 Jan; 24-26 Dec, 1 and 6 Jan closed),
            // notified on 10 December for the 21st: 11 days of notice, 14 needed.
            tuple(
                BreachType.ABSENCE_NOTICE_TOO_SHORT,
                null,
                null,
                Instant.parse("2026-12-10T08:00:00Z")),
            // s-42 never really answered t-502 in CZ (Friday 20 Nov): 23-27 and 30 Nov make six
            // silent business days, the end of the 30th in Prague is 22:59:59.999Z.
            tuple(
                BreachType.UNANNOUNCED_ABSENCE,
                null,
                null,
                Instant.parse("2026-11-30T22:59:59.999Z")),
            // s-77 never answered t-503 in HU (Monday 23 Nov): 24-27, 30 Nov and 1 Dec.
            tuple(
                BreachType.UNANNOUNCED_ABSENCE,
                null,
                null,
                Instant.parse("2026-12-01T22:59:59.999Z")));
    assertThat(breaches)
        .filteredOn(b -> b.type() == BreachType.ABSENCE_NOTICE_TOO_SHORT)
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.sellerId()).isEqualTo("s-42");
              assertThat(b.noticeId()).isEqualTo("a-301");
              assertThat(b.detailsJson())
                  .isEqualTo(
                      "{\"absenceBusinessDays\":9,\"noticeDays\":11,"
                          + "\"requiredNoticeDays\":14,\"firstDay\":\"2026-12-21\",\"lastDay\":\"2027-01-06\"}");
            });
    assertThat(breaches)
        .filteredOn(b -> b.type() == BreachType.UNANNOUNCED_ABSENCE)
        .extracting(Breach::sellerId, Breach::market)
        .containsExactlyInAnyOrder(tuple("s-42", "CZ"), tuple("s-77", "HU"));

    // a-301's SELLER_ABSENT takeover would be at 2026-12-20T23:00Z, after "now".
    List<TakeoverRequest> takeovers =
        read(out.resolve("takeovers.jsonl"), OutputJson::readTakeover);
    assertThat(takeovers)
        .extracting(
            TakeoverRequest::threadId, TakeoverRequest::reason, TakeoverRequest::requestedAt)
        .containsExactlyInAnyOrder(
            tuple("t-502", TakeoverReason.REPLY_OVERDUE, Instant.parse("2026-11-23T14:40:00Z")),
            // The message's topic (08:00) comes before the case (09:30): the earliest cause wins.
            tuple("t-503", TakeoverReason.LOCKED_DEVICE, Instant.parse("2026-11-23T08:00:00Z")),
            tuple("t-503", TakeoverReason.REPLY_OVERDUE, Instant.parse("2026-11-24T08:00:00Z")));

    // The notice breach's day, 10 December, has not ended by "now": no count for it yet.
    assertThat(read(out.resolve("breach-counts.jsonl"), OutputJson::readBreachCount))
        .containsExactlyInAnyOrder(
            new BreachCount(
                "s-42", "CZ", BreachType.AUTOMATED_REPLY, LocalDate.parse("2026-11-20"), 1),
            new BreachCount(
                "s-42", "CZ", BreachType.REPLY_OVERDUE, LocalDate.parse("2026-11-23"), 1),
            new BreachCount(
                "s-77", "HU", BreachType.REPLY_OVERDUE, LocalDate.parse("2026-11-24"), 1),
            new BreachCount(
                "s-42", "CZ", BreachType.UNANNOUNCED_ABSENCE, LocalDate.parse("2026-11-30"), 1),
            new BreachCount(
                "s-77", "HU", BreachType.UNANNOUNCED_ABSENCE, LocalDate.parse("2026-12-01"), 1));
    assertThat(read(out.resolve("dead-letters.jsonl"), OutputJson::readDeadLetter)).isEmpty();
    assertThat(result.waits("opened", "CZ")).isEqualTo(1);
    assertThat(result.waits("in_time", "SK")).isEqualTo(1);
  }

  @Test
  void asOfCutsWhatHasNotHappenedYet() throws Exception {
    Path out = tmp.resolve("out");
    new ReplayRunner(MARKETS, 1).run(examples(), Instant.parse("2026-11-23T12:00:00Z"), out);

    assertThat(read(out.resolve("alerts.jsonl"), OutputJson::readAlert))
        .extracting(Alert::threadId, Alert::type)
        .containsExactly(tuple("t-502", AlertType.AT_RISK));
    // The CZ day of the automated reply (the 20th) is over; the 23rd is not.
    assertThat(read(out.resolve("breach-counts.jsonl"), OutputJson::readBreachCount))
        .extracting(BreachCount::type, BreachCount::day)
        .containsExactly(tuple(BreachType.AUTOMATED_REPLY, LocalDate.parse("2026-11-20")));
  }

  @Test
  void badRecordsBecomeDeadLettersAndTheRestIsUnaffected() throws Exception {
    Path messages = tmp.resolve("messages.jsonl");
    List<String> lines =
        new ArrayList<>(Files.readAllLines(EXAMPLES.resolve("buyer-messages.jsonl")));
    lines.add("not json at all");
    lines.add(
        "{\"messageId\":\"m-x\",\"threadId\":\"t-x\",\"sellerId\":\"s-x\",\"market\":\"XX\","
            + "\"sentAt\":\"2026-11-20T09:15:00Z\"}");
    lines.add(
        "{\"messageId\":\"m-y\",\"threadId\":\"t-y\",\"sellerId\":\"s-y\",\"market\":\"SK\"}");
    Files.write(messages, lines);
    Path out = tmp.resolve("out");
    Path clean = tmp.resolve("clean");
    ReplayInputs dirty = examples().with(Source.MESSAGES, messages);

    new ReplayRunner(MARKETS, 2).run(dirty, Instant.parse("2026-12-10T08:00:00Z"), out);
    new ReplayRunner(MARKETS, 2).run(examples(), Instant.parse("2026-12-10T08:00:00Z"), clean);

    assertThat(read(out.resolve("dead-letters.jsonl"), OutputJson::readDeadLetter))
        .extracting(DeadLetter::source, DeadLetter::reason)
        .containsExactlyInAnyOrder(
            tuple("messages", "not JSON"),
            tuple("messages", "unknown market XX"),
            tuple("messages", "missing field sentAt"));
    for (String file :
        List.of("alerts.jsonl", "breaches.jsonl", "takeovers.jsonl", "breach-counts.jsonl")) {
      assertThat(sortedLines(out.resolve(file)))
          .as(file)
          .isEqualTo(sortedLines(clean.resolve(file)));
    }
  }

  @Test
  void shuffledDuplicatedInputGivesIdenticalOutputAtAnyParallelism() throws Exception {
    Map<String, List<String>> expected = null;
    for (int seed = 1; seed <= 3; seed++) {
      Random random = new Random(seed);
      ReplayInputs shuffled = new ReplayInputs();
      for (var input : examples().files().entrySet()) {
        List<String> lines = new ArrayList<>(Files.readAllLines(input.getValue()));
        lines.addAll(lines.subList(0, 1 + random.nextInt(lines.size())));
        Collections.shuffle(lines, random);
        Path file = tmp.resolve(seed + "-" + input.getKey().wireName() + ".jsonl");
        Files.write(file, lines);
        shuffled.with(input.getKey(), file);
      }
      int parallelism = seed == 2 ? 4 : 1;
      Path out = tmp.resolve("out-" + seed);
      new ReplayRunner(MARKETS, parallelism).run(shuffled, null, out);
      Map<String, List<String>> outputs = new TreeMap<>();
      for (String file : ReplayRunner.OUTPUT_FILES) {
        outputs.put(file, sortedLines(out.resolve(file)));
      }
      if (expected == null) {
        expected = outputs;
        assertThat(expected.get("alerts.jsonl")).hasSize(4);
      } else {
        assertThat(outputs).as("seed %d, parallelism %d", seed, parallelism).isEqualTo(expected);
      }
    }
  }

  @Test
  void absenceScenarioMatchesItsHandComputedExpectations() throws Exception {
    // See src/test/resources/scenarios/absences/README.md for how each line was computed.
    Path dir = Path.of("src/test/resources/scenarios/absences");
    Markets markets = Markets.load(dir.resolve("markets.yaml"));
    ReplayInputs inputs =
        new ReplayInputs()
            .with(Source.MESSAGES, dir.resolve("buyer-messages.jsonl"))
            .with(Source.REPLIES, dir.resolve("seller-replies.jsonl"))
            .with(Source.ABSENCES, dir.resolve("seller-absences.jsonl"));
    Instant asOf = Instant.parse("2027-03-01T00:00:00Z");
    Path out = tmp.resolve("out");
    new ReplayRunner(markets, 2).run(inputs, asOf, out);

    List<Breach> breaches = read(out.resolve("breaches.jsonl"), OutputJson::readBreach);
    assertThat(breaches)
        .filteredOn(b -> b.type() == BreachType.ABSENCE_NOTICE_TOO_SHORT)
        .extracting(Breach::sellerId, Breach::noticeId, Breach::occurredAt, Breach::detailsJson)
        .containsExactlyInAnyOrder(
            tuple(
                "s-2",
                "n-2",
                Instant.parse("2027-01-26T23:30:00Z"),
                "{\"absenceBusinessDays\":6,\"noticeDays\":12,\"requiredNoticeDays\":14,"
                    + "\"firstDay\":\"2027-02-08\",\"lastDay\":\"2027-02-15\"}"),
            tuple(
                "s-5",
                "n-5",
                Instant.parse("2027-02-16T12:00:00Z"),
                "{\"absenceBusinessDays\":10,\"noticeDays\":-1,\"requiredNoticeDays\":14,"
                    + "\"firstDay\":\"2027-02-15\",\"lastDay\":\"2027-02-26\"}"));
    assertThat(breaches)
        .filteredOn(b -> b.type() == BreachType.UNANNOUNCED_ABSENCE)
        .extracting(Breach::sellerId, Breach::occurredAt, Breach::detailsJson)
        .containsExactlyInAnyOrder(
            tuple(
                "s-3",
                Instant.parse("2027-02-09T22:59:59.999Z"),
                "{\"silentSince\":\"2027-02-01T08:00:00Z\",\"businessDays\":6,"
                    + "\"lastDay\":\"2027-02-09\",\"waitingThreads\":1}"),
            tuple(
                "s-4",
                Instant.parse("2027-02-26T22:59:59.999Z"),
                "{\"silentSince\":\"2027-02-11T09:00:00Z\",\"businessDays\":6,"
                    + "\"lastDay\":\"2027-02-26\",\"waitingThreads\":1}"));

    assertThat(read(out.resolve("takeovers.jsonl"), OutputJson::readTakeover))
        .filteredOn(t -> t.reason() == TakeoverReason.SELLER_ABSENT)
        .extracting(
            TakeoverRequest::sellerId,
            TakeoverRequest::threadId,
            TakeoverRequest::requestedAt,
            TakeoverRequest::evidenceJson)
        .containsExactlyInAnyOrder(
            tuple(
                "s-1",
                null,
                Instant.parse("2027-02-07T23:00:00Z"),
                "{\"noticeId\":\"n-1\",\"firstDay\":\"2027-02-08\",\"lastDay\":\"2027-02-16\","
                    + "\"absenceBusinessDays\":7}"),
            tuple(
                "s-5",
                null,
                Instant.parse("2027-02-16T12:00:00Z"),
                "{\"noticeId\":\"n-5\",\"firstDay\":\"2027-02-15\",\"lastDay\":\"2027-02-26\","
                    + "\"absenceBusinessDays\":10}"));

    assertThat(read(out.resolve("breach-counts.jsonl"), OutputJson::readBreachCount))
        .filteredOn(
            c ->
                c.type() == BreachType.ABSENCE_NOTICE_TOO_SHORT
                    || c.type() == BreachType.UNANNOUNCED_ABSENCE)
        .containsExactlyInAnyOrder(
            new BreachCount(
                "s-2", "SK", BreachType.ABSENCE_NOTICE_TOO_SHORT, LocalDate.parse("2027-01-27"), 1),
            new BreachCount(
                "s-5", "SK", BreachType.ABSENCE_NOTICE_TOO_SHORT, LocalDate.parse("2027-02-16"), 1),
            new BreachCount(
                "s-3", "SK", BreachType.UNANNOUNCED_ABSENCE, LocalDate.parse("2027-02-09"), 1),
            new BreachCount(
                "s-4", "SK", BreachType.UNANNOUNCED_ABSENCE, LocalDate.parse("2027-02-26"), 1));
    assertThat(read(out.resolve("dead-letters.jsonl"), OutputJson::readDeadLetter)).isEmpty();

    // Reversed input on one worker gives the same files.
    ReplayInputs reversed = new ReplayInputs();
    for (var input : inputs.files().entrySet()) {
      List<String> lines = new ArrayList<>(Files.readAllLines(input.getValue()));
      Collections.reverse(lines);
      Path file = tmp.resolve("reversed-" + input.getKey().wireName() + ".jsonl");
      Files.write(file, lines);
      reversed.with(input.getKey(), file);
    }
    Path again = tmp.resolve("again");
    new ReplayRunner(markets, 1).run(reversed, asOf, again);
    for (String file : ReplayRunner.OUTPUT_FILES) {
      assertThat(sortedLines(again.resolve(file)))
          .as(file)
          .isEqualTo(sortedLines(out.resolve(file)));
    }
  }

  static List<String> sortedLines(Path file) throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(file));
    Collections.sort(lines);
    return lines;
  }
}
