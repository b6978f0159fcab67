package com.swopify.slamonitor.bench;

import com.swopify.slamonitor.codec.DeadLetters;
import com.swopify.slamonitor.codec.InputParser;
import com.swopify.slamonitor.codec.InvalidRecordException;
import com.swopify.slamonitor.detect.Detectors;
import com.swopify.slamonitor.events.Alert;
import com.swopify.slamonitor.events.Breach;
import com.swopify.slamonitor.events.BuyerMessage;
import com.swopify.slamonitor.events.CaseEvent;
import com.swopify.slamonitor.events.DeadLetter;
import com.swopify.slamonitor.events.FindingReview;
import com.swopify.slamonitor.events.QuickReply;
import com.swopify.slamonitor.events.SellerActivity;
import com.swopify.slamonitor.events.SellerReply;
import com.swopify.slamonitor.events.TakeoverRequest;
import com.swopify.slamonitor.events.ThreadEvent;
import com.swopify.slamonitor.flink.RawRecord;
import com.swopify.slamonitor.flink.SlaSettings;
import com.swopify.slamonitor.io.OutputSchemas;
import com.swopify.slamonitor.market.MarketRulebook;
import com.swopify.slamonitor.market.Markets;
import com.swopify.slamonitor.sla.ReplySla;
import com.swopify.slamonitor.sla.SlaOutput;
import com.swopify.slamonitor.sla.ThreadState;
import java.util.HashMap;
import java.util.Map;
import org.apache.flink.api.common.serialization.SerializationSchema;

/**
 * The bench's stand-in for what the machine can do: the thread rules' per-event work in a plain
 * loop on one thread, without Flink. Parse the JSON and read the texts with the same detectors,
 * find the thread in a hash map, accept the event, and once the input has ended (as a replay does:
 * no watermark before the end) decide each thread through "now" at once, as the thread function's
 * one timer per thread does, serializing every output as the sinks do.
 *
 * <p>It leaves out what only the pipeline has: the seller-absence and template rules, the daily
 * breach counts, metrics, the shuffles between operators and state serializers.
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

  /**
   * @param settings the job's settings for a replay of the workload
   */
  static Result run(Workload workload, SlaSettings settings) {
    long asOf = settings.asOfMillis();
    Markets markets = settings.markets();
    // As SlaJob builds its parse step and thread rules.
    InputParser parser = new InputParser(markets.codes());
    Detectors detectors = settings.textDetectors();
    // Loading the language models is the parse operator's start-up, outside its timing too.
    detectors.open();
    ReplySla rules =
        new ReplySla(
            MarketRulebook.of(markets),
            settings.idRetention().toMillis(),
            settings.detectors().templateMaxDelay().toMillis());
    Outputs out = new Outputs();
    Map<String, ThreadState> threads = new HashMap<>();

    long started = System.nanoTime();
    for (RawRecord raw : workload.records()) {
      ThreadEvent event = parse(parser, detectors, raw, out);
      if (event != null && event.at() <= asOf) {
        rules.accept(threads.computeIfAbsent(event.threadId(), id -> new ThreadState()), event);
      }
    }
    long held = threads.size();
    // The end of the input: every thread is decided through "now" at once.
    for (Map.Entry<String, ThreadState> thread : threads.entrySet()) {
      ThreadState state = thread.getValue();
      if (rules.nextWakeUp(state) <= asOf) {
        rules.advance(state, thread.getKey(), asOf, out);
      }
    }
    long elapsed = System.nanoTime() - started;
    return new Result(
        workload.size(),
        elapsed,
        held,
        new OutputCounts(out.alerts, out.breaches, out.takeovers, 0, 0, 0, 0, out.deadLetters));
  }

  /** As the pipeline's parse step: a thread event, or null for a dead letter or a notice. */
  private static ThreadEvent parse(
      InputParser parser, Detectors detectors, RawRecord raw, Outputs out) {
    Object parsed;
    try {
      parsed = parser.parse(raw.source(), raw.value());
    } catch (InvalidRecordException e) {
      out.deadLetter(
          DeadLetters.of(
              raw.source(), e.reason(), raw.value(), raw.topic(), raw.partition(), raw.offset()));
      return null;
    }
    if (parsed instanceof BuyerMessage m) {
      return detectors.analyse(m);
    } else if (parsed instanceof SellerReply r) {
      return detectors.analyse(r);
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
    private final SerializationSchema<FindingReview> reviewSchema = OutputSchemas.findingReviews();
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
    public void findingReview(FindingReview review) {
      // Serialized as the sink would; rare, and not among the counts compared with the pipeline.
      bytes += reviewSchema.serialize(review).length;
    }

    @Override
    public void activity(SellerActivity activity) {
      // Input of the seller-absence rules, which only the pipeline runs.
    }

    @Override
    public void quickReply(QuickReply reply) {
      // Input of the template rules, which only the pipeline runs.
    }

    void deadLetter(DeadLetter deadLetter) {
      bytes += deadLetterSchema.serialize(deadLetter).length;
      deadLetters++;
    }
  }
}
