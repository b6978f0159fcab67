package com.swopify.slamonitor.demo;

/**
 * A generated seller. {@code index} is its position in the roster (silences are looked up by it);
 * {@code activity} is its relative share of threads; {@code automationFlagged} says whether the
 * Helpdesk knows its auto-responder (a third-party tool replies without the flag).
 */
record Seller(
    int index,
    String id,
    MarketSpec market,
    SellerProfile profile,
    boolean automationFlagged,
    double activity) {}
