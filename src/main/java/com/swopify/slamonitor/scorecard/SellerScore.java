package com.swopify.slamonitor.scorecard;

import java.time.LocalDate;

/**
 * One seller's scorecard in one market for one closed local day (contract section 10).
 *
 * @param previousGrade the grade of the record for the day before; null if there was none
 */
public record SellerScore(
    String sellerId,
    String market,
    LocalDate day,
    ScoreWindow p7d,
    ScoreWindow p30d,
    ScoreWindow p90d,
    Grade grade,
    Grade previousGrade) {

  /** Window lengths in days, in the order of the record's fields. */
  public static final int[] WINDOW_DAYS = {7, 30, 90};
}
