package com.swopify.slamonitor.bench;

import com.swopify.slamonitor.calendar.MarketCalendars;
import com.swopify.slamonitor.calendar.MarketsConfig;
import com.swopify.slamonitor.codec.DeadLetters;
import com.swopify.slamonitor.codec.InputParser;
import com.swopify.slamonitor.codec.InvalidRecordException;
import com.swopify.slamonitor.events.Alert;
import com.swopify.slamonitor.events.Breach;
import com.swopify.slamonitor.events.BuyerMessage;
import com.swopify.slamonitor.events.CaseEvent;
import com.swopify.slamonitor.events.DeadLetter;
import com.swopify.slamonitor.events.SellerActivity;
import com.swopify.slamonitor.events.SellerReply;
import com.swopify.slamonitor.events.TakeoverRequest;
import com.swopify.slamonitor.events.ThreadEvent;
import com.swopify.slamonitor.flink.RawRecord;
import com.swopify.slamonitor.flink.SlaSettings;
import com.swopify.slamonitor.io.OutputSchemas;
import com.swopify.slamonitor.sla.AutomatedReplyRecognizer;
import com.swopify.slamonitor.sla.CalendarMarketRules;
import com.swopify.slamonitor.sla.ReplySla;
import com.swopify.slamonitor.sla.SlaOutput;
import com.swopify.slamonitor.sla.ThreadState;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.apache.flink.api.common.serialization.SerializationSchema;

/**
 * The bench's stand-in for what the machine can do: the reply rules' per-event work in a plain
 * loop on one thread, without Flink. Parse the JSON, find the thread in a hash map, accept the
 * event, and once the input has ended (as a replay does: no watermark before the end) decide each
 * thread at the instants its timers would fire, serializing every output as the sinks do.
 *
 * <p>It leaves out what only the pipeline has: the seller-absence rules, the daily breach counts,
 * metrics, the shuffles between operators and state serializers.
 */
final class Baseline {
  /**
   * @param threads threads held at the end of the input, before any was decided
   */
  record Result(long records, long elapsedNanos, long threads, OutputCounts outputs) {
    double eventsPerSecond() {
      return records / (elapsedNanos / 1e9);
    }
  }

  private Baseline() {}

  static Result run(Workload workload, MarketsConfig markets) {
    long started = System.nanoTime();
    InputParser parser = new InputParser(markets.codes());
    AutomatedReplyRecognizer automatedReplies = AutomatedReplyRecognizer.flagOnly();
    ReplySla rules = new ReplySla(new CalendarMarketRules(MarketCalendars.of(markets)),
        SlaSettings.DEFAULT_ID_RETENTION.toMillis());
    long asOf = workload.asOf().toEpochMilli();
    Outputs out = new Outputs();
    Map<String, ThreadState> threads = new HashMap<>();

    for (RawRecord raw : workload.records()) {
      ThreadEvent event = parse(parser, automatedReplies, raw, out);
      if (event != null && event.at() <= asOf) {
        rules.accept(threads.computeIfAbsent(event.threadId(), id -> new ThreadState()), event);
      }
    }
    long held = threads.size();
    // The end of the input: every thread is decided at each instant a timer would wake it.
    for (Iterator<ThreadState> it = threads.values().iterator(); it.hasNext(); ) {
      ThreadState state = it.next();
      for (long at = rules.nextWakeUp(state); at <= asOf; at = rules.nextWakeUp(state)) {
        rules.advance(state, at, out);
        if (state.isEmpty()) {
          it.remove();
          break;
        }
      }
    }
    long elapsed = System.nanoTime() - started;
    return new Result(workload.size(), elapsed, held, new OutputCounts(
        out.alerts, out.breaches, out.takeovers, 0, 0, 0, out.deadLetters));
  }

  /** As the pipeline's parse step: a thread event, or null for a dead letter or a notice. */
  private static ThreadEvent parse(InputParser parser, AutomatedReplyRecognizer automatedReplies,
      RawRecord raw, Outputs out) {
    Object parsed;
    try {
      parsed = parser.parse(raw.source(), raw.value());
    } catch (InvalidRecordException e) {
      out.deadLetter(DeadLetters.of(
          raw.source(), e.reason(), raw.value(), raw.topic(), raw.partition(), raw.offset()));
      return null;
    }
    if (parsed instanceof BuyerMessage m) {
      return ThreadEvent.of(m);
    } else if (parsed instanceof SellerReply r) {
      return ThreadEvent.of(r, automatedReplies.recognise(r));
    } else if (parsed instanceof CaseEvent c) {
      return ThreadEvent.of(c);
    }
    // Absence notices feed the seller-level rules, which the baseline does not run.
    return null;
  }

  /** Serializes what the rules decide, as the sinks do, and counts it. */
  private static final class Outputs implements SlaOutput {
    private final SerializationSchema<Alert> alertSchema = OutputSchemas.alerts();
    private final SerializationSchema<Breach> breachSchema = OutputSchemas.breaches();
    private final SerializationSchema<TakeoverRequest> takeoverSchema = OutputSchemas.takeovers();
    private final SerializationSchema<DeadLetter> deadLetterSchema = OutputSchemas.deadLetters();
    long alerts;
    long breaches;
    long takeovers;
    long deadLetters;
    /** Kept so that the serialization cannot be optimized away. */
    long bytes;

    @Override
    public void alert(Alert alert) {
      bytes += alertSchema.serialize(alert).length;
      alerts++;
    }

    @Override
    public void breach(Breach breach) {
      bytes += breachSchema.serialize(breach).length;
      breaches++;
    }

    @Override
    public void takeover(TakeoverRequest takeover) {
      bytes += takeoverSchema.serialize(takeover).length;
      takeovers++;
    }

    @Override
    public void activity(SellerActivity activity) {
      // Input of the seller-absence rules, which only the pipeline runs.
    }

    void deadLetter(DeadLetter deadLetter) {
      bytes += deadLetterSchema.serialize(deadLetter).length;
      deadLetters++;
    }
  }
}
