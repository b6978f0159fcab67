package com.swopify.slamonitor.scorecard;

import java.io.Serializable;

/**
 * A market's {@code scorecard:} keys (contract section 10): a seller is graded from the 30-day
 * window once it has at least {@code minWaits} waits; GOOD from an on-time rate of {@code good},
 * AT_RISK from {@code atRisk}, POOR below.
 */
public record ScorecardSettings(int minWaits, double good, double atRisk) implements Serializable {
  public static final ScorecardSettings DEFAULTS = new ScorecardSettings(10, 0.95, 0.90);

  public ScorecardSettings {
    if (minWaits < 0 || !(atRisk >= 0 && atRisk <= good && good <= 1)) {
      throw new IllegalArgumentException(
          "scorecard settings need minWaits >= 0 and "
              + "0 <= atRisk <= good <= 1, not "
              + minWaits
              + ", "
              + atRisk
              + ", "
              + good);
    }
  }
}
