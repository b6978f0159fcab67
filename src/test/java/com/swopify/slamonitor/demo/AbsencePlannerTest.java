package com.swopify.slamonitor.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.swopify.slamonitor.events.AbsenceNotice;
import com.swopify.slamonitor.events.AbsenceStatus;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AbsencePlannerTest {
  private static final GeneratorSettings SETTINGS = GeneratorSettings.defaults().withSellers(2_000);
  private static List<Seller> sellers;
  private static AbsencePlan plan;

  @BeforeAll
  static void planOnce() {
    sellers = SellerRoster.create(SETTINGS, new SplittableRandom(1));
    plan = new AbsencePlanner(SETTINGS).plan(sellers, new SplittableRandom(2));
  }

  /** The latest version of each notice, by noticeId. */
  private static Map<String, AbsenceNotice> finalVersions() {
    Map<String, AbsenceNotice> latest = new HashMap<>();
    plan.notices().forEach(notice -> latest.put(notice.noticeId(), notice));
    return latest;
  }

  @Test
  void aboutOneSellerInTenAnnounces() {
    double share = finalVersions().size() / (double) sellers.size();

    assertThat(share).isBetween(0.07, 0.13);
  }

  @Test
  void laterVersionsKeepTheSellerAndTheFirstDayAndComeLater() {
    Map<String, AbsenceNotice> first = new HashMap<>();
    int changed = 0;
    for (AbsenceNotice notice : plan.notices()) {
      AbsenceNotice earlier = first.putIfAbsent(notice.noticeId(), notice);
      if (earlier != null) {
        changed++;
        assertThat(notice.sellerId()).isEqualTo(earlier.sellerId());
        assertThat(notice.firstDay()).isEqualTo(earlier.firstDay());
        assertThat(notice.notifiedAt()).isAfter(earlier.notifiedAt());
        if (notice.status() == AbsenceStatus.ANNOUNCED) {
          assertThat(notice.lastDay()).isAfter(earlier.lastDay());
        }
      }
    }
    assertThat(changed).isGreaterThan(10);
  }

  @Test
  void absencesStartOnABusinessDayAndNoticesFallInThePeriod() {
    for (AbsenceNotice notice : plan.notices()) {
      assertThat(BusinessWeek.isBusinessDay(notice.firstDay())).isTrue();
      assertThat(notice.notifiedAt()).isBetween(SETTINGS.start(), SETTINGS.end());
    }
  }

  @Test
  void absentProneSellersGoSilentWithoutNotice() {
    for (Seller seller : sellers) {
      if (seller.profile() == SellerProfile.ABSENT_PRONE) {
        assertThat(plan.silences().of(seller.index())).isNotEmpty();
      }
    }
  }

  @Test
  void mostAnnouncedAbsencesAreKeptAndCancelledOnesNever() {
    Map<String, Seller> byId = new HashMap<>();
    sellers.forEach(seller -> byId.put(seller.id(), seller));
    int kept = 0;
    int announced = 0;
    for (AbsenceNotice notice : finalVersions().values()) {
      Seller seller = byId.get(notice.sellerId());
      ZoneId zone = seller.market().zone();
      Silence days = Silence.ofDays(notice.firstDay(), notice.lastDay(), zone);
      boolean silent = plan.silences().of(seller.index()).contains(days);
      if (notice.status() == AbsenceStatus.CANCELLED) {
        assertThat(silent).as(notice.noticeId()).isFalse();
      } else {
        announced++;
        kept += silent ? 1 : 0;
      }
    }
    assertThat(kept / (double) announced).isBetween(0.55, 0.85);
  }

  @Test
  void aSilenceMakesTheSellerUnreachableUntilItsEnd() {
    Silence silence =
        Silence.ofDays(
            java.time.LocalDate.parse("2026-10-12"),
            java.time.LocalDate.parse("2026-10-16"),
            ZoneId.of("Europe/Prague"));
    SellerSilences silences = new SellerSilences(1);
    silences.add(0, silence);

    assertThat(silences.silentUntil(0, silence.from())).isEqualTo(silence.until());
    assertThat(silences.silentUntil(0, silence.until())).isNull();
    assertThat(silences.silentUntil(0, silence.from().minus(Duration.ofSeconds(1)))).isNull();
  }
}
