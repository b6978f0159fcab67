package com.swopify.slamonitor.events;

import java.time.Instant;

/** A request that the platform take over a thread, or cover an absent seller (section 2). */
public record TakeoverRequest(
    String takeoverId,
    String threadId,
    String sellerId,
    String market,
    TakeoverReason reason,
    Severity severity,
    Instant requestedAt,
    String evidenceJson) {}
