package com.swopify.slamonitor.metrics;

/** Open and overdue waits of one market, as one subtask counted them (its checkpointed form). */
public record MarketWaits(String market, long open, long overdue) {}
