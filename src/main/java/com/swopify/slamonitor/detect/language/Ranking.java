package com.swopify.slamonitor.detect.language;

import com.github.pemistahl.lingua.api.Language;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Candidate languages with their confidences, best first; the confidences sum to 1.
 *
 * <p>Lingua 1.2 gives no probabilities: its best language always scores 1.0 and every other one the
 * ratio of the two languages' n-gram log-likelihoods, so {@code 1 - score} is the relative distance
 * Lingua itself thresholds in {@code withMinimumRelativeDistance}. A relative distance says more
 * the longer the text: the log-likelihoods, and so their difference, grow with every letter. Each
 * language is therefore weighted {@code exp(-distance * letters / LETTERS_PER_UNIT)} and the
 * weights are normalised: a tie gives 1/n, a language without competitor 1, and a distance of 0.05
 * to the only runner-up about 0.92 over 80 letters but 0.72 over 30. {@link #LETTERS_PER_UNIT} is
 * the one calibration constant; with it, the default thresholds were chosen on the labelled corpora
 * (see LanguageCorpusTest).
 */
record Ranking(List<Ranked> ranked) {
  /** Where distance times letters reaches this, the runner-up weighs e times less than the best. */
  static final double LETTERS_PER_UNIT = 1.6;

  /** No candidate at all. */
  static final Ranking NONE = new Ranking(List.of());

  /** A candidate and its confidence. */
  record Ranked(SupportedLanguage language, double confidence) {}

  Ranking {
    ranked = List.copyOf(ranked);
  }

  /** The only language that fits. */
  static Ranking certain(SupportedLanguage language) {
    return decided(language, 1.0);
  }

  /** One language chosen by a rule, with the share of the rule's evidence it got. */
  static Ranking decided(SupportedLanguage language, double confidence) {
    return new Ranking(List.of(new Ranked(language, confidence)));
  }

  /** Every candidate equally likely: what is known before any statistics are looked at. */
  static Ranking even(Set<SupportedLanguage> candidates) {
    List<Ranked> ranked = new ArrayList<>(candidates.size());
    for (SupportedLanguage language : candidates) {
      ranked.add(new Ranked(language, 1.0 / candidates.size()));
    }
    return sorted(ranked);
  }

  /** Lingua's scores ({@code computeLanguageConfidenceValues}) as confidences. */
  static Ranking ofLinguaScores(Map<Language, Double> scores, int letters) {
    double sum = 0;
    for (double score : scores.values()) {
      sum += weight(score, letters);
    }
    List<Ranked> ranked = new ArrayList<>(scores.size());
    for (Map.Entry<Language, Double> score : scores.entrySet()) {
      ranked.add(
          new Ranked(
              SupportedLanguage.ofLingua(score.getKey()), weight(score.getValue(), letters) / sum));
    }
    return sorted(ranked);
  }

  private static double weight(double linguaScore, int letters) {
    return Math.exp(-(1 - linguaScore) * letters / LETTERS_PER_UNIT);
  }

  boolean isEmpty() {
    return ranked.isEmpty();
  }

  Ranked best() {
    return ranked.get(0);
  }

  /** The pair of close languages the best two candidates form; null if there are no such two. */
  ConfusablePair topTwoPair() {
    return ranked.size() < 2
        ? null
        : ConfusablePair.of(ranked.get(0).language(), ranked.get(1).language());
  }

  /**
   * The ranking once a function-word vote has decided between the best two: they share their
   * confidence in the proportion of the votes, the winner first.
   */
  Ranking decidedBetweenTopTwo(WordVotes.Vote vote) {
    double pairConfidence = ranked.get(0).confidence() + ranked.get(1).confidence();
    SupportedLanguage loser =
        ranked.get(0).language() == vote.winner()
            ? ranked.get(1).language()
            : ranked.get(0).language();
    List<Ranked> decided = new ArrayList<>(ranked.size());
    decided.add(new Ranked(vote.winner(), pairConfidence * vote.share()));
    decided.add(new Ranked(loser, pairConfidence * (1 - vote.share())));
    decided.addAll(ranked.subList(2, ranked.size()));
    return sorted(decided);
  }

  private static Ranking sorted(List<Ranked> ranked) {
    ranked.sort(
        Comparator.comparingDouble(Ranked::confidence).reversed().thenComparing(Ranked::language));
    return new Ranking(ranked);
  }
}
