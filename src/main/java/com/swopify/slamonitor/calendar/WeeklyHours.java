package com.swopify.slamonitor.calendar;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A market's opening hours for each weekday: sorted, non-overlapping local intervals. A weekday
 * without intervals is closed.
 */
public final class WeeklyHours implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The contract's default: Monday to Friday, whole days. */
  public static final WeeklyHours DEFAULT = defaultHours();

  private final EnumMap<DayOfWeek, List<TimeRange>> days;

  private WeeklyHours(EnumMap<DayOfWeek, List<TimeRange>> days) {
    this.days = days;
  }

  /**
   * The given hours, each day sorted by start. Overlapping intervals are rejected because their
   * meaning (union? a typo?) is unclear; the markets reader reports them with their location first.
   */
  public static WeeklyHours of(Map<DayOfWeek, List<TimeRange>> hours) {
    EnumMap<DayOfWeek, List<TimeRange>> copy = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      List<TimeRange> ranges = new ArrayList<>(hours.getOrDefault(day, List.of()));
      ranges.sort(Comparator.comparingInt(TimeRange::startMinute));
      for (int i = 1; i < ranges.size(); i++) {
        if (ranges.get(i).overlaps(ranges.get(i - 1))) {
          throw new IllegalArgumentException(
              day + ": " + ranges.get(i) + " overlaps " + ranges.get(i - 1));
        }
      }
      copy.put(day, List.copyOf(ranges));
    }
    return new WeeklyHours(copy);
  }

  private static WeeklyHours defaultHours() {
    Map<DayOfWeek, List<TimeRange>> hours = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day :
        List.of(
            DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY,
            DayOfWeek.FRIDAY)) {
      hours.put(day, List.of(new TimeRange(0, TimeRange.MINUTES_PER_DAY)));
    }
    return of(hours);
  }

  /** The day's intervals in order of start; empty when the day is closed. */
  public List<TimeRange> on(DayOfWeek day) {
    return days.get(day);
  }

  /** True when no weekday has any opening: such a calendar never lets a clock run. */
  public boolean isClosedAllWeek() {
    return days.values().stream().allMatch(List::isEmpty);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WeeklyHours other && days.equals(other.days);
  }

  @Override
  public int hashCode() {
    return days.hashCode();
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("{");
    days.forEach(
        (day, ranges) -> {
          if (!ranges.isEmpty()) {
            s.append(s.length() > 1 ? ", " : "").append(day).append('=').append(ranges);
          }
        });
    return s.append('}').toString();
  }
}
