package com.swopify.slamonitor.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Precision and recall of one binary detector over corpus entries, keeping the ids of its mistakes
 * so a failing threshold says which texts to look at.
 */
public final class Scores {
  private int truePositives;
  private int falsePositives;
  private int falseNegatives;
  private int trueNegatives;
  private final List<String> mistakes = new ArrayList<>();

  /** Scores {@code detector} against the label on every entry. */
  public static Scores of(
      List<Corpus.Entry> entries, String label, Predicate<Corpus.Entry> detector) {
    Scores scores = new Scores();
    for (Corpus.Entry entry : entries) {
      scores.add(entry.id(), entry.has(label), detector.test(entry));
    }
    return scores;
  }

  public void add(String id, boolean expected, boolean detected) {
    if (expected && detected) {
      truePositives++;
    } else if (detected) {
      falsePositives++;
      mistakes.add("false positive " + id);
    } else if (expected) {
      falseNegatives++;
      mistakes.add("false negative " + id);
    } else {
      trueNegatives++;
    }
  }

  /** 1.0 when nothing was detected at all: no claim made, none wrong. */
  public double precision() {
    int detected = truePositives + falsePositives;
    return detected == 0 ? 1.0 : (double) truePositives / detected;
  }

  public double recall() {
    int expected = truePositives + falseNegatives;
    return expected == 0 ? 1.0 : (double) truePositives / expected;
  }

  public int positives() {
    return truePositives + falseNegatives;
  }

  public int total() {
    return truePositives + falsePositives + falseNegatives + trueNegatives;
  }

  public List<String> mistakes() {
    return List.copyOf(mistakes);
  }

  /**
   * The figures without the ids of the mistakes: the only form in which held-out scores may be
   * printed (their texts must stay unseen while rules change).
   */
  public String figures() {
    return String.format(
        "precision %.3f recall %.3f (tp %d fp %d fn %d tn %d)",
        precision(), recall(), truePositives, falsePositives, falseNegatives, trueNegatives);
  }

  @Override
  public String toString() {
    return String.format(
        "precision %.3f recall %.3f (tp %d fp %d fn %d tn %d) %s",
        precision(),
        recall(),
        truePositives,
        falsePositives,
        falseNegatives,
        trueNegatives,
        mistakes);
  }
}
