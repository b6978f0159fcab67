package com.swopify.slamonitor.detect.automated;

import static org.assertj.core.api.Assertions.assertThat;

import com.swopify.slamonitor.detect.Corpus;
import com.swopify.slamonitor.detect.Scores;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@link AutoReplyPhrases} on every seller reply of every corpus file, the other detectors' too:
 * their replies are negatives unless labelled AUTOMATED_REPLY. Messages name ids, never texts.
 */
class AutomatedCorpusTest {
  static final double MIN_PRECISION = 0.98;
  static final Set<String> LANGUAGES = Set.of("sk", "cs", "hu", "pl", "ro", "de", "hr", "sl",
      "bg", "en");
  private static final String LABEL = "AUTOMATED_REPLY";

  private final AutoReplyPhrases phrases = new AutoReplyPhrases();

  @Test
  void precisionOnAllRepliesOfAllCorpora() {
    List<Corpus.Entry> replies = Corpus.load().replies();
    Scores scores = Scores.of(replies, LABEL, entry -> phrases.recognise(entry.text()) != null);
    System.out.printf("AUTOMATED_REPLY from text, %d replies: %s%n", scores.total(), scores);

    assertThat(scores.precision()).as("%d replies: %s", scores.total(), scores)
        .isGreaterThanOrEqualTo(MIN_PRECISION);
  }

  @Test
  void theAutomatedCorpusCoversEveryLanguageWithHardNegatives() {
    List<Corpus.Entry> own = Corpus.load().replies().stream()
        .filter(entry -> entry.id().startsWith("automated-")).toList();
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

  @Test
  void everyLanguageHasItsAutomatedRepliesFound() {
    // Per language, so that one language cannot hide behind the others' recall.
    Map<String, List<Corpus.Entry>> byLanguage = Corpus.load().replies().stream()
        .filter(entry -> entry.id().startsWith("automated-"))
        .collect(Collectors.groupingBy(Corpus.Entry::lang));
    Map<String, Double> recall = byLanguage.entrySet().stream().collect(Collectors.toMap(
        Map.Entry::getKey,
        language -> Scores.of(language.getValue(), LABEL,
            entry -> phrases.recognise(entry.text()) != null).recall()));
    assertThat(recall).allSatisfy((language, value) ->
        assertThat(value).as(language).isGreaterThanOrEqualTo(0.8));
  }
}
