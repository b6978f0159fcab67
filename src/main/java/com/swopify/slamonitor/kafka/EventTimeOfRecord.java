package com.swopify.slamonitor.kafka;

import com.swopify.slamonitor.codec.InputParser;
import com.swopify.slamonitor.codec.InvalidRecordException;
import com.swopify.slamonitor.events.EventTimes;
import com.swopify.slamonitor.flink.RawRecord;
import java.time.Instant;
import java.util.Set;
import org.apache.flink.api.common.eventtime.SerializableTimestampAssigner;

/**
 * The event time of a raw Kafka record, read at the source so that each partition gets its own
 * watermark (topics read at different speeds must not make each other's records late). A record
 * that does not parse has no event time; the job sends it to the dead letters.
 */
public final class EventTimeOfRecord implements SerializableTimestampAssigner<RawRecord> {
  private static final long serialVersionUID = 1L;

  private final Set<String> markets;
  private transient InputParser parser;

  public EventTimeOfRecord(Set<String> markets) {
    this.markets = Set.copyOf(markets);
  }

  @Override
  public long extractTimestamp(RawRecord record, long recordTimestamp) {
    if (parser == null) {
      parser = new InputParser(markets);
    }
    try {
      Instant at = EventTimes.of(parser.parse(record.source(), record.value()));
      return at == null ? Long.MIN_VALUE : at.toEpochMilli();
    } catch (InvalidRecordException e) {
      return Long.MIN_VALUE;
    }
  }
}
