package com.swopify.slamonitor.detect.contact;

import java.text.Normalizer;

/**
 * A text with its folded twin: lower case, diacritics and typographic variants removed, one char
 * for one char, so an offset found in the folded text is the same offset in the original. People
 * write "zavinac" as often as "zavináč", and the rules are written once, in folded form.
 */
final class CharFoldedText {
  // Latin (with its extensions) and Cyrillic: folds are computed once, at class load.
  private static final char[] TABLE = new char[0x530];

  static {
    for (char c = 0; c < TABLE.length; c++) {
      TABLE[c] = computeFold(c);
    }
  }

  final String original;
  final String folded;

  private CharFoldedText(String original, String folded) {
    this.original = original;
    this.folded = folded;
  }

  static CharFoldedText of(String text) {
    return new CharFoldedText(text, fold(text));
  }

  int length() {
    return folded.length();
  }

  /** The folded char at {@code i}, or a space outside the text: a border behaves like a blank. */
  char at(int i) {
    return i >= 0 && i < folded.length() ? folded.charAt(i) : ' ';
  }

  /** The first index from {@code i} on that is no blank, at most {@code max} chars on. */
  int skipBlanks(int i, int max) {
    int limit = Math.min(length(), i + max);
    while (i < limit && isBlank(folded.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The smallest index down from {@code i} with only blanks between, at most {@code max} back. */
  int skipBlanksBack(int i, int max) {
    int limit = Math.max(0, i - max);
    while (i > limit && isBlank(folded.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  static String fold(String text) {
    char[] chars = new char[text.length()];
    for (int i = 0; i < chars.length; i++) {
      chars[i] = fold(text.charAt(i));
    }
    return new String(chars);
  }

  static char fold(char c) {
    if (c < TABLE.length) {
      return TABLE[c];
    }
    if ((c >= '\u2000' && c <= '\u200b') || c == '\u202f' || c == '\u205f' || c == '\u3000') {
      return ' ';
    }
    if (c >= '\u2010' && c <= '\u2015') {
      return '-';
    }
    return switch (c) {
      case '\uff20' -> '@';
      case '\uff0e', '\u2024' -> '.';
      case '\u2018', '\u2019', '\u02bc' -> '\'';
      default -> Character.toLowerCase(c);
    };
  }

  private static char computeFold(char c) {
    switch (c) {
      case '\u00a0':
        return ' ';
      case '\u0141':
      case '\u0142':
        return 'l'; // ł has no decomposition
      case '\u0110':
      case '\u0111':
        return 'd'; // đ neither
      case '\u00d8':
      case '\u00f8':
        return 'o';
      case '\u0131':
        return 'i';
      default:
        break;
    }
    char lower = Character.toLowerCase(c);
    if (lower < 0x80 || !Character.isLetter(lower)) {
      return lower;
    }
    char base = Normalizer.normalize(String.valueOf(lower), Normalizer.Form.NFD).charAt(0);
    return Character.isLetter(base) ? base : lower;
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }

  static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }
}
