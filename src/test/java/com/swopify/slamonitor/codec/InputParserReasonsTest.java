package com.swopify.slamonitor.codec;

import static com.swopify.slamonitor.codec.TestRecords.PARSER;
import static com.swopify.slamonitor.codec.TestRecords.absence;
import static com.swopify.slamonitor.codec.TestRecords.caseEvent;
import static com.swopify.slamonitor.codec.TestRecords.message;
import static com.swopify.slamonitor.codec.TestRecords.reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.swopify.slamonitor.events.Source;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bad-input reason, with its exact wording: people and alerting rules read these. */
class InputParserReasonsTest {

  static Stream<Arguments> badRecords() {
    return Stream.of(
        arguments(Source.MESSAGES, "", "not JSON"),
        arguments(Source.MESSAGES, "   ", "not JSON"),
        arguments(Source.MESSAGES, "yesterday", "not JSON"),
        arguments(Source.MESSAGES, "{\"messageId\":\"m-1\"", "not JSON"),
        arguments(Source.MESSAGES, "{'messageId':'m-1'}", "not JSON"),
        arguments(Source.MESSAGES, message().json() + " x", "not JSON"),
        arguments(Source.MESSAGES, message().json() + " {}", "not JSON"),
        arguments(Source.MESSAGES, "[1,", "not JSON"),
        arguments(Source.MESSAGES, "[1, 2]", "not a JSON object"),
        arguments(Source.MESSAGES, "\"text\"", "not a JSON object"),
        arguments(Source.MESSAGES, "42", "not a JSON object"),
        arguments(Source.MESSAGES, "null", "not a JSON object"),
        arguments(Source.MESSAGES, "{}", "missing field messageId"),
        arguments(Source.MESSAGES, message().without("sentAt").json(), "missing field sentAt"),
        arguments(Source.MESSAGES, message().with("sentAt", null).json(), "missing field sentAt"),
        arguments(
            Source.MESSAGES,
            message().with("sentAt", 1764000000).json(),
            "field sentAt: expected a string"),
        arguments(
            Source.MESSAGES,
            message().with("sentAt", "2026-11-24T09:15:00").json(),
            "field sentAt: instant without offset '2026-11-24T09:15:00'"),
        arguments(
            Source.MESSAGES,
            message().with("sentAt", "yesterday").json(),
            "field sentAt: not an ISO-8601 instant 'yesterday'"),
        arguments(
            Source.MESSAGES,
            message().with("sentAt", "2026-02-30T09:15:00Z").json(),
            "field sentAt: not an ISO-8601 instant '2026-02-30T09:15:00Z'"),
        arguments(
            Source.MESSAGES,
            message().with("sentAt", "2026-11-24").json(),
            "field sentAt: not an ISO-8601 instant '2026-11-24'"),
        arguments(
            Source.MESSAGES,
            message().with("sentAt", "x".repeat(100)).json(),
            "field sentAt: not an ISO-8601 instant '" + "x".repeat(40) + "...'"),
        arguments(Source.MESSAGES, message().with("market", "XX").json(), "unknown market XX"),
        arguments(Source.MESSAGES, message().with("market", "sk").json(), "unknown market sk"),
        arguments(Source.MESSAGES, message().with("market", "").json(), "field market: empty"),
        arguments(
            Source.MESSAGES, message().with("market", 7).json(), "field market: expected a string"),
        arguments(
            Source.MESSAGES,
            message().with("threadId", "t".repeat(129)).json(),
            "field threadId: longer than 128 characters"),
        arguments(
            Source.MESSAGES, message().with("messageId", "").json(), "field messageId: empty"),
        arguments(
            Source.MESSAGES,
            message().with("messageId", List.of("m-1")).json(),
            "field messageId: expected a string"),
        arguments(Source.MESSAGES, message().with("orderId", "").json(), "field orderId: empty"),
        arguments(
            Source.MESSAGES,
            message().with("topic", "FOO").json(),
            "field topic: unknown value 'FOO' (expected one of GENERAL, ORDER, DELIVERY, RETURN,"
                + " COMPLAINT, QUALITY_DISPUTE, DESCRIPTION_MISMATCH, LOCKED_DEVICE, COUNTERFEIT,"
                + " DANGEROUS_PRODUCT)"),
        arguments(
            Source.MESSAGES, message().with("text", 5).json(), "field text: expected a string"),
        arguments(
            Source.MESSAGES,
            message().with("language", false).json(),
            "field language: expected a string"),
        arguments(
            Source.MESSAGES,
            "{\"messageId\":\"m-1\",\"messageId\":\"m-2\"}",
            "field messageId: given more than once"),
        arguments(
            Source.REPLIES,
            reply().with("automated", "yes").json(),
            "field automated: expected true or false"),
        arguments(
            Source.REPLIES,
            reply().with("automated", 1).json(),
            "field automated: expected true or false"),
        arguments(Source.CASES, caseEvent().without("type").json(), "missing field type"),
        arguments(
            Source.CASES,
            caseEvent().with("type", "RETURN").json(),
            "field type: unknown value 'RETURN' (expected one of QUALITY_DISPUTE,"
                + " DESCRIPTION_MISMATCH, RETURN_REFUSED, COMPLAINT_REFUSED, LOCKED_DEVICE,"
                + " COUNTERFEIT, DANGEROUS_PRODUCT)"),
        arguments(
            Source.CASES,
            caseEvent().with("openedAt", "2026-11-23 09:30:00Z").json(),
            "field openedAt: not an ISO-8601 instant '2026-11-23 09:30:00Z'"),
        arguments(
            Source.ABSENCES,
            absence().with("firstDay", "2026-12-05").with("lastDay", "2026-12-01").json(),
            "lastDay 2026-12-01 is before firstDay 2026-12-05"),
        arguments(
            Source.ABSENCES,
            absence().with("firstDay", "2026-12-5").json(),
            "field firstDay: not a date YYYY-MM-DD '2026-12-5'"),
        arguments(
            Source.ABSENCES,
            absence().with("lastDay", "2026-12-32").json(),
            "field lastDay: not a date YYYY-MM-DD '2026-12-32'"),
        arguments(
            Source.ABSENCES,
            absence().with("status", "cancelled").json(),
            "field status: unknown value 'cancelled' (expected one of ANNOUNCED, CANCELLED)"),
        arguments(
            Source.ABSENCES, absence().without("notifiedAt").json(), "missing field notifiedAt"));
  }

  @ParameterizedTest(name = "[{index}] {2}")
  @MethodSource("badRecords")
  void badRecordGivesItsReason(Source source, String raw, String reason) {
    assertThat(reasonOf(source, raw)).isEqualTo(reason);
  }

  @Test
  void aRecordOverOneMebibyteIsRefusedWithItsSize() {
    String raw = message().with("text", "x".repeat(InputParser.MAX_RECORD_BYTES)).json();

    assertThat(reasonOf(Source.MESSAGES, raw))
        .isEqualTo("record larger than 1 MiB (" + raw.length() + " bytes)");
  }

  @Test
  void recordSizeIsCountedInUtf8Bytes() {
    // 600 000 two-byte characters: under the limit in chars, over it in bytes.
    String text = "é".repeat(600_000);
    String raw = message().with("text", text).json();
    long bytes = raw.length() - text.length() + 2L * text.length();

    assertThat(reasonOf(Source.MESSAGES, raw))
        .isEqualTo("record larger than 1 MiB (" + bytes + " bytes)");
  }

  @Test
  void theFirstFaultInContractOrderIsNamed() {
    String raw = message().without("threadId").with("sentAt", "yesterday").json();

    assertThat(reasonOf(Source.MESSAGES, raw)).isEqualTo("missing field threadId");
  }

  @Test
  void reasonsNeverQuoteTheText() {
    String secret = "my phone is +421 900 123 456";
    String raw = message().with("text", secret).with("sentAt", "soon").json();

    assertThat(reasonOf(Source.MESSAGES, raw)).doesNotContain(secret);
    assertThat(reasonOf(Source.MESSAGES, "{\"text\":\"" + secret + "\"")).isEqualTo("not JSON");
  }

  @Test
  void tooDeeplyNestedUnknownFieldsAreNamedAsSuch() {
    String deep = "[".repeat(2000) + "]".repeat(2000);
    String raw = "{\"extra\":" + deep + "}";

    assertThat(reasonOf(Source.MESSAGES, raw)).isEqualTo("JSON nested more than 1000 levels deep");
  }

  static String reasonOf(Source source, String raw) {
    InvalidRecordException e =
        catchThrowableOfType(InvalidRecordException.class, () -> PARSER.parse(source, raw));
    assertThat(e).as("parsing %s", raw.length() > 200 ? raw.substring(0, 200) : raw).isNotNull();
    assertThat(e.getMessage()).isEqualTo(e.reason());
    return e.reason();
  }
}
