package com.swopify.slamonitor.sla;

import com.swopify.slamonitor.detect.DetectorSettings;
import com.swopify.slamonitor.events.Alert;
import com.swopify.slamonitor.events.AlertType;
import com.swopify.slamonitor.events.Breach;
import com.swopify.slamonitor.events.BreachType;
import com.swopify.slamonitor.events.Details;
import com.swopify.slamonitor.events.Finding;
import com.swopify.slamonitor.events.FindingReview;
import com.swopify.slamonitor.events.Ids;
import com.swopify.slamonitor.events.QuickReply;
import com.swopify.slamonitor.events.SellerActivity;
import com.swopify.slamonitor.events.TakeoverReason;
import com.swopify.slamonitor.events.TakeoverRequest;
import com.swopify.slamonitor.events.ThreadEvent;
import com.swopify.slamonitor.events.WaitOutcome;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The reply-SLA rules of one thread (contract sections 4, 6 and 9), free of Flink.
 *
 * <p>The general form with "no response needed" marks (section 9): the thread's waiting messages
 * run on the clock of the oldest of them ({@link OpenWait}; the others wait in {@link
 * WaitDetails}). A mark on the oldest hands the clock to the next oldest, whose deadlines may lie
 * in the past already: they then fire at the mark's instant, each at most once per wait (the count
 * of fired deadlines carries over). A wait ends when a reply or a mark empties it. Without marks
 * the oldest message never changes, and the rules are those of section 4 exactly.
 *
 * <p>Events are first {@link #accept accepted} into the thread's state and decided only when event
 * time has passed them ({@link #advance}): then all events up to that instant are known, so every
 * decision depends on event times alone, never on arrival order. Deciding walks events and
 * deadlines in time order; an event at the same instant as a deadline comes first, because a reply
 * exactly at a deadline is in time.
 */
public final class ReplySla implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * Marks are de-duplicated by markId, among the message ids seen: the prefix keeps a markId from
   * ever equalling a messageId.
   */
  static final String MARK_ID_PREFIX = "\u0000mark:";

  private final MarketRules rules;
  private final long idRetentionMillis;
  private final long quickReplyMillis;

  /** The rules with the default quick-reply delay (tests, benchmarks). */
  public ReplySla(MarketRules rules, long idRetentionMillis) {
    this(rules, idRetentionMillis, DetectorSettings.defaults().templateMaxDelay().toMillis());
  }

  /**
   * @param idRetentionMillis how long after an event its message id is remembered for
   *     de-duplication; a quiet thread's state disappears this long after its last event
   * @param quickReplyMillis a reply at most this long after the open wait's first message is quick:
   *     a candidate for template recognition ({@link SlaOutput#quickReply})
   */
  public ReplySla(MarketRules rules, long idRetentionMillis, long quickReplyMillis) {
    this.rules = rules;
    this.idRetentionMillis = idRetentionMillis;
    this.quickReplyMillis = quickReplyMillis;
  }

  /** Takes an event in; false if its message id was seen before (a duplicate changes nothing). */
  public boolean accept(ThreadState state, ThreadEvent event) {
    if (event.hasMessageId()) {
      String id = event.kind() == ThreadEvent.Kind.MARK ? MARK_ID_PREFIX + event.id() : event.id();
      if (state.hasSeen(id)) {
        return false;
      }
      state.markSeen(id, event.at());
    }
    state.addPending(event);
    return true;
  }

  /**
   * Decides everything that happens up to and including {@code through}.
   *
   * @param threadId the thread whose state this is (in Flink, the key): the state does not keep it,
   *     so that an open thread's id is held once, by the key
   */
  public void advance(ThreadState state, String threadId, long through, SlaOutput out) {
    while (true) {
      ThreadEvent event = state.firstPending();
      boolean eventDue = event != null && event.at() <= through;
      long deadlineAt = nextDeadline(state);
      if (eventDue && event.at() <= deadlineAt) {
        state.removeFirstPending();
        handle(state, event, out);
      } else if (deadlineAt <= through) {
        fire(state, threadId, out);
      } else {
        break;
      }
    }
    if (through > Long.MIN_VALUE + idRetentionMillis) {
      state.forgetSeenThrough(through - idRetentionMillis);
    }
  }

  /**
   * The next instant at which {@link #advance} has work for this thread: its earliest pending
   * event, its next deadline, or the moment its remembered ids expire; Long.MAX_VALUE if none.
   */
  public long nextWakeUp(ThreadState state) {
    long next = Long.MAX_VALUE;
    ThreadEvent event = state.firstPending();
    if (event != null) {
      next = event.at();
    }
    next = Math.min(next, nextDeadline(state));
    if (next == Long.MAX_VALUE && state.seenCount() > 0) {
      long oldest = Long.MAX_VALUE;
      for (int i = 0; i < state.seenCount(); i++) {
        oldest = Math.min(oldest, state.seenAt(i));
      }
      next = saturatedAdd(oldest, idRetentionMillis);
    }
    return next;
  }

  /**
   * When the open wait's next deadline falls, or Long.MAX_VALUE: none open, all passed, or only the
   * takeover point left while the thread was already taken over for a missed deadline. A deadline
   * that had passed when the clock was handed to its message falls at the handover.
   */
  private long nextDeadline(ThreadState state) {
    OpenWait wait = state.openWait();
    if (wait == null) {
      return Long.MAX_VALUE;
    }
    int next = state.firedDeadlines();
    boolean onlyTakeoverLeft = next == wait.deadlineCount() - 1;
    if (next >= wait.deadlineCount()
        || onlyTakeoverLeft && state.takeoverRequested(TakeoverReason.REPLY_OVERDUE.ordinal())) {
      return Long.MAX_VALUE;
    }
    return fallsAt(wait, next, handedAt(state));
  }

  /**
   * When deadline {@code k} of the wait falls: at the first instant t of the wait (from its
   * message, or from the handover) at which t is at or past the deadline computed with the calendar
   * in force at t (contract section 11). Within one calendar version that is the later of the
   * deadline and the version's start; a version that ends first hands the question to the next.
   */
  private long fallsAt(OpenWait wait, int k, long handedAt) {
    long start = Math.max(wait.receivedAt, handedAt);
    ClockInForce version = rules.clockAt(wait.market, wait.sellerId, start);
    if (version.forever()) {
      return Math.max(wait.deadline(k), handedAt);
    }
    while (true) {
      long falls = Math.max(deadlines(version, wait)[k], Math.max(start, version.since()));
      if (falls < version.until()) {
        return falls;
      }
      version = rules.clockAt(wait.market, wait.sellerId, version.until());
    }
  }

  /** The wait's deadlines under one version of its calendar. */
  private long[] deadlines(ClockInForce version, OpenWait wait) {
    return version.forever()
        ? wait.deadlines()
        : deadlines(version.clock(), rules.policy(wait.market), wait.receivedAt);
  }

  /** When the clock was last handed over in this wait; Long.MIN_VALUE if never. */
  private static long handedAt(ThreadState state) {
    WaitDetails details = state.details();
    return details == null ? WaitDetails.NOT_HANDED : details.handedAt();
  }

  private void handle(ThreadState state, ThreadEvent event, SlaOutput out) {
    switch (event.kind()) {
      case BUYER_MESSAGE -> {
        TakeoverReason reason = TakeoverReason.forTopic(event.topic());
        if (reason != null) {
          requestTakeover(
              state,
              event,
              reason,
              event.at(),
              Details.object().put("messageId", event.id()).put("topic", event.topic()).json(),
              out);
        }
        for (Finding signal : event.findings()) {
          if (signal.forReview()) {
            out.findingReview(FindingReview.of(signal, event));
          } else if (signal.type().takeover() != null) {
            requestTakeover(
                state, event, signal.type().takeover(), event.at(), signal.detailsJson(), out);
          }
        }
        if (state.openWait() == null) {
          state.openWait(openWait(event.id(), event.sellerId(), event.market(), event.at()));
          out.waitOpened(event.market());
          out.activity(
              new SellerActivity(
                  SellerActivity.Kind.WAIT_OPENED,
                  event.sellerId(),
                  event.market(),
                  event.threadId(),
                  event.at()));
        } else {
          state.detailsForUpdate().addWaiting(event.id(), event.at());
        }
        WaitDetails details = state.details();
        if (details != null
            && details.markCount() > 0
            && details.takeMark(event.id()) != Long.MIN_VALUE) {
          // Marked before it came: the mark takes effect as the message arrives, after the
          // instant's messages and in turn with its replies (a reply at this instant still ends
          // the wait), so it is queued as a mark of this instant.
          state.compactDetails();
          state.addPending(
              new ThreadEvent(
                  ThreadEvent.Kind.MARK,
                  event.id(),
                  event.threadId(),
                  event.sellerId(),
                  event.market(),
                  event.at(),
                  null,
                  null,
                  null,
                  List.of(),
                  0,
                  event.id()));
        }
      }
      case SELLER_REPLY -> {
        replyBreaches(event, out);
        out.activity(
            new SellerActivity(
                SellerActivity.Kind.REPLIED,
                event.sellerId(),
                event.market(),
                event.threadId(),
                event.at()));
        OpenWait wait = state.openWait();
        if (wait != null) {
          if (event.fingerprint() != 0 && event.at() - wait.receivedAt <= quickReplyMillis) {
            out.quickReply(
                new QuickReply(
                    event.sellerId(),
                    event.market(),
                    event.threadId(),
                    event.id(),
                    event.at(),
                    event.fingerprint()));
          }
          answer(
              wait,
              event,
              state.firedDeadlines() > wait.atRiskCount(),
              handedAt(state) != WaitDetails.NOT_HANDED,
              out);
          state.closeWait();
        }
      }
      case AUTOMATED_REPLY -> {
        // Its AUTOMATED_REPLY finding is among the findings (ThreadEvent makes sure of it).
        replyBreaches(event, out);
        out.automatedReply(event.market());
      }
      case CASE ->
          requestTakeover(
              state,
              event,
              TakeoverReason.forCase(event.caseType()),
              event.at(),
              Details.object().put("caseId", event.id()).put("caseType", event.caseType()).json(),
              out);
      case MARK -> mark(state, event.threadId(), event.markedMessageId(), event.at(), out);
    }
  }

  /**
   * A mark on {@code messageId} taking effect at {@code at}: a waiting message stops waiting (the
   * oldest hands its clock to the next); a message not decided yet keeps the mark until it comes; a
   * message answered or marked before, or a reply's id, changes nothing.
   */
  private void mark(ThreadState state, String threadId, String messageId, long at, SlaOutput out) {
    OpenWait wait = state.openWait();
    WaitDetails details = state.details();
    if (wait != null && wait.messageId.equals(messageId)) {
      if (details != null && details.waitingCount() > 0) {
        String nextId = details.waitingId(0);
        long nextAt = details.waitingAt(0);
        details.removeWaiting(nextId);
        state.handOver(openWait(nextId, wait.sellerId, wait.market, nextAt));
        details.handedAt(at);
      } else {
        boolean overdue = state.firedDeadlines() > wait.atRiskCount();
        out.waitMarked(wait.market, overdue);
        out.activity(
            new SellerActivity(
                SellerActivity.Kind.WAIT_MARKED, wait.sellerId, wait.market, threadId, at));
        if (!overdue) {
          out.waitDecided(
              new WaitOutcome(WaitOutcome.Kind.MARKED, wait.sellerId, wait.market, at, 0));
        }
        state.closeWait();
      }
    } else if (wait != null && details != null && details.removeWaiting(messageId)) {
      state.compactDetails();
    } else if (!state.hasSeen(messageId) || state.isPendingMessage(messageId)) {
      state.detailsForUpdate().addMark(messageId, at);
    }
  }

  private OpenWait openWait(String messageId, String sellerId, String market, long sentAt) {
    BusinessClock clock = rules.clockAt(market, sellerId, sentAt).clock();
    return new OpenWait(
        messageId, sellerId, market, sentAt, deadlines(clock, rules.policy(market), sentAt));
  }

  /** At-risk thresholds..., dueAt, takeover point of a message sent at {@code sentAt}. */
  private static long[] deadlines(BusinessClock clock, ReplyPolicy policy, long sentAt) {
    int atRisk = policy.atRiskCount();
    long[] deadlines = new long[atRisk + 2];
    for (int i = 0; i < atRisk; i++) {
      long share = Math.round(policy.atRiskFraction(i) * policy.replyWithinMillis());
      deadlines[i] = clock.add(sentAt, share);
    }
    long dueAt = clock.add(sentAt, policy.replyWithinMillis());
    deadlines[atRisk] = dueAt;
    deadlines[atRisk + 1] = clock.add(dueAt, policy.takeoverAfterMillis());
    return deadlines;
  }

  /**
   * @param overdueEmitted whether the wait's OVERDUE alert went out already: before an in-time
   *     reply only when that reply was late (delivered behind the watermark), or when a mark handed
   *     the clock on after the OVERDUE
   * @param handed whether a mark handed the wait's clock on: then a wait that went overdue stays
   *     late, whatever the current oldest message's dueAt
   */
  private void answer(
      OpenWait wait, ThreadEvent reply, boolean overdueEmitted, boolean handed, SlaOutput out) {
    ClockInForce version = rules.clockAt(wait.market, wait.sellerId, reply.at());
    long elapsed = version.clock().between(wait.receivedAt, reply.at());
    long dueAt = dueAt(version, wait);
    boolean inTime =
        version.forever()
            ? reply.at() <= dueAt && !(handed && overdueEmitted)
            // A published change may have moved dueAt after the OVERDUE fell: the wait stays late,
            // unless the reply came before the OVERDUE's instant (it was delivered late).
            : !overdueEmitted
                || !handed
                    && reply.at() <= fallsAt(wait, wait.atRiskCount(), WaitDetails.NOT_HANDED);
    if (!inTime) {
      out.alert(
          alert(
              wait,
              reply.threadId(),
              AlertType.LATE_REPLY,
              reply.at(),
              elapsed,
              reply.at(),
              dueAt,
              version.changeId()));
    }
    // The metrics counted the wait as overdue when its alert went out; they stay consistent with
    // what was emitted, so such a wait ends as answered late there.
    out.waitAnswered(wait.market, inTime && !overdueEmitted, elapsed);
    out.waitDecided(
        new WaitOutcome(
            overdueEmitted ? WaitOutcome.Kind.REPLIED_LATE : WaitOutcome.Kind.REPLIED_IN_TIME,
            wait.sellerId,
            wait.market,
            reply.at(),
            elapsed));
  }

  private void fire(ThreadState state, String threadId, SlaOutput out) {
    OpenWait wait = state.openWait();
    int deadline = state.firedDeadlines();
    state.deadlineFired();
    // A deadline already past when a mark handed the clock to its message, or when a published
    // calendar change brought it forward, fires at the handover or at the change.
    long at = fallsAt(wait, deadline, handedAt(state));
    ClockInForce version = rules.clockAt(wait.market, wait.sellerId, at);
    long elapsed = version.clock().between(wait.receivedAt, at);
    long dueAt = dueAt(version, wait);
    String changeId = version.changeId();
    if (deadline < wait.atRiskCount()) {
      out.alert(alert(wait, threadId, AlertType.AT_RISK, at, elapsed, null, dueAt, changeId));
    } else if (deadline == wait.atRiskCount()) {
      out.alert(alert(wait, threadId, AlertType.OVERDUE, at, elapsed, null, dueAt, changeId));
      out.waitOverdue(wait.market);
      out.waitDecided(new WaitOutcome(WaitOutcome.Kind.OVERDUE, wait.sellerId, wait.market, at, 0));
      out.breach(
          new Breach(
              Ids.of("breach", BreachType.REPLY_OVERDUE, threadId, wait.messageId, at),
              BreachType.REPLY_OVERDUE,
              wait.sellerId,
              wait.market,
              threadId,
              wait.messageId,
              null,
              Instant.ofEpochMilli(at),
              Details.object()
                  .put("receivedAt", Instant.ofEpochMilli(wait.receivedAt))
                  .put("dueAt", Instant.ofEpochMilli(dueAt))
                  .put(
                      "replyWithin",
                      Duration.ofMillis(rules.policy(wait.market).replyWithinMillis()))
                  .json(),
              changeId));
    } else {
      ThreadEvent first =
          new ThreadEvent(
              ThreadEvent.Kind.BUYER_MESSAGE,
              wait.messageId,
              threadId,
              wait.sellerId,
              wait.market,
              wait.receivedAt,
              null,
              null,
              null);
      requestTakeover(
          state,
          first,
          TakeoverReason.REPLY_OVERDUE,
          at,
          Details.object()
              .put("messageId", wait.messageId)
              .put("receivedAt", Instant.ofEpochMilli(wait.receivedAt))
              .put("dueAt", Instant.ofEpochMilli(dueAt))
              .put("businessElapsed", Duration.ofMillis(elapsed))
              .json(),
          out);
    }
  }

  /** dueAt under the calendar in force at a decision. */
  private long dueAt(ClockInForce version, OpenWait wait) {
    return version.forever() ? wait.dueAt() : deadlines(version, wait)[wait.atRiskCount()];
  }

  private static Alert alert(
      OpenWait wait,
      String threadId,
      AlertType type,
      long at,
      long elapsed,
      Long repliedAt,
      long dueAt,
      String calendarChangeId) {
    return new Alert(
        Ids.of("alert", threadId, wait.messageId, type, at),
        type,
        threadId,
        wait.sellerId,
        wait.market,
        wait.messageId,
        Instant.ofEpochMilli(wait.receivedAt),
        Instant.ofEpochMilli(dueAt),
        Instant.ofEpochMilli(at),
        elapsed,
        repliedAt == null ? null : Instant.ofEpochMilli(repliedAt),
        null,
        calendarChangeId);
  }

  /**
   * The breaches a reply's text is (off-platform contact, wrong language, and for an automated
   * reply its AUTOMATED_REPLY breach), and the reviews of its findings too uncertain to act on.
   * Contact and language breaches leave the reply answering (contract section 4).
   */
  private static void replyBreaches(ThreadEvent reply, SlaOutput out) {
    for (Finding finding : reply.findings()) {
      if (finding.forReview()) {
        out.findingReview(FindingReview.of(finding, reply));
      } else if (finding.type().breach() != null) {
        out.breach(replyBreach(reply, finding.type().breach(), finding.detailsJson()));
      }
    }
  }

  private static Breach replyBreach(ThreadEvent reply, BreachType type, String detailsJson) {
    return new Breach(
        Ids.of("breach", type, reply.threadId(), reply.id(), reply.at()),
        type,
        reply.sellerId(),
        reply.market(),
        reply.threadId(),
        reply.id(),
        null,
        Instant.ofEpochMilli(reply.at()),
        detailsJson,
        null);
  }

  /** One request per (thread, reason): the first in event time wins, so requestedAt is earliest. */
  private static void requestTakeover(
      ThreadState state,
      ThreadEvent cause,
      TakeoverReason reason,
      long requestedAt,
      String evidenceJson,
      SlaOutput out) {
    if (state.takeoverRequested(reason.ordinal())) {
      return;
    }
    state.markTakeoverRequested(reason.ordinal());
    out.takeover(
        new TakeoverRequest(
            Ids.of("takeover", cause.threadId(), reason),
            cause.threadId(),
            cause.sellerId(),
            cause.market(),
            reason,
            reason.severity(),
            Instant.ofEpochMilli(requestedAt),
            evidenceJson));
  }

  private static long saturatedAdd(long a, long b) {
    long sum = a + b;
    return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
  }
}
