package com.swopify.slamonitor.demo;

import java.util.List;

/**
 * The short texts of one language: what buyers ask, how they nudge, how sellers answer and what an
 * out-of-office automation says. Cyrillic texts keep their letters when diacritics are stripped, so
 * {@code latinScript} says whether stripping makes sense.
 */
record LanguagePhrases(
    String language,
    boolean latinScript,
    String whenArrives,
    String notArrived,
    String returnGoods,
    String notAsDescribed,
    String inStock,
    String thanksAndQuestion,
    String nudge,
    List<String> sellerAnswers,
    List<String> outOfOffice) {

  LanguagePhrases {
    sellerAnswers = List.copyOf(sellerAnswers);
    outOfOffice = List.copyOf(outOfOffice);
  }
}
