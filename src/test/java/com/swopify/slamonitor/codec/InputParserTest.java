package com.swopify.slamonitor.codec;

import static com.swopify.slamonitor.codec.InputParserReasonsTest.reasonOf;
import static com.swopify.slamonitor.codec.TestRecords.PARSER;
import static com.swopify.slamonitor.codec.TestRecords.absence;
import static com.swopify.slamonitor.codec.TestRecords.caseEvent;
import static com.swopify.slamonitor.codec.TestRecords.message;
import static com.swopify.slamonitor.codec.TestRecords.reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.swopify.slamonitor.events.AbsenceNotice;
import com.swopify.slamonitor.events.AbsenceStatus;
import com.swopify.slamonitor.events.BuyerMessage;
import com.swopify.slamonitor.events.CaseEvent;
import com.swopify.slamonitor.events.CaseType;
import com.swopify.slamonitor.events.SellerReply;
import com.swopify.slamonitor.events.Source;
import com.swopify.slamonitor.events.Topic;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InputParserTest {
  private static final Instant NINE_FIFTEEN_UTC = Instant.parse("2026-11-24T09:15:00Z");

  @Test
  void readsEveryFieldOfABuyerMessage() throws Exception {
    String raw =
        message()
            .with("buyerId", "b-7")
            .with("orderId", "o-9")
            .with("topic", "RETURN")
            .with("language", "sk")
            .with("text", "Dobrý deň")
            .json();

    assertThat(PARSER.parseMessage(raw))
        .isEqualTo(
            new BuyerMessage(
                "m-1",
                "t-1",
                "s-1",
                "SK",
                NINE_FIFTEEN_UTC,
                "b-7",
                "o-9",
                Topic.RETURN,
                "sk",
                "Dobrý deň"));
  }

  @Test
  void optionalMessageFieldsDefault() throws Exception {
    assertThat(PARSER.parseMessage(message().json()))
        .isEqualTo(
            new BuyerMessage(
                "m-1",
                "t-1",
                "s-1",
                "SK",
                NINE_FIFTEEN_UTC,
                null,
                null,
                Topic.GENERAL,
                null,
                null));
  }

  @Test
  void jsonNullInAnOptionalFieldMeansAbsent() throws Exception {
    String raw = message().with("buyerId", null).with("topic", null).with("text", null).json();

    BuyerMessage parsed = PARSER.parseMessage(raw);

    assertThat(parsed.buyerId()).isNull();
    assertThat(parsed.topic()).isEqualTo(Topic.GENERAL);
    assertThat(parsed.text()).isNull();
  }

  @Test
  void aBlankLanguageIsNoLanguage() throws Exception {
    assertThat(PARSER.parseMessage(message().with("language", " ").json()).language()).isNull();
  }

  @Test
  void readsASellerReplyAndDefaultsAutomatedToFalse() throws Exception {
    assertThat(PARSER.parseReply(reply().json()))
        .isEqualTo(
            new SellerReply(
                "r-1", "t-1", "s-1", "SK", Instant.parse("2026-11-24T10:15:00Z"), false, null));
    assertThat(PARSER.parseReply(reply().with("automated", true).json()).automated()).isTrue();
    assertThat(PARSER.parseReply(reply().with("automated", null).json()).automated()).isFalse();
  }

  @Test
  void readsACase() throws Exception {
    assertThat(PARSER.parseCase(caseEvent().json()))
        .isEqualTo(
            new CaseEvent(
                "c-1",
                "t-1",
                "s-1",
                "HU",
                Instant.parse("2026-11-23T09:30:00Z"),
                CaseType.LOCKED_DEVICE));
  }

  @Test
  void readsAnAbsenceAndDefaultsStatusToAnnounced() throws Exception {
    assertThat(PARSER.parseAbsence(absence().json()))
        .isEqualTo(
            new AbsenceNotice(
                "a-1",
                "s-1",
                "SK",
                Instant.parse("2026-12-10T08:00:00Z"),
                LocalDate.of(2026, 12, 21),
                LocalDate.of(2027, 1, 6),
                AbsenceStatus.ANNOUNCED));
    assertThat(PARSER.parseAbsence(absence().with("status", "CANCELLED").json()).status())
        .isEqualTo(AbsenceStatus.CANCELLED);
  }

  @Test
  void aOneDayAbsenceIsValid() throws Exception {
    String raw = absence().with("firstDay", "2026-12-21").with("lastDay", "2026-12-21").json();

    assertThat(PARSER.parseAbsence(raw).lastDay()).isEqualTo(LocalDate.of(2026, 12, 21));
  }

  @Test
  void unknownFieldsOfAnyShapeAreIgnored() throws Exception {
    String raw =
        message()
            .with("priority", Map.of("level", 3, "tags", new int[] {1, 2}))
            .with("channel", "app")
            .with("score", 1.5e300)
            .with("flag", true)
            .with("nothing", null)
            .json();

    assertThat(PARSER.parseMessage(raw)).isEqualTo(PARSER.parseMessage(message().json()));
  }

  @Test
  void unknownFieldsBeyondJacksonsDefaultLimitsAreStillIgnored() throws Exception {
    StringBuilder raw = new StringBuilder(message().json());
    raw.setLength(raw.length() - 1);
    raw.append(",\"").append("n".repeat(60_000)).append("\":1");
    raw.append(",\"big\":").append("9".repeat(5_000));
    for (int i = 0; i < 20_000; i++) {
      raw.append(",\"f").append(i).append("\":0");
    }
    raw.append('}');

    assertThat(PARSER.parseMessage(raw.toString()))
        .isEqualTo(PARSER.parseMessage(message().json()));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-11-24T09:15:00Z", "2026-11-24T10:15:00+01:00", "2026-11-24T04:15:00-05:00",
        "2026-11-24T09:15:00.000Z", "2026-11-24T14:45:00+05:30", "2026-11-24T09:15Z",
        "2026-11-24T10:15:00+01:00:00", "2026-11-24t09:15:00z", "2026-11-25T00:15:00+15:00"
      })
  void everyOffsetGivesTheSameInstant(String sentAt) throws Exception {
    assertThat(PARSER.parseMessage(message().with("sentAt", sentAt).json()).sentAt())
        .isEqualTo(NINE_FIFTEEN_UTC);
  }

  @Test
  void keepsFractionsOfASecond() throws Exception {
    String raw = message().with("sentAt", "2026-11-24T10:15:00.123456789+01:00").json();

    assertThat(PARSER.parseMessage(raw).sentAt())
        .isEqualTo(Instant.parse("2026-11-24T09:15:00.123456789Z"));
  }

  @Test
  void cutsTheTextTo64KiB() throws Exception {
    String text = "a".repeat(InputParser.MAX_TEXT_CHARS + 10);

    String parsed = PARSER.parseMessage(message().with("text", text).json()).text();

    assertThat(parsed).isEqualTo(text.substring(0, 65_536));
  }

  @Test
  void keepsATextOfExactly64KiB() throws Exception {
    String text = "a".repeat(InputParser.MAX_TEXT_CHARS);

    assertThat(PARSER.parseReply(reply().with("text", text).json()).text()).isEqualTo(text);
  }

  @Test
  void doesNotSplitASurrogatePairAtTheTextLimit() throws Exception {
    // The emoji's high surrogate is the 65 536th char: keeping it alone would be invalid text.
    String text = "a".repeat(InputParser.MAX_TEXT_CHARS - 1) + "😀" + "tail";

    String parsed = PARSER.parseMessage(message().with("text", text).json()).text();

    assertThat(parsed).isEqualTo("a".repeat(InputParser.MAX_TEXT_CHARS - 1));
  }

  @Test
  void keepsASurrogatePairThatEndsExactlyAtTheTextLimit() throws Exception {
    String text = "a".repeat(InputParser.MAX_TEXT_CHARS - 2) + "😀" + "tail";

    String parsed = PARSER.parseMessage(message().with("text", text).json()).text();

    assertThat(parsed).hasSize(InputParser.MAX_TEXT_CHARS).endsWith("😀");
  }

  @Test
  void acceptsIdsOf128CharactersAndRefuses129() throws Exception {
    String id128 = "i".repeat(128);

    assertThat(PARSER.parseMessage(message().with("threadId", id128).json()).threadId())
        .isEqualTo(id128);
    assertThat(reasonOf(Source.MESSAGES, message().with("sellerId", id128 + "i").json()))
        .isEqualTo("field sellerId: longer than 128 characters");
  }

  @Test
  void countsIdCharactersAsCodePoints() throws Exception {
    String emojiId = "😀".repeat(128); // 256 UTF-16 chars, 128 characters

    assertThat(PARSER.parseMessage(message().with("buyerId", emojiId).json()).buyerId())
        .isEqualTo(emojiId);
  }

  @Test
  void acceptsARecordOfExactlyOneMebibyte() throws Exception {
    String empty = message().with("text", "").json();
    String raw =
        message().with("text", "x".repeat(InputParser.MAX_RECORD_BYTES - empty.length())).json();

    assertThat(raw).hasSize(InputParser.MAX_RECORD_BYTES);
    assertThat(PARSER.parseMessage(raw).text()).hasSize(InputParser.MAX_TEXT_CHARS);
  }

  @Test
  void skipsALeadingByteOrderMarkAndSurroundingWhitespace() throws Exception {
    String raw = "\uFEFF " + message().json() + "\r\n";

    assertThat(PARSER.parseMessage(raw)).isEqualTo(PARSER.parseMessage(message().json()));
  }

  @Test
  void dispatchesBySource() throws Exception {
    assertThat(PARSER.parse(Source.MESSAGES, message().json())).isInstanceOf(BuyerMessage.class);
    assertThat(PARSER.parse(Source.REPLIES, reply().json())).isInstanceOf(SellerReply.class);
    assertThat(PARSER.parse(Source.CASES, caseEvent().json())).isInstanceOf(CaseEvent.class);
    assertThat(PARSER.parse(Source.ABSENCES, absence().json())).isInstanceOf(AbsenceNotice.class);
    assertThatThrownBy(() -> PARSER.parse(Source.MARKETS, "{}"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void onlyConfiguredMarketsAreKnown() throws Exception {
    InputParser polishOnly = new InputParser(Set.of("PL"));

    assertThat(polishOnly.parseMessage(message().with("market", "PL").json()).market())
        .isEqualTo("PL");
  }

  @Test
  void survivesJavaSerializationAsFlinkShipsIt() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(PARSER);
    }
    InputParser copy = deserialize(bytes.toByteArray());

    assertThat(copy.parseMessage(message().json()))
        .isEqualTo(PARSER.parseMessage(message().json()));
    assertThatThrownBy(() -> copy.parseMessage(message().with("market", "PL").json()))
        .hasMessage("unknown market PL");
  }

  private static InputParser deserialize(byte[] bytes) throws Exception {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      return (InputParser) in.readObject();
    }
  }
}
