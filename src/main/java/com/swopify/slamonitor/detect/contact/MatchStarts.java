package com.swopify.slamonitor.detect.contact;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first two chars a pattern's matches can begin with, so that a scan tries the pattern only
 * there: most replies hold no messenger name and no at-marker, and a regular expression tried at
 * every char of them costs more than the rest of the detector. Found once, by probing the pattern
 * with every pair of chars up to {@link #TABLE_SIZE} (and with a third char after pairs that may
 * begin a match): a probe that fails before reading all its chars rules them out. Chars above the
 * table (rare scripts, symbols) are never ruled out.
 *
 * <p>Probes run at the start of the text and after a blank, so a pattern's look-behinds must accept
 * one of these for every match (true of "not after a letter" and "after a blank").
 */
final class MatchStarts {
  /** Latin with its extensions, Greek and Cyrillic: the scripts of the markets. */
  private static final int TABLE_SIZE = 0x530;

  private static final String[] CONTEXTS = {"", " "};

  /**
   * Pairs that only begin a match, without making one, are told apart by their third char too, as
   * long as few first chars allow many second chars ("a r" may begin "a rond", "a b" cannot).
   */
  private static final int MAX_PAIRS_WITH_THIRD = 256;

  private final Pattern pattern;

  /** By first char: null if no match begins with it, else by second char whether one can. */
  private final boolean[][] seconds = new boolean[TABLE_SIZE][];

  /** By first and second char: null if any third char will do, else by third whether it can. */
  private final boolean[][][] thirds = new boolean[TABLE_SIZE][][];

  private MatchStarts(Pattern pattern) {
    this.pattern = pattern;
    int pairsWithThird = 0;
    for (char first = 0; first < TABLE_SIZE; first++) {
      if (canStartWith(String.valueOf(first)) == Probe.NO) {
        continue;
      }
      boolean[] second = new boolean[TABLE_SIZE];
      boolean[][] third = new boolean[TABLE_SIZE][];
      for (char next = 0; next < TABLE_SIZE; next++) {
        String pair = String.valueOf(first) + next;
        Probe probe = canStartWith(pair);
        second[next] = probe != Probe.NO;
        if (probe == Probe.BEGINS && pairsWithThird < MAX_PAIRS_WITH_THIRD) {
          pairsWithThird++;
          third[next] = new boolean[TABLE_SIZE];
          for (char last = 0; last < TABLE_SIZE; last++) {
            third[next][last] = canStartWith(pair + last) != Probe.NO;
          }
        }
      }
      seconds[first] = second;
      thirds[first] = third;
    }
  }

  /** What a probe tells of a prefix: no match begins so, one does, or one may. */
  private enum Probe {
    NO,
    MATCHES,
    BEGINS
  }

  static MatchStarts of(Pattern pattern) {
    return new MatchStarts(pattern);
  }

  Pattern pattern() {
    return pattern;
  }

  private Probe canStartWith(String prefix) {
    Probe result = Probe.NO;
    for (String context : CONTEXTS) {
      Matcher probe =
          pattern.matcher(context + prefix).useTransparentBounds(true).useAnchoringBounds(false);
      probe.region(context.length(), context.length() + prefix.length());
      boolean matches = probe.lookingAt();
      if (matches && !probe.hitEnd()) {
        return Probe.MATCHES; // more text cannot undo it: no need to look further
      }
      if (matches || probe.hitEnd()) {
        result = Probe.BEGINS;
      }
    }
    return result;
  }

  /** Whether a match may begin at {@code i}; false means none can. */
  boolean mayStartAt(String text, int i) {
    char first = text.charAt(i);
    if (first >= TABLE_SIZE) {
      return true;
    }
    boolean[] second = seconds[first];
    if (second == null) {
      return false;
    }
    if (i + 1 == text.length()) {
      return true;
    }
    char next = text.charAt(i + 1);
    if (next >= TABLE_SIZE) {
      return true;
    }
    if (!second[next]) {
      return false;
    }
    boolean[] third = thirds[first][next];
    if (third == null || i + 2 == text.length()) {
      return true;
    }
    char last = text.charAt(i + 2);
    return last >= TABLE_SIZE || third[last];
  }

  /** Whether a match may begin anywhere in {@code text}. */
  boolean mayOccurIn(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (mayStartAt(text, i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The next match at or after {@code from}, as {@link Matcher#find(int)} would find it, tried only
   * where one may begin; {@code matcher} must be this pattern's, over the whole text.
   */
  boolean find(Matcher matcher, String text, int from) {
    matcher.useTransparentBounds(true).useAnchoringBounds(false);
    for (int i = from; i < text.length(); i++) {
      if (mayStartAt(text, i)) {
        matcher.region(i, text.length());
        if (matcher.lookingAt()) {
          return true;
        }
      }
    }
    return false;
  }
}
