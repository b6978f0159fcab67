package com.swopify.slamonitor.codec;

import com.swopify.slamonitor.events.DeadLetter;
import com.swopify.slamonitor.events.Source;

/** Builds dead letters (contract section 8) with the raw record cut to the contract's limit. */
public final class DeadLetters {
  /** The raw record is kept up to this many UTF-8 bytes: enough to find and fix it. */
  public static final int MAX_RAW_BYTES = 8 * 1024;

  private DeadLetters() {}

  /**
   * @param raw the record as received; cut to 8 KiB of UTF-8, whole characters only
   * @param topic Kafka topic, partition and offset: null outside Kafka mode
   */
  public static DeadLetter of(
      Source source, String reason, String raw, String topic, Integer partition, Long offset) {
    String kept = raw == null ? "" : Texts.cutUtf8(raw, MAX_RAW_BYTES);
    return new DeadLetter(source.wireName(), reason, kept, topic, partition, offset);
  }
}
