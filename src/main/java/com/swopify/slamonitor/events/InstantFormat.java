package com.swopify.slamonitor.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Instants as every output writes them: UTC with {@code Z}, as {@link Instant#toString()}. */
public final class InstantFormat {
  private static final int SECONDS_PER_DAY = 86_400;

  /** The instants {@link #utc} writes by hand: years 0000 to 9999. */
  private static final long FIRST_FAST_SECOND =
      LocalDate.of(0, 1, 1).toEpochDay() * SECONDS_PER_DAY;

  private static final long LAST_FAST_SECOND =
      LocalDate.of(9999, 12, 31).toEpochDay() * SECONDS_PER_DAY + SECONDS_PER_DAY - 1;

  private InstantFormat() {}

  /**
   * The instant exactly as {@link Instant#toString()} writes it ({@code 2026-11-24T09:15:00Z}, the
   * fraction in groups of three digits, none when zero), written by hand: every output record
   * carries two to four instants, and {@code toString} goes through a {@link DateTimeFormatter}.
   * Years outside 0000–9999, which {@code toString} writes with a sign, are left to it.
   */
  public static String utc(Instant instant) {
    long epochSecond = instant.getEpochSecond();
    if (epochSecond < FIRST_FAST_SECOND || epochSecond > LAST_FAST_SECOND) {
      return instant.toString();
    }
    long epochDay = Math.floorDiv(epochSecond, SECONDS_PER_DAY);
    int secondOfDay = (int) Math.floorMod(epochSecond, SECONDS_PER_DAY);
    LocalDate date = LocalDate.ofEpochDay(epochDay);
    int nanos = instant.getNano();
    char[] out = new char[30];
    put(out, 0, date.getYear(), 4);
    out[4] = '-';
    put(out, 5, date.getMonthValue(), 2);
    out[7] = '-';
    put(out, 8, date.getDayOfMonth(), 2);
    out[10] = 'T';
    put(out, 11, secondOfDay / 3600, 2);
    out[13] = ':';
    put(out, 14, secondOfDay / 60 % 60, 2);
    out[16] = ':';
    put(out, 17, secondOfDay % 60, 2);
    int end = 19;
    if (nanos != 0) {
      out[end++] = '.';
      if (nanos % 1_000_000 == 0) {
        put(out, end, nanos / 1_000_000, 3);
        end += 3;
      } else if (nanos % 1000 == 0) {
        put(out, end, nanos / 1000, 6);
        end += 6;
      } else {
        put(out, end, nanos, 9);
        end += 9;
      }
    }
    out[end++] = 'Z';
    return new String(out, 0, end);
  }

  /** Writes {@code value} as {@code width} decimal digits, zero-padded, at {@code start}. */
  private static void put(char[] out, int start, int value, int width) {
    for (int i = start + width - 1; i >= start; i--) {
      out[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }
}
