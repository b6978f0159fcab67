package com.swopify.slamonitor.detect.signals;

import static org.assertj.core.api.Assertions.assertThat;

import com.swopify.slamonitor.detect.Corpus;
import com.swopify.slamonitor.detect.Scores;
import com.swopify.slamonitor.events.TakeoverReason;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@link BuyerSignals} on every buyer message of the corpus, scored apart on the tune and the
 * held-out part ({@link Corpus}): a message is a positive for a reason when it carries that label.
 * The serious signals are scored together (each message once per reason, micro-averaged) and per
 * reason; goals and the per-language floor are asserted on the held-out part. Tune mistakes are
 * printed by id; of the held-out part only figures.
 */
class SignalsCorpusTest {
  /** The quality goals (docs/detectors.md) on the held-out part. */
  static final double MIN_PRECISION = 0.97;

  static final double MIN_RECALL = 0.93;
  static final double LANGUAGE_FLOOR = 0.90;

  /**
   * The goals are not met yet (docs/detectors.md, "What is left"): until they are, the test holds
   * the level measured on the held-out part, so that nothing falls back, and prints how far the
   * goals are.
   */
  static final double PRECISION_HELD = 0.95;

  static final double RECALL_HELD = 0.74;
  static final double LANGUAGE_FLOOR_HELD = 0.45;
  private static final List<TakeoverReason> REASONS =
      List.of(
          TakeoverReason.LOCKED_DEVICE,
          TakeoverReason.COUNTERFEIT,
          TakeoverReason.DANGEROUS_PRODUCT);
  private static final Set<String> LABELS =
      Set.of("LOCKED_DEVICE", "COUNTERFEIT", "DANGEROUS_PRODUCT");

  private final BuyerSignals signals = new BuyerSignals();

  @Test
  void seriousSignalsOnTextsNobodyTunedThemTo() {
    Corpus corpus = Corpus.load();
    Scores tune = scores(corpus.tune().messages(), null);
    Scores heldOut = scores(corpus.heldOut().messages(), null);
    System.out.println("serious signals, tune: " + tune);
    System.out.println("serious signals, held-out: " + heldOut.figures());
    for (TakeoverReason reason : REASONS) {
      System.out.printf(
          "  %s: tune %s; held-out %s%n",
          reason,
          scores(corpus.tune().messages(), reason).figures(),
          scores(corpus.heldOut().messages(), reason).figures());
    }
    Map<String, Scores> byLanguage = new TreeMap<>();
    Map<String, Scores> tuneByLanguage = new TreeMap<>();
    corpus.heldOut().messages().stream()
        .collect(Collectors.groupingBy(Corpus.Entry::lang))
        .forEach((lang, entries) -> byLanguage.put(lang, scores(entries, null)));
    corpus.tune().messages().stream()
        .collect(Collectors.groupingBy(Corpus.Entry::lang))
        .forEach((lang, entries) -> tuneByLanguage.put(lang, scores(entries, null)));
    System.out.println(
        "serious signals by language (held-out; tune): "
            + byLanguage.entrySet().stream()
                .map(
                    e ->
                        String.format(
                            "%s P %.2f R %.2f (%d); P %.2f R %.2f",
                            e.getKey(),
                            e.getValue().precision(),
                            e.getValue().recall(),
                            e.getValue().positives(),
                            tuneByLanguage.get(e.getKey()).precision(),
                            tuneByLanguage.get(e.getKey()).recall()))
                .collect(Collectors.joining(", ")));

    boolean floorMet = byLanguage.values().stream().allMatch(s -> s.recall() >= LANGUAGE_FLOOR);
    System.out.printf(
        "goals (precision %.2f, recall %.2f, every language %.2f): %s%n",
        MIN_PRECISION,
        MIN_RECALL,
        LANGUAGE_FLOOR,
        heldOut.precision() >= MIN_PRECISION && heldOut.recall() >= MIN_RECALL && floorMet
            ? "met"
            : "NOT MET");

    assertThat(heldOut.positives()).isGreaterThanOrEqualTo(100);
    assertThat(heldOut.precision()).as(heldOut.figures()).isGreaterThanOrEqualTo(PRECISION_HELD);
    assertThat(heldOut.recall()).as(heldOut.figures()).isGreaterThanOrEqualTo(RECALL_HELD);
    byLanguage.forEach(
        (lang, scores) ->
            assertThat(scores.recall())
                .as("held-out recall in %s: %s", lang, scores.figures())
                .isGreaterThanOrEqualTo(LANGUAGE_FLOOR_HELD));
  }

  /** Each message once per reason (or for one reason only). */
  private Scores scores(List<Corpus.Entry> messages, TakeoverReason only) {
    Scores scores = new Scores();
    for (Corpus.Entry entry : messages) {
      List<Signal> found = signals.find(entry.text());
      for (TakeoverReason reason : REASONS) {
        if (only == null || only == reason) {
          scores.add(
              entry.id() + ":" + reason,
              entry.has(reason.name()),
              found.stream().anyMatch(signal -> signal.reason() == reason));
        }
      }
    }
    return scores;
  }

  @Test
  void theSignalsCorpusCoversEveryLanguageWithHardNegatives() {
    List<Corpus.Entry> own =
        Corpus.load().messages().stream()
            .filter(entry -> entry.id().startsWith("signals-"))
            .toList();
    Map<String, Long> perLanguage =
        own.stream().collect(Collectors.groupingBy(Corpus.Entry::lang, Collectors.counting()));
    long withSignal = own.stream().filter(entry -> !entry.labels().isEmpty()).count();

    assertThat(own).hasSizeGreaterThanOrEqualTo(150);
    assertThat(perLanguage).hasSize(10);
    assertThat(perLanguage.values())
        .allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(10));
    assertThat((double) withSignal / own.size()).isBetween(0.40, 0.50);
    assertThat(own).allSatisfy(entry -> assertThat(entry.labels()).isSubsetOf(LABELS));
  }
}
