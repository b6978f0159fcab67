package com.swopify.slamonitor.codec;

import com.swopify.slamonitor.events.Alert;
import com.swopify.slamonitor.events.AlertType;
import com.swopify.slamonitor.events.Breach;
import com.swopify.slamonitor.events.BreachCount;
import com.swopify.slamonitor.events.BreachType;
import com.swopify.slamonitor.events.DeadLetter;
import com.swopify.slamonitor.events.Finding.FindingType;
import com.swopify.slamonitor.events.FindingReview;
import com.swopify.slamonitor.events.Severity;
import com.swopify.slamonitor.events.TakeoverReason;
import com.swopify.slamonitor.events.TakeoverRequest;
import com.swopify.slamonitor.scorecard.ScoreWindow;
import com.swopify.slamonitor.scorecard.SellerScore;
import java.math.BigDecimal;
import java.time.Duration;

/**
 * The monitor's outputs as the contract's JSON (section 2): one object per record, on one line,
 * null optional fields omitted, instants in UTC with {@code Z}. The read methods parse that JSON
 * back, for tests, the demo summary and consumers; they throw {@link IllegalArgumentException} with
 * the reason when the JSON is not such a record. Thread-safe: all methods are static and share
 * nothing mutable across threads.
 */
public final class OutputJson {
  private static final FieldSet ALERT_FIELDS =
      FieldSet.of(
          "alertId",
          "type",
          "threadId",
          "sellerId",
          "market",
          "messageId",
          "receivedAt",
          "dueAt",
          "at",
          "businessElapsed",
          "repliedAt",
          "emittedAt",
          "calendarChangeId");
  private static final FieldSet BREACH_FIELDS =
      FieldSet.of(
          "breachId",
          "type",
          "sellerId",
          "market",
          "threadId",
          "messageId",
          "noticeId",
          "occurredAt",
          "details",
          "calendarChangeId");
  private static final FieldSet TAKEOVER_FIELDS =
      FieldSet.of(
          "takeoverId",
          "threadId",
          "sellerId",
          "market",
          "reason",
          "severity",
          "requestedAt",
          "evidence");
  private static final FieldSet FINDING_REVIEW_FIELDS =
      FieldSet.of(
          "reviewId",
          "finding",
          "threadId",
          "messageId",
          "sellerId",
          "market",
          "at",
          "confidence",
          "evidence");
  private static final FieldSet BREACH_COUNT_FIELDS =
      FieldSet.of("sellerId", "market", "type", "day", "count");
  private static final FieldSet DEAD_LETTER_FIELDS =
      FieldSet.of("source", "reason", "raw", "topic", "partition", "offset");

  private static final EnumValues<AlertType> ALERT_TYPES = EnumValues.of(AlertType.class);
  private static final EnumValues<BreachType> BREACH_TYPES = EnumValues.of(BreachType.class);
  private static final EnumValues<TakeoverReason> TAKEOVER_REASONS =
      EnumValues.of(TakeoverReason.class);
  private static final EnumValues<FindingType> FINDING_TYPES = EnumValues.of(FindingType.class);
  private static final EnumValues<Severity> SEVERITIES = EnumValues.of(Severity.class);

  private OutputJson() {}

  public static String alert(Alert a) {
    return JsonLineWriter.write(
        "alert",
        out ->
            out.required("alertId", a.alertId())
                .required("type", a.type())
                .required("threadId", a.threadId())
                .required("sellerId", a.sellerId())
                .required("market", a.market())
                .required("messageId", a.messageId())
                .required("receivedAt", a.receivedAt())
                .required("dueAt", a.dueAt())
                .required("at", a.at())
                .required("businessElapsed", Duration.ofMillis(a.businessElapsedMillis()))
                .optional("repliedAt", a.repliedAt())
                .optional("emittedAt", a.emittedAt())
                .optional("calendarChangeId", a.calendarChangeId()));
  }

  public static String breach(Breach b) {
    return JsonLineWriter.write(
        "breach",
        out ->
            out.required("breachId", b.breachId())
                .required("type", b.type())
                .required("sellerId", b.sellerId())
                .required("market", b.market())
                .optional("threadId", b.threadId())
                .optional("messageId", b.messageId())
                .optional("noticeId", b.noticeId())
                .required("occurredAt", b.occurredAt())
                .object("details", b.detailsJson())
                .optional("calendarChangeId", b.calendarChangeId()));
  }

  public static String takeover(TakeoverRequest t) {
    return JsonLineWriter.write(
        "takeover",
        out ->
            out.required("takeoverId", t.takeoverId())
                .optional("threadId", t.threadId())
                .required("sellerId", t.sellerId())
                .required("market", t.market())
                .required("reason", t.reason())
                .required("severity", t.severity())
                .required("requestedAt", t.requestedAt())
                .object("evidence", t.evidenceJson()));
  }

  public static String findingReview(FindingReview r) {
    return JsonLineWriter.write(
        "finding review",
        out ->
            out.required("reviewId", r.reviewId())
                .required("finding", r.finding())
                .required("threadId", r.threadId())
                .required("messageId", r.messageId())
                .required("sellerId", r.sellerId())
                .required("market", r.market())
                .required("at", r.at())
                .fraction("confidence", r.confidence())
                .object("evidence", r.evidenceJson()));
  }

  public static String breachCount(BreachCount c) {
    return JsonLineWriter.write(
        "breach count",
        out ->
            out.required("sellerId", c.sellerId())
                .required("market", c.market())
                .required("type", c.type())
                .required("day", c.day())
                .number("count", c.count()));
  }

  public static String sellerScore(SellerScore s) {
    StringBuilder windows = new StringBuilder("{");
    String[] names = {"P7D", "P30D", "P90D"};
    ScoreWindow[] values = {s.p7d(), s.p30d(), s.p90d()};
    for (int w = 0; w < names.length; w++) {
      ScoreWindow window = values[w];
      BigDecimal rate = window.onTimeRate();
      Long mean = window.meanReplyBusinessSeconds();
      windows
          .append(w == 0 ? "" : ",")
          .append('"')
          .append(names[w])
          .append("\":{")
          .append("\"waits\":")
          .append(window.waits())
          .append(",\"onTime\":")
          .append(window.onTime())
          .append(",\"onTimeRate\":")
          .append(rate == null ? "null" : rate.stripTrailingZeros().toPlainString())
          .append(",\"markedWaits\":")
          .append(window.markedWaits())
          .append(",\"replies\":")
          .append(window.replies())
          .append(",\"meanReplyBusinessSeconds\":")
          .append(mean == null ? "null" : mean)
          .append(",\"breaches\":{");
      boolean first = true;
      for (BreachType type : BreachType.values()) {
        long count = window.breaches(type);
        if (count > 0) {
          windows
              .append(first ? "" : ",")
              .append('"')
              .append(type.name())
              .append("\":")
              .append(count);
          first = false;
        }
      }
      windows.append("}}");
    }
    windows.append('}');
    return JsonLineWriter.write(
        "seller score",
        out ->
            out.required("sellerId", s.sellerId())
                .required("market", s.market())
                .required("day", s.day())
                .object("windows", windows.toString())
                .required("grade", s.grade())
                .nullable("previousGrade", s.previousGrade()));
  }

  public static String deadLetter(DeadLetter d) {
    return JsonLineWriter.write(
        "dead letter",
        out ->
            out.required("source", d.source())
                .required("reason", d.reason())
                .required("raw", d.raw())
                .optional("topic", d.topic())
                .number("partition", d.partition() == null ? null : d.partition().longValue())
                .number("offset", d.offset()));
  }

  public static Alert readAlert(String json) {
    return read(
        json,
        ALERT_FIELDS,
        f ->
            new Alert(
                f.id("alertId"),
                f.enumValue("type", ALERT_TYPES),
                f.id("threadId"),
                f.id("sellerId"),
                f.requiredString("market"),
                f.id("messageId"),
                f.instant("receivedAt"),
                f.instant("dueAt"),
                f.instant("at"),
                f.duration("businessElapsed").toMillis(),
                f.optionalInstant("repliedAt"),
                f.optionalInstant("emittedAt"),
                f.optionalId("calendarChangeId")));
  }

  /** {@code details} comes back as compact JSON text; {@code {}} when the breach had none. */
  public static Breach readBreach(String json) {
    return read(
        json,
        BREACH_FIELDS,
        f ->
            new Breach(
                f.id("breachId"),
                f.enumValue("type", BREACH_TYPES),
                f.id("sellerId"),
                f.requiredString("market"),
                f.optionalId("threadId"),
                f.optionalId("messageId"),
                f.optionalId("noticeId"),
                f.instant("occurredAt"),
                f.object("details"),
                f.optionalId("calendarChangeId")));
  }

  /** {@code evidence} comes back as compact JSON text; {@code {}} when the request had none. */
  public static TakeoverRequest readTakeover(String json) {
    return read(
        json,
        TAKEOVER_FIELDS,
        f ->
            new TakeoverRequest(
                f.id("takeoverId"),
                f.optionalId("threadId"),
                f.id("sellerId"),
                f.requiredString("market"),
                f.enumValue("reason", TAKEOVER_REASONS),
                f.enumValue("severity", SEVERITIES),
                f.instant("requestedAt"),
                f.object("evidence")));
  }

  /** {@code evidence} comes back as compact JSON text; {@code {}} when the review had none. */
  public static FindingReview readFindingReview(String json) {
    return read(
        json,
        FINDING_REVIEW_FIELDS,
        f ->
            new FindingReview(
                f.id("reviewId"),
                f.enumValue("finding", FINDING_TYPES),
                f.id("threadId"),
                f.id("messageId"),
                f.id("sellerId"),
                f.requiredString("market"),
                f.instant("at"),
                f.fraction("confidence"),
                f.object("evidence")));
  }

  public static BreachCount readBreachCount(String json) {
    return read(
        json,
        BREACH_COUNT_FIELDS,
        f ->
            new BreachCount(
                f.id("sellerId"),
                f.requiredString("market"),
                f.enumValue("type", BREACH_TYPES),
                f.date("day"),
                f.requiredInteger("count")));
  }

  public static DeadLetter readDeadLetter(String json) {
    return read(
        json,
        DEAD_LETTER_FIELDS,
        f ->
            new DeadLetter(
                f.requiredString("source"),
                f.requiredString("reason"),
                f.requiredString("raw"),
                f.string("topic"),
                partition(f),
                f.integer("offset")));
  }

  private static Integer partition(RecordFields f) throws InvalidRecordException {
    Long partition = f.integer("partition");
    if (partition == null) {
      return null;
    }
    if (partition < 0 || partition > Integer.MAX_VALUE) {
      throw new InvalidRecordException("field partition: out of range " + partition);
    }
    return partition.intValue();
  }

  /** Builds a record from the scanned fields. */
  private interface RecordBuilder<T> {
    T build(RecordFields fields) throws InvalidRecordException;
  }

  private static <T> T read(String json, FieldSet fieldSet, RecordBuilder<T> builder) {
    try {
      return builder.build(ObjectScanner.scan(json, fieldSet));
    } catch (InvalidRecordException e) {
      throw new IllegalArgumentException(e.reason());
    }
  }
}
