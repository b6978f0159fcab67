package com.swopify.slamonitor.detect.automated;

import static org.assertj.core.api.Assertions.assertThat;

import com.swopify.slamonitor.detect.Corpus;
import com.swopify.slamonitor.detect.Scores;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@link AutoReplyPhrases} (rules and learned model) on every seller reply of every corpus file,
 * the other detectors' too: their replies are negatives unless labelled AUTOMATED_REPLY. Figures
 * are those of the HELD-OUT part (texts neither the rules nor the model were tuned or trained on),
 * per language, printed without ids or texts; the tune part's beside them, and the reliability of
 * the confidence per bucket on the held-out part.
 */
class AutomatedCorpusTest {
  static final Set<String> LANGUAGES =
      Set.of("sk", "cs", "hu", "pl", "ro", "de", "hr", "sl", "bg", "en");
  private static final String LABEL = "AUTOMATED_REPLY";

  /** The quality goals (docs/detectors.md) on the held-out part: precision first. */
  static final double GOAL_PRECISION = 0.97;

  static final double GOAL_RECALL = 0.90;

  /**
   * What the held-out part must not fall below: the precision goal is reached; the recall goal is
   * not yet (docs/detectors.md, "What is left"), and this floor holds what has been reached.
   */
  static final double HELD_OUT_MIN_RECALL = 0.60;

  static final double LANGUAGE_MIN_RECALL = 0.35;

  private final AutoReplyPhrases phrases = new AutoReplyPhrases();

  @Test
  void heldOutPrecisionAndRecallPerLanguage() {
    Corpus corpus = Corpus.load();
    List<Corpus.Entry> heldOut = corpus.heldOut().replies();
    Scores all = Scores.of(heldOut, LABEL, entry -> phrases.recognise(entry.text()) != null);
    Scores tune =
        Scores.of(corpus.tune().replies(), LABEL, entry -> phrases.recognise(entry.text()) != null);
    System.out.printf(
        "AUTOMATED_REPLY held-out (%d replies): %s; tune (%d): %s%n",
        all.total(), all.figures(), tune.total(), tune.figures());
    Map<String, Scores> perLanguage = new TreeMap<>();
    // The ten market languages; the language corpus's replies in other languages are negatives.
    heldOut.stream()
        .filter(entry -> LANGUAGES.contains(entry.lang()))
        .collect(Collectors.groupingBy(Corpus.Entry::lang))
        .forEach(
            (lang, list) ->
                perLanguage.put(
                    lang,
                    Scores.of(list, LABEL, entry -> phrases.recognise(entry.text()) != null)));
    perLanguage.forEach(
        (lang, scores) -> System.out.printf("  held-out %s: %s%n", lang, scores.figures()));

    assertThat(all.total()).isGreaterThanOrEqualTo(300);
    assertThat(all.precision()).as(all.figures()).isGreaterThanOrEqualTo(GOAL_PRECISION);
    assertThat(all.recall()).as(all.figures()).isGreaterThanOrEqualTo(HELD_OUT_MIN_RECALL);
    assertThat(perLanguage.keySet()).containsExactlyInAnyOrderElementsOf(LANGUAGES);
    assertThat(perLanguage)
        .allSatisfy(
            (lang, scores) ->
                assertThat(scores.recall())
                    .as("%s: %s", lang, scores.figures())
                    .isGreaterThanOrEqualTo(LANGUAGE_MIN_RECALL));
  }

  @Test
  void confidenceIsReliableOnTheHeldOutPart() {
    // Every recognition's confidence against how many of those texts are auto-replies.
    List<Corpus.Entry> heldOut = Corpus.load().heldOut().replies();
    int[] recognised = new int[3];
    int[] automated = new int[3];
    double[] lower = {0.5, 0.9, 0.97};
    for (Corpus.Entry entry : heldOut) {
      AutoReplyPhrases.Recognition recognition = phrases.assess(entry.text());
      if (recognition == null) {
        continue;
      }
      int bucket = recognition.confidence() >= 0.97 ? 2 : recognition.confidence() >= 0.9 ? 1 : 0;
      recognised[bucket]++;
      if (entry.has(LABEL)) {
        automated[bucket]++;
      }
    }
    for (int b = 0; b < 3; b++) {
      System.out.printf(
          "  held-out confidence >= %.2f: %d recognised, %d automated%n",
          lower[b], recognised[b], automated[b]);
      if (recognised[b] > 0) {
        assertThat((double) automated[b] / recognised[b])
            .as("bucket %d", b)
            .isGreaterThanOrEqualTo(lower[b]);
      }
    }
  }

  @Test
  void theTunePartIsRecognisedAndThePrecisionGoalHoldsThere() {
    Scores scores =
        Scores.of(
            Corpus.load().tune().replies(),
            LABEL,
            entry -> phrases.recognise(entry.text()) != null);
    assertThat(scores.precision()).as("%s", scores).isGreaterThanOrEqualTo(GOAL_PRECISION);
    assertThat(scores.recall()).as("%s", scores).isGreaterThanOrEqualTo(GOAL_RECALL);
  }

  @Test
  void theAutomatedCorpusCoversEveryLanguageWithHardNegatives() {
    List<Corpus.Entry> own =
        Corpus.load().replies().stream()
            .filter(entry -> entry.id().startsWith("automated-"))
            .toList();
    Map<String, Long> perLanguage =
        own.stream().collect(Collectors.groupingBy(Corpus.Entry::lang, Collectors.counting()));
    long automated = own.stream().filter(entry -> entry.has(LABEL)).count();

    assertThat(own).hasSizeGreaterThanOrEqualTo(110);
    assertThat(perLanguage.keySet()).containsExactlyInAnyOrderElementsOf(LANGUAGES);
    assertThat(perLanguage.values())
        .allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(8));
    assertThat((double) automated / own.size()).isBetween(0.35, 0.45);
    assertThat(own).allSatisfy(entry -> assertThat(entry.labels()).isSubsetOf(LABEL));
  }
}
