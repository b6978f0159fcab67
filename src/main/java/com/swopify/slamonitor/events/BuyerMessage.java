package com.swopify.slamonitor.events;

import java.time.Instant;

/**
 * A buyer's message in a Helpdesk thread (contract section 2). Optional fields are null when
 * absent; {@code topic} defaults to {@link Topic#GENERAL}; {@code text} is cut to the analysis
 * limit by the parser.
 */
public record BuyerMessage(
    String messageId,
    String threadId,
    String sellerId,
    String market,
    Instant sentAt,
    String buyerId,
    String orderId,
    Topic topic,
    String language,
    String text) {}
