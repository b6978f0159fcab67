package com.swopify.slamonitor.codec;

import com.swopify.slamonitor.calendar.CalendarChange;
import com.swopify.slamonitor.events.AbsenceNotice;
import com.swopify.slamonitor.events.AbsenceStatus;
import com.swopify.slamonitor.events.BuyerMessage;
import com.swopify.slamonitor.events.CaseEvent;
import com.swopify.slamonitor.events.CaseType;
import com.swopify.slamonitor.events.MessageMark;
import com.swopify.slamonitor.events.SellerReply;
import com.swopify.slamonitor.events.Source;
import com.swopify.slamonitor.events.Topic;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * Turns the Helpdesk's input records (contract sections 1, 2 and 8) into typed events, or into an
 * {@link InvalidRecordException} whose reason goes to the dead letters. Immutable, so one instance
 * may serve many threads; serializable, so Flink can ship it inside a function.
 *
 * <p>When a record has several faults, the reason names the first: not JSON, then the fields in the
 * contract's order.
 */
public final class InputParser implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Larger records are refused whole (contract section 8). */
  public static final int MAX_RECORD_BYTES = 1024 * 1024;

  /** Message texts are cut to this many UTF-16 chars (64 Ki): the analysis reads no further. */
  public static final int MAX_TEXT_CHARS = 64 * 1024;

  private static final FieldSet MESSAGE_FIELDS =
      FieldSet.of(
          "messageId",
          "threadId",
          "sellerId",
          "market",
          "sentAt",
          "buyerId",
          "orderId",
          "topic",
          "language",
          "text");
  private static final FieldSet REPLY_FIELDS =
      FieldSet.of("messageId", "threadId", "sellerId", "market", "sentAt", "automated", "text");
  private static final FieldSet CASE_FIELDS =
      FieldSet.of("caseId", "threadId", "sellerId", "market", "openedAt", "type");
  private static final FieldSet ABSENCE_FIELDS =
      FieldSet.of("noticeId", "sellerId", "market", "notifiedAt", "firstDay", "lastDay", "status");

  private static final FieldSet MARK_FIELDS =
      FieldSet.of("markId", "messageId", "threadId", "sellerId", "market", "markedAt", "markedBy");

  private static final FieldSet CALENDAR_CHANGE_FIELDS =
      FieldSet.of(
          "changeId",
          "market",
          "publishedAt",
          "kind",
          "date",
          "businessHours",
          "effectiveFrom",
          "from",
          "to",
          "sellerId",
          "reason");

  private static final EnumValues<Topic> TOPICS = EnumValues.of(Topic.class);
  private static final EnumValues<CaseType> CASE_TYPES = EnumValues.of(CaseType.class);
  private static final EnumValues<AbsenceStatus> ABSENCE_STATUSES =
      EnumValues.of(AbsenceStatus.class);
  private static final EnumValues<MessageMark.MarkedBy> MARKED_BY =
      EnumValues.of(MessageMark.MarkedBy.class);

  private static final EnumValues<CalendarChange.Kind> CHANGE_KINDS =
      EnumValues.of(CalendarChange.Kind.class);

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private final Set<String> knownMarkets;

  /**
   * @param knownMarkets the configured market codes (section 3); copied.
   */
  public InputParser(Set<String> knownMarkets) {
    this.knownMarkets = Set.copyOf(knownMarkets);
  }

  public BuyerMessage parseMessage(String raw) throws InvalidRecordException {
    RecordFields f = scan(raw, MESSAGE_FIELDS);
    return new BuyerMessage(
        f.id("messageId"),
        f.id("threadId"),
        f.id("sellerId"),
        f.market(knownMarkets),
        f.instant("sentAt"),
        f.optionalId("buyerId"),
        f.optionalId("orderId"),
        f.enumValue("topic", TOPICS, Topic.GENERAL),
        language(f),
        text(f));
  }

  public SellerReply parseReply(String raw) throws InvalidRecordException {
    RecordFields f = scan(raw, REPLY_FIELDS);
    return new SellerReply(
        f.id("messageId"),
        f.id("threadId"),
        f.id("sellerId"),
        f.market(knownMarkets),
        f.instant("sentAt"),
        f.flag("automated", false),
        text(f));
  }

  public CaseEvent parseCase(String raw) throws InvalidRecordException {
    RecordFields f = scan(raw, CASE_FIELDS);
    return new CaseEvent(
        f.id("caseId"),
        f.id("threadId"),
        f.id("sellerId"),
        f.market(knownMarkets),
        f.instant("openedAt"),
        f.enumValue("type", CASE_TYPES));
  }

  public AbsenceNotice parseAbsence(String raw) throws InvalidRecordException {
    RecordFields f = scan(raw, ABSENCE_FIELDS);
    AbsenceNotice notice =
        new AbsenceNotice(
            f.id("noticeId"),
            f.id("sellerId"),
            f.market(knownMarkets),
            f.instant("notifiedAt"),
            f.date("firstDay"),
            f.date("lastDay"),
            f.enumValue("status", ABSENCE_STATUSES, AbsenceStatus.ANNOUNCED));
    LocalDate firstDay = notice.firstDay();
    LocalDate lastDay = notice.lastDay();
    if (lastDay.isBefore(firstDay)) {
      throw new InvalidRecordException("lastDay " + lastDay + " is before firstDay " + firstDay);
    }
    return notice;
  }

  /** A "no response needed" mark (contract section 9); markedBy is required. */
  public MessageMark parseMark(String raw) throws InvalidRecordException {
    RecordFields f = scan(raw, MARK_FIELDS);
    return new MessageMark(
        f.id("markId"),
        f.id("messageId"),
        f.id("threadId"),
        f.id("sellerId"),
        f.market(knownMarkets),
        f.instant("markedAt"),
        f.enumValue("markedBy", MARKED_BY));
  }

  /**
   * A change of a market's calendar (contract section 11): the fields its kind needs are required,
   * and checked in the contract's order; a seller is named by exemptions only.
   */
  public CalendarChange parseCalendarChange(String raw) throws InvalidRecordException {
    RecordFields f = scan(raw, CALENDAR_CHANGE_FIELDS);
    String changeId = f.id("changeId");
    String market = f.market(knownMarkets);
    Instant publishedAt = f.instant("publishedAt");
    CalendarChange.Kind kind = f.enumValue("kind", CHANGE_KINDS);
    String sellerId = f.optionalId("sellerId");
    String reason = f.string("reason");
    if (sellerId != null && kind != CalendarChange.Kind.EXEMPTION) {
      throw new InvalidRecordException(
          "field sellerId: only an EXEMPTION names a seller, not a " + kind);
    }
    return switch (kind) {
      case HOLIDAY_ADDED, HOLIDAY_REMOVED ->
          new CalendarChange(
              changeId,
              market,
              publishedAt,
              kind,
              f.date("date"),
              null,
              null,
              null,
              null,
              null,
              reason);
      case HOURS_CHANGED -> {
        String hours = f.object("businessHours");
        if (hours == null) {
          throw new InvalidRecordException("missing field businessHours");
        }
        yield new CalendarChange(
            changeId,
            market,
            publishedAt,
            kind,
            null,
            WeeklyHoursJson.parse("businessHours", hours),
            f.date("effectiveFrom"),
            null,
            null,
            null,
            reason);
      }
      case EXEMPTION -> {
        Instant from = f.instant("from");
        Instant to = f.instant("to");
        if (!to.isAfter(from)) {
          throw new InvalidRecordException("to " + to + " is not after from " + from);
        }
        yield new CalendarChange(
            changeId, market, publishedAt, kind, null, null, null, from, to, sellerId, reason);
      }
    };
  }

  /**
   * Parses a record of an input stream into its event type. Markets are configuration, not events,
   * and are read elsewhere.
   *
   * @throws IllegalArgumentException for {@link Source#MARKETS}
   */
  public Object parse(Source source, String raw) throws InvalidRecordException {
    return switch (source) {
      case MESSAGES -> parseMessage(raw);
      case REPLIES -> parseReply(raw);
      case CASES -> parseCase(raw);
      case ABSENCES -> parseAbsence(raw);
      case MARKS -> parseMark(raw);
      case CALENDAR_CHANGES -> parseCalendarChange(raw);
      case MARKETS ->
          throw new IllegalArgumentException("no event records on source " + source.wireName());
    };
  }

  private static RecordFields scan(String raw, FieldSet fields) throws InvalidRecordException {
    requireSizeLimit(raw);
    // Files saved by some editors start with a byte order mark; JSON allows a parser to skip it.
    String json = !raw.isEmpty() && raw.charAt(0) == BYTE_ORDER_MARK ? raw.substring(1) : raw;
    return ObjectScanner.scan(json, fields);
  }

  private static void requireSizeLimit(String raw) throws InvalidRecordException {
    // At most 3 UTF-8 bytes per UTF-16 char: nearly every record is settled without counting.
    if ((long) raw.length() * 3 <= MAX_RECORD_BYTES) {
      return;
    }
    long bytes = Texts.utf8Length(raw);
    if (bytes > MAX_RECORD_BYTES) {
      throw new InvalidRecordException("record larger than 1 MiB (" + bytes + " bytes)");
    }
  }

  /** A blank language says as much as none; analysis should not compare against "". */
  private static String language(RecordFields f) throws InvalidRecordException {
    String language = f.string("language");
    return language == null || language.isBlank() ? null : language;
  }

  /** Long texts are not errors (section 8): analysis reads the first 64 KiB only. */
  private static String text(RecordFields f) throws InvalidRecordException {
    String text = f.string("text");
    return text == null ? null : Texts.cutChars(text, MAX_TEXT_CHARS);
  }
}
