package com.swopify.slamonitor.events;

import java.time.Instant;

/**
 * A rule breach (contract section 2). {@code detailsJson} is the type-specific evidence as a JSON
 * object, already masked: it never holds raw personal data. {@code calendarChangeId} names the
 * latest published calendar change in force when the breach was decided, if any (contract section
 * 11).
 */
public record Breach(
    String breachId,
    BreachType type,
    String sellerId,
    String market,
    String threadId,
    String messageId,
    String noticeId,
    Instant occurredAt,
    String detailsJson,
    String calendarChangeId) {}
