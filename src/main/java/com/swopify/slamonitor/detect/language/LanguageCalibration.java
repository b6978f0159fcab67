package com.swopify.slamonitor.detect.language;

/**
 * Turns the language detector's raw confidence (a vote share, Lingua's relative score, 1 for a
 * decision by letters) into a calibrated one: the share of WRONG_LANGUAGE findings with such a raw
 * value that were right on the tune part of the labelled corpus (docs/detectors.md, "Calibration").
 * Raw values are not probabilities: a two-thirds word vote is right far more often than two times
 * in three, Lingua's top score much less often than it says.
 *
 * <p>Piecewise constant by bucket of the raw value: each bucket's tune precision shrunk towards 0.9
 * by twenty pseudo-findings ({@code (right + 18) / (n + 20)}), so that a small bucket cannot claim
 * certainty, then made monotone by pooling adjacent buckets that fall out of order. Nothing from
 * text alone is certain: the top is 0.99. To refit: run {@code LanguageCorpusTest} and read its
 * "calibration (tune)" tables; the held-out table beside them is the check.
 */
final class LanguageCalibration {
  /** Lower bounds of the raw-confidence buckets of supported-language findings. */
  private static final double[] SUPPORTED_FROM = {0.0, 0.8, 0.95};

  private static final double[] SUPPORTED_VALUE = {0.98, 0.99, 0.99};

  /** Lower bounds of the vote-share buckets of foreign-language findings. */
  private static final double[] FOREIGN_FROM = {0.0};

  private static final double[] FOREIGN_VALUE = {0.96};

  private LanguageCalibration() {}

  /** A finding among the supported languages, by the detector's raw confidence. */
  static double supported(double raw) {
    return bucket(SUPPORTED_FROM, SUPPORTED_VALUE, raw);
  }

  /** A finding of a language no market has, by its share of the word and letter votes. */
  static double foreign(double share) {
    return bucket(FOREIGN_FROM, FOREIGN_VALUE, share);
  }

  private static double bucket(double[] from, double[] value, double raw) {
    int i = from.length - 1;
    while (i > 0 && raw < from[i]) {
      i--;
    }
    return value[i];
  }
}
