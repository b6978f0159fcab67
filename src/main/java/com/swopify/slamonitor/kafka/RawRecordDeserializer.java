package com.swopify.slamonitor.kafka;

import com.swopify.slamonitor.codec.Utf8;
import com.swopify.slamonitor.events.Source;
import com.swopify.slamonitor.flink.RawRecord;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Kafka records of the input topics as raw records: the stream (known by its topic), the value as
 * text, and topic, partition and offset, so that a dead letter tells exactly where its record came
 * from. Parsing happens in the job, where a bad record becomes a dead letter instead of failing the
 * source.
 */
public final class RawRecordDeserializer implements KafkaRecordDeserializationSchema<RawRecord> {
  private static final long serialVersionUID = 1L;

  private final Map<String, Source> sourceOfTopic;

  public RawRecordDeserializer(Map<String, Source> sourceOfTopic) {
    this.sourceOfTopic = Map.copyOf(sourceOfTopic);
  }

  @Override
  public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<RawRecord> out) {
    // A tombstone (null value) is not a record of ours; it reaches the dead letters as "not JSON".
    byte[] bytes = record.value() == null ? new byte[0] : record.value();
    String value = Utf8.strict(bytes, 0, bytes.length);
    boolean utf8 = value != null;
    out.collect(
        new RawRecord(
            sourceOfTopic.get(record.topic()),
            utf8 ? value : Utf8.lenient(bytes, 0, bytes.length),
            record.topic(),
            record.partition(),
            record.offset(),
            utf8));
  }

  @Override
  public TypeInformation<RawRecord> getProducedType() {
    return TypeInformation.of(RawRecord.class);
  }
}
