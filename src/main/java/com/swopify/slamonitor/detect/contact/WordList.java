package com.swopify.slamonitor.detect.contact;

import java.util.Arrays;
import java.util.Comparator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Keyword lists written as people spell them (with diacritics), compiled into patterns over the
 * folded text. A trailing {@code *} makes a stem (any letters may follow); a space inside an entry
 * matches any run of blanks.
 */
final class WordList {
  private WordList() {}

  /** Whole words (or stems) of the list, not inside another word. */
  static Pattern pattern(String... words) {
    return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation(words) + ")(?![\\p{L}\\p{N}])");
  }

  /** The list as one regex alternation over folded text, longest entries first. */
  static String alternation(String... words) {
    return Arrays.stream(words)
        .map(CharFoldedText::fold)
        .distinct()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(WordList::entry)
        .collect(Collectors.joining("|"));
  }

  private static String entry(String word) {
    boolean stem = word.endsWith("*");
    String body = stem ? word.substring(0, word.length() - 1) : word;
    String regex =
        Arrays.stream(body.split(" ")).map(Pattern::quote).collect(Collectors.joining("\\s+"));
    return stem ? regex + "\\p{L}*" : regex;
  }
}
