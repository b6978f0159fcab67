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
    ThreadEvent reply = new ThreadEvent(Kind.SELLER_REPLY, "r-1", "t-1", "s-1", "SK", 2_000L, null,
        null, null, List.of(
            new Finding(FindingType.OFF_PLATFORM_CONTACT,
                "{\"contacts\":[{\"kind\":\"EMAIL\",\"masked\":\"j***@g***.com\"}]}"),
            new Finding(FindingType.WRONG_LANGUAGE, "{\"detected\":\"cs\"}")),
        0x1234_5678_9abc_def0L);
    ThreadEvent message = new ThreadEvent(Kind.BUYER_MESSAGE, "m-1", "t-1", "s-1", "SK", 1_000L,
        Topic.GENERAL, null, null, List.of(new Finding(FindingType.LOCKED_DEVICE,
            "{\"messageId\":\"m-1\",\"signals\":[\"activation-lock\"]}")), 0);
    ThreadState state = new ThreadState(List.of(message, reply),
        new OpenWait("t-1", "m-0", "s-1", "SK", 500L, new long[] {600L, 700L, 800L}), 1, 3,
        new String[] {"m-1", "r-1"}, new long[] {1_000L, 2_000L}, 2, 400L, 2_000L);

    ThreadState copy = roundTrip(state);

    assertThat(copy.pending()).containsExactly(message, reply);
    assertThat(copy.openWait().deadlines()).containsExactly(600L, 700L, 800L);
    assertThat(copy.firedDeadlines()).isEqualTo(1);
    assertThat(copy.requestedTakeovers()).isEqualTo(3);
    assertThat(copy.seenCount()).isEqualTo(2);
    assertThat(copy.seenId(1)).isEqualTo("r-1");
    assertThat(copy.decidedThrough()).isEqualTo(400L);
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

    assertThat(state.pending()).containsExactly(new ThreadEvent(Kind.AUTOMATED_REPLY, "r-9", "t-9",
        "s-9", "CZ", 9_000L, null, null, "flag"));
    assertThat(state.pending().get(0).findings()).isEmpty();
    assertThat(state.openWait()).isNull();
    assertThat(state.decidedThrough()).isEqualTo(8_000L);
  }

  @Test
  void refusesAFormatFromTheFutureWithAReadableReason() {
    DataInputDeserializer in = new DataInputDeserializer(new byte[] {99});
    assertThatThrownBy(() -> serializer.deserialize(in))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("format 99");
  }

  private ThreadState roundTrip(ThreadState state) throws IOException {
    DataOutputSerializer out = new DataOutputSerializer(256);
    serializer.serialize(state, out);
    return serializer.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));
  }
}
