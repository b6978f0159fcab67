package com.swopify.slamonitor.demo;

import java.time.Instant;
import java.time.ZoneId;

/**
 * A record on its way into a stream file: its fields, its event time (which places it in the file)
 * and its market's zone (which a malformed copy needs to write a local time).
 */
record OutgoingRecord(JsonFields fields, Instant at, ZoneId zone) {}
