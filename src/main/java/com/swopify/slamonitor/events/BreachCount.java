package com.swopify.slamonitor.events;

import java.time.LocalDate;

/** Breaches of one type, seller, market and market-local day (contract section 2). */
public record BreachCount(
    String sellerId, String market, BreachType type, LocalDate day, long count) {}
