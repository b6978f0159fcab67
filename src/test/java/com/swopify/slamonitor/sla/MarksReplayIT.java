package com.swopify.slamonitor.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.swopify.slamonitor.codec.OutputJson;
import com.swopify.slamonitor.events.Breach;
import com.swopify.slamonitor.events.Source;
import com.swopify.slamonitor.events.ThreadEvent;
import com.swopify.slamonitor.events.ThreadEvent.Kind;
import com.swopify.slamonitor.events.WaitOutcome;
import com.swopify.slamonitor.market.MarketRulebook;
import com.swopify.slamonitor.replay.ReplayInputs;
import com.swopify.slamonitor.replay.ReplayRunner;
import com.swopify.slamonitor.scorecard.ReferenceScorecards;
import com.swopify.slamonitor.scorecard.ReferenceScorecards.Item;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code replay --marks} end to end (contract sections 9, 10 and 12): generated threads with marks
 * at every awkward instant, lines shuffled and partly duplicated, give the reply decisions of
 * {@link ReferenceReplyModel}, and the seller scorecards computed from them by the contract's
 * definitions, day by day.
 */
class MarksReplayIT {
  private static final MarketRulebook RULES = MarketRulebook.of(ThreadScenario.MARKETS);

  /** The detectors' default template window: the delay after midnight of the daily records. */
  private static final Duration CLOSE_DELAY =
      com.swopify.slamonitor.detect.DetectorSettings.defaults().templateWindow();

  @TempDir Path tmp;

  @Test
  void repliesMarksAndScorecardsFollowTheContractInAnyOrder() throws Exception {
    for (int seed = 1; seed <= 3; seed++) {
      Random random = new Random(seed);
      List<ThreadEvent> events = new ArrayList<>();
      for (ThreadEvent event : MarkScenario.threads(random, 12, MarkRulesProperties.DEADLINES)) {
        // Two sellers, so that scorecards are kept apart.
        String seller = event.threadId().hashCode() % 2 == 0 ? "s-1" : "s-2";
        events.add(
            new ThreadEvent(
                event.kind(),
                event.id(),
                event.threadId(),
                seller,
                event.market(),
                event.at(),
                event.topic(),
                event.caseType(),
                event.automatedBy(),
                event.findings(),
                event.fingerprint(),
                event.markedMessageId()));
      }
      Collections.shuffle(events, random);
      ReplayInputs inputs = write(events, tmp.resolve("in-" + seed));
      Instant asOf = Instant.ofEpochMilli(ThreadScenario.end()).plus(Duration.ofDays(100));
      Path out = tmp.resolve("out-" + seed);

      new ReplayRunner(ThreadScenario.MARKETS, seed == 2 ? 3 : 1).run(inputs, asOf, out);

      ReferenceReplyModel model = new ReferenceReplyModel(RULES);
      List<String> expected = model.decide(events, asOf.toEpochMilli());
      expected.removeIf(line -> line.startsWith("outcome "));
      MarkRulesProperties.ModelLines actual = new MarkRulesProperties.ModelLines();
      Files.readAllLines(out.resolve(ReplayRunner.ALERTS))
          .forEach(line -> actual.alert(OutputJson.readAlert(line)));
      List<Breach> breaches =
          Files.readAllLines(out.resolve(ReplayRunner.BREACHES)).stream()
              .map(OutputJson::readBreach)
              .toList();
      breaches.forEach(actual::breach);
      Files.readAllLines(out.resolve(ReplayRunner.TAKEOVERS))
          .forEach(line -> actual.takeover(OutputJson.readTakeover(line)));
      actual.lines.sort(null);
      assertThat(actual.lines).as("seed %d", seed).isEqualTo(expected);
      assertThat(expected).anyMatch(line -> line.contains("OVERDUE"));

      List<String> scores =
          new ArrayList<>(Files.readAllLines(out.resolve(ReplayRunner.SELLER_SCORES)));
      scores.sort(null);
      List<String> expectedScores = scorecards(model.outcomes, breaches, asOf);
      assertThat(expectedScores).isNotEmpty();
      assertThat(scores).as("seed %d", seed).isEqualTo(expectedScores);
    }
  }

  /** Section 10 by its definitions ({@link ReferenceScorecards}), as the file's lines. */
  private static List<String> scorecards(
      List<ReferenceReplyModel.Outcome> outcomes, List<Breach> breaches, Instant asOf) {
    List<Item> items = new ArrayList<>();
    for (ReferenceReplyModel.Outcome o : outcomes) {
      LocalDate day = LocalDate.ofInstant(Instant.ofEpochMilli(o.at()), zone(o.market()));
      items.add(
          Item.outcome(
              o.sellerId(),
              o.market(),
              day,
              WaitOutcome.Kind.valueOf(o.kind()),
              o.businessMillis()));
    }
    for (Breach b : breaches) {
      items.add(
          Item.breach(
              b.sellerId(),
              b.market(),
              LocalDate.ofInstant(b.occurredAt(), zone(b.market())),
              b.type()));
    }
    List<String> lines = new ArrayList<>();
    ReferenceScorecards.of(
            items,
            ThreadScenario.MARKETS,
            (market, d) ->
                !d.plusDays(1)
                    .atStartOfDay(zone(market))
                    .toInstant()
                    .minusMillis(1)
                    .plus(CLOSE_DELAY)
                    .isAfter(asOf))
        .forEach(score -> lines.add(OutputJson.sellerScore(score)));
    lines.sort(null);
    return lines;
  }

  private static java.time.ZoneId zone(String market) {
    return ThreadScenario.MARKETS.market(market).zone();
  }

  /** The events as the Helpdesk's NDJSON files, in the shuffled order. */
  private static ReplayInputs write(List<ThreadEvent> events, Path dir) throws Exception {
    Files.createDirectories(dir);
    List<String> messages = new ArrayList<>();
    List<String> replies = new ArrayList<>();
    List<String> marks = new ArrayList<>();
    for (ThreadEvent e : events) {
      String common =
          "\"threadId\":\""
              + e.threadId()
              + "\",\"sellerId\":\""
              + e.sellerId()
              + "\",\"market\":\""
              + e.market()
              + "\"";
      String at = Instant.ofEpochMilli(e.at()).toString();
      switch (e.kind()) {
        case BUYER_MESSAGE ->
            messages.add(
                "{\"messageId\":\"" + e.id() + "\"," + common + ",\"sentAt\":\"" + at + "\"}");
        case SELLER_REPLY, AUTOMATED_REPLY ->
            replies.add(
                "{\"messageId\":\""
                    + e.id()
                    + "\","
                    + common
                    + ",\"sentAt\":\""
                    + at
                    + "\",\"automated\":"
                    + (e.kind() == Kind.AUTOMATED_REPLY)
                    + "}");
        case MARK ->
            marks.add(
                "{\"markId\":\""
                    + e.id()
                    + "\",\"messageId\":\""
                    + e.markedMessageId()
                    + "\","
                    + common
                    + ",\"markedAt\":\""
                    + at
                    + "\",\"markedBy\":\"SELLER\"}");
        case CASE -> throw new IllegalStateException("no cases in these scenarios");
      }
    }
    Files.write(dir.resolve("messages.jsonl"), messages);
    Files.write(dir.resolve("replies.jsonl"), replies);
    Files.write(dir.resolve("marks.jsonl"), marks);
    return new ReplayInputs()
        .with(Source.MESSAGES, dir.resolve("messages.jsonl"))
        .with(Source.REPLIES, dir.resolve("replies.jsonl"))
        .with(Source.MARKS, dir.resolve("marks.jsonl"));
  }
}
