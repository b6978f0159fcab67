package com.swopify.slamonitor.flink;

import com.swopify.slamonitor.calendar.CalendarChange;
import com.swopify.slamonitor.codec.DeadLetters;
import com.swopify.slamonitor.codec.InputParser;
import com.swopify.slamonitor.codec.InvalidRecordException;
import com.swopify.slamonitor.codec.Utf8;
import com.swopify.slamonitor.detect.Detectors;
import com.swopify.slamonitor.events.AbsenceNotice;
import com.swopify.slamonitor.events.BuyerMessage;
import com.swopify.slamonitor.events.CaseEvent;
import com.swopify.slamonitor.events.MessageMark;
import com.swopify.slamonitor.events.SellerReply;
import com.swopify.slamonitor.events.ThreadEvent;
import com.swopify.slamonitor.metrics.InputMetrics;
import com.swopify.slamonitor.metrics.MetricsServer;
import com.swopify.slamonitor.metrics.MonitorMetrics;
import java.util.Set;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Turns raw input records into thread events; a record that cannot be used goes to the dead letters
 * with its reason and nothing else is affected. Texts are read here, by the policy detectors, and
 * go no further: events carry only the detectors' masked findings. Absence notices leave on their
 * own side output, keyed by seller downstream. Events after "now" ({@code asOf}) are ignored.
 *
 * <p>Counts its dead letters into the JVM's metrics; being the first operator of the job, it also
 * starts this JVM's /metrics server when given a port.
 */
public final class ParseRecords extends ProcessFunction<RawRecord, ThreadEvent> {
  private static final long serialVersionUID = 1L;

  private final Set<String> markets;
  private final Detectors detectors;
  private final long asOfMillis;
  private final int metricsPort;
  private transient InputParser parser;
  private transient InputMetrics metrics;
  private transient MetricsServer.Lease metricsServer;

  /**
   * @param metricsPort where this JVM serves /metrics (started once per JVM); 0: not here
   */
  public ParseRecords(Set<String> markets, Detectors detectors, long asOfMillis, int metricsPort) {
    this.markets = Set.copyOf(markets);
    this.detectors = detectors;
    this.asOfMillis = asOfMillis;
    this.metricsPort = metricsPort;
  }

  @Override
  public void open(OpenContext openContext) {
    parser = new InputParser(markets);
    // Language models load here, once per JVM, so that the first record does not wait for them.
    detectors.open();
    metrics = new InputMetrics();
    MonitorMetrics.registerAtZero(markets);
    MonitorMetrics.languageChecks(markets, detectors.marketsWithoutLanguageCheck());
    metricsServer = MetricsServer.acquireOrWarn(metricsPort);
  }

  @Override
  public void close() {
    if (metricsServer != null) {
      metricsServer.close();
    }
  }

  @Override
  public void processElement(RawRecord raw, Context ctx, Collector<ThreadEvent> out) {
    Object event;
    try {
      if (!raw.utf8()) {
        throw new InvalidRecordException(Utf8.NOT_UTF8);
      }
      event = parser.parse(raw.source(), raw.value());
    } catch (InvalidRecordException e) {
      metrics.deadLetter(raw.source());
      ctx.output(
          OutputTags.DEAD_LETTERS,
          DeadLetters.of(
              raw.source(), e.reason(), raw.value(), raw.topic(), raw.partition(), raw.offset()));
      return;
    }
    if (event instanceof BuyerMessage m) {
      emitUpToNow(detectors.analyse(m), out);
    } else if (event instanceof SellerReply r) {
      emitUpToNow(detectors.analyse(r), out);
    } else if (event instanceof CaseEvent c) {
      emitUpToNow(ThreadEvent.of(c), out);
    } else if (event instanceof MessageMark k) {
      emitUpToNow(ThreadEvent.of(k), out);
    } else if (event instanceof AbsenceNotice a && a.notifiedAt().toEpochMilli() <= asOfMillis) {
      ctx.output(OutputTags.ABSENCE_NOTICES, a);
    } else if (event instanceof CalendarChange c && c.publishedAt().toEpochMilli() <= asOfMillis) {
      ctx.output(OutputTags.CALENDAR_CHANGES, c);
    }
  }

  private void emitUpToNow(ThreadEvent event, Collector<ThreadEvent> out) {
    if (event.at() <= asOfMillis) {
      out.collect(event);
    }
  }
}
