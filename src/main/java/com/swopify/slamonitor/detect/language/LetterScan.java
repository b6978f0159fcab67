package com.swopify.slamonitor.detect.language;

import java.util.EnumSet;

/**
 * What a text's letters alone tell: how many there are, and which languages can write its words.
 * One pass over the text, so it can run on every reply before anything expensive.
 *
 * <p>A language is a candidate when (1) its script, Latin or Cyrillic, has most of the text's
 * letters, so that a few look-alike Cyrillic letters inside Latin words (a trick to dodge filters)
 * or a Latin brand name in a Bulgarian reply change nothing; and (2) its alphabet ({@link
 * SupportedLanguage#canWrite}) writes all words but one in ten, and always all but one: "ř" in two
 * words rules out everything but Czech, "ő" everything but Hungarian, while a single foreign name
 * ("Dvořák" in a Slovak reply) rules out nothing. Such single words still count as evidence in the
 * word votes ({@link WordVotes}).
 *
 * <p>A word is a run of letters; combining marks stay inside it.
 */
final class LetterScan {
  private static final SupportedLanguage[] LANGUAGES = SupportedLanguage.values();

  private final int letters;
  private final int cyrillicLetters;
  private final int words;
  private final int[] unwritableWords = new int[LANGUAGES.length];

  private LetterScan(String text) {
    int letterCount = 0;
    int cyrillicCount = 0;
    int wordCount = 0;
    int wordWriters = Alphabets.ALL;
    boolean inWord = false;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      i += Character.charCount(codePoint);
      if (Character.isLetter(codePoint)) {
        int letter = Character.toLowerCase(codePoint);
        letterCount++;
        if (Alphabets.isCyrillic(letter)) {
          cyrillicCount++;
        }
        inWord = true;
        wordWriters &= Alphabets.writers(letter);
      } else if (inWord && Character.getType(codePoint) != Character.NON_SPACING_MARK) {
        wordCount++;
        countUnwritable(wordWriters);
        wordWriters = Alphabets.ALL;
        inWord = false;
      }
    }
    if (inWord) {
      wordCount++;
      countUnwritable(wordWriters);
    }
    this.letters = letterCount;
    this.cyrillicLetters = cyrillicCount;
    this.words = wordCount;
  }

  static LetterScan of(String text) {
    return new LetterScan(text);
  }

  /** Letters in the text (Unicode letters of any script; digits, spaces and marks excluded). */
  int letters() {
    return letters;
  }

  /** The configured languages that can have written the text (see the class comment). */
  EnumSet<SupportedLanguage> candidates(EnumSet<SupportedLanguage> configured) {
    boolean mostlyCyrillic = 2 * cyrillicLetters > letters;
    int tolerated = Math.max(1, words / 10);
    EnumSet<SupportedLanguage> fitting = EnumSet.noneOf(SupportedLanguage.class);
    for (SupportedLanguage language : configured) {
      if (language.isCyrillic() == mostlyCyrillic
          && unwritableWords[language.ordinal()] <= tolerated) {
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
}
