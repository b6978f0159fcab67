package com.swopify.slamonitor.detect.language;

import java.util.Collection;

/**
 * Rule R2's decision: is a reply written in a language its market does not list, and how sure is
 * that? Any such language counts, also one no market has ({@link ForeignLanguages}: Russian in
 * Bulgaria, Italian or Turkish anywhere); among the supported languages {@link
 * ReplyLanguages#detectOtherThan} decides (Czech without diacritics is still Czech: its pair vote
 * tells it from Slovak).
 *
 * <p>The answer's confidence is calibrated ({@link LanguageCalibration}): the share of such
 * findings that were right on the tune part of the labelled corpus, by how the language was told
 * and how clearly, so that a reviewer can sort findings by it.
 *
 * <p>Only the decision lives here; which Lingua models are loaded is {@link ReplyLanguages}'s
 * business.
 */
public final class WrongLanguage {
  private final ReplyLanguages languages;

  public WrongLanguage(ReplyLanguages languages) {
    this.languages = languages;
  }

  /**
   * The reply's language, with a calibrated confidence, when it is none of the market's; null when
   * it is one of them or cannot be told (never a breach).
   *
   * @param marketLanguages the market's ISO 639-1 codes, each a language of the detector
   * @param minChars replies with fewer letters in their prose are not judged
   * @param minConfidence the detector's own confidence must reach this
   */
  public LanguageGuess judge(
      Collection<String> marketLanguages, String text, int minChars, double minConfidence) {
    Raw raw = raw(marketLanguages, text, minChars, minConfidence);
    return raw == null ? null : new LanguageGuess(raw.language(), raw.calibrated());
  }

  /**
   * What the evidence says before calibration.
   *
   * @param confidence the detector's own confidence: a vote share, Lingua's relative score, 1 for
   *     letters only one language writes
   * @param foreign whether the language is none of the supported ones
   */
  record Raw(String language, double confidence, boolean foreign) {
    double calibrated() {
      return foreign
          ? LanguageCalibration.foreign(confidence)
          : LanguageCalibration.supported(confidence);
    }
  }

  /** {@link #judge} before calibration (the corpus test fits the calibration on it). */
  Raw raw(Collection<String> marketLanguages, String text, int minChars, double minConfidence) {
    String prose = Prose.of(text);
    ForeignLanguages.Evidence foreign = ForeignLanguages.recognise(LowerCaseWords.lowerCase(prose));
    if (foreign != null) {
      if (marketLanguages.contains(foreign.language())
          || LetterScan.of(prose).letters() < minChars) {
        return null;
      }
      return new Raw(foreign.language(), foreign.share(), true);
    }
    LanguageGuess guess = languages.detectOtherThan(marketLanguages, text, minChars, minConfidence);
    return guess == null ? null : new Raw(guess.language(), guess.confidence(), false);
  }
}
