package com.swopify.slamonitor.sla;

import com.swopify.slamonitor.events.ThreadEvent;
import com.swopify.slamonitor.events.ThreadEvent.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random threads with "no response needed" marks at every awkward instant (contract section 9):
 * before the message, at its arrival, exactly at its dueAt, after its OVERDUE, at the instant of a
 * reply, on an answered message, on an unknown id, on another thread's message, and duplicated.
 * Duplicates are exact copies, so that arrival order cannot choose between versions.
 */
final class MarkScenario {
  private MarkScenario() {}

  static List<ThreadEvent> threads(Random random, int threads, ReplyPolicyClock clock) {
    List<ThreadEvent> events = new ArrayList<>();
    List<ThreadEvent> messages = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      String market = random.nextBoolean() ? "SK" : "CZ";
      String threadId = "t-" + t;
      int count = 1 + random.nextInt(12);
      for (int i = 0; i < count; i++) {
        long at = ThreadScenario.START + random.nextInt(ThreadScenario.STEPS) * ThreadScenario.STEP;
        int draw = random.nextInt(20);
        String id = threadId + "-e" + i;
        Kind kind =
            draw < 11 ? Kind.BUYER_MESSAGE : draw < 18 ? Kind.SELLER_REPLY : Kind.AUTOMATED_REPLY;
        ThreadEvent event =
            new ThreadEvent(
                kind,
                id,
                threadId,
                "s-1",
                market,
                at,
                kind == Kind.BUYER_MESSAGE ? com.swopify.slamonitor.events.Topic.GENERAL : null,
                null,
                kind == Kind.AUTOMATED_REPLY ? "flag" : null);
        events.add(event);
        if (kind == Kind.BUYER_MESSAGE) {
          messages.add(event);
        } else if (random.nextInt(4) == 0) {
          // A message at the reply's instant: answered by it.
          ThreadEvent same =
              new ThreadEvent(
                  Kind.BUYER_MESSAGE,
                  id + "-same",
                  threadId,
                  "s-1",
                  market,
                  at,
                  com.swopify.slamonitor.events.Topic.GENERAL,
                  null,
                  null);
          events.add(same);
          messages.add(same);
        }
      }
    }
    int markCount = messages.size() * 2 / 3;
    for (int k = 0; k < markCount; k++) {
      ThreadEvent target = messages.get(random.nextInt(messages.size()));
      String threadId = target.threadId();
      String messageId = target.id();
      long due = clock.dueAt(target.market(), target.at());
      long at =
          switch (random.nextInt(9)) {
            case 0 -> target.at() - random.nextInt(8) * ThreadScenario.STEP;
            case 1 -> target.at();
            case 2 -> due;
            case 3 -> due + (1 + random.nextInt(6)) * ThreadScenario.STEP;
            case 4 -> clock.atRisk(target.market(), target.at());
            default -> target.at() + random.nextInt(48) * ThreadScenario.STEP;
          };
      int oddity = random.nextInt(10);
      if (oddity == 0) {
        messageId = "unknown-" + k;
      } else if (oddity == 1) {
        // Another thread's message: marks go by the mark's thread.
        threadId = messages.get(random.nextInt(messages.size())).threadId();
      }
      ThreadEvent mark =
          new ThreadEvent(
              Kind.MARK,
              "k-" + k,
              threadId,
              "s-1",
              target.market(),
              at,
              null,
              null,
              null,
              List.of(),
              0,
              messageId);
      events.add(mark);
      if (random.nextInt(8) == 0) {
        events.add(mark);
      }
    }
    return events;
  }

  /** The deadlines a generator aims marks at. */
  interface ReplyPolicyClock {
    long dueAt(String market, long sentAt);

    long atRisk(String market, long sentAt);
  }
}
