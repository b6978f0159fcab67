package com.swopify.slamonitor.detect.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Lingua, asked only about the candidate languages a text's letters leave.
 *
 * <p>Lingua 1.2 keeps its n-gram models in static maps shared by all its detectors and fills them
 * without synchronisation. So the models of every {@link SupportedLanguage} are loaded once per
 * JVM, under a lock, when the first ranker is made; afterwards the maps are only read, and a
 * detector for any subset of the languages costs nothing but its small object, made on first use.
 *
 * <p>Low-accuracy mode: Lingua then scores trigrams only. Its models take about 15 MB of heap for
 * the ten languages instead of about 350 MB for all five n-gram sizes, and detection is faster;
 * on the labelled corpus it keeps the accuracy goal together with the letter check and the
 * function-word votes (docs in {@link ReplyLanguages}).
 */
final class LinguaRanker {
  private static final Object MODELS_LOCK = new Object();
  private static LinguaRanker shared;

  /** Detectors by candidate set, indexed by the set's bits (one bit per language ordinal). */
  private final AtomicReferenceArray<LanguageDetector> detectors =
      new AtomicReferenceArray<>(1 << SupportedLanguage.values().length);

  private LinguaRanker() {}

  /** The ranker of this JVM; the first call loads the models (a second or so). */
  static LinguaRanker shared() {
    synchronized (MODELS_LOCK) {
      if (shared == null) {
        EnumSet<SupportedLanguage> all = EnumSet.allOf(SupportedLanguage.class);
        LanguageDetectorBuilder.fromLanguages(linguaLanguages(all))
            .withLowAccuracyMode()
            .withPreloadedLanguageModels()
            .build();
        shared = new LinguaRanker();
      }
      return shared;
    }
  }

  /** The candidates (at least two) ranked by Lingua; empty if Lingua cannot tell at all. */
  Ranking rank(String text, Set<SupportedLanguage> candidates) {
    return Ranking.ofLinguaScores(detector(candidates).computeLanguageConfidenceValues(text));
  }

  private LanguageDetector detector(Set<SupportedLanguage> candidates) {
    int bits = 0;
    for (SupportedLanguage language : candidates) {
      bits |= 1 << language.ordinal();
    }
    LanguageDetector detector = detectors.get(bits);
    if (detector == null) {
      detector = LanguageDetectorBuilder.fromLanguages(linguaLanguages(candidates))
          .withLowAccuracyMode()
          .build();
      if (!detectors.compareAndSet(bits, null, detector)) {
        detector = detectors.get(bits);
      }
    }
    return detector;
  }

  private static Language[] linguaLanguages(Set<SupportedLanguage> languages) {
    return languages.stream().map(SupportedLanguage::lingua).toArray(Language[]::new);
  }
}
