package com.swopify.slamonitor.events;

import java.time.Instant;

/** A case opened on a thread: a dispute, a refused right or a serious violation. */
public record CaseEvent(
    String caseId,
    String threadId,
    String sellerId,
    String market,
    Instant openedAt,
    CaseType type) {}
