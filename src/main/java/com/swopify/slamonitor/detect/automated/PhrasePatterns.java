package com.swopify.slamonitor.detect.automated;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Compiles phrase lists, written the way people write ("toto je automatická odpoveď"), into one
 * regular expression over {@link FoldedText}. A phrase is a regular expression with a few
 * conveniences, so that lexicons stay readable:
 *
 * <ul>
 *   <li>letters are folded like the text (lower case, no diacritics), so phrases keep their
 *       diacritics; write escapes in lower case only ({@code \d}, never {@code \S});
 *   <li>a space matches the space between two words of one clause (never a comma or a sentence
 *       end: phrases do not reach across clauses);
 *   <li>{@code %} ends a word stem: the rest of the word, any ending ("odpoved%");
 *   <li>{@code ~} before a word: up to three other words of the same clause first ("ich bin
 *       ~nicht im büro" matches "ich bin bis 14 08 nicht im buro");
 *   <li>{@code _} before a word: any number of words of the same clause first (co-occurrence
 *       within a clause: "icloud _gesperrt");
 *   <li>a phrase matches whole words only.
 * </ul>
 *
 * <p>Words are matched possessively, so no phrase can backtrack catastrophically: the cost is
 * linear in the text for each phrase.
 */
public final class PhrasePatterns {
  /** A character inside a word of folded text. */
  public static final String WORD_CHAR = "[^ ,.?]";
  private static final String STEM_REST = WORD_CHAR + "*+";
  private static final String FEW_WORDS = "(?:" + WORD_CHAR + "++ ){0,3}";
  private static final String ANY_WORDS = "(?:" + WORD_CHAR + "++ )*?";
  private static final String WORD_START = "(?<!" + WORD_CHAR + ")";
  private static final String WORD_END = "(?!" + WORD_CHAR + ")";

  private PhrasePatterns() {}

  /** One pattern matching any of the phrases, on whole words. */
  public static Pattern compile(List<String> phrases) {
    return Pattern.compile(WORD_START + "(?:" + alternatives(phrases) + ")" + WORD_END);
  }

  /** One pattern matching any of the phrases at the very start of the text, as a clause of its own. */
  public static Pattern compileLeading(List<String> phrases) {
    return Pattern.compile("^(?:" + alternatives(phrases) + ")(?=[,.?]|$)");
  }

  private static String alternatives(List<String> phrases) {
    if (phrases.isEmpty()) {
      throw new IllegalArgumentException("no phrases");
    }
    StringBuilder regex = new StringBuilder();
    for (String phrase : phrases) {
      if (regex.length() > 0) {
        regex.append('|');
      }
      regex.append("(?:").append(translate(phrase)).append(')');
    }
    return regex.toString();
  }

  private static String translate(String phrase) {
    String folded = FoldedText.foldLetters(phrase.strip());
    StringBuilder regex = new StringBuilder(folded.length() + 16);
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      switch (c) {
        case '%' -> regex.append(STEM_REST);
        case '~' -> regex.append(FEW_WORDS);
        case '_' -> regex.append(ANY_WORDS);
        default -> regex.append(c);
      }
    }
    return regex.toString();
  }
}
