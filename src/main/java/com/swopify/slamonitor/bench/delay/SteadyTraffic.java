package com.swopify.slamonitor.bench.delay;

import com.swopify.slamonitor.events.Source;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The alert-delay bench's Helpdesk, as a schedule: what to send in each tick of a steady rate.
 *
 * <p>Background threads carry the load: a buyer message, answered by the seller {@link
 * #REPLY_AFTER_TICKS} ticks later, long before any alert is due, so they are decided but raise
 * nothing. Probe threads carry the measurement: a buyer message nobody answers, whose at-risk and
 * overdue alerts are what the bench times. Records are stamped with the time they are sent, as the
 * Helpdesk stamps its records, so event time is the wall clock.
 */
final class SteadyTraffic {
  /** Ten milliseconds a tick: a hundred sends a second smooth enough for the broker. */
  static final long TICK_MILLIS = 10;

  static final int TICKS_PER_SECOND = (int) (1000 / TICK_MILLIS);

  /** Half a second between a background message and its answer. */
  static final int REPLY_AFTER_TICKS = 50;

  static final String MARKET = "XB";
  static final String PROBE_PREFIX = "probe-";

  /** The thread whose alert tells that the job reads, decides and writes. */
  static final String READY_THREAD = "ready";

  private static final int SELLERS = 1000;

  /** Short texts in the market's language (English), so the detectors see ordinary traffic. */
  private static final String[] QUESTIONS = {
    "Hello, when will my order arrive? I need it by Friday.",
    "Is this product still in stock? I would like to order two pieces.",
    "The parcel has not arrived yet, could you check the tracking please?",
    "Can I return the item if the size does not fit?"
  };

  private static final String[] ANSWERS = {
    "Hello, your order was shipped today, the tracking number is in your order details.",
    "Yes, the product is in stock and we ship within one business day.",
    "We are sorry for the delay, the carrier confirms delivery tomorrow.",
    "Of course, you can return it within 30 days, the return form is in your order."
  };

  private final int threadsPerTick;
  private final int probeEveryTicks;

  /**
   * @param eventsPerSecond the background rate: messages and replies together
   * @param probesPerSecond unanswered probe threads opened per second while probing
   */
  SteadyTraffic(int eventsPerSecond, int probesPerSecond) {
    if (eventsPerSecond < 2 * TICKS_PER_SECOND) {
      throw new IllegalArgumentException(
          "--events-per-second must be at least "
              + 2 * TICKS_PER_SECOND
              + ", was "
              + eventsPerSecond);
    }
    if (probesPerSecond < 1 || probesPerSecond > TICKS_PER_SECOND) {
      throw new IllegalArgumentException(
          "probes per second must be between 1 and "
              + TICKS_PER_SECOND
              + ", was "
              + probesPerSecond);
    }
    this.threadsPerTick = eventsPerSecond / (2 * TICKS_PER_SECOND);
    this.probeEveryTicks = TICKS_PER_SECOND / probesPerSecond;
  }

  /** What tick {@code tick} sends; probes only when {@code probing}. */
  List<Send> tick(long tick, boolean probing, Instant now) {
    String sentAt = now.toString();
    List<Send> sends = new ArrayList<>(2 * threadsPerTick + 1);
    long firstThread = tick * threadsPerTick;
    for (int i = 0; i < threadsPerTick; i++) {
      sends.add(message("bg-" + (firstThread + i), sentAt));
    }
    long answered = (tick - REPLY_AFTER_TICKS) * threadsPerTick;
    if (answered >= 0) {
      for (int i = 0; i < threadsPerTick; i++) {
        sends.add(reply("bg-" + (answered + i), sentAt));
      }
    }
    if (probing && tick % probeEveryTicks == 0) {
      sends.add(message(PROBE_PREFIX + tick, sentAt));
    }
    return sends;
  }

  /**
   * A buyer message already overdue when sent: its OVERDUE alert shows that the job is open
   * (language models loaded, partitions assigned) before the load starts.
   */
  static Send readiness(Instant now, Duration replyWithin) {
    return new Send(
        Source.MESSAGES,
        READY_THREAD,
        record(
            READY_THREAD,
            READY_THREAD + "-m",
            now.minus(replyWithin).minusSeconds(1).toString(),
            QUESTIONS[0]));
  }

  /** Background events per tick: one message and, once answers are due, one reply a thread. */
  int eventsPerTick() {
    return 2 * threadsPerTick;
  }

  static boolean isProbe(String threadId) {
    return threadId.startsWith(PROBE_PREFIX);
  }

  private static Send message(String threadId, String sentAt) {
    return new Send(
        Source.MESSAGES,
        threadId,
        record(
            threadId,
            threadId + "-m",
            sentAt,
            QUESTIONS[Math.floorMod(threadId.hashCode(), QUESTIONS.length)]));
  }

  private static Send reply(String threadId, String sentAt) {
    return new Send(
        Source.REPLIES,
        threadId,
        record(
            threadId,
            threadId + "-r",
            sentAt,
            ANSWERS[Math.floorMod(threadId.hashCode(), ANSWERS.length)]));
  }

  /** The contract's message and reply records share these fields; ids need no escaping. */
  private static String record(String threadId, String messageId, String sentAt, String text) {
    String seller = "seller-" + Math.floorMod(threadId.hashCode(), SELLERS);
    return "{\"messageId\":\""
        + messageId
        + "\",\"threadId\":\""
        + threadId
        + "\",\"sellerId\":\""
        + seller
        + "\",\"market\":\""
        + MARKET
        + "\",\"sentAt\":\""
        + sentAt
        + "\",\"text\":\""
        + text
        + "\"}";
  }

  /** One record for an input topic, keyed by its thread. */
  record Send(Source source, String key, String value) {}
}
