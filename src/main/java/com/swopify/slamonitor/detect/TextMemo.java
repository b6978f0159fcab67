package com.swopify.slamonitor.detect;

import java.util.Arrays;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BiFunction;

/**
 * A bounded memo of a pure function of a text in a context (for replies, the market's languages),
 * shared without locks by every thread of the JVM: a direct-mapped table (a key's slot is its hash
 * masked to the table's size) whose slots hold immutable entries. A lookup reads one slot and
 * compares the whole text and context with {@code equals}; a miss computes the value and overwrites
 * the slot, so the table never holds more than its size, and a frequent text displaced by a
 * colliding one comes back on its next miss.
 *
 * <p>Why no locks are needed: an entry's fields are final, so a thread that reads a reference to an
 * entry, even one written by another thread without synchronisation, sees it fully built (JLS
 * 17.5). Two threads that miss the same key compute the same value, and either one's entry may
 * stay: the value is a pure function of the key, so which one does not matter. A write may become
 * visible to other threads late, which only costs them a miss.
 *
 * <p>Texts longer than {@link #MAX_TEXT_CHARS} are computed every time and not kept: canned answers
 * and templates are short, and the memory bound stays entries times that length.
 *
 * <p>Texts are personal data: they stay in this heap only, are never logged and never put into
 * metrics or exceptions. Only the counts of hits and misses leave.
 *
 * @param <C> the context: immutable, with {@code equals} and {@code hashCode}
 * @param <V> the value: immutable, since every caller with an equal key shares it
 */
public final class TextMemo<C, V> {
  /** The longest text kept, in chars: 1024 chars is 1 to 2 KiB of heap. */
  public static final int MAX_TEXT_CHARS = 1024;

  private final Entry<C, V>[] slots;
  private final int mask;
  private final LongAdder hits = new LongAdder();
  private final LongAdder misses = new LongAdder();

  private record Entry<C, V>(int hash, C context, String text, V value) {}

  /**
   * @param size entries, rounded up to a power of two; 0: no memo, every lookup computes
   */
  @SuppressWarnings("unchecked")
  public TextMemo(int size) {
    if (size < 0 || size > DetectorSettings.MAX_TEXT_CACHE_SIZE) {
      throw new IllegalArgumentException(
          "size must be between 0 and " + DetectorSettings.MAX_TEXT_CACHE_SIZE + ", was " + size);
    }
    int slotCount = size == 0 ? 0 : Integer.highestOneBit(size * 2 - 1);
    this.slots = (Entry<C, V>[]) new Entry<?, ?>[slotCount];
    this.mask = slotCount - 1;
  }

  /**
   * What {@code function} gives for this context and text: remembered, or computed (a miss) and
   * remembered.
   */
  public V get(C context, String text, BiFunction<? super C, String, ? extends V> function) {
    if (slots.length == 0) {
      return function.apply(context, text);
    }
    boolean kept = text.length() <= MAX_TEXT_CHARS;
    int hash = kept ? spread(text.hashCode() * 31 + context.hashCode()) : 0;
    int slot = hash & mask;
    if (kept) {
      Entry<C, V> entry = slots[slot];
      if (entry != null
          && entry.hash() == hash
          && entry.text().equals(text)
          && entry.context().equals(context)) {
        hits.increment();
        return entry.value();
      }
    }
    misses.increment();
    V value = function.apply(context, text);
    if (kept) {
      slots[slot] = new Entry<>(hash, context, text, value);
    }
    return value;
  }

  /** How many entries the table holds at most; 0 when off. */
  public int size() {
    return slots.length;
  }

  /** Lookups so far: how many were answered from the memo and how many computed. */
  public Counts counts() {
    return new Counts(hits.sum(), misses.sum());
  }

  /**
   * How a memo served its lookups; with the memo off, none are counted.
   *
   * @param hits lookups answered from the memo
   * @param misses lookups computed: not found, or too long to keep
   */
  public record Counts(long hits, long misses) {
    public static final Counts NONE = new Counts(0, 0);

    public Counts plus(Counts other) {
      return new Counts(hits + other.hits, misses + other.misses);
    }

    public long lookups() {
      return hits + misses;
    }

    /** The share of lookups answered from the memo; 0 without lookups. */
    public double hitRatio() {
      return lookups() == 0 ? 0 : (double) hits / lookups();
    }
  }

  /**
   * Forgets every entry and count, as a new job in this JVM would start. Lookups running meanwhile
   * stay correct: they compute what they do not find.
   */
  public void clear() {
    Arrays.fill(slots, null);
    hits.reset();
    misses.reset();
  }

  /** Mixes the high bits into the low ones, which alone choose the slot. */
  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }
}
