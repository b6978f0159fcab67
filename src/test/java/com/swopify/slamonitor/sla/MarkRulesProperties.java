package com.swopify.slamonitor.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.swopify.slamonitor.events.Alert;
import com.swopify.slamonitor.events.Breach;
import com.swopify.slamonitor.events.BreachType;
import com.swopify.slamonitor.events.TakeoverReason;
import com.swopify.slamonitor.events.TakeoverRequest;
import com.swopify.slamonitor.events.ThreadEvent;
import com.swopify.slamonitor.events.WaitOutcome;
import com.swopify.slamonitor.market.MarketRulebook;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The reply rules with marks against {@link ReferenceReplyModel}, the contract's section 9 read
 * literally: on random threads with marks at every awkward instant, in any arrival order, woken up
 * step by step or once at the end, they decide the same. Without marks they also agree, which with
 * {@link NoMarksGoldenTest} ties the model to the rules of section 4.
 */
class MarkRulesProperties {
  private static final MarketRulebook RULES = MarketRulebook.of(ThreadScenario.MARKETS);

  /** The deadlines the scenarios aim marks at, from the scenario markets' rules. */
  static final MarkScenario.ReplyPolicyClock DEADLINES =
      new MarkScenario.ReplyPolicyClock() {
        @Override
        public long dueAt(String market, long sentAt) {
          return RULES.clock(market).add(sentAt, RULES.policy(market).replyWithinMillis());
        }

        @Override
        public long atRisk(String market, long sentAt) {
          ReplyPolicy policy = RULES.policy(market);
          return RULES
              .clock(market)
              .add(sentAt, Math.round(policy.atRiskFraction(0) * policy.replyWithinMillis()));
        }
      };

  @Property(tries = 300)
  void marksFollowTheContractInAnyArrivalOrder(@ForAll long seed, @ForAll boolean stepwise) {
    Random random = new Random(seed);
    List<ThreadEvent> events = MarkScenario.threads(random, 3, DEADLINES);
    Collections.shuffle(events, random);
    long through = ThreadScenario.end();

    assertThat(decided(events, through, stepwise))
        .containsExactlyElementsOf(new ReferenceReplyModel(RULES).decide(events, through));
  }

  @Property(tries = 200)
  void withoutMarksTheModelAndTheRulesAgree(@ForAll long seed) {
    Random random = new Random(seed);
    List<ThreadEvent> events = new ArrayList<>(MarkScenario.threads(random, 3, DEADLINES));
    events.removeIf(e -> e.kind() == ThreadEvent.Kind.MARK);
    long through = ThreadScenario.end();

    assertThat(decided(events, through, true))
        .containsExactlyElementsOf(new ReferenceReplyModel(RULES).decide(events, through));
  }

  @Property(tries = 100)
  void anAsOfCutsEverythingLaterOff(@ForAll long seed) {
    Random random = new Random(seed);
    List<ThreadEvent> events = MarkScenario.threads(random, 2, DEADLINES);
    long through =
        ThreadScenario.START + random.nextInt(ThreadScenario.STEPS + 96) * ThreadScenario.STEP;
    List<ThreadEvent> upToNow = new ArrayList<>(events);
    upToNow.removeIf(e -> e.at() > through);

    assertThat(decided(upToNow, through, false))
        .containsExactlyElementsOf(new ReferenceReplyModel(RULES).decide(events, through));
  }

  /** The rules' decisions in the model's terms. */
  static List<String> decided(List<ThreadEvent> events, long through, boolean stepwise) {
    ReplySla sla = ThreadScenario.rules();
    Map<String, ThreadState> states = new LinkedHashMap<>();
    for (ThreadEvent event : events) {
      sla.accept(states.computeIfAbsent(event.threadId(), id -> new ThreadState()), event);
    }
    ModelLines out = new ModelLines();
    states.forEach(
        (threadId, state) -> {
          if (stepwise) {
            for (long next = sla.nextWakeUp(state); next <= through; next = sla.nextWakeUp(state)) {
              sla.advance(state, threadId, next, out);
            }
          }
          sla.advance(state, threadId, through, out);
        });
    out.lines.sort(null);
    return out.lines;
  }

  /** What {@link ReferenceReplyModel} models, written as it writes it. */
  static final class ModelLines implements SlaOutput {
    private static final Pattern DUE_AT = Pattern.compile("\"dueAt\":\"([^\"]+)\"");
    private static final Pattern MESSAGE_ID = Pattern.compile("\"messageId\":\"([^\"]+)\"");
    final List<String> lines = new ArrayList<>();

    @Override
    public void alert(Alert a) {
      lines.add(
          ReferenceReplyModel.alert(
                  a.type().name(),
                  message(a),
                  a.dueAt().toEpochMilli(),
                  a.at().toEpochMilli(),
                  a.businessElapsedMillis(),
                  a.repliedAt() == null ? null : a.repliedAt().toEpochMilli())
              + ReferenceReplyModel.changed(a.calendarChangeId()));
    }

    private static ThreadEvent message(Alert a) {
      return new ThreadEvent(
          ThreadEvent.Kind.BUYER_MESSAGE,
          a.messageId(),
          a.threadId(),
          a.sellerId(),
          a.market(),
          a.receivedAt().toEpochMilli(),
          null,
          null,
          null);
    }

    @Override
    public void breach(Breach b) {
      if (b.type() == BreachType.REPLY_OVERDUE) {
        lines.add(
            "breach REPLY_OVERDUE "
                + b.messageId()
                + " at "
                + b.occurredAt().toEpochMilli()
                + " due "
                + instant(DUE_AT, b.detailsJson())
                + ReferenceReplyModel.changed(b.calendarChangeId()));
      }
    }

    @Override
    public void takeover(TakeoverRequest t) {
      if (t.reason() == TakeoverReason.REPLY_OVERDUE) {
        Matcher id = MESSAGE_ID.matcher(t.evidenceJson());
        id.find();
        lines.add(
            "takeover REPLY_OVERDUE "
                + id.group(1)
                + " at "
                + t.requestedAt().toEpochMilli()
                + " due "
                + instant(DUE_AT, t.evidenceJson()));
      }
    }

    @Override
    public void findingReview(com.swopify.slamonitor.events.FindingReview review) {
      // Not in the model: no scenario here has findings for review.
    }

    @Override
    public void activity(com.swopify.slamonitor.events.SellerActivity activity) {}

    @Override
    public void waitDecided(WaitOutcome outcome) {
      lines.add("outcome " + outcome.kind() + " " + outcome.at() + " " + outcome.businessMillis());
    }

    private static long instant(Pattern pattern, String json) {
      Matcher matcher = pattern.matcher(json);
      if (!matcher.find()) {
        throw new AssertionError("no dueAt in " + json);
      }
      return Instant.parse(matcher.group(1)).toEpochMilli();
    }
  }
}
