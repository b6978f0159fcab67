package com.swopify.slamonitor.detect.contact;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first two chars a pattern's matches can begin with, so that a scan tries the pattern only
 * there: most replies hold no messenger name and no at-marker, and a regular expression tried at
 * every char of them costs more than the rest of the detector. Found once, by probing the pattern
 * with every pair of chars up to {@link #TABLE_SIZE}: a probe that fails before reading both
 * chars rules the pair out. Chars above the table (rare scripts, symbols) are never ruled out.
 *
 * <p>Probes run at the start of the text and after a blank, so a pattern's look-behinds must
 * accept one of these for every match (true of "not after a letter" and "after a blank").
 */
final class MatchStarts {
  /** Latin with its extensions, Greek and Cyrillic: the scripts of the markets. */
  private static final int TABLE_SIZE = 0x530;
  private static final String[] CONTEXTS = {"", " "};

  private final Pattern pattern;
  /** By first char: null if no match begins with it, else by second char whether one can. */
  private final boolean[][] seconds = new boolean[TABLE_SIZE][];

  private MatchStarts(Pattern pattern) {
    this.pattern = pattern;
    for (char first = 0; first < TABLE_SIZE; first++) {
      if (!canStartWith(String.valueOf(first))) {
        continue;
      }
      boolean[] second = new boolean[TABLE_SIZE];
      for (char next = 0; next < TABLE_SIZE; next++) {
        second[next] = canStartWith(String.valueOf(first) + next);
      }
      seconds[first] = second;
    }
  }

  static MatchStarts of(Pattern pattern) {
    return new MatchStarts(pattern);
  }

  Pattern pattern() {
    return pattern;
  }

  private boolean canStartWith(String prefix) {
    for (String context : CONTEXTS) {
      Matcher probe = pattern.matcher(context + prefix)
          .useTransparentBounds(true).useAnchoringBounds(false);
      probe.region(context.length(), context.length() + prefix.length());
      if (probe.lookingAt() || probe.hitEnd()) {
        return true;
      }
    }
    return false;
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
    return next >= TABLE_SIZE || second[next];
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
   * The next match at or after {@code from}, as {@link Matcher#find(int)} would find it, tried
   * only where one may begin; {@code matcher} must be this pattern's, over the whole text.
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
