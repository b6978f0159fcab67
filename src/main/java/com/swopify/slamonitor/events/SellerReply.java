package com.swopify.slamonitor.events;

import java.time.Instant;

/** A seller's reply in a Helpdesk thread (contract section 2). */
public record SellerReply(
    String messageId,
    String threadId,
    String sellerId,
    String market,
    Instant sentAt,
    boolean automated,
    String text) {}
