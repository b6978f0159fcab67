package com.swopify.slamonitor.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.swopify.slamonitor.events.Finding;
import com.swopify.slamonitor.events.Finding.FindingType;
import com.swopify.slamonitor.events.ThreadEvent;
import com.swopify.slamonitor.events.ThreadEvent.Kind;
import com.swopify.slamonitor.events.Topic;
import com.swopify.slamonitor.sla.OpenWait;
import com.swopify.slamonitor.sla.ThreadState;
import com.swopify.slamonitor.sla.WaitDetails;
import java.io.IOException;
import java.util.List;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.apache.flink.types.StringValue;
import org.junit.jupiter.api.Test;

/** A savepoint written by an earlier version must restore: every format ever written is read. */
class ThreadStateSerializerTest {
  private final ThreadStateSerializer serializer = new ThreadStateSerializer();

  @Test
  void roundTripsPendingEventsWithTheirFindingsAndFingerprint() throws IOException {
    ThreadEvent reply =
        new ThreadEvent(
            Kind.SELLER_REPLY,
            "r-1",
            "t-1",
            "s-1",
            "SK",
            2_000L,
            null,
            null,
            null,
            List.of(
                new Finding(
                    FindingType.OFF_PLATFORM_CONTACT,
                    "{\"contacts\":[{\"kind\":\"EMAIL\",\"masked\":\"j***@g***.com\"}]}",
                    0.87),
                new Finding(FindingType.WRONG_LANGUAGE, "{\"detected\":\"cs\"}", 0.87)),
            0x1234_5678_9abc_def0L);
    ThreadEvent message =
        new ThreadEvent(
            Kind.BUYER_MESSAGE,
            "m-1",
            "t-1",
            "s-1",
            "SK",
            1_000L,
            Topic.GENERAL,
            null,
            null,
            List.of(
                new Finding(
                    FindingType.LOCKED_DEVICE,
                    "{\"messageId\":\"m-1\",\"signals\":[\"activation-lock\"]}",
                    0.87)),
            0);
    ThreadState state =
        new ThreadState(
            List.of(message, reply),
            new OpenWait("m-0", "s-1", "SK", 500L, new long[] {600L, 700L, 800L}),
            1,
            3,
            new String[] {"m-1", "r-1"},
            new long[] {1_000L, 2_000L},
            2);

    ThreadState copy = roundTrip(state);

    assertThat(copy.pending()).containsExactly(message, reply);
    assertThat(copy.openWait().deadlines()).containsExactly(600L, 700L, 800L);
    assertThat(copy.firedDeadlines()).isEqualTo(1);
    assertThat(copy.requestedTakeovers()).isEqualTo(3);
    assertThat(copy.seenCount()).isEqualTo(2);
    assertThat(copy.seenId(1)).isEqualTo("r-1");
    assertThat(copy.seenAt(1)).isEqualTo(2_000L);
    OpenWait wait = copy.openWait();
    assertThat(wait.messageId()).isEqualTo("m-0");
    assertThat(wait.sellerId()).isEqualTo("s-1");
    assertThat(wait.market()).isEqualTo("SK");
    assertThat(wait.receivedAt()).isEqualTo(500L);
  }

  @Test
  void readsStateWrittenInFormatTwoWithAnOpenWaitAndItsThreadId() throws IOException {
    DataOutputSerializer out = new DataOutputSerializer(256);
    out.writeByte(2);
    out.writeInt(0);
    out.writeBoolean(true);
    for (String field : List.of("t-7", "m-7", "s-7", "SK")) {
      StringValue.writeString(field, out);
    }
    out.writeLong(7_000L);
    out.writeByte(3);
    for (long deadline : new long[] {7_100L, 7_200L, 7_300L}) {
      out.writeLong(deadline);
    }
    out.writeByte(1);
    out.writeInt(0);
    out.writeInt(2);
    StringValue.writeString("m-7", out);
    out.writeLong(7_000L);
    StringValue.writeString("m-8", out);
    out.writeLong(7_050L);
    out.writeLong(7_100L);
    out.writeLong(7_050L);

    ThreadState state = serializer.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));

    assertThat(state.pending()).isEmpty();
    OpenWait wait = state.openWait();
    assertThat(wait.messageId()).isEqualTo("m-7");
    assertThat(wait.sellerId()).isEqualTo("s-7");
    assertThat(wait.market()).isEqualTo("SK");
    assertThat(wait.receivedAt()).isEqualTo(7_000L);
    assertThat(wait.deadlines()).containsExactly(7_100L, 7_200L, 7_300L);
    assertThat(state.firedDeadlines()).isEqualTo(1);
    assertThat(state.seenCount()).isEqualTo(2);
    assertThat(state.seenId(1)).isEqualTo("m-8");
    assertThat(state.seenAt(1)).isEqualTo(7_050L);
    // Written again, it is the current format and reads back the same.
    ThreadState again = roundTrip(state);
    assertThat(again.openWait().deadlines()).containsExactly(7_100L, 7_200L, 7_300L);
    assertThat(again.seenId(0)).isEqualTo("m-7");
    assertThat(again.firedDeadlines()).isEqualTo(1);
  }

  @Test
  void restoredStatesShareOneCopyOfTheirIdsWhereTheyCan() throws IOException {
    ThreadState state =
        new ThreadState(
            List.of(),
            new OpenWait("m-1", "seller-42", "SK", 500L, new long[] {600L, 700L}),
            0,
            0,
            new String[] {"m-1"},
            new long[] {500L},
            1);

    ThreadState first = roundTrip(state);
    ThreadState second = roundTrip(state);

    // The wait's message is the first id remembered: one string for both.
    assertThat(first.seenId(0)).isSameAs(first.openWait().messageId());
    // Seller and market are the JVM's canonical copies, shared by every thread of the seller.
    assertThat(first.openWait().sellerId()).isSameAs(second.openWait().sellerId());
    assertThat(first.openWait().market()).isSameAs(second.openWait().market());
  }

  @Test
  void readsStateWrittenInFormatOneWithoutFindings() throws IOException {
    DataOutputSerializer out = new DataOutputSerializer(256);
    out.writeByte(1);
    out.writeInt(1);
    out.writeByte(Kind.AUTOMATED_REPLY.ordinal());
    for (String field : List.of("r-9", "t-9", "s-9", "CZ")) {
      StringValue.writeString(field, out);
    }
    out.writeLong(9_000L);
    out.writeByte(-1);
    out.writeByte(-1);
    out.writeBoolean(true);
    StringValue.writeString("flag", out);
    out.writeBoolean(false);
    out.writeByte(0);
    out.writeInt(0);
    out.writeInt(0);
    out.writeLong(8_000L);
    out.writeLong(9_000L);

    ThreadState state = serializer.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));

    assertThat(state.pending())
        .containsExactly(
            new ThreadEvent(
                Kind.AUTOMATED_REPLY, "r-9", "t-9", "s-9", "CZ", 9_000L, null, null, "flag"));
    // The automated reply's finding is made from what recognised it, to be acted on.
    assertThat(state.pending().get(0).findings())
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.type()).isEqualTo(FindingType.AUTOMATED_REPLY);
              assertThat(finding.detailsJson()).isEqualTo("{\"recognisedBy\":\"flag\"}");
              assertThat(finding.confidence()).isEqualTo(1.0);
              assertThat(finding.forReview()).isFalse();
            });
    assertThat(state.openWait()).isNull();
    assertThat(state.seenCount()).isZero();
  }

  @Test
  void roundTripsTheWaitDetailsOfMarks() throws IOException {
    ThreadEvent mark =
        new ThreadEvent(
            Kind.MARK, "k-1", "t-1", "s-1", "SK", 3_000L, null, null, null, List.of(), 0, "m-5");
    ThreadState state =
        new ThreadState(
            List.of(mark),
            new OpenWait("m-1", "s-1", "SK", 500L, new long[] {600L, 700L, 800L}),
            2,
            0,
            new String[] {"m-1", "m-2"},
            new long[] {500L, 650L},
            2,
            new WaitDetails(
                new String[] {"m-2", "m-3"},
                new long[] {650L, 660L},
                640L,
                new String[] {"m-9"},
                new long[] {900L}));

    ThreadState copy = roundTrip(state);

    assertThat(copy.pending()).containsExactly(mark);
    assertThat(copy.pending().get(0).markedMessageId()).isEqualTo("m-5");
    WaitDetails details = copy.details();
    assertThat(details.waitingCount()).isEqualTo(2);
    assertThat(details.waitingId(1)).isEqualTo("m-3");
    assertThat(details.waitingAt(1)).isEqualTo(660L);
    assertThat(details.handedAt()).isEqualTo(640L);
    assertThat(details.markCount()).isEqualTo(1);
    assertThat(details.markedId(0)).isEqualTo("m-9");
    assertThat(details.markedAt(0)).isEqualTo(900L);
    assertThat(copy.firedDeadlines()).isEqualTo(2);
  }

  @Test
  void readsStateWrittenInFormatThreeAsAThreadWithoutWaitDetails() throws IOException {
    DataOutputSerializer out = new DataOutputSerializer(256);
    out.writeByte(3);
    out.writeInt(0);
    out.writeBoolean(true);
    for (String field : List.of("m-7", "s-7", "SK")) {
      StringValue.writeString(field, out);
    }
    out.writeLong(7_000L);
    out.writeByte(2);
    out.writeLong(7_200L);
    out.writeLong(7_300L);
    out.writeByte(0);
    out.writeInt(0);
    out.writeInt(1);
    StringValue.writeString("m-7", out);
    out.writeLong(7_000L);

    ThreadState state = serializer.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));

    assertThat(state.openWait().messageId()).isEqualTo("m-7");
    assertThat(state.openWait().deadlines()).containsExactly(7_200L, 7_300L);
    assertThat(state.details()).isNull();
    assertThat(state.seenId(0)).isEqualTo("m-7");
  }

  @Test
  void readsStateWrittenInFormatThreeWhoseFindingsHaveNoConfidence() throws IOException {
    DataOutputSerializer out = new DataOutputSerializer(256);
    out.writeByte(3);
    out.writeInt(1);
    out.writeByte(Kind.SELLER_REPLY.ordinal());
    for (String field : List.of("r-3", "t-3", "s-3", "SK")) {
      StringValue.writeString(field, out);
    }
    out.writeLong(3_000L);
    out.writeByte(-1);
    out.writeByte(-1);
    out.writeBoolean(false);
    out.writeByte(1);
    out.writeByte(FindingType.WRONG_LANGUAGE.ordinal());
    StringValue.writeString("{\"detected\":\"cs\"}", out);
    out.writeLong(42L);
    out.writeBoolean(false);
    out.writeByte(0);
    out.writeInt(0);
    out.writeInt(0);

    ThreadState state = serializer.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));

    // Written before confidences existed, the finding was to be acted on: it still is.
    assertThat(state.pending())
        .containsExactly(
            new ThreadEvent(
                Kind.SELLER_REPLY,
                "r-3",
                "t-3",
                "s-3",
                "SK",
                3_000L,
                null,
                null,
                null,
                List.of(
                    new Finding(FindingType.WRONG_LANGUAGE, "{\"detected\":\"cs\"}", 1.0, false)),
                42L));
    assertThat(roundTrip(state).pending()).isEqualTo(state.pending());
  }

  @Test
  void roundTripsFindingsForReviewWithTheirConfidence() throws IOException {
    ThreadEvent reply =
        new ThreadEvent(
            Kind.SELLER_REPLY,
            "r-4",
            "t-4",
            "s-4",
            "HU",
            4_000L,
            null,
            null,
            null,
            List.of(
                new Finding(
                    FindingType.AUTOMATED_REPLY,
                    "{\"recognisedBy\":\"out-of-office\"}",
                    0.42,
                    true),
                new Finding(FindingType.WRONG_LANGUAGE, "{\"detected\":\"sk\"}", 0.73, true)),
            7L);
    ThreadState state =
        new ThreadState(List.of(reply), null, 0, 0, new String[] {"r-4"}, new long[] {4_000L}, 1);

    assertThat(roundTrip(state).pending()).containsExactly(reply);
  }

  @Test
  void refusesAFormatFromTheFutureWithAReadableReason() {
    DataInputDeserializer in = new DataInputDeserializer(new byte[] {99});
    assertThatThrownBy(() -> serializer.deserialize(in))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("format 99")
        .hasMessageContaining("formats 1 to 5");
  }

  private ThreadState roundTrip(ThreadState state) throws IOException {
    DataOutputSerializer out = new DataOutputSerializer(256);
    serializer.serialize(state, out);
    return serializer.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));
  }
}
