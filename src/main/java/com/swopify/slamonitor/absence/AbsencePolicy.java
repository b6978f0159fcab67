package com.swopify.slamonitor.absence;

import java.io.Serializable;

/**
 * A market's absence rules (contract section 3): an absence of more than {@code
 * noticeAfterBusinessDays} business days needs {@code noticeDays} calendar days of notice (markets
 * file: {@code absenceNoticeAfterBusinessDays}, {@code absenceNoticeDays}).
 */
public record AbsencePolicy(int noticeAfterBusinessDays, int noticeDays) implements Serializable {
  public static final AbsencePolicy DEFAULT = new AbsencePolicy(5, 14);

  public AbsencePolicy {
    if (noticeAfterBusinessDays < 0 || noticeDays < 0) {
      throw new IllegalArgumentException(
          "absence thresholds must not be negative: "
              + noticeAfterBusinessDays
              + ", "
              + noticeDays);
    }
  }
}
