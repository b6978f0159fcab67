package com.swopify.slamonitor.events;

/**
 * A record the monitor could not use, with the reason a person can act on (contract section 8).
 * {@code raw} is cut to 8 KiB; topic, partition and offset are set in Kafka mode only.
 */
public record DeadLetter(
    String source, String reason, String raw, String topic, Integer partition, Long offset) {}
