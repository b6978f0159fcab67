package com.swopify.slamonitor.flink;

import com.swopify.slamonitor.events.Source;

/**
 * One input record as received, before parsing: the line of a file or the value of a Kafka
 * record, with where it came from (topic, partition and offset in Kafka mode, else null).
 */
public record RawRecord(Source source, String value, String topic, Integer partition, Long offset) {
  public static RawRecord ofLine(Source source, String line) {
    return new RawRecord(source, line, null, null, null);
  }
}
