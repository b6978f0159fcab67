package com.swopify.slamonitor.detect.contact;

/**
 * A run of digit groups as people write phone numbers: an optional leading {@code +}, groups of
 * digits separated by one blank or one of {@code . - /} (or a blank and one of them), and groups in
 * brackets such as the German trunk "(0)". A blank on both sides of a dash or slash ("0905 123 456
 * / 0911 222 333") separates two runs, and so does anything else. Only the first {@link #KEPT}
 * groups are kept: a longer run is never a phone number, and keeping less bounds the work.
 */
final class DigitRun {
  static final int KEPT = 8;

  final int start;
  final boolean plus;
  int end;
  int digitCount;
  int groupCount;
  final int[] groupStart = new int[KEPT];
  final int[] groupEnd = new int[KEPT];
  final boolean[] bracketed = new boolean[KEPT];
  private final StringBuilder digits = new StringBuilder(16);

  private DigitRun(int start, boolean plus) {
    this.start = start;
    this.plus = plus;
  }

  /** Whether a run may start at {@code i}: a digit, or a plus or bracket before one. */
  static boolean startsAt(CharFoldedText text, int i) {
    char c = text.at(i);
    return CharFoldedText.isAsciiDigit(c)
        || ((c == '+' || c == '(') && CharFoldedText.isAsciiDigit(text.at(i + 1)));
  }

  static DigitRun read(CharFoldedText text, int start) {
    boolean plus = text.at(start) == '+';
    DigitRun run = new DigitRun(start, plus);
    int i = plus ? start + 1 : start;
    boolean afterBracket = false;
    while (true) {
      boolean open = text.at(i) == '(' && CharFoldedText.isAsciiDigit(text.at(i + 1));
      int digitsStart = open ? i + 1 : i;
      int digitsEnd = digitsStart;
      while (CharFoldedText.isAsciiDigit(text.at(digitsEnd))) {
        digitsEnd++;
      }
      if (digitsEnd == digitsStart) {
        break;
      }
      boolean closed = open && text.at(digitsEnd) == ')';
      run.addGroup(text, digitsStart, digitsEnd, closed);
      run.end = closed ? digitsEnd + 1 : digitsEnd;
      afterBracket = closed;
      int next = separatorEnd(text, run.end, afterBracket);
      if (next < 0) {
        break;
      }
      i = next;
    }
    return run;
  }

  /** Where the next group starts after a valid separator at {@code i}, or -1. */
  private static int separatorEnd(CharFoldedText text, int i, boolean afterBracket) {
    int j = i;
    int blanks = 0;
    int marks = 0;
    while (j - i < 3) {
      char c = text.at(j);
      if (c == ' ' && j < text.length()) {
        blanks++;
      } else if (c == '.' || c == '-' || c == '/') {
        marks++;
      } else {
        break;
      }
      j++;
    }
    int length = j - i;
    boolean nextIsGroup =
        CharFoldedText.isAsciiDigit(text.at(j))
            || (text.at(j) == '(' && CharFoldedText.isAsciiDigit(text.at(j + 1)));
    if (!nextIsGroup || blanks > 1 || marks > 1 || length > 2) {
      return -1;
    }
    if (length == 0 && !afterBracket && text.at(j) != '(') {
      return -1;
    }
    return j;
  }

  private void addGroup(CharFoldedText text, int from, int to, boolean inBrackets) {
    if (groupCount < KEPT) {
      groupStart[groupCount] = from;
      groupEnd[groupCount] = to;
      bracketed[groupCount] = inBrackets;
    }
    groupCount++;
    digitCount += to - from;
    if (digits.length() < 24) {
      digits.append(text.folded, from, Math.min(to, from + 24));
    }
  }

  /** The digits, valid when {@link #digitCount} is small enough to be a phone number. */
  String digits() {
    return digits.toString();
  }

  int groupLength(int g) {
    return groupEnd[g] - groupStart[g];
  }

  /** The separator written between group {@code g} and the next, without brackets. */
  String separatorAfter(CharFoldedText text, int g) {
    int from = bracketed[g] ? groupEnd[g] + 1 : groupEnd[g];
    int to = bracketed[g + 1] ? groupStart[g + 1] - 1 : groupStart[g + 1];
    return from >= to ? "" : text.folded.substring(from, to);
  }

  /** Whether every kept group has a length in {@code lengths}, in order, and nothing more. */
  boolean hasLayout(int... lengths) {
    if (groupCount != lengths.length) {
      return false;
    }
    for (int g = 0; g < lengths.length; g++) {
      if (groupLength(g) != lengths[g]) {
        return false;
      }
    }
    return true;
  }
}
