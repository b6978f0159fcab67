package com.swopify.slamonitor.demo.live;

import com.swopify.slamonitor.codec.OutputJson;
import com.swopify.slamonitor.events.Alert;
import com.swopify.slamonitor.events.AlertType;
import com.swopify.slamonitor.events.Breach;
import com.swopify.slamonitor.events.BreachCount;
import com.swopify.slamonitor.events.DeadLetter;
import com.swopify.slamonitor.events.TakeoverRequest;
import com.swopify.slamonitor.kafka.Topics;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The monitor's outputs as the live demo prints them: one short line each, with ids, types and
 * times only. Never a message text, nor a breach's or takeover's evidence, nor a dead letter's raw
 * record: they may hold personal data.
 */
public enum LiveOutput {
  ALERTS("alerts") {
    @Override
    String describe(String json) {
      Alert a = OutputJson.readAlert(json);
      String when =
          a.type() == AlertType.LATE_REPLY
              ? "replied " + time(a.repliedAt()) + ", due " + time(a.dueAt())
              : "due " + time(a.dueAt());
      return String.format(
          "alert     %-14s thread %s  seller %s  %s", a.type(), a.threadId(), a.sellerId(), when);
    }
  },
  BREACHES("breaches") {
    @Override
    String describe(String json) {
      Breach b = OutputJson.readBreach(json);
      return String.format(
          "breach    %-20s seller %s%s%s",
          b.type(),
          b.sellerId(),
          b.threadId() == null ? "" : "  thread " + b.threadId(),
          b.messageId() == null ? "" : "  message " + b.messageId());
    }
  },
  TAKEOVERS("takeovers") {
    @Override
    String describe(String json) {
      TakeoverRequest t = OutputJson.readTakeover(json);
      return String.format(
          "takeover  %-20s %s  seller %s%s",
          t.reason(),
          t.severity(),
          t.sellerId(),
          t.threadId() == null ? "" : "  thread " + t.threadId());
    }
  },
  BREACH_COUNTS("breach counts") {
    @Override
    String describe(String json) {
      BreachCount c = OutputJson.readBreachCount(json);
      return String.format(
          "count     %-20s seller %s  %s: %d", c.type(), c.sellerId(), c.day(), c.count());
    }
  },
  DEAD_LETTERS("dead letters") {
    @Override
    String describe(String json) {
      DeadLetter d = OutputJson.readDeadLetter(json);
      return "dead      " + d.source() + ": " + d.reason();
    }
  };

  private static final DateTimeFormatter CLOCK =
      DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

  private final String plural;

  LiveOutput(String plural) {
    this.plural = plural;
  }

  /** What the summary calls records of this output. */
  public String plural() {
    return plural;
  }

  /** The line for a record of this output, seen at {@code seenAt}. */
  public String line(String json, Instant seenAt) {
    return CLOCK.format(seenAt) + "  " + describe(json);
  }

  abstract String describe(String json);

  /** The output written to {@code topic}, or null for an input topic. */
  public static LiveOutput of(String topic, Topics topics) {
    if (topic.equals(topics.alerts())) {
      return ALERTS;
    } else if (topic.equals(topics.breaches())) {
      return BREACHES;
    } else if (topic.equals(topics.takeovers())) {
      return TAKEOVERS;
    } else if (topic.equals(topics.breachCounts())) {
      return BREACH_COUNTS;
    } else if (topic.equals(topics.deadLetters())) {
      return DEAD_LETTERS;
    }
    return null;
  }

  static String time(Instant t) {
    return CLOCK.format(t);
  }
}
