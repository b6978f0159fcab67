package com.swopify.slamonitor.flink;

import static org.assertj.core.api.Assertions.assertThat;

import com.swopify.slamonitor.detect.automated.TemplateRepetition;
import com.swopify.slamonitor.events.Breach;
import com.swopify.slamonitor.events.BreachType;
import com.swopify.slamonitor.events.QuickReply;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.java.typeutils.runtime.PojoSerializer;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Template recognition in Flink's operator harness: outputs, timers and state per seller. */
class TemplateReplyFunctionTest {
  static final long T0 = Instant.parse("2026-11-24T10:00:00Z").toEpochMilli();
  static final long MINUTE = 60_000L;
  static final long HOUR = 60 * MINUTE;

  private KeyedOneInputStreamOperatorTestHarness<String, QuickReply, Breach> harness;

  static KeyedOneInputStreamOperatorTestHarness<String, QuickReply, Breach> newHarness(
      long asOfMillis) throws Exception {
    TemplateRepetition rules = new TemplateRepetition(5, Duration.ofHours(1));
    return new KeyedOneInputStreamOperatorTestHarness<>(
        new KeyedProcessOperator<>(new TemplateReplyFunction(rules, asOfMillis)),
        QuickReply::sellerId,
        Types.STRING);
  }

  private void open(long asOfMillis) throws Exception {
    harness = newHarness(asOfMillis);
    harness.open();
  }

  @AfterEach
  void tearDown() throws Exception {
    if (harness != null) {
      harness.close();
    }
  }

  static QuickReply reply(String seller, int thread, long at) {
    return new QuickReply(seller, "SK", "t-" + thread, "r-" + thread, at, 42L);
  }

  /** Seller s-1 answers threads 1..count with the same text, one a minute from T0. */
  static List<QuickReply> burst(String seller, int count) {
    List<QuickReply> replies = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      replies.add(reply(seller, i, T0 + (i - 1) * MINUTE));
    }
    return replies;
  }

  private void send(QuickReply reply) throws Exception {
    harness.processElement(new StreamRecord<>(reply, reply.at()));
  }

  @Test
  void quickRepliesAreSerializedWithoutKryo() throws Exception {
    SerializerConfigImpl noGenericTypes = new SerializerConfigImpl();
    noGenericTypes.setGenericTypes(false);
    TypeSerializer<QuickReply> serializer =
        TemplateReplyFunction.quickReplyType().createSerializer(noGenericTypes);
    assertThat(serializer).isInstanceOf(PojoSerializer.class);

    QuickReply reply = reply("s-1", 1, T0);
    DataOutputSerializer out = new DataOutputSerializer(64);
    serializer.serialize(reply, out);
    assertThat(serializer.deserialize(new DataInputDeserializer(out.getCopyOfBuffer())))
        .isEqualTo(reply);
  }

  @Test
  void aBurstOfOneTextIsDecidedAWindowLaterAndLeavesNoState() throws Exception {
    open(Long.MAX_VALUE);
    for (QuickReply reply : burst("s-1", 5)) {
      send(reply);
    }
    // One timer for the seller, at the first reply's decision.
    assertThat(harness.numEventTimeTimers()).isEqualTo(1);
    assertThat(harness.numKeyedStateEntries()).isEqualTo(2);

    harness.processWatermark(T0 + HOUR - 1);
    assertThat(harness.extractOutputValues()).isEmpty();

    harness.processWatermark(T0 + HOUR);
    assertThat(harness.extractOutputValues()).extracting(Breach::messageId).containsExactly("r-1");
    assertThat(harness.numEventTimeTimers()).isEqualTo(1);

    harness.processWatermark(T0 + 10 * HOUR);
    List<Breach> breaches = harness.extractOutputValues();
    assertThat(breaches)
        .extracting(Breach::messageId)
        .containsExactly("r-1", "r-2", "r-3", "r-4", "r-5");
    assertThat(breaches)
        .allSatisfy(
            breach -> {
              assertThat(breach.type()).isEqualTo(BreachType.AUTOMATED_REPLY);
              assertThat(breach.sellerId()).isEqualTo("s-1");
              assertThat(breach.detailsJson())
                  .isEqualTo("{\"recognisedBy\":\"template\",\"threads\":5,\"window\":\"PT1H\"}");
            });
    assertThat(breaches.get(4).occurredAt()).isEqualTo(Instant.ofEpochMilli(T0 + 4 * MINUTE));
    assertThat(harness.numEventTimeTimers()).isZero();
    assertThat(harness.numKeyedStateEntries()).isZero();
  }

  @Test
  void fourThreadsEmitNothingAndAreForgotten() throws Exception {
    open(Long.MAX_VALUE);
    for (QuickReply reply : burst("s-1", 4)) {
      send(reply);
    }
    harness.processWatermark(T0 + 10 * HOUR);
    assertThat(harness.extractOutputValues()).isEmpty();
    assertThat(harness.numKeyedStateEntries()).isZero();
    assertThat(harness.numEventTimeTimers()).isZero();
  }

  @Test
  void anEarlierArrivalMovesTheOneTimerForward() throws Exception {
    open(Long.MAX_VALUE);
    send(reply("s-1", 2, T0 + 30 * MINUTE));
    send(reply("s-1", 1, T0));
    assertThat(harness.numEventTimeTimers()).isEqualTo(1);

    harness.processWatermark(T0 + HOUR);
    // The timer at T0 + 1 h decided r-1 and set the next one, for r-2.
    assertThat(harness.numEventTimeTimers()).isEqualTo(1);
    assertThat(harness.extractOutputValues()).isEmpty();
  }

  @Test
  void sellersAreJudgedApart() throws Exception {
    open(Long.MAX_VALUE);
    for (QuickReply reply : burst("s-1", 3)) {
      send(reply);
    }
    for (QuickReply reply : burst("s-2", 2)) {
      send(reply);
    }
    harness.processWatermark(T0 + 10 * HOUR);
    assertThat(harness.extractOutputValues()).isEmpty();
    assertThat(harness.numEventTimeTimers()).isZero();
  }

  @Test
  void nothingIsDecidedAfterAsOfEvenAtTheEndOfInput() throws Exception {
    // Decisions fall at reply time + 1 h: 11:00 to 11:04. asOf 11:02 decides the first three,
    // with the last two as context, and leaves those two unjudged.
    open(T0 + HOUR + 2 * MINUTE);
    for (QuickReply reply : burst("s-1", 5)) {
      send(reply);
    }
    harness.processWatermark(Long.MAX_VALUE);
    assertThat(harness.extractOutputValues())
        .extracting(Breach::messageId)
        .containsExactly("r-1", "r-2", "r-3");
    assertThat(harness.numEventTimeTimers()).isZero();
  }

  @Test
  void stateSurvivesASnapshotAndRestore() throws Exception {
    open(Long.MAX_VALUE);
    List<QuickReply> replies = burst("s-1", 5);
    for (QuickReply reply : replies.subList(0, 3)) {
      send(reply);
    }
    harness.processWatermark(T0 + 3 * MINUTE - 1);
    var snapshot = harness.snapshot(1L, 1L);
    harness.close();

    harness = newHarness(Long.MAX_VALUE);
    harness.initializeState(snapshot);
    harness.open();
    for (QuickReply reply : replies.subList(3, 5)) {
      send(reply);
    }
    harness.processWatermark(T0 + 10 * HOUR);
    assertThat(harness.extractOutputValues()).hasSize(5);
  }

  @Test
  void anyArrivalOrderGivesTheSameBreaches() throws Exception {
    List<QuickReply> replies = new ArrayList<>(burst("s-1", 6));
    replies.add(reply("s-1", 7, T0 + 2 * HOUR));
    replies.add(new QuickReply("s-1", "SK", "t-8", "r-8", T0 + 3 * MINUTE, 7L));
    List<List<String>> outcomes = new ArrayList<>();
    for (long seed = 1; seed <= 5; seed++) {
      Collections.shuffle(replies, new Random(seed));
      open(Long.MAX_VALUE);
      for (QuickReply reply : replies) {
        send(reply);
      }
      harness.processWatermark(Long.MAX_VALUE);
      outcomes.add(harness.extractOutputValues().stream().map(Breach::breachId).sorted().toList());
      harness.close();
      harness = null;
    }
    assertThat(outcomes.get(0)).hasSize(6);
    assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome).isEqualTo(outcomes.get(0)));
  }
}
