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
 * <p>Lingua 1.2 does not give probabilities: its best language always scores 1.0 and every other
 * one the ratio of the two languages' summed n-gram log-probabilities, so {@code 1 - score} is
 * the relative distance Lingua itself thresholds in {@code withMinimumRelativeDistance}. Typical
 * distances are small (0.02 to 0.10 between Slovak and Czech, or Croatian and Slovene; 0.3 and
 * more between unrelated languages). To get a confidence that reads as a share of the evidence,
 * each language is weighted {@code exp(-distance / TEMPERATURE)} and the weights are normalised:
 * a tie gives 1/n, a language without competitor 1, and a distance of 0.05 to the only runner-up
 * about 0.92. The temperature is the single calibration constant, set on the labelled corpus.
 */
record Ranking(List<Ranked> ranked) {
  static final double TEMPERATURE = 0.02;
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
  static Ranking ofLinguaScores(Map<Language, Double> scores) {
    double sum = 0;
    for (double score : scores.values()) {
      sum += weight(score);
    }
    List<Ranked> ranked = new ArrayList<>(scores.size());
    for (Map.Entry<Language, Double> score : scores.entrySet()) {
      ranked.add(new Ranked(
          SupportedLanguage.ofLingua(score.getKey()), weight(score.getValue()) / sum));
    }
    return sorted(ranked);
  }

  private static double weight(double linguaScore) {
    return Math.exp(-(1 - linguaScore) / TEMPERATURE);
  }

  boolean isEmpty() {
    return ranked.isEmpty();
  }

  Ranked best() {
    return ranked.get(0);
  }

  /** The pair of close languages the best two candidates form; null if there are no such two. */
  ConfusablePair topTwoPair() {
    return ranked.size() < 2 ? null : ConfusablePair.of(ranked.get(0).language(),
        ranked.get(1).language());
  }

  /**
   * The ranking once a function-word vote has decided between the best two: they share their
   * confidence in the proportion of the votes, the winner first.
   */
  Ranking decidedBetweenTopTwo(ConfusablePair.Vote vote) {
    double pairConfidence = ranked.get(0).confidence() + ranked.get(1).confidence();
    SupportedLanguage loser = ranked.get(0).language() == vote.winner()
        ? ranked.get(1).language() : ranked.get(0).language();
    List<Ranked> decided = new ArrayList<>(ranked.size());
    decided.add(new Ranked(vote.winner(), pairConfidence * vote.share()));
    decided.add(new Ranked(loser, pairConfidence * (1 - vote.share())));
    decided.addAll(ranked.subList(2, ranked.size()));
    return sorted(decided);
  }

  private static Ranking sorted(List<Ranked> ranked) {
    ranked.sort(Comparator.comparingDouble(Ranked::confidence).reversed()
        .thenComparing(Ranked::language));
    return new Ranking(ranked);
  }
}
