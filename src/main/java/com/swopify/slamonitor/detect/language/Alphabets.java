package com.swopify.slamonitor.detect.language;

import java.util.Set;

/**
 * Which supported languages can write a letter or a word, as bit sets (bit i = the language of
 * ordinal i), precomputed from {@link SupportedLanguage#canWrite} for the Latin and Cyrillic blocks
 * so that reading a text costs one array lookup a letter.
 */
final class Alphabets {
  static final int ALL = (1 << SupportedLanguage.values().length) - 1;

  /** Code points below this (Latin, Latin Extended, Cyrillic) are looked up in the tables. */
  private static final int TABLE_LIMIT = 0x0530;

  private static final int[] WRITERS = new int[TABLE_LIMIT];
  private static final boolean[] CYRILLIC = new boolean[TABLE_LIMIT];

  static {
    for (int codePoint = 0; codePoint < TABLE_LIMIT; codePoint++) {
      WRITERS[codePoint] = computeWriters(codePoint);
      CYRILLIC[codePoint] = computeCyrillic(codePoint);
    }
  }

  private Alphabets() {}

  /** The languages whose alphabet has this lower-case letter. */
  static int writers(int lowerCaseLetter) {
    return lowerCaseLetter < TABLE_LIMIT
        ? WRITERS[lowerCaseLetter]
        : computeWriters(lowerCaseLetter);
  }

  /** The languages whose alphabet has every letter of this lower-case word. */
  static int writersOfWord(String lowerCaseWord) {
    int writers = ALL;
    for (int i = 0; i < lowerCaseWord.length(); ) {
      int codePoint = lowerCaseWord.codePointAt(i);
      if (Character.isLetter(codePoint)) {
        writers &= writers(codePoint);
      }
      i += Character.charCount(codePoint);
    }
    return writers;
  }

  static boolean isCyrillic(int letter) {
    return letter < TABLE_LIMIT ? CYRILLIC[letter] : computeCyrillic(letter);
  }

  static int bits(Set<SupportedLanguage> languages) {
    int bits = 0;
    for (SupportedLanguage language : languages) {
      bits |= bit(language);
    }
    return bits;
  }

  static int bit(SupportedLanguage language) {
    return 1 << language.ordinal();
  }

  private static int computeWriters(int lowerCaseLetter) {
    int bits = 0;
    for (SupportedLanguage language : SupportedLanguage.values()) {
      if (language.canWrite(lowerCaseLetter)) {
        bits |= bit(language);
      }
    }
    return bits;
  }

  private static boolean computeCyrillic(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.CYRILLIC;
  }
}
