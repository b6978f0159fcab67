package com.swopify.slamonitor.scorecard;

import com.swopify.slamonitor.events.BreachType;
import com.swopify.slamonitor.events.WaitOutcome;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * One seller's scorecard state in one market: a bucket per market-local day with something in it
 * (decided waits, replies, breaches; never single events), for the 90 days a record looks back, and
 * where the daily records stand. Buckets are parallel arrays sorted by day: a seller with 90 busy
 * days holds 90 entries, whatever its traffic.
 */
public final class Scorebook {
  public static final int WINDOW_DAYS = 90;

  /** Per day: late waits, on time by a reply, marked, replies, then breaches per type. */
  static final int LATE = 0;

  static final int ON_TIME = 1;
  static final int MARKED = 2;
  static final int REPLIES = 3;
  public static final int FIELDS = 4 + BreachType.values().length;
  public static final long NOT_STARTED = Long.MIN_VALUE;

  private int[] days;
  private int[] counts;
  private long[] replyMillis;

  /** The first day whose record is not out yet (epoch day); NOT_STARTED before any data. */
  private long nextDay;

  /** The grade of the record for nextDay - 1; null if there was none. */
  private Grade lastGrade;

  public Scorebook() {
    this(new int[0], new int[0], new long[0], NOT_STARTED, null);
  }

  /** Restores a book as its serializer read it (arrays taken over). */
  public Scorebook(int[] days, int[] counts, long[] replyMillis, long nextDay, Grade lastGrade) {
    this.days = days;
    this.counts = counts;
    this.replyMillis = replyMillis;
    this.nextDay = nextDay;
    this.lastGrade = lastGrade;
  }

  public Scorebook copy() {
    return new Scorebook(days.clone(), counts.clone(), replyMillis.clone(), nextDay, lastGrade);
  }

  public int dayCount() {
    return days.length;
  }

  public int day(int i) {
    return days[i];
  }

  public int count(int i, int field) {
    return counts[i * FIELDS + field];
  }

  public long replyMillis(int i) {
    return replyMillis[i];
  }

  public long nextDay() {
    return nextDay;
  }

  public Grade lastGrade() {
    return lastGrade;
  }

  public boolean isEmpty() {
    return days.length == 0;
  }

  /**
   * Counts a decided wait or a reply on its market-local day.
   *
   * @param open whether that day's record is still to come (event time has not closed it): an open
   *     day before the next record's day moves the records' start back to it
   */
  public void add(WaitOutcome outcome, LocalDate day, boolean open) {
    int i = bucket(day, open);
    if (i < 0) {
      return;
    }
    switch (outcome.kind()) {
      case OVERDUE -> counts[i * FIELDS + LATE]++;
      case MARKED -> counts[i * FIELDS + MARKED]++;
      case REPLIED_IN_TIME, REPLIED_LATE -> {
        if (outcome.kind() == WaitOutcome.Kind.REPLIED_IN_TIME) {
          counts[i * FIELDS + ON_TIME]++;
        }
        counts[i * FIELDS + REPLIES]++;
        replyMillis[i] += outcome.businessMillis();
      }
    }
  }

  /** Counts a breach on the market-local day of its occurredAt. */
  public void add(BreachType breach, LocalDate day, boolean open) {
    int i = bucket(day, open);
    if (i >= 0) {
      counts[i * FIELDS + 4 + breach.ordinal()]++;
    }
  }

  /**
   * The index of a day's bucket, made if needed; -1 for a day older than the window of the next
   * record, which no record will count any more.
   */
  private int bucket(LocalDate date, boolean open) {
    int day = (int) date.toEpochDay();
    if (nextDay == NOT_STARTED || open && day < nextDay) {
      nextDay = day;
    } else if (day < nextDay - WINDOW_DAYS + 1) {
      return -1;
    }
    int i = Arrays.binarySearch(days, day);
    if (i >= 0) {
      return i;
    }
    int at = -i - 1;
    days = insert(days, at, day);
    int[] grown = new int[counts.length + FIELDS];
    System.arraycopy(counts, 0, grown, 0, at * FIELDS);
    System.arraycopy(counts, at * FIELDS, grown, (at + 1) * FIELDS, counts.length - at * FIELDS);
    counts = grown;
    long[] millis = new long[replyMillis.length + 1];
    System.arraycopy(replyMillis, 0, millis, 0, at);
    System.arraycopy(replyMillis, at, millis, at + 1, replyMillis.length - at);
    replyMillis = millis;
    return at;
  }

  /**
   * Emits the records of every day from the next one through {@code lastDay} (epoch day) that has
   * something in its 90-day window, and forgets what no later record will count.
   */
  public void closeThrough(
      long lastDay,
      String sellerId,
      String market,
      ScorecardSettings settings,
      Consumer<SellerScore> out) {
    while (nextDay != NOT_STARTED && nextDay <= lastDay) {
      forgetBefore(nextDay - WINDOW_DAYS + 1);
      if (days.length == 0) {
        // Nothing left to count: the next record comes with new data.
        nextDay = NOT_STARTED;
        lastGrade = null;
        return;
      }
      if (days[0] > nextDay) {
        // A quiet stretch of more than 90 days: no records until the next data.
        lastGrade = null;
        nextDay = Math.min(days[0], lastDay + 1);
        continue;
      }
      ScoreWindow[] windows = new ScoreWindow[SellerScore.WINDOW_DAYS.length];
      for (int w = 0; w < windows.length; w++) {
        windows[w] = window(nextDay - SellerScore.WINDOW_DAYS[w] + 1, nextDay);
      }
      if (!windows[2].decidesAnything()) {
        // Only replies to waits decided over 90 days ago: no record for this day.
        lastGrade = null;
        nextDay++;
        continue;
      }
      Grade grade = Grade.of(windows[1], settings);
      out.accept(
          new SellerScore(
              sellerId,
              market,
              LocalDate.ofEpochDay(nextDay),
              windows[0],
              windows[1],
              windows[2],
              grade,
              lastGrade));
      lastGrade = grade;
      nextDay++;
    }
  }

  /** The sums over the days [from, to]. */
  ScoreWindow window(long from, long to) {
    long[] sums = new long[FIELDS];
    long millis = 0;
    for (int i = 0; i < days.length; i++) {
      if (days[i] >= from && days[i] <= to) {
        for (int f = 0; f < FIELDS; f++) {
          sums[f] += counts[i * FIELDS + f];
        }
        millis += replyMillis[i];
      }
    }
    return new ScoreWindow(
        sums[LATE] + sums[ON_TIME],
        sums[ON_TIME],
        sums[MARKED],
        sums[REPLIES],
        millis,
        Arrays.copyOfRange(sums, 4, FIELDS));
  }

  private void forgetBefore(long firstDay) {
    int keep = 0;
    while (keep < days.length && days[keep] < firstDay) {
      keep++;
    }
    if (keep > 0) {
      days = Arrays.copyOfRange(days, keep, days.length);
      counts = Arrays.copyOfRange(counts, keep * FIELDS, counts.length);
      replyMillis = Arrays.copyOfRange(replyMillis, keep, replyMillis.length);
    }
  }

  private static int[] insert(int[] array, int index, int value) {
    int[] grown = new int[array.length + 1];
    System.arraycopy(array, 0, grown, 0, index);
    System.arraycopy(array, index, grown, index + 1, array.length - index);
    grown[index] = value;
    return grown;
  }
}
