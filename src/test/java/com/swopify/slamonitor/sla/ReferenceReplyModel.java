package com.swopify.slamonitor.sla;

import com.swopify.slamonitor.events.ThreadEvent;
import com.swopify.slamonitor.events.ThreadEvent.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Contract section 9 read literally, slowly: for one thread, the waiting set W(t) is computed from
 * its definition over all events at every instant that matters (event instants and the current
 * oldest message's deadlines), and the rules applied to it. Nothing is incremental, so it shares no
 * shortcut with {@link ReplySla}. Covers the reply rules (alerts, REPLY_OVERDUE breach and
 * takeover, wait outcomes); cases and topics are not modelled.
 *
 * <p>Calendar changes (contract section 11): at every instant the model asks for the calendar in
 * force then, and the instants at which a change is published matter too, so a deadline falls at
 * the first instant at or past the deadline computed with the calendar of that instant.
 */
final class ReferenceReplyModel {
  private final MarketRules rules;

  /** Every wait decided and every reply that ended one, in the model's runs so far. */
  final List<Outcome> outcomes = new ArrayList<>();

  /** A decided wait or a reply, as the scorecards count it. */
  record Outcome(String sellerId, String market, String kind, long at, long businessMillis) {}

  ReferenceReplyModel(MarketRules rules) {
    this.rules = rules;
  }

  /** What the rules decide for all threads of {@code events} through {@code through}, as lines. */
  List<String> decide(List<ThreadEvent> events, long through) {
    Map<String, List<ThreadEvent>> byThread = new LinkedHashMap<>();
    Map<String, Boolean> seen = new LinkedHashMap<>();
    for (ThreadEvent event : events) {
      String key =
          (event.kind() == Kind.MARK ? "mark:" : "msg:") + event.threadId() + ":" + event.id();
      if (event.at() > through || seen.put(key, true) != null) {
        continue;
      }
      byThread.computeIfAbsent(event.threadId(), id -> new ArrayList<>()).add(event);
    }
    List<String> lines = new ArrayList<>();
    byThread.forEach((threadId, threadEvents) -> lines.addAll(thread(threadEvents, through)));
    lines.sort(null);
    return lines;
  }

  private List<ThreadEvent> messages;
  private List<ThreadEvent> replies;
  private List<ThreadEvent> marks;

  private List<String> thread(List<ThreadEvent> events, long through) {
    messages = events.stream().filter(e -> e.kind() == Kind.BUYER_MESSAGE).toList();
    replies = events.stream().filter(e -> e.kind() == Kind.SELLER_REPLY).toList();
    marks = events.stream().filter(e -> e.kind() == Kind.MARK).toList();
    TreeSet<Long> eventInstants = new TreeSet<>();
    events.forEach(e -> eventInstants.add(e.at()));
    List<String> out = new ArrayList<>();
    if (messages.isEmpty()) {
      return out;
    }
    String market = messages.get(0).market();
    String seller = messages.get(0).sellerId();
    ReplyPolicy policy = rules.policy(market);
    int deadlineCount = policy.atRiskCount() + 2;
    boolean inWait = false;
    int fired = 0;
    boolean takenOver = false;
    long now = eventInstants.first();
    while (now <= through) {
      final long t = now;
      ClockInForce calendar = rules.clockAt(market, seller, t);
      BusinessClock clock = calendar.clock();
      String change = calendar.changeId();
      // Messages of this instant join; replies and marks of this instant not yet applied.
      List<ThreadEvent> before = waiting(t, false);
      if (!inWait && !before.isEmpty()) {
        inWait = true;
        fired = 0;
      }
      List<ThreadEvent> after = waiting(t, true);
      if (inWait && after.isEmpty()) {
        boolean overdue = fired > policy.atRiskCount();
        boolean replied = replies.stream().anyMatch(r -> r.at() == t);
        if (replied) {
          ThreadEvent m0 = before.get(0);
          long elapsed = clock.between(m0.at(), t);
          if (overdue) {
            out.add(
                alert(
                        "LATE_REPLY",
                        m0,
                        deadlines(clock, policy, m0)[policy.atRiskCount()],
                        t,
                        elapsed,
                        t)
                    + changed(change));
          }
          outcome(out, m0, overdue ? "REPLIED_LATE" : "REPLIED_IN_TIME", t, elapsed);
        } else if (!overdue) {
          outcome(out, before.get(0), "MARKED", t, 0);
        }
        inWait = false;
      } else if (inWait
          && !before.isEmpty()
          && !after.isEmpty()
          && replies.stream().anyMatch(r -> r.at() == t)) {
        throw new IllegalStateException("a reply leaves messages waiting");
      }
      long next = Long.MAX_VALUE;
      if (inWait) {
        ThreadEvent m0 = after.get(0);
        long[] deadlines = deadlines(clock, policy, m0);
        while (fired < deadlineCount) {
          boolean takeover = fired == deadlineCount - 1;
          if (takeover && takenOver) {
            break;
          }
          if (deadlines[fired] > t) {
            next = deadlines[fired];
            break;
          }
          long dueAt = deadlines[policy.atRiskCount()];
          long elapsed = clock.between(m0.at(), t);
          if (fired < policy.atRiskCount()) {
            out.add(alert("AT_RISK", m0, dueAt, t, elapsed, null) + changed(change));
          } else if (!takeover) {
            out.add(alert("OVERDUE", m0, dueAt, t, elapsed, null) + changed(change));
            out.add(
                "breach REPLY_OVERDUE " + m0.id() + " at " + t + " due " + dueAt + changed(change));
            outcome(out, m0, "OVERDUE", t, 0);
          } else {
            out.add("takeover REPLY_OVERDUE " + m0.id() + " at " + t + " due " + dueAt);
            takenOver = true;
          }
          fired++;
        }
      }
      Long nextEvent = eventInstants.higher(t);
      if (nextEvent != null) {
        next = Math.min(next, nextEvent);
      }
      if (inWait) {
        // The calendar may change before the next deadline: look again when it does.
        next = Math.min(next, calendar.until());
      }
      if (next == Long.MAX_VALUE) {
        break;
      }
      now = next;
    }
    return out;
  }

  private void outcome(List<String> out, ThreadEvent m, String kind, long t, long millis) {
    out.add("outcome " + kind + " " + t + " " + millis);
    outcomes.add(new Outcome(m.sellerId(), m.market(), kind, t, millis));
  }

  /**
   * W(t) by its definition, oldest first (sentAt, then messageId); {@code withRepliesAndMarks}
   * false: before this instant's replies and marks apply.
   */
  private List<ThreadEvent> waiting(long t, boolean withRepliesAndMarks) {
    List<ThreadEvent> waiting = new ArrayList<>();
    for (ThreadEvent m : messages) {
      if (m.at() > t) {
        continue;
      }
      boolean answered =
          replies.stream()
              .anyMatch(r -> r.at() >= m.at() && (withRepliesAndMarks ? r.at() <= t : r.at() < t));
      boolean marked =
          marks.stream()
              .anyMatch(
                  k ->
                      k.markedMessageId().equals(m.id())
                          && (withRepliesAndMarks
                              ? Math.max(k.at(), m.at()) <= t
                              : Math.max(k.at(), m.at()) < t));
      if (!answered && !marked) {
        waiting.add(m);
      }
    }
    waiting.sort(Comparator.comparingLong(ThreadEvent::at).thenComparing(ThreadEvent::id));
    return waiting;
  }

  private static long[] deadlines(BusinessClock clock, ReplyPolicy policy, ThreadEvent m0) {
    int atRisk = policy.atRiskCount();
    long[] deadlines = new long[atRisk + 2];
    for (int i = 0; i < atRisk; i++) {
      deadlines[i] =
          clock.add(m0.at(), Math.round(policy.atRiskFraction(i) * policy.replyWithinMillis()));
    }
    deadlines[atRisk] = clock.add(m0.at(), policy.replyWithinMillis());
    deadlines[atRisk + 1] = clock.add(deadlines[atRisk], policy.takeoverAfterMillis());
    return deadlines;
  }

  /** A decision taken with a changed calendar names the change; otherwise nothing is added. */
  static String changed(String changeId) {
    return changeId == null ? "" : " change " + changeId;
  }

  static String alert(
      String type, ThreadEvent m0, long dueAt, long at, long elapsed, Long repliedAt) {
    return "alert "
        + type
        + " "
        + m0.id()
        + " received "
        + m0.at()
        + " due "
        + dueAt
        + " at "
        + at
        + " elapsed "
        + elapsed
        + " replied "
        + repliedAt;
  }
}
