package com.swopify.slamonitor.flink;

import com.swopify.slamonitor.absence.SellerAbsences;
import com.swopify.slamonitor.calendar.CalendarChange;
import com.swopify.slamonitor.detect.automated.TemplateRepetition;
import com.swopify.slamonitor.events.AbsenceNotice;
import com.swopify.slamonitor.events.Alert;
import com.swopify.slamonitor.events.Breach;
import com.swopify.slamonitor.events.BreachCount;
import com.swopify.slamonitor.events.DeadLetter;
import com.swopify.slamonitor.events.FindingReview;
import com.swopify.slamonitor.events.QuickReply;
import com.swopify.slamonitor.events.SellerActivity;
import com.swopify.slamonitor.events.TakeoverRequest;
import com.swopify.slamonitor.events.ThreadEvent;
import com.swopify.slamonitor.events.WaitOutcome;
import com.swopify.slamonitor.market.MarketRulebook;
import com.swopify.slamonitor.scorecard.SellerScore;
import com.swopify.slamonitor.sla.ReplySla;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;

/**
 * The monitor's dataflow, apart from where its records come from and go to, so that replay, Kafka
 * mode and tests run the same operators. Every operator has a stable uid: savepoints taken today
 * restore into tomorrow's version.
 *
 * <p>Event time comes from the sources: records carry their timestamps and watermarks from there
 * (files: no watermark until the end of the input; Kafka: one watermark per partition, which
 * follows the wall clock once the partition is quiet, so rare absence notices never hold back the
 * seller-absence operator). There is no event-time step of its own in the dataflow.
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
      DataStream<SellerActivity> sellerActivity,
      DataStream<FindingReview> findingReviews,
      DataStream<SellerScore> sellerScores) {}

  /**
   * The configuration every run uses: above all, no silent fallback to Kryo. Object reuse spares a
   * copy of every record between chained operators; it is safe because every record between
   * operators is immutable (docs/design.md, "Object reuse"; ObjectReuseSafetyTest checks it).
   */
  public static Configuration baseConfiguration() {
    Configuration conf = new Configuration();
    conf.set(PipelineOptions.GENERIC_TYPES, false);
    conf.set(PipelineOptions.OBJECT_REUSE, true);
    return conf;
  }

  public static Outputs defineWorkflow(SlaSettings settings, DataStream<RawRecord> input) {
    SingleOutputStreamOperator<ThreadEvent> parsed =
        input
            .process(
                new ParseRecords(
                    settings.markets().codes(),
                    settings.textDetectors(),
                    settings.asOfMillis(),
                    settings.metricsPort()),
                EventTypes.threadEvent())
            .name("parse records")
            .uid("parse-records");

    MarketRulebook calendars = MarketRulebook.of(settings.markets());
    ReplySla rules =
        new ReplySla(
            calendars,
            settings.idRetention().toMillis(),
            settings.detectors().templateMaxDelay().toMillis());
    // Calendar changes reach every subtask of the rules (they are few; each applies to many
    // threads) and wake the open waits they may move.
    DataStream<CalendarChange> changes =
        parsed.getSideOutput(OutputTags.CALENDAR_CHANGES).broadcast();
    SingleOutputStreamOperator<Alert> alerts =
        parsed
            .keyBy(ThreadEvent::threadId, Types.STRING)
            .connect(changes)
            .transform(
                "reply sla",
                TypeInformation.of(Alert.class),
                new ThreadSlaOperator(
                    new ThreadSlaFunction(
                        rules, calendars, settings.asOfMillis(), settings.metricsPort())))
            .uid("reply-sla");

    DataStream<AbsenceNotice> absenceNotices = parsed.getSideOutput(OutputTags.ABSENCE_NOTICES);
    DataStream<SellerActivity> sellerActivity = alerts.getSideOutput(OutputTags.SELLER_ACTIVITY);
    SingleOutputStreamOperator<Breach> absenceBreaches =
        absenceNotices
            .connect(sellerActivity)
            .keyBy(AbsenceNotice::sellerId, SellerActivity::sellerId, Types.STRING)
            .process(
                new SellerAbsenceFunction(
                    new SellerAbsences(calendars, settings.idRetention().toMillis()),
                    settings.asOfMillis()),
                EventTypes.breach())
            .name("seller absences")
            .uid("seller-absences");

    // Template replies are recognised per seller, over many threads: a reply is decided once
    // event time has passed it by the template window (docs/detectors.md).
    DataStream<Breach> templateBreaches =
        alerts
            .getSideOutput(OutputTags.QUICK_REPLIES)
            .keyBy(QuickReply::sellerId, Types.STRING)
            .process(
                new TemplateReplyFunction(
                    TemplateRepetition.of(settings.detectors()), settings.asOfMillis()),
                EventTypes.breach())
            .name("template replies")
            .uid("template-replies");

    // Absence and template breaches join before the counts, so that the daily counts include them.
    DataStream<Breach> breaches =
        alerts.getSideOutput(OutputTags.BREACHES).union(absenceBreaches, templateBreaches);
    DataStream<BreachCount> breachCounts =
        breaches
            .keyBy(Breach::sellerId, Types.STRING)
            .process(
                new BreachCountFunction(
                    settings.markets().zones(),
                    settings.asOfMillis(),
                    settings.breachCountCloseDelay().toMillis(),
                    settings.idRetention().toMillis()),
                EventTypes.breachCount())
            .name("breach counts")
            .uid("breach-counts");

    // Scorecards close their days with the breach counts: the same delay, the same breaches.
    DataStream<SellerScore> sellerScores =
        alerts
            .getSideOutput(OutputTags.WAIT_OUTCOMES)
            .connect(breaches)
            .keyBy(WaitOutcome::sellerId, Breach::sellerId, Types.STRING)
            .process(
                new SellerScoreFunction(
                    settings.markets().zones(),
                    settings.markets().scorecards(),
                    settings.asOfMillis(),
                    settings.breachCountCloseDelay().toMillis()),
                EventTypes.sellerScore())
            .name("seller scores")
            .uid("seller-scores");

    DataStream<TakeoverRequest> takeovers =
        alerts
            .getSideOutput(OutputTags.TAKEOVERS)
            .union(absenceBreaches.getSideOutput(OutputTags.TAKEOVERS));
    // Only parsing rejects records: late events are judged by their event time downstream.
    DataStream<DeadLetter> deadLetters = parsed.getSideOutput(OutputTags.DEAD_LETTERS);

    return new Outputs(
        alerts,
        breaches,
        takeovers,
        breachCounts,
        deadLetters,
        absenceNotices,
        sellerActivity,
        alerts.getSideOutput(OutputTags.FINDING_REVIEWS),
        sellerScores);
  }
}
