package com.swopify.slamonitor.calendar;

import java.io.Serializable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One opening interval of a weekday in local wall-clock time, {@code [start, end)} in minutes of
 * the day. {@code 24:00} (minute 1440) is the end of the day, i.e. the start of the next date.
 * Minute resolution is all the markets file can express ({@code HH:MM}).
 */
public record TimeRange(int startMinute, int endMinute) implements Serializable {
  static final int MINUTES_PER_DAY = 24 * 60;
  private static final Pattern HH_MM_HH_MM = Pattern.compile("(\\d{2}):(\\d{2})-(\\d{2}):(\\d{2})");

  public TimeRange {
    if (startMinute < 0 || endMinute > MINUTES_PER_DAY || startMinute >= endMinute) {
      throw new IllegalArgumentException(
          "not an interval within a day: " + format(startMinute) + "-" + format(endMinute));
    }
  }

  /**
   * Parses {@code HH:MM-HH:MM}. The exception message is the problem only (no location), so that
   * the markets reader can prefix the key it came from.
   */
  public static TimeRange parse(String text) {
    Matcher m = HH_MM_HH_MM.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("'" + text + "' is not an interval HH:MM-HH:MM");
    }
    int start = minuteOfDay(m.group(1), m.group(2), text);
    int end = minuteOfDay(m.group(3), m.group(4), text);
    if (start == MINUTES_PER_DAY) {
      throw new IllegalArgumentException(text + " starts at 24:00, the end of the day");
    }
    if (end < start) {
      throw new IllegalArgumentException(text + " ends before it starts");
    }
    if (end == start) {
      throw new IllegalArgumentException(text + " is empty");
    }
    return new TimeRange(start, end);
  }

  private static int minuteOfDay(String hours, String minutes, String text) {
    int h = Integer.parseInt(hours);
    int m = Integer.parseInt(minutes);
    if (h > 24 || m > 59 || (h == 24 && m != 0)) {
      throw new IllegalArgumentException(
          text + " has an invalid time " + hours + ":" + minutes + " (00:00 to 24:00)");
    }
    return h * 60 + m;
  }

  /** True when the two share some time; touching ends ({@code 08:00-12:00, 12:00-13:00}) do not. */
  public boolean overlaps(TimeRange other) {
    return startMinute < other.endMinute && other.startMinute < endMinute;
  }

  private static String format(int minute) {
    return String.format("%02d:%02d", minute / 60, minute % 60);
  }

  @Override
  public String toString() {
    return format(startMinute) + "-" + format(endMinute);
  }
}
