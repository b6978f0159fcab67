package com.swopify.slamonitor.calendar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One market's calendar through time (contract section 11): the markets file's calendar, then one
 * version more at each published change. The calendar in force at instant t, for a seller, is the
 * markets file plus every change with {@code publishedAt <= t} that is market-wide or that seller's
 * own, applied in publishedAt order (ties by changeId).
 *
 * <p>Versions are built when first asked for and kept, so a market without changes costs nothing:
 * {@link #at} returns the same calendar, with its year tables, as before any change existed. A
 * seller's own version is built only for a seller with an exemption of its own.
 *
 * <p>Not thread-safe: each Flink subtask keeps its own timeline, fed by the broadcast changes.
 */
public final class CalendarTimeline {
  /** The calendar in force at an instant, the change that made it, and until when it holds. */
  public record InForce(BusinessCalendar calendar, String changeId, long since, long until) {
    /** Whether any change is in this calendar; if so, decisions taken with it name the change. */
    public boolean changed() {
      return changeId != null;
    }
  }

  /** When a clock runs out, and the calendar in force then. */
  public record Due(long at, InForce calendar) {}

  private record VersionKey(int changesInForce, String seller) {}

  private final String market;
  private final BusinessCalendar base;
  private final List<CalendarChange> changes = new ArrayList<>();
  private final Set<String> changeIds = new HashSet<>();
  private final Set<String> sellersWithOwnChanges = new HashSet<>();
  private final Map<VersionKey, BusinessCalendar> versions = new HashMap<>();

  /** The timeline of a market whose markets-file calendar is {@code base}. */
  public CalendarTimeline(BusinessCalendar base) {
    this.market = base.market();
    this.base = base;
  }

  /** The calendar of the markets file, before any change. */
  public BusinessCalendar base() {
    return base;
  }

  public boolean hasChanges() {
    return !changes.isEmpty();
  }

  public List<CalendarChange> changes() {
    return List.copyOf(changes);
  }

  /**
   * Takes a change in; false if its changeId was seen before (a duplicate changes nothing). A
   * change may come in any order: it takes its place by publishedAt.
   *
   * @throws IllegalArgumentException if the change makes a week without business hours
   */
  public boolean add(CalendarChange change) {
    if (!change.market().equals(market)) {
      throw new IllegalArgumentException(
          "change " + change.changeId() + " is for market " + change.market() + ", not " + market);
    }
    if (change.kind() == CalendarChange.Kind.HOURS_CHANGED
        && change.businessHours().isClosedAllWeek()) {
      throw new IllegalArgumentException(
          "change " + change.changeId() + " leaves no business hours in the week");
    }
    if (!changeIds.add(change.changeId())) {
      return false;
    }
    int at = insertionPoint(change);
    changes.add(at, change);
    if (change.sellerId() != null) {
      sellersWithOwnChanges.add(change.sellerId());
    }
    // Versions that counted changes up to a later point are now built from another prefix.
    versions.keySet().removeIf(key -> key.changesInForce() > at);
    return true;
  }

  private int insertionPoint(CalendarChange change) {
    int lo = 0;
    int hi = changes.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (CalendarChange.inForceOrder(changes.get(mid), change) < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The calendar in force at {@code t} (epoch millis) for {@code seller} (null: market-wide). */
  public InForce at(long t, String seller) {
    if (changes.isEmpty()) {
      return new InForce(base, null, Long.MIN_VALUE, Long.MAX_VALUE);
    }
    int inForce = changesPublishedThrough(t);
    String ownSeller = seller != null && sellersWithOwnChanges.contains(seller) ? seller : null;
    int latest = lastApplying(inForce, ownSeller);
    long until = Long.MAX_VALUE;
    for (int i = inForce; i < changes.size(); i++) {
      if (changes.get(i).appliesTo(ownSeller)) {
        until = changes.get(i).publishedAt().toEpochMilli();
        break;
      }
    }
    if (latest < 0) {
      return new InForce(base, null, Long.MIN_VALUE, until);
    }
    CalendarChange last = changes.get(latest);
    BusinessCalendar calendar =
        versions.computeIfAbsent(
            new VersionKey(latest + 1, ownSeller),
            key -> build(key.changesInForce(), key.seller()));
    return new InForce(calendar, last.changeId(), last.publishedAt().toEpochMilli(), until);
  }

  /**
   * When a business-time clock of {@code duration} started at {@code start} runs out: the first
   * instant t at or after start at which t is at or past {@code add(start, duration)} computed with
   * the calendar in force at t (contract section 11). Within one version that is the later of its
   * deadline and the version's start; a version that ends first hands the question on.
   */
  public Due due(long start, long duration, String seller) {
    InForce version = at(start, seller);
    while (true) {
      long due =
          Math.max(version.calendar().add(start, duration), Math.max(start, version.since()));
      if (due < version.until()) {
        return new Due(due, version);
      }
      version = at(version.until(), seller);
    }
  }

  /** How many changes have {@code publishedAt <= t}: they come first in the list. */
  private int changesPublishedThrough(long t) {
    int lo = 0;
    int hi = changes.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (changes.get(mid).publishedAt().toEpochMilli() <= t) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private int lastApplying(int inForce, String seller) {
    for (int i = inForce - 1; i >= 0; i--) {
      if (changes.get(i).appliesTo(seller)) {
        return i;
      }
    }
    return -1;
  }

  private BusinessCalendar build(int changesInForce, String seller) {
    CalendarDefinition definition = base.definition();
    for (int i = 0; i < changesInForce; i++) {
      if (changes.get(i).appliesTo(seller)) {
        definition = definition.with(changes.get(i));
      }
    }
    return BusinessCalendar.of(definition);
  }
}
