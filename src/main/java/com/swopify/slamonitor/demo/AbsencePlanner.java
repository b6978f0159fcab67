package com.swopify.slamonitor.demo;

import static com.swopify.slamonitor.demo.RandomDraws.between;
import static com.swopify.slamonitor.demo.RandomDraws.chance;

import com.swopify.slamonitor.events.AbsenceNotice;
import com.swopify.slamonitor.events.AbsenceStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Plans who is away when. About one seller in ten announces an absence: mostly 1 to 10 business
 * days, some with the two weeks' notice the policy asks for and some too late; a few notices are
 * edited to last longer or cancelled. Most announcing sellers then really stop answering. Sellers
 * of the absent-prone profile go silent without any notice.
 */
final class AbsencePlanner {
  static final double ANNOUNCING_SHARE = 0.10;
  private static final double TIMELY_NOTICE = 0.55;
  private static final double EDITED = 0.12;
  private static final double CANCELLED = 0.08;

  /** Announcing sellers that really stay away; the others keep answering anyway. */
  private static final double KEPT = 0.7;

  /** Unannounced silences longer than 5 business days, the kind the monitor must flag. */
  private static final double LONG_UNANNOUNCED = 0.7;

  private final GeneratorSettings settings;

  AbsencePlanner(GeneratorSettings settings) {
    this.settings = settings;
  }

  AbsencePlan plan(List<Seller> sellers, SplittableRandom rng) {
    List<AbsenceNotice> notices = new ArrayList<>();
    SellerSilences silences = new SellerSilences(sellers.size());
    for (Seller seller : sellers) {
      if (seller.profile() == SellerProfile.ABSENT_PRONE) {
        planUnannounced(seller, silences, rng);
      }
      if (chance(rng, ANNOUNCING_SHARE)) {
        planAnnounced(seller, notices, silences, rng);
      }
    }
    return new AbsencePlan(List.copyOf(notices), silences);
  }

  private void planUnannounced(Seller seller, SellerSilences silences, SplittableRandom rng) {
    ZoneId zone = seller.market().zone();
    LocalDate periodFirst = firstDay(zone);
    long periodDays = ChronoUnit.DAYS.between(periodFirst, lastDay(zone)) + 1;
    int stretches = between(rng, 1, 2);
    for (int i = 0; i < stretches; i++) {
      LocalDate first = BusinessWeek.onOrAfter(periodFirst.plusDays(rng.nextLong(periodDays)));
      int length = chance(rng, LONG_UNANNOUNCED) ? between(rng, 6, 12) : between(rng, 2, 4);
      LocalDate last = BusinessWeek.lastOfBusinessDays(first, length);
      silences.add(seller.index(), Silence.ofDays(first, last, zone));
    }
  }

  private void planAnnounced(
      Seller seller, List<AbsenceNotice> notices, SellerSilences silences, SplittableRandom rng) {
    ZoneId zone = seller.market().zone();
    int noticeDays = chance(rng, TIMELY_NOTICE) ? between(rng, 14, 30) : between(rng, 3, 13);
    int businessDays = absenceLength(rng);

    // Notified from the period's second local day, so the notice is never before the start.
    LocalDate earliest = firstDay(zone).plusDays(1);
    LocalDate latest = lastDay(zone).minusDays(noticeDays + 1L);
    long choices = Math.max(1, ChronoUnit.DAYS.between(earliest, latest) + 1);
    LocalDate notifiedOn = earliest.plusDays(rng.nextLong(choices));
    LocalDate firstDay = BusinessWeek.onOrAfter(notifiedOn.plusDays(noticeDays));
    LocalDate lastDay = BusinessWeek.lastOfBusinessDays(firstDay, businessDays);

    String noticeId = IdFormat.notice(seller.index(), 1);
    String market = seller.market().code();
    Instant notifiedAt = DailyRhythm.officeTime(notifiedOn, zone, rng);
    notices.add(
        new AbsenceNotice(
            noticeId, seller.id(), market, notifiedAt, firstDay, lastDay, AbsenceStatus.ANNOUNCED));

    boolean cancelled = false;
    double change = rng.nextDouble();
    if (change < EDITED + CANCELLED) {
      Instant changedAt = laterVersionAt(notifiedOn, firstDay, zone, rng);
      if (changedAt != null && change < EDITED) {
        lastDay = BusinessWeek.lastOfBusinessDays(lastDay.plusDays(1), between(rng, 2, 5));
        notices.add(
            new AbsenceNotice(
                noticeId,
                seller.id(),
                market,
                changedAt,
                firstDay,
                lastDay,
                AbsenceStatus.ANNOUNCED));
      } else if (changedAt != null) {
        cancelled = true;
        notices.add(
            new AbsenceNotice(
                noticeId,
                seller.id(),
                market,
                changedAt,
                firstDay,
                lastDay,
                AbsenceStatus.CANCELLED));
      }
    }
    if (!cancelled && chance(rng, KEPT)) {
      silences.add(seller.index(), Silence.ofDays(firstDay, lastDay, zone));
    }
  }

  /** Mostly short absences that need no notice, many a week or two long, a few longer. */
  private static int absenceLength(SplittableRandom rng) {
    double r = rng.nextDouble();
    if (r < 0.45) {
      return between(rng, 1, 5);
    }
    return r < 0.92 ? between(rng, 6, 10) : between(rng, 11, 15);
  }

  /** A second version a few days after the first, before the absence; null past the period. */
  private Instant laterVersionAt(
      LocalDate notifiedOn, LocalDate firstDay, ZoneId zone, SplittableRandom rng) {
    long daysBefore = ChronoUnit.DAYS.between(notifiedOn, firstDay);
    LocalDate day = notifiedOn.plusDays(between(rng, 1, (int) Math.max(1, daysBefore - 1)));
    Instant at = DailyRhythm.officeTime(day, zone, rng);
    return at.isBefore(settings.end()) ? at : null;
  }

  private LocalDate firstDay(ZoneId zone) {
    return settings.start().atZone(zone).toLocalDate();
  }

  private LocalDate lastDay(ZoneId zone) {
    return settings.end().minusNanos(1).atZone(zone).toLocalDate();
  }
}
