package com.swopify.slamonitor.market;

import static com.swopify.slamonitor.calendar.TestMarkets.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.swopify.slamonitor.calendar.BusinessCalendar;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class MarketRulebookTest {
  private final MarketRulebook calendars =
      MarketRulebook.of(Markets.load(Path.of("jobs/markets.yaml")));

  @Test
  void buildsEachCalendarOnce() {
    assertThat(calendars.calendar("SK")).isSameAs(calendars.calendar("SK"));
    assertThat(calendars.calendar("SK").market()).isEqualTo("SK");
  }

  @Test
  void rejectsUnknownMarkets() {
    assertThatThrownBy(() -> calendars.calendar("XX"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown market XX");
  }

  @Test
  void survivesJavaSerializationAsFlinkShipsIt() throws Exception {
    calendars.calendar(
        "SK"); // fill the cache: it must not travel, and must work again after the trip
    MarketRulebook copy = roundTrip(calendars);
    assertThat(copy.markets()).isEqualTo(calendars.markets());
    assertThat(copy.calendar("SK").add(at("2026-12-23T10:00+01:00"), Duration.ofHours(24)))
        .isEqualTo(at("2026-12-28T10:00+01:00"));
  }

  @Test
  void oneCalendarServesManyThreadsAcrossYears() throws Exception {
    BusinessCalendar shared = MarketRulebook.of(calendars.markets()).calendar("DE");
    BusinessCalendar alone = MarketRulebook.of(calendars.markets()).calendar("DE");
    long start = at("2020-01-01T00:00Z").toEpochMilli();
    long step = 7_919_000L; // about 2 h 12 min, so starts fall at all times of day
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<long[]>> results = new ArrayList<>();
      for (int thread = 0; thread < 4; thread++) {
        // Each thread walks a different stretch of years, so tables are built concurrently.
        long from = start + thread * 365L * 86_400_000L;
        results.add(pool.submit(() -> dueDates(shared, from, step)));
      }
      for (int thread = 0; thread < 4; thread++) {
        assertThat(results.get(thread).get())
            .isEqualTo(dueDates(alone, start + thread * 365L * 86_400_000L, step));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static long[] dueDates(BusinessCalendar calendar, long from, long step) {
    long[] due = new long[20_000];
    for (int i = 0; i < due.length; i++) {
      due[i] = calendar.add(from + i * step, Duration.ofHours(24).toMillis());
    }
    return due;
  }

  @SuppressWarnings("unchecked")
  private static <T> T roundTrip(T value) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }
}
