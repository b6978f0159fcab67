package com.swopify.slamonitor.detect.automated;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Word-level look-ups on {@link FoldedText}: the words around a match, within its clause. */
public final class Words {
  private Words() {}

  /** The folded words of alternatives written as {@code "was|were|bol"}. */
  public static Set<String> of(List<String> alternatives) {
    Set<String> words = new HashSet<>();
    for (String line : alternatives) {
      for (String word : line.split("\\|")) {
        words.add(FoldedText.of(word).text());
      }
    }
    return Set.copyOf(words);
  }

  /**
   * Whether a word of {@code wanted} stands in {@code [start, end)} or among the {@code before}
   * words before it in the same clause.
   */
  public static boolean anyWithin(
      String folded, int start, int end, int before, Set<String> wanted) {
    for (String word : before(folded, start, before)) {
      if (wanted.contains(word)) {
        return true;
      }
    }
    for (int i = start; i < end; ) {
      int wordEnd = wordEnd(folded, i);
      if (wanted.contains(folded.substring(i, wordEnd))) {
        return true;
      }
      i = wordEnd + 1;
    }
    return false;
  }

  /** Up to {@code count} words before {@code position} in its clause, the nearest first. */
  public static List<String> before(String folded, int position, int count) {
    List<String> words = new ArrayList<>(count);
    int i = position - 1;
    while (words.size() < count && i >= 0 && folded.charAt(i) == FoldedText.WORD) {
      int end = i;
      int start = end;
      while (start > 0 && isWordChar(folded.charAt(start - 1))) {
        start--;
      }
      words.add(folded.substring(start, end));
      i = start - 1;
    }
    return words;
  }

  /** The word right after {@code position} in its clause, or null. */
  public static String after(String folded, int position) {
    if (position >= folded.length() || folded.charAt(position) != FoldedText.WORD) {
      return null;
    }
    return folded.substring(position + 1, wordEnd(folded, position + 1));
  }

  private static int wordEnd(String folded, int from) {
    int end = from;
    while (end < folded.length() && isWordChar(folded.charAt(end))) {
      end++;
    }
    return end;
  }

  private static boolean isWordChar(char c) {
    return c != FoldedText.WORD
        && c != FoldedText.CLAUSE
        && c != FoldedText.SENTENCE
        && c != FoldedText.QUESTION;
  }
}
