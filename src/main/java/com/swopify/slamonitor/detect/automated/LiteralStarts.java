package com.swopify.slamonitor.detect.automated;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * The literal text a phrase's regular expression must begin with: "(i am|we are) away" begins
 * with "i am " or "we are ", "automatick[^ ,.?]*+ odpoved" with "automatick". Checking a word
 * start against these with plain string comparisons rules out most words before any regular
 * expression runs, and never rules out a match: every match of the phrase begins with one of its
 * starts.
 *
 * <p>Groups without a quantifier are opened, each branch followed by the rest of the phrase;
 * reading stops at anything else that is not a plain character (a class, an escape, a
 * quantifier, a look-around), and a character that a quantifier makes optional is left out.
 */
final class LiteralStarts {
  /** Beyond this many starts for one phrase, the part common to all of them is enough. */
  private static final int MAX_STARTS = 64;
  private static final String META = "\\[](){}|.*+?^$";

  private LiteralStarts() {}

  /** Every match of {@code regex} begins with one of these; one empty start when none is known. */
  static List<String> of(String regex) {
    List<String> starts = new ArrayList<>();
    collect(regex, 0, new StringBuilder(), starts);
    return starts;
  }

  private static void collect(String regex, int i, StringBuilder literal, List<String> out) {
    while (i < regex.length()) {
      char c = regex.charAt(i);
      if (c == '(') {
        openGroup(regex, i, literal, out);
        return;
      }
      if (META.indexOf(c) >= 0
          || (i + 1 < regex.length() && isOptionalQuantifier(regex.charAt(i + 1)))) {
        break;
      }
      literal.append(c);
      i++;
      if (i < regex.length() && regex.charAt(i) == '+') {
        break; // one or more: the first is certain, what follows is not
      }
    }
    out.add(literal.toString());
  }

  /** A group at {@code i}: each branch followed by the rest, or the literal so far if unknown. */
  private static void openGroup(String regex, int i, StringBuilder literal, List<String> out) {
    int end = Phrases.skip(regex, i);
    boolean plain = regex.charAt(i + 1) != '?';
    boolean nonCapturing = regex.startsWith("(?:", i);
    if ((!plain && !nonCapturing)
        || (end < regex.length() && isQuantifier(regex.charAt(end)))) {
      out.add(literal.toString());
      return;
    }
    String body = regex.substring(nonCapturing ? i + 3 : i + 1, end - 1);
    String rest = regex.substring(end);
    List<String> branches = new ArrayList<>();
    for (String branch : Phrases.splitTopLevel(body)) {
      collect(branch + rest, 0, new StringBuilder(literal), branches);
      if (branches.size() > MAX_STARTS) {
        out.add(literal.toString());
        return;
      }
    }
    out.addAll(branches);
  }

  private static boolean isQuantifier(char c) {
    return c == '?' || c == '*' || c == '+' || c == '{';
  }

  /** A quantifier that allows zero occurrences of what it follows. */
  private static boolean isOptionalQuantifier(char c) {
    return c == '?' || c == '*' || c == '{';
  }

  /**
   * The starts a match beginning with {@code prefix} may have, without those that a shorter one
   * already covers; null when one of them is no longer than the prefix (the prefix itself tells
   * all that is known), empty when none can begin so.
   */
  static String[] beginningWith(List<String> starts, String prefix) {
    TreeSet<String> sorted = new TreeSet<>();
    for (String start : starts) {
      int common = Math.min(start.length(), prefix.length());
      if (!start.regionMatches(0, prefix, 0, common)) {
        continue;
      }
      if (start.length() <= prefix.length()) {
        return null;
      }
      sorted.add(start);
    }
    return minimal(sorted);
  }

  /** The starts sorted, without those that a shorter one already covers. */
  static String[] minimal(Collection<String> starts) {
    List<String> kept = new ArrayList<>();
    for (String start : new TreeSet<>(starts)) {
      // Sorted, so a start's shorter prefixes come right before it.
      if (kept.isEmpty() || !start.startsWith(kept.get(kept.size() - 1))) {
        kept.add(start);
      }
    }
    return kept.toArray(String[]::new);
  }

  /**
   * Whether {@code text} at {@code start} begins with one of {@code starts}, ending by {@code
   * to}. The starts must be sorted and none a prefix of another (as {@link #beginningWith} gives
   * them): then only the greatest start not above the text can be a prefix of it, and a binary
   * search finds it.
   */
  static boolean anyAt(String[] starts, String text, int start, int to) {
    int low = 0;
    int high = starts.length - 1;
    int candidate = -1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      if (compareWithText(starts[middle], text, start) <= 0) {
        candidate = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    if (candidate < 0) {
      return false;
    }
    String literal = starts[candidate];
    return literal.length() <= to - start && text.startsWith(literal, start);
  }

  /** Compares {@code literal} with the text from {@code start} on, as strings compare. */
  private static int compareWithText(String literal, String text, int start) {
    int length = Math.min(literal.length(), text.length() - start);
    for (int i = 0; i < length; i++) {
      char a = literal.charAt(i);
      char b = text.charAt(start + i);
      if (a != b) {
        return a - b;
      }
    }
    return literal.length() - (text.length() - start);
  }
}
