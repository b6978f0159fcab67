package com.swopify.slamonitor.detect.signals;

import static org.assertj.core.api.Assertions.assertThat;

import com.swopify.slamonitor.detect.Corpus;
import com.swopify.slamonitor.detect.Scores;
import com.swopify.slamonitor.events.TakeoverReason;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * {@link BuyerSignals} per takeover reason on every buyer message of every corpus file: a message
 * is a positive for a reason when it carries that label. Messages name ids, never texts.
 */
class SignalsCorpusTest {
  static final double MIN_PRECISION = 0.95;
  static final double MIN_RECALL = 0.90;
  private static final Set<String> LABELS = Set.of("LOCKED_DEVICE", "COUNTERFEIT",
      "DANGEROUS_PRODUCT");

  private final BuyerSignals signals = new BuyerSignals();

  @ParameterizedTest
  @EnumSource(value = TakeoverReason.class,
      names = {"LOCKED_DEVICE", "COUNTERFEIT", "DANGEROUS_PRODUCT"})
  void precisionAndRecallPerReason(TakeoverReason reason) {
    List<Corpus.Entry> messages = Corpus.load().messages();
    Scores scores = Scores.of(messages, reason.name(), entry -> signals.find(entry.text())
        .stream().anyMatch(signal -> signal.reason() == reason));
    System.out.printf("%s signals, %d messages: %s%n", reason, scores.total(), scores);

    assertThat(scores.positives()).as("positives for %s", reason).isGreaterThanOrEqualTo(20);
    assertThat(scores.precision()).as("%s: %s", reason, scores)
        .isGreaterThanOrEqualTo(MIN_PRECISION);
    assertThat(scores.recall()).as("%s: %s", reason, scores).isGreaterThanOrEqualTo(MIN_RECALL);
  }

  @Test
  void theSignalsCorpusCoversEveryLanguageWithHardNegatives() {
    List<Corpus.Entry> own = Corpus.load().messages().stream()
        .filter(entry -> entry.id().startsWith("signals-")).toList();
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
