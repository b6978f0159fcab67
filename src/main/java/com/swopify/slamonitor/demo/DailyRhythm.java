package com.swopify.slamonitor.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

/**
 * When people write, in their market's local time: buyers mostly on weekday daytime, some in the
 * evening, at night and at weekends; sellers reply while awake and announce absences from the
 * office.
 */
final class DailyRhythm {
  /** Share of buyer messages written at any hour rather than in the daytime peak. */
  private static final double ANY_HOUR_SHARE = 0.12;

  /** A drawn weekend day is kept this often, so weekends get well under their 2/7 share. */
  private static final double WEEKEND_KEPT = 0.4;

  private static final int ATTEMPTS = 64;

  /** Buyer activity by local hour: a morning-to-afternoon plateau and an evening bump. */
  private static final WeightedChoice<Integer> DAYTIME_HOUR =
      WeightedChoice.<Integer>builder()
          .add(7, 2)
          .add(8, 5)
          .add(9, 8)
          .add(10, 10)
          .add(11, 10)
          .add(12, 9)
          .add(13, 9)
          .add(14, 9)
          .add(15, 8)
          .add(16, 8)
          .add(17, 7)
          .add(18, 7)
          .add(19, 8)
          .add(20, 8)
          .add(21, 6)
          .add(22, 3)
          .build();

  private static final int WAKE_HOUR = 7;
  private static final int BED_HOUR = 23;
  private static final long MORNING_SPREAD_SECONDS = Duration.ofHours(2).getSeconds();

  private DailyRhythm() {}

  /** When a buyer opens a thread: an instant in [from, until). */
  static Instant buyerMessageAt(SplittableRandom rng, ZoneId zone, Instant from, Instant until) {
    LocalDate firstDay = from.atZone(zone).toLocalDate();
    long days = ChronoUnit.DAYS.between(firstDay, until.atZone(zone).toLocalDate()) + 1;
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      LocalDate day = firstDay.plusDays(rng.nextLong(days));
      if (!BusinessWeek.isBusinessDay(day) && !RandomDraws.chance(rng, WEEKEND_KEPT)) {
        continue;
      }
      int hour = RandomDraws.chance(rng, ANY_HOUR_SHARE) ? rng.nextInt(24) : DAYTIME_HOUR.pick(rng);
      Instant t = atLocal(day, LocalTime.of(hour, rng.nextInt(60), rng.nextInt(60)), zone);
      if (!t.isBefore(from) && t.isBefore(until)) {
        return t;
      }
    }
    // Only a period of a few hours gets here: any instant in it will do.
    return from.plusSeconds(rng.nextLong(Math.max(1, Duration.between(from, until).getSeconds())));
  }

  /**
   * A person's reply the business clock puts in the night (that clock runs 24 hours a weekday)
   * moves to the next morning: real sellers answer while awake.
   */
  static Instant sellerAwake(Instant t, ZoneId zone, SplittableRandom rng) {
    ZonedDateTime local = t.atZone(zone);
    int hour = local.getHour();
    if (hour >= WAKE_HOUR && hour < BED_HOUR) {
      return t;
    }
    LocalDate morning = hour >= BED_HOUR ? local.toLocalDate().plusDays(1) : local.toLocalDate();
    return atLocal(morning, LocalTime.of(WAKE_HOUR, 0), zone)
        .plusSeconds(rng.nextLong(MORNING_SPREAD_SECONDS));
  }

  /** A time in office hours (08:00 to 18:00) on the given local day. */
  static Instant officeTime(LocalDate day, ZoneId zone, SplittableRandom rng) {
    return atLocal(day, LocalTime.of(RandomDraws.between(rng, 8, 17), rng.nextInt(60)), zone);
  }

  private static Instant atLocal(LocalDate day, LocalTime time, ZoneId zone) {
    return ZonedDateTime.of(day, time, zone).toInstant();
  }
}
