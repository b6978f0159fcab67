package com.swopify.slamonitor.codec;

import static com.swopify.slamonitor.codec.TestRecords.PARSER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.swopify.slamonitor.events.Source;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * Whatever arrives on an input topic, the parser answers with an event or with a reason: any other
 * exception would stop the job instead of sending one record to the dead letters.
 */
class InputParserProperties {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final List<String> FIELD_NAMES =
      List.of(
          "messageId",
          "threadId",
          "sellerId",
          "market",
          "sentAt",
          "buyerId",
          "orderId",
          "topic",
          "language",
          "text",
          "automated",
          "caseId",
          "openedAt",
          "type",
          "noticeId",
          "notifiedAt",
          "firstDay",
          "lastDay",
          "status");

  /** Values that are right for some field, so that random records also get past the first check. */
  private static final List<String> PLAUSIBLE_VALUES =
      List.of(
          "SK",
          "CZ",
          "XX",
          "",
          " ",
          "2026-11-24T09:15:00Z",
          "2026-11-24T10:15:00+01:00",
          "2026-11-24T09:15:00",
          "2026-12-01",
          "2026-02-30",
          "GENERAL",
          "LOCKED_DEVICE",
          "CANCELLED",
          "ANNOUNCED",
          "i".repeat(129),
          "😀");

  @Property(tries = 3000)
  void noStringMakesItThrowAnythingElse(@ForAll("inputSources") Source source, @ForAll String raw) {
    assertEventOrReason(source, raw);
  }

  @Property(tries = 1000)
  void noJsonObjectMakesItThrowAnythingElse(
      @ForAll("inputSources") Source source, @ForAll("jsonObjects") Map<String, Object> record) {
    assertEventOrReason(source, json(record));
  }

  @Property(tries = 1000)
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
  void noChangeToAValidRecordMakesItThrowAnythingElse(
      @ForAll("validRecords") Map<String, Object> valid,
      @ForAll("jsonObjects") Map<String, Object> changes) {
    Map<String, Object> changed = new LinkedHashMap<>(valid);
    changed.putAll(changes);
    for (Source source : List.of(Source.MESSAGES, Source.REPLIES, Source.CASES, Source.ABSENCES)) {
      Statistics.label("parsed").collect(assertEventOrReason(source, json(changed)));
    }
    // Random changes must leave some records valid, or the valid path goes untested.
    Statistics.label("parsed").coverage(coverage -> coverage.check(true).count(n -> n > 20));
  }

  @Property(tries = 500)
  void noCutOfAValidRecordMakesItThrowAnythingElse(
      @ForAll("validRecords") Map<String, Object> valid, @ForAll @IntRange(max = 400) int cut) {
    String raw = json(valid);
    String prefix = raw.substring(0, Math.min(cut, raw.length()));
    for (Source source : List.of(Source.MESSAGES, Source.REPLIES, Source.CASES, Source.ABSENCES)) {
      assertEventOrReason(source, prefix);
    }
  }

  @Property(tries = 1000)
  void reasonsNeverQuoteTheText(
      @ForAll("jsonObjects") Map<String, Object> record, @ForAll("secretTexts") String text) {
    Map<String, Object> withText = new LinkedHashMap<>(record);
    withText.put("text", text);
    try {
      PARSER.parseMessage(json(withText));
    } catch (InvalidRecordException e) {
      assertThat(e.reason()).doesNotContain(text);
    }
  }

  @Provide
  Arbitrary<Source> inputSources() {
    return Arbitraries.of(Source.MESSAGES, Source.REPLIES, Source.CASES, Source.ABSENCES);
  }

  @Provide
  Arbitrary<Map<String, Object>> jsonObjects() {
    return objects(2);
  }

  @Provide
  Arbitrary<Map<String, Object>> validRecords() {
    return Arbitraries.of(
            TestRecords.message().with("topic", "COUNTERFEIT").with("text", "hi"),
            TestRecords.reply().with("automated", true),
            TestRecords.caseEvent(),
            TestRecords.absence().with("status", "CANCELLED"))
        .map(TestRecords::fields);
  }

  @Provide
  Arbitrary<String> secretTexts() {
    return Arbitraries.strings().alpha().numeric().ofMinLength(12).ofMaxLength(80);
  }

  private static Arbitrary<Map<String, Object>> objects(int depth) {
    Arbitrary<String> names =
        Arbitraries.oneOf(Arbitraries.of(FIELD_NAMES), Arbitraries.strings().ofMaxLength(12));
    // A list of fields rather than Arbitraries.maps: far cheaper to generate, and a repeated
    // name simply overwrites, as it would in most JSON producers.
    return Combinators.combine(names, values(depth))
        .as(Field::new)
        .list()
        .ofMaxSize(12)
        .map(
            fields -> {
              Map<String, Object> object = new LinkedHashMap<>();
              fields.forEach(field -> object.put(field.name(), field.value()));
              return object;
            });
  }

  private static Arbitrary<Object> values(int depth) {
    Arbitrary<Object> leaves =
        Arbitraries.<Object>oneOf(
                Arbitraries.of(PLAUSIBLE_VALUES),
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.longs(),
                Arbitraries.doubles(),
                Arbitraries.bigIntegers()
                    .between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30)),
                Arbitraries.of(true, false))
            .injectNull(0.1);
    if (depth == 0) {
      return leaves;
    }
    return Arbitraries.frequencyOf(
        Tuple.of(6, leaves),
        Tuple.of(1, objects(depth - 1)),
        Tuple.of(1, values(depth - 1).list().ofMaxSize(4)));
  }

  /** Whether the record parsed; fails on anything but an event or a non-blank reason. */
  private record Field(String name, Object value) {}

  private static boolean assertEventOrReason(Source source, String raw) {
    try {
      assertThat(PARSER.parse(source, raw)).isNotNull();
      return true;
    } catch (InvalidRecordException e) {
      assertThat(e.reason()).isNotBlank();
      return false;
    }
  }

  private static String json(Map<String, Object> record) {
    try {
      return MAPPER.writeValueAsString(record);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
