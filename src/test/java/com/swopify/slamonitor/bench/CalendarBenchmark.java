package com.swopify.slamonitor.bench;

import com.swopify.slamonitor.calendar.BusinessCalendar;
import com.swopify.slamonitor.market.Markets;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The per-event cost of the SLA clock: {@code add(t, PT24H)} for start instants spread over two
 * years (so both the cached-year fast path and year switches are exercised). Run with bench/jmh.sh.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CalendarBenchmark {
  private static final String MARKETS =
      """
      markets:
        SK: {timeZone: Europe/Bratislava, languages: [sk], holidayCountry: SK}
        CZ:
          timeZone: Europe/Prague
          languages: [cs]
          holidayCountry: CZ
          businessHours:
            MONDAY:    ["08:00-12:00", "13:00-17:00"]
            TUESDAY:   ["08:00-12:00", "13:00-17:00"]
            WEDNESDAY: ["08:00-12:00", "13:00-17:00"]
            THURSDAY:  ["08:00-12:00", "13:00-17:00"]
            FRIDAY:    ["08:00-14:00"]
      """;
  private static final long DAY = Duration.ofHours(24).toMillis();
  private static final int STARTS = 1 << 14;

  /**
   * SK: default whole-day hours with public holidays; CZ: split office hours with public holidays.
   */
  @Param({"SK", "CZ"})
  public String market;

  private BusinessCalendar calendar;
  private long[] starts;
  private int next;

  @Setup
  public void setUp() {
    calendar = Markets.parse(MARKETS, "benchmark").market(market).businessCalendar();
    long from = Instant.parse("2026-01-01T00:00:00Z").toEpochMilli();
    long span = Duration.ofDays(2 * 365).toMillis();
    SplittableRandom random = new SplittableRandom(42);
    starts = new long[STARTS];
    for (int i = 0; i < STARTS; i++) {
      starts[i] = from + random.nextLong(span);
      calendar.add(starts[i], DAY); // build the year tables outside the measurement
    }
  }

  @Benchmark
  public long addPT24H() {
    long t = starts[next++ & (STARTS - 1)];
    return calendar.add(t, DAY);
  }
}
