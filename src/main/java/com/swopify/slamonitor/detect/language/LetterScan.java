package com.swopify.slamonitor.detect.language;

import java.util.EnumSet;

/**
 * What a text's letters alone tell: how many letters it has, and which languages' alphabets can
 * write its words. One pass over the text, no allocation beyond this object, so it can run on
 * every reply before anything expensive.
 *
 * <p>A word is a run of letters (combining marks stay inside it). A word is unwritable in a
 * language when one of its letters is outside that language's alphabet ({@link
 * SupportedLanguage#canWrite}): "ř" rules out everything but Czech, Cyrillic everything but
 * Bulgarian, "ő" everything but Hungarian. One word in ten may be unwritable before a language is
 * ruled out, so that a foreign name ("Dvořák" in a Slovak reply) does not decide the language.
 */
final class LetterScan {
  private static final SupportedLanguage[] LANGUAGES = SupportedLanguage.values();
  private static final int ALL = (1 << LANGUAGES.length) - 1;
  /** For each code point below the limit: a bit per language whose alphabet has that letter. */
  private static final int TABLE_LIMIT = 0x0530;
  private static final int[] WRITERS = writersTable();

  private final int letters;
  private final int words;
  private final int[] unwritableWords = new int[LANGUAGES.length];

  private LetterScan(String text) {
    int letterCount = 0;
    int wordCount = 0;
    int wordWriters = ALL;
    boolean inWord = false;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      i += Character.charCount(codePoint);
      if (Character.isLetter(codePoint)) {
        letterCount++;
        inWord = true;
        wordWriters &= writers(Character.toLowerCase(codePoint));
      } else if (inWord && Character.getType(codePoint) != Character.NON_SPACING_MARK) {
        wordCount++;
        countUnwritable(wordWriters);
        wordWriters = ALL;
        inWord = false;
      }
    }
    if (inWord) {
      wordCount++;
      countUnwritable(wordWriters);
    }
    this.letters = letterCount;
    this.words = wordCount;
  }

  static LetterScan of(String text) {
    return new LetterScan(text);
  }

  /** Letters in the text (Unicode letters of any script; digits, spaces and marks excluded). */
  int letters() {
    return letters;
  }

  /**
   * The configured languages whose alphabet writes the text: at most one word in ten (rounded
   * down) may be unwritable in them.
   */
  EnumSet<SupportedLanguage> candidates(EnumSet<SupportedLanguage> configured) {
    int tolerated = words / 10;
    EnumSet<SupportedLanguage> fitting = EnumSet.noneOf(SupportedLanguage.class);
    for (SupportedLanguage language : configured) {
      if (unwritableWords[language.ordinal()] <= tolerated) {
        fitting.add(language);
      }
    }
    return fitting;
  }

  private void countUnwritable(int wordWriters) {
    for (int i = 0; i < LANGUAGES.length; i++) {
      if ((wordWriters & (1 << i)) == 0) {
        unwritableWords[i]++;
      }
    }
  }

  private static int writers(int lowerCaseLetter) {
    return lowerCaseLetter < TABLE_LIMIT ? WRITERS[lowerCaseLetter] : writersOf(lowerCaseLetter);
  }

  private static int[] writersTable() {
    int[] table = new int[TABLE_LIMIT];
    for (int codePoint = 0; codePoint < TABLE_LIMIT; codePoint++) {
      table[codePoint] = writersOf(codePoint);
    }
    return table;
  }

  private static int writersOf(int lowerCaseLetter) {
    int bits = 0;
    for (SupportedLanguage language : LANGUAGES) {
      if (language.canWrite(lowerCaseLetter)) {
        bits |= 1 << language.ordinal();
      }
    }
    return bits;
  }
}
