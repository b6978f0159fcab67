package com.swopify.slamonitor.flink;

import static org.assertj.core.api.Assertions.assertThat;

import com.swopify.slamonitor.absence.SellerAbsenceState;
import com.swopify.slamonitor.events.SellerActivity;
import com.swopify.slamonitor.events.SellerActivity.Kind;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;

/** The seller state's pending activity survives a checkpoint in decision order. */
class SellerAbsenceStateSerializerTest {
  private final SellerAbsenceStateSerializer serializer = new SellerAbsenceStateSerializer();

  @Test
  void activityThatArrivedOutOfOrderIsWrittenAndRestoredInDecisionOrder() throws IOException {
    SellerActivity late = new SellerActivity(Kind.WAIT_OPENED, "s-1", "SK", "t-2", 3_000L);
    SellerActivity reply = new SellerActivity(Kind.REPLIED, "s-1", "SK", "t-1", 2_000L);
    SellerActivity opened = new SellerActivity(Kind.WAIT_OPENED, "s-1", "SK", "t-3", 2_000L);
    SellerAbsenceState state =
        new SellerAbsenceState(List.of(), List.of(late, reply, opened), Map.of(), Map.of());

    DataOutputSerializer out = new DataOutputSerializer(256);
    serializer.serialize(state, out);
    SellerAbsenceState copy =
        serializer.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));

    assertThat(copy.pendingActivity()).containsExactly(opened, reply, late);
    assertThat(serializer.copy(state).pendingActivity()).containsExactly(opened, reply, late);
  }
}
