package com.swopify.slamonitor.codec;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.format.DateTimeFormatter;

/**
 * ISO-8601 instants and dates as the contract writes them. Every input record carries an instant,
 * so the usual shapes ({@code 2026-11-24T09:15:00Z}, {@code ...T10:15:00.250+01:00}) are read by
 * hand without exceptions; anything else goes to {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME},
 * which also accepts the rarer valid forms (no seconds, offsets with seconds, lower-case letters)
 * and throws only on invalid input.
 */
final class IsoTime {
  private static final int SECONDS_PER_DAY = 86_400;
  private static final int MAX_OFFSET_SECONDS = 18 * 3600;

  private IsoTime() {}

  /** The instant, or null when {@code s} is not an ISO-8601 date-time with an offset. */
  static Instant parseInstant(String s) {
    Instant common = parseCommonInstant(s);
    return common != null ? common : parseAnyInstant(s);
  }

  /** Whether {@code s} is a date-time without an offset, the mistake worth its own reason. */
  static boolean isLocalDateTime(String s) {
    try {
      LocalDateTime.parse(s, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  /** The date, or null when {@code s} is not exactly {@code YYYY-MM-DD} or no such day exists. */
  static LocalDate parseDate(String s) {
    if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    return isDate(year, month, day) ? LocalDate.of(year, month, day) : null;
  }

  /** {@code YYYY-MM-DDTHH:MM:SS[.f{1,9}](Z|±HH:MM)}, or null for any other shape. */
  private static Instant parseCommonInstant(String s) {
    int n = s.length();
    if (n < 20
        || s.charAt(4) != '-'
        || s.charAt(7) != '-'
        || s.charAt(10) != 'T'
        || s.charAt(13) != ':'
        || s.charAt(16) != ':') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    int second = digits(s, 17, 2);
    if (!isDate(year, month, day)
        || hour < 0
        || hour > 23
        || minute < 0
        || minute > 59
        || second < 0
        || second > 59) {
      return null;
    }
    int i = 19;
    int nanos = 0;
    if (s.charAt(i) == '.') {
      int start = ++i;
      while (i < n && i - start < 9 && isDigit(s.charAt(i))) {
        nanos = nanos * 10 + (s.charAt(i++) - '0');
      }
      if (i == start) {
        return null;
      }
      for (int scale = i - start; scale < 9; scale++) {
        nanos *= 10;
      }
    }
    int offsetSeconds = offsetSeconds(s, i);
    if (offsetSeconds == Integer.MIN_VALUE) {
      return null;
    }
    long epochDay = LocalDate.of(year, month, day).toEpochDay();
    long epochSecond =
        epochDay * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second - offsetSeconds;
    return Instant.ofEpochSecond(epochSecond, nanos);
  }

  /** The offset {@code Z} or {@code ±HH:MM} that ends {@code s} at index i, or MIN_VALUE. */
  private static int offsetSeconds(String s, int i) {
    int n = s.length();
    if (i == n - 1 && s.charAt(i) == 'Z') {
      return 0;
    }
    if (i != n - 6 || s.charAt(i + 3) != ':') {
      return Integer.MIN_VALUE;
    }
    char sign = s.charAt(i);
    int hours = digits(s, i + 1, 2);
    int minutes = digits(s, i + 4, 2);
    if ((sign != '+' && sign != '-') || hours < 0 || minutes < 0 || minutes > 59) {
      return Integer.MIN_VALUE;
    }
    int seconds = hours * 3600 + minutes * 60;
    if (seconds > MAX_OFFSET_SECONDS) {
      return Integer.MIN_VALUE;
    }
    return sign == '-' ? -seconds : seconds;
  }

  private static Instant parseAnyInstant(String s) {
    try {
      return OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static boolean isDate(int year, int month, int day) {
    return year >= 0
        && month >= 1
        && month <= 12
        && day >= 1
        && day <= Month.of(month).length(Year.isLeap(year));
  }

  /** The non-negative number written by {@code count} ASCII digits at {@code start}, or -1. */
  private static int digits(String s, int start, int count) {
    int value = 0;
    for (int i = start; i < start + count; i++) {
      char c = s.charAt(i);
      if (!isDigit(c)) {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
