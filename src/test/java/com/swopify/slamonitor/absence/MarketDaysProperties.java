package com.swopify.slamonitor.absence;

import static org.assertj.core.api.Assertions.assertThat;

import com.swopify.slamonitor.market.MarketRulebook;
import com.swopify.slamonitor.market.Markets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The kept day starts must give what java.time gives, in zones with DST changes at night and at
 * midnight, and for instants near each other (kept) and far apart (computed each time).
 */
class MarketDaysProperties {
  private static final Markets MARKETS =
      Markets.parse(
          """
      markets:
        SK: {timeZone: Europe/Bratislava, languages: [sk], holidayCountry: SK}
        CL: {timeZone: America/Santiago, languages: [es]}
        NZ: {timeZone: Pacific/Chatham, languages: [en]}
        KI: {timeZone: Pacific/Kiritimati, languages: [en]}
      """,
          "test markets");
  private static final MarketRulebook CALENDARS = MarketRulebook.of(MARKETS);

  @Property(tries = 300)
  void daysAreJavaTimesDaysInTheMarketsZone(
      @ForAll("markets") String market, @ForAll("instantSeries") List<Long> instants) {
    // One instance per series: later instants find earlier ones' days kept.
    MarketDays days = new MarketDays(CALENDARS.calendar(market), CALENDARS.absencePolicy(market));
    ZoneId zone = days.zone();
    for (long millis : instants) {
      LocalDate date = LocalDate.ofInstant(Instant.ofEpochMilli(millis), zone);
      long start = date.atStartOfDay(zone).toInstant().toEpochMilli();
      long nextStart = date.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();

      assertThat(days.dateOf(millis)).isEqualTo(date);
      assertThat(days.startOf(date)).isEqualTo(start);
      assertThat(days.lastMillisOf(date)).isEqualTo(nextStart - 1);
      assertThat(days.firstWholeDayFrom(millis))
          .isEqualTo(start == millis ? date : date.plusDays(1));
      // The exact boundaries, where an off-by-one would show.
      assertThat(days.dateOf(start)).isEqualTo(date);
      assertThat(days.dateOf(start - 1)).isEqualTo(date.minusDays(1));
    }
  }

  @Provide
  Arbitrary<String> markets() {
    return Arbitraries.of("SK", "CL", "NZ", "KI");
  }

  /** Runs of instants: mostly within weeks of each other, sometimes decades away. */
  @Provide
  Arbitrary<List<Long>> instantSeries() {
    long from = Instant.parse("1990-01-01T00:00:00Z").toEpochMilli();
    long to = Instant.parse("2060-01-01T00:00:00Z").toEpochMilli();
    Arbitrary<Long> near =
        Arbitraries.longs()
            .between(
                Instant.parse("2026-03-01T00:00:00Z").toEpochMilli(),
                Instant.parse("2026-11-30T00:00:00Z").toEpochMilli());
    Arbitrary<Long> far = Arbitraries.longs().between(from, to);
    return Arbitraries.frequencyOf(Tuple.of(9, near), Tuple.of(1, far))
        .list()
        .ofMinSize(1)
        .ofMaxSize(40);
  }
}
