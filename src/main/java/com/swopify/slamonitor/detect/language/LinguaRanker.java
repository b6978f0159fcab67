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
 * <p>High-accuracy mode (Lingua's default): texts under 120 characters are scored with n-grams of
 * one to five letters, longer ones with trigrams. It is what the texts that reach Lingua need:
 * short, often without diacritics, in Slovak or Czech, Croatian or Slovene. On the labelled corpora
 * low-accuracy mode (trigrams only; 14 MiB of models instead of about 365 MiB) got a dozen of them
 * wrong, each a false WRONG_LANGUAGE breach, high-accuracy mode none; high accuracy for the close
 * pairs only (180 MiB) still left two.
 *
 * <p>Where Lingua computes is not ours to choose: 1.2.2's builder has no executor option, and
 * {@code computeLanguageConfidenceValues} (which {@code detectLanguageOf} calls too) hands one task
 * per n-gram length, five for a text under 120 characters, to {@code ForkJoinPool.commonPool()} and
 * waits for them, so each call wakes a pool thread that competes with Flink's task threads. The one
 * switch is JVM-wide: with {@code -Djava.util.concurrent.ForkJoinPool.common.parallelism=0} the
 * common pool has no threads and the caller runs the tasks itself (same result; docs/detectors.md
 * has the measurement). What is ours: Lingua gets the prose only (addresses and handles blanked,
 * {@link Prose}) and only the candidates letters and words left, and is asked as rarely as
 * possible.
 */
final class LinguaRanker implements CandidateRanker {
  private static final Object MODELS_LOCK = new Object();
  private static LinguaRanker shared;

  /** Detectors by candidate set, indexed by the set's bits (one bit per language ordinal). */
  private final AtomicReferenceArray<LanguageDetector> detectors =
      new AtomicReferenceArray<>(1 << SupportedLanguage.values().length);

  private LinguaRanker() {}

  /** The ranker of this JVM; the first call loads the models (seconds; about 365 MiB of heap). */
  static LinguaRanker shared() {
    synchronized (MODELS_LOCK) {
      if (shared == null) {
        EnumSet<SupportedLanguage> all = EnumSet.allOf(SupportedLanguage.class);
        LanguageDetectorBuilder.fromLanguages(linguaLanguages(all))
            .withPreloadedLanguageModels()
            .build();
        shared = new LinguaRanker();
      }
      return shared;
    }
  }

  /** The candidates (at least two) ranked by Lingua; empty if Lingua cannot tell at all. */
  @Override
  public Ranking rank(String text, int letters, Set<SupportedLanguage> candidates) {
    return Ranking.ofLinguaScores(
        detector(candidates).computeLanguageConfidenceValues(text), letters);
  }

  private LanguageDetector detector(Set<SupportedLanguage> candidates) {
    int bits = Alphabets.bits(candidates);
    LanguageDetector detector = detectors.get(bits);
    if (detector == null) {
      detector = LanguageDetectorBuilder.fromLanguages(linguaLanguages(candidates)).build();
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
