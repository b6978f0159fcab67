package com.swopify.slamonitor.flink;

import com.swopify.slamonitor.codec.NdjsonLines;
import com.swopify.slamonitor.events.Source;

/**
 * One input record as received, before parsing: the line of a file or the value of a Kafka record,
 * with where it came from (topic, partition and offset in Kafka mode, else null).
 *
 * @param utf8 false: the record's bytes are not UTF-8 and {@code value} is their lenient decoding,
 *     for its dead letter
 */
public record RawRecord(
    Source source, String value, String topic, Integer partition, Long offset, boolean utf8) {
  public RawRecord(Source source, String value, String topic, Integer partition, Long offset) {
    this(source, value, topic, partition, offset, true);
  }

  public static RawRecord ofLine(Source source, String line) {
    return new RawRecord(source, line, null, null, null);
  }

  public static RawRecord ofLine(Source source, NdjsonLines.Line line) {
    return new RawRecord(source, line.text(), null, null, null, line.utf8());
  }
}
