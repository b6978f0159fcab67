package com.swopify.slamonitor.detect.language;

/**
 * The language a text is written in, as far as {@link ReplyLanguages} can tell.
 *
 * @param language ISO 639-1 code, lower case
 * @param confidence how much of the evidence favours this language over the other configured ones,
 *     0..1: 1 when nothing else fits the text's letters or words, 1/n when n languages fit equally
 *     well (see {@link ReplyLanguages} for how it is computed)
 */
public record LanguageGuess(String language, double confidence) {
  public LanguageGuess {
    if (language == null
        || language.length() != 2
        || language.chars().anyMatch(c -> c < 'a' || c > 'z')) {
      throw new IllegalArgumentException("language must be an ISO 639-1 code in lower case");
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be between 0 and 1");
    }
  }
}
