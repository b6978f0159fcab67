package com.swopify.slamonitor.flink;

import com.swopify.slamonitor.calendar.MarketCalendars;
import com.swopify.slamonitor.events.AbsenceNotice;
import com.swopify.slamonitor.events.Alert;
import com.swopify.slamonitor.events.Breach;
import com.swopify.slamonitor.events.BreachCount;
import com.swopify.slamonitor.events.DeadLetter;
import com.swopify.slamonitor.events.SellerActivity;
import com.swopify.slamonitor.events.TakeoverRequest;
import com.swopify.slamonitor.events.ThreadEvent;
import com.swopify.slamonitor.sla.AutomatedReplyRecognizer;
import com.swopify.slamonitor.sla.CalendarMarketRules;
import com.swopify.slamonitor.sla.ReplySla;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;

/**
 * The monitor's dataflow, apart from where its records come from and go to, so that replay, Kafka
 * mode and tests run the same operators. Every operator has a stable uid: savepoints taken today
 * restore into tomorrow's version.
 */
public final class SlaJob {
  private SlaJob() {}

  /** The job's output streams. */
  public record Outputs(
      DataStream<Alert> alerts,
      DataStream<Breach> breaches,
      DataStream<TakeoverRequest> takeovers,
      DataStream<BreachCount> breachCounts,
      DataStream<DeadLetter> deadLetters,
      DataStream<AbsenceNotice> absenceNotices,
      DataStream<SellerActivity> sellerActivity) {}

  /** The configuration every run uses: above all, no silent fallback to Kryo. */
  public static Configuration baseConfiguration() {
    Configuration conf = new Configuration();
    conf.set(PipelineOptions.GENERIC_TYPES, false);
    return conf;
  }

  public static Outputs defineWorkflow(SlaSettings settings, DataStream<RawRecord> input) {
    SingleOutputStreamOperator<ThreadEvent> parsed = input
        .process(new ParseRecords(
            settings.markets().codes(), AutomatedReplyRecognizer.flagOnly(), settings.asOfMillis()))
        .name("parse records")
        .uid("parse-records");

    DataStream<ThreadEvent> timed = parsed
        .assignTimestampsAndWatermarks(watermarks(settings))
        .name("event time")
        .uid("event-time");

    ReplySla rules = new ReplySla(
        new CalendarMarketRules(MarketCalendars.of(settings.markets())),
        settings.idRetention().toMillis());
    SingleOutputStreamOperator<Alert> alerts = timed
        .keyBy(ThreadEvent::threadId, Types.STRING)
        .process(new ThreadSlaFunction(rules, settings.asOfMillis()))
        .name("reply sla")
        .uid("reply-sla");

    DataStream<Breach> breaches = alerts.getSideOutput(OutputTags.BREACHES);
    DataStream<BreachCount> breachCounts = breaches
        .keyBy(Breach::sellerId, Types.STRING)
        .process(new BreachCountFunction(settings.markets(), settings.asOfMillis()),
            EventTypes.breachCount())
        .name("breach counts")
        .uid("breach-counts");

    DataStream<DeadLetter> deadLetters = parsed.getSideOutput(OutputTags.DEAD_LETTERS)
        .union(alerts.getSideOutput(OutputTags.DEAD_LETTERS));

    return new Outputs(alerts, breaches, alerts.getSideOutput(OutputTags.TAKEOVERS), breachCounts,
        deadLetters, parsed.getSideOutput(OutputTags.ABSENCE_NOTICES),
        alerts.getSideOutput(OutputTags.SELLER_ACTIVITY));
  }

  private static WatermarkStrategy<ThreadEvent> watermarks(SlaSettings settings) {
    WatermarkStrategy<ThreadEvent> strategy = settings.watermarkBound() == null
        ? WatermarkStrategy.noWatermarks()
        : WatermarkStrategy.forBoundedOutOfOrderness(settings.watermarkBound());
    return strategy.withTimestampAssigner((event, previous) -> event.at());
  }
}
