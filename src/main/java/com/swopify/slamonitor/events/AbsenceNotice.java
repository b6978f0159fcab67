package com.swopify.slamonitor.events;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A version of a seller's absence notice (contract section 2). A later record with the same
 * noticeId replaces the earlier one; {@code status} defaults to {@link AbsenceStatus#ANNOUNCED}.
 */
public record AbsenceNotice(
    String noticeId,
    String sellerId,
    String market,
    Instant notifiedAt,
    LocalDate firstDay,
    LocalDate lastDay,
    AbsenceStatus status) {}
