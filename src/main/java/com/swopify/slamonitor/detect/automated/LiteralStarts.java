package com.swopify.slamonitor.detect.automated;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * The literal text a phrase's regular expression must begin with: "(i am|we are) away" begins with
 * "i am " or "we are ", "automatick[^ ,.?]*+ odpoved" with "automatick". Checking a word start
 * against these with plain string comparisons rules out most words before any regular expression
 * runs, and never rules out a match: every match of the phrase begins with one of its starts.
 *
 * <p>Groups are opened, each branch followed by the rest of the phrase; an optional group or
 * character ({@code ?}) gives the starts with it and those without it. Reading stops at anything
 * else that is not a plain character (a class, an escape, a repetition, a look-around); a character
 * that may repeat is kept once.
 */
final class LiteralStarts {
  /** Beyond this many starts for one phrase, they are cut short to fewer. */
  private static final int MAX_STARTS = 64;

  /** Beyond this many, collecting stops and the part common to all of them is the start. */
  private static final int MAX_COLLECTED = 4096;

  private static final String META = "\\[](){}|.*+?^$";

  private LiteralStarts() {}

  /** Every match of {@code regex} begins with one of these; one empty start when none is known. */
  static List<String> of(String regex) {
    List<String> starts = new ArrayList<>();
    collect(regex, 0, new StringBuilder(), starts);
    if (starts.size() > MAX_COLLECTED) {
      return List.of(commonPrefix(starts));
    }
    return starts.size() <= MAX_STARTS ? starts : cutShort(starts);
  }

  /** The starts cut to the longest length that leaves at most {@link #MAX_STARTS} of them. */
  private static List<String> cutShort(List<String> starts) {
    List<String> best = List.of(commonPrefix(starts));
    for (int length = 1; ; length++) {
      TreeSet<String> cut = new TreeSet<>();
      boolean longer = false;
      for (String start : starts) {
        cut.add(start.substring(0, Math.min(length, start.length())));
        longer |= start.length() > length;
      }
      if (cut.size() > MAX_STARTS) {
        return best;
      }
      best = List.copyOf(cut);
      if (!longer) {
        return best;
      }
    }
  }

  private static void collect(String regex, int i, StringBuilder literal, List<String> out) {
    while (i < regex.length() && out.size() <= MAX_COLLECTED) {
      char c = regex.charAt(i);
      int end = c == '(' ? Phrases.skip(regex, i) : i + 1;
      boolean group = c == '(';
      if (group && regex.charAt(i + 1) == '?' && !regex.startsWith("(?:", i)) {
        break; // a look-around
      }
      if (!group && META.indexOf(c) >= 0) {
        break;
      }
      char quantifier = end < regex.length() ? regex.charAt(end) : 0;
      if (quantifier == '?') {
        // Optional: with it ("e mail", "vasu poruku") or without it ("email", "poruku").
        int rest =
            end + 1 < regex.length()
                    && (regex.charAt(end + 1) == '?' || regex.charAt(end + 1) == '+')
                ? end + 2
                : end + 1;
        String after = regex.substring(rest);
        withEachBranch(regex, i, end, after, literal, out);
        collect(after, 0, new StringBuilder(literal), out);
        return;
      }
      if (quantifier == '*' || quantifier == '{' || (group && quantifier == '+')) {
        break;
      }
      if (group) {
        withEachBranch(regex, i, end, regex.substring(end), literal, out);
        return;
      }
      literal.append(c);
      i++;
      if (quantifier == '+') {
        break; // one or more: the first is certain, what follows is not
      }
    }
    out.add(literal.toString());
  }

  /** The starts of {@code regex[from, end)} followed by {@code rest}, a group or one char. */
  private static void withEachBranch(
      String regex, int from, int end, String rest, StringBuilder literal, List<String> out) {
    if (regex.charAt(from) != '(') {
      collect(regex.charAt(from) + rest, 0, new StringBuilder(literal), out);
      return;
    }
    int bodyStart = regex.startsWith("(?:", from) ? from + 3 : from + 1;
    for (String branch : Phrases.splitTopLevel(regex.substring(bodyStart, end - 1))) {
      collect(branch + rest, 0, new StringBuilder(literal), out);
    }
  }

  private static String commonPrefix(List<String> starts) {
    String common = starts.get(0);
    for (String start : starts) {
      int i = 0;
      while (i < common.length() && i < start.length() && common.charAt(i) == start.charAt(i)) {
        i++;
      }
      common = common.substring(0, i);
    }
    return common;
  }

  /**
   * The starts a match beginning with {@code prefix} may have, without those that a shorter one
   * already covers; null when one of them is no longer than the prefix (the prefix itself tells all
   * that is known), empty when none can begin so.
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
   * Whether {@code text} at {@code start} begins with one of {@code starts}, ending by {@code to}.
   * The starts must be sorted and none a prefix of another (as {@link #beginningWith} gives them):
   * then only the greatest start not above the text can be a prefix of it, and a binary search
   * finds it.
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
