package com.swopify.slamonitor.absence;

import com.swopify.slamonitor.events.AbsenceNotice;
import com.swopify.slamonitor.events.Breach;
import com.swopify.slamonitor.events.BreachType;
import com.swopify.slamonitor.events.Details;
import com.swopify.slamonitor.events.Ids;
import com.swopify.slamonitor.events.TakeoverReason;
import com.swopify.slamonitor.events.TakeoverRequest;
import java.time.Instant;
import java.time.LocalDate;

/** The output records of the absence rules, with their deterministic ids and evidence. */
final class AbsenceRecords {
  private AbsenceRecords() {}

  /**
   * The id covers every field of the version that the verdict depends on, so an identical duplicate
   * gets the same id and a changed version a new one.
   */
  static Breach noticeTooShort(NoticeVerdict verdict) {
    AbsenceNotice n = verdict.notice();
    BreachType type = BreachType.ABSENCE_NOTICE_TOO_SHORT;
    return new Breach(
        Ids.of(
            "breach",
            type,
            n.sellerId(),
            n.noticeId(),
            n.market(),
            n.notifiedAt(),
            n.firstDay(),
            n.lastDay()),
        type,
        n.sellerId(),
        n.market(),
        null,
        null,
        n.noticeId(),
        n.notifiedAt(),
        Details.object()
            .put("absenceBusinessDays", verdict.businessDays())
            .put("noticeDays", verdict.noticeDays())
            .put("requiredNoticeDays", verdict.requiredNoticeDays())
            .put("firstDay", n.firstDay().toString())
            .put("lastDay", n.lastDay().toString())
            .json(),
        null);
  }

  static TakeoverRequest sellerAbsent(AbsenceNotice n, int businessDays, long requestedAt) {
    TakeoverReason reason = TakeoverReason.SELLER_ABSENT;
    return new TakeoverRequest(
        Ids.of("takeover", n.sellerId(), n.noticeId(), reason),
        null,
        n.sellerId(),
        n.market(),
        reason,
        reason.severity(),
        Instant.ofEpochMilli(requestedAt),
        Details.object()
            .put("noticeId", n.noticeId())
            .put("firstDay", n.firstDay().toString())
            .put("lastDay", n.lastDay().toString())
            .put("absenceBusinessDays", businessDays)
            .json());
  }

  /** One breach per stretch: the seller, market and start of the stretch identify it. */
  static Breach unannouncedAbsence(
      String sellerId,
      SilentStretch stretch,
      int businessDays,
      LocalDate lastDay,
      long detectedAt) {
    BreachType type = BreachType.UNANNOUNCED_ABSENCE;
    Instant since = Instant.ofEpochMilli(stretch.since());
    return new Breach(
        Ids.of("breach", type, sellerId, stretch.market(), since),
        type,
        sellerId,
        stretch.market(),
        null,
        null,
        null,
        Instant.ofEpochMilli(detectedAt),
        Details.object()
            .put("silentSince", since)
            .put("businessDays", businessDays)
            .put("lastDay", lastDay.toString())
            .put("waitingThreads", stretch.waitingThreads().size())
            .json(),
        null);
  }
}
