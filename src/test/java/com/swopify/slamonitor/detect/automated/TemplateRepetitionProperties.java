package com.swopify.slamonitor.detect.automated;

import static org.assertj.core.api.Assertions.assertThat;

import com.swopify.slamonitor.events.Breach;
import com.swopify.slamonitor.events.QuickReply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Template decisions depend on the replies only: in any arrival order, decided at any instants
 * (each arrival after the instant decided before it, as the watermark guarantees), the breaches are
 * those of a brute-force reading of the definition, each exactly once, and no more than two windows
 * of replies are ever kept.
 */
class TemplateRepetitionProperties {
  private static final long MINUTE = 60_000L;
  private static final long WINDOW = 30 * MINUTE;
  private static final int MIN_THREADS = 3;
  private static final TemplateRepetition RULES =
      new TemplateRepetition(MIN_THREADS, Duration.ofMillis(WINDOW));

  @Property(tries = 500)
  void anyArrivalOrderAndDecisionScheduleGivesTheReferenceBreaches(
      @ForAll("replies") List<QuickReply> replies, @ForAll long seed) {
    List<String> expected = reference(replies);

    List<String> atOnce = ids(RULES.decide(replies, Long.MIN_VALUE, Long.MAX_VALUE).breaches());
    assertThat(atOnce).isEqualTo(expected);
    assertThat(incrementally(replies, new Random(seed)))
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  /**
   * Feeds the replies in a random order, deciding at random instants before arrivals. Like the
   * watermark, a decision never passes a reply that has not arrived yet.
   */
  private static List<String> incrementally(List<QuickReply> replies, Random random) {
    List<QuickReply> arrivals = new ArrayList<>(replies);
    Collections.shuffle(arrivals, random);
    List<QuickReply> kept = new ArrayList<>();
    List<String> emitted = new ArrayList<>();
    long decidedThrough = Long.MIN_VALUE;
    for (int i = 0; i < arrivals.size(); i++) {
      long notArrivedYet = Long.MAX_VALUE;
      for (QuickReply waiting : arrivals.subList(i, arrivals.size())) {
        notArrivedYet = Math.min(notArrivedYet, waiting.at());
      }
      long earliest = Math.max(decidedThrough, notArrivedYet - 3 * WINDOW);
      if (random.nextBoolean() && notArrivedYet - 1 > earliest) {
        long now = earliest + 1 + (long) (random.nextDouble() * (notArrivedYet - 2 - earliest));
        TemplateRepetition.Decisions decisions = RULES.decide(kept, decidedThrough, now);
        emitted.addAll(ids(decisions.breaches()));
        assertKeepsAtMostTwoWindows(decisions.kept(), now);
        kept = new ArrayList<>(decisions.kept());
        decidedThrough = now;
      }
      kept.add(arrivals.get(i));
    }
    emitted.addAll(ids(RULES.decide(kept, decidedThrough, Long.MAX_VALUE).breaches()));
    return emitted;
  }

  private static void assertKeepsAtMostTwoWindows(List<QuickReply> kept, long now) {
    assertThat(kept).allSatisfy(reply -> assertThat(reply.at()).isGreaterThan(now - 2 * WINDOW));
  }

  /** The definition, read literally: some span [s, s + window] around the reply, enough threads. */
  private static List<String> reference(List<QuickReply> replies) {
    Map<String, QuickReply> unique = new LinkedHashMap<>();
    replies.forEach(reply -> unique.putIfAbsent(reply.threadId() + "/" + reply.messageId(), reply));
    List<QuickReply> templated = new ArrayList<>();
    for (QuickReply reply : unique.values()) {
      for (long start = reply.at() - WINDOW; start <= reply.at(); start += MINUTE) {
        Set<String> threads = new HashSet<>();
        for (QuickReply other : unique.values()) {
          if (other.fingerprint() == reply.fingerprint()
              && other.at() >= start
              && other.at() <= start + WINDOW) {
            threads.add(other.threadId());
          }
        }
        if (threads.size() >= MIN_THREADS) {
          templated.add(reply);
          break;
        }
      }
    }
    return templated.stream()
        .sorted(
            java.util.Comparator.comparingLong(QuickReply::at)
                .thenComparing(QuickReply::threadId)
                .thenComparing(QuickReply::messageId))
        .map(QuickReply::messageId)
        .toList();
  }

  private static List<String> ids(List<Breach> breaches) {
    return breaches.stream().map(Breach::messageId).toList();
  }

  /**
   * Up to 30 replies of one seller over four hours, on whole minutes (so that the reference can try
   * every minute as a span start), in five threads with two texts. Message ids are unique, as the
   * thread function guarantees within a thread; some replies are delivered twice.
   */
  @Provide
  Arbitrary<List<QuickReply>> replies() {
    Arbitrary<List<QuickReply>> distinct =
        Combinators.combine(
                Arbitraries.integers().between(1, 5),
                Arbitraries.longs().between(0, 240),
                Arbitraries.longs().between(1, 2))
            .as(
                (thread, minute, fingerprint) ->
                    new QuickReply(
                        "s-1",
                        "SK",
                        "t-" + thread,
                        "",
                        1_700_000_000_000L + minute * MINUTE,
                        fingerprint))
            .list()
            .ofMaxSize(30)
            .map(
                replies -> {
                  List<QuickReply> numbered = new ArrayList<>();
                  for (int i = 0; i < replies.size(); i++) {
                    QuickReply r = replies.get(i);
                    numbered.add(
                        new QuickReply(
                            r.sellerId(),
                            r.market(),
                            r.threadId(),
                            "m-" + i,
                            r.at(),
                            r.fingerprint()));
                  }
                  return numbered;
                });
    return Combinators.combine(distinct, Arbitraries.integers().between(0, 29).list().ofMaxSize(5))
        .as(
            (replies, repeated) -> {
              List<QuickReply> delivered = new ArrayList<>(replies);
              for (int index : repeated) {
                if (index < replies.size()) {
                  delivered.add(replies.get(index));
                }
              }
              return delivered;
            });
  }
}
