package com.swopify.slamonitor.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.swopify.slamonitor.events.MessageMark;
import com.swopify.slamonitor.events.Source;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "No response needed" marks (contract section 9) and their bad-input reasons (section 8). */
class MarkParsingTest {
  private static final InputParser PARSER = new InputParser(Set.of("SK", "CZ"));
  private static final String MARK =
      "{\"markId\":\"k-1\",\"messageId\":\"m-1\",\"threadId\":"
          + "\"t-1\",\"sellerId\":\"s-1\",\"market\":\"SK\",\"markedAt\":"
          + "\"2026-11-20T13:02:00+01:00\",\"markedBy\":\"AGENT\",\"note\":\"ignored\"}";

  @Test
  void readsTheContractsExamplesAndUnknownFieldsAreNoErrors() throws Exception {
    List<String> lines =
        Files.readAllLines(Path.of("src/test/resources/contract-examples/message-marks.jsonl"));
    for (String line : lines) {
      assertThat(PARSER.parse(Source.MARKS, line)).isInstanceOf(MessageMark.class);
    }
    MessageMark mark = PARSER.parseMark(MARK);
    assertThat(mark)
        .isEqualTo(
            new MessageMark(
                "k-1",
                "m-1",
                "t-1",
                "s-1",
                "SK",
                Instant.parse("2026-11-20T12:02:00Z"),
                MessageMark.MarkedBy.AGENT));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "markId|missing field markId",
        "messageId|missing field messageId",
        "markedAt|missing field markedAt",
        "markedBy|missing field markedBy"
      })
  void aMissingFieldIsADeadLetterNamingIt(String field, String reason) {
    String raw = MARK.replaceFirst("\"" + field + "\":\"[^\"]*\",?", "");
    assertThat(
            catchThrowableOfType(InvalidRecordException.class, () -> PARSER.parseMark(raw))
                .reason())
        .isEqualTo(reason);
  }

  @Test
  void anUnknownMarkerOrMarketIsADeadLetter() {
    assertThat(
            catchThrowableOfType(
                    InvalidRecordException.class,
                    () -> PARSER.parseMark(MARK.replace("AGENT", "ROBOT")))
                .reason())
        .contains("markedBy");
    assertThat(
            catchThrowableOfType(
                    InvalidRecordException.class,
                    () -> PARSER.parseMark(MARK.replace("\"SK\"", "\"XX\"")))
                .reason())
        .isEqualTo("unknown market XX");
  }
}
