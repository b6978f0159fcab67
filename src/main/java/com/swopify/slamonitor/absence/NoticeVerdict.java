package com.swopify.slamonitor.absence;

import com.swopify.slamonitor.events.AbsenceNotice;
import com.swopify.slamonitor.events.AbsenceStatus;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How one version of an absence notice measures up to rule R5 (contract section 5): the absence's
 * business days in its market, and the calendar days between the local date of notifiedAt and
 * firstDay (negative when the notice came after the absence started).
 */
public record NoticeVerdict(
    AbsenceNotice notice,
    int businessDays,
    long noticeDays,
    int threshold,
    int requiredNoticeDays) {

  public static NoticeVerdict of(AbsenceNotice notice, MarketDays days) {
    LocalDate notifiedOn = days.dateOf(notice.notifiedAt().toEpochMilli());
    return new NoticeVerdict(
        notice,
        days.businessDays(notice.firstDay(), notice.lastDay()),
        ChronoUnit.DAYS.between(notifiedOn, notice.firstDay()),
        days.noticeThreshold(),
        days.requiredNoticeDays());
  }

  public boolean announced() {
    return notice.status() == AbsenceStatus.ANNOUNCED;
  }

  /** An announced absence of more business days than the threshold: it needs notice and cover. */
  public boolean needsNotice() {
    return announced() && businessDays > threshold;
  }

  public boolean noticeTooShort() {
    return needsNotice() && noticeDays < requiredNoticeDays;
  }
}
