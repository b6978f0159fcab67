package com.swopify.slamonitor.scorecard;

import java.math.BigDecimal;

/** A seller's grade in a market, from its 30-day window (contract section 10). */
public enum Grade {
  NO_DATA,
  GOOD,
  AT_RISK,
  POOR;

  /** The grade of a window; the exact ratio is compared, not the rounded rate. */
  public static Grade of(ScoreWindow window, ScorecardSettings settings) {
    if (window.waits() < settings.minWaits() || window.waits() == 0) {
      return NO_DATA;
    }
    BigDecimal onTime = BigDecimal.valueOf(window.onTime());
    BigDecimal waits = BigDecimal.valueOf(window.waits());
    if (onTime.compareTo(BigDecimal.valueOf(settings.good()).multiply(waits)) >= 0) {
      return GOOD;
    }
    if (onTime.compareTo(BigDecimal.valueOf(settings.atRisk()).multiply(waits)) >= 0) {
      return AT_RISK;
    }
    return POOR;
  }
}
