package com.swopify.slamonitor.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.swopify.slamonitor.events.Source;
import com.swopify.slamonitor.flink.RawRecord;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Kafka record values as raw records: one that is not UTF-8 is flagged for its dead letter. */
class RawRecordDeserializerTest {
  private final RawRecordDeserializer deserializer =
      new RawRecordDeserializer(Map.of("in", Source.REPLIES));

  private RawRecord deserialize(byte[] value) {
    List<RawRecord> out = new ArrayList<>();
    deserializer.deserialize(
        new ConsumerRecord<>("in", 2, 40L, null, value),
        new Collector<>() {
          @Override
          public void collect(RawRecord record) {
            out.add(record);
          }

          @Override
          public void close() {}
        });
    assertThat(out).hasSize(1);
    return out.get(0);
  }

  @Test
  void aUtf8ValueIsItsText() {
    RawRecord record = deserialize("{\"text\":\"Dobrý deň\"}".getBytes(StandardCharsets.UTF_8));
    assertThat(record)
        .isEqualTo(new RawRecord(Source.REPLIES, "{\"text\":\"Dobrý deň\"}", "in", 2, 40L, true));
  }

  @Test
  void aValueThatIsNotUtf8IsFlaggedAndKeptLeniently() {
    RawRecord record = deserialize(new byte[] {'{', (byte) 0xFF, '}'});
    assertThat(record.utf8()).isFalse();
    assertThat(record.value()).isEqualTo("{\uFFFD}");
    assertThat(record.offset()).isEqualTo(40L);
  }

  @Test
  void aTombstoneIsAnEmptyRecord() {
    assertThat(deserialize(null)).isEqualTo(new RawRecord(Source.REPLIES, "", "in", 2, 40L, true));
  }
}
