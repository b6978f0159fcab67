package com.swopify.slamonitor.detect.contact;

import static org.assertj.core.api.Assertions.assertThat;

import com.swopify.slamonitor.detect.Corpus;
import com.swopify.slamonitor.detect.DetectorSettings;
import com.swopify.slamonitor.detect.Scores;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The detector's measured quality on every reply of every corpus file: other detectors' texts
 * count as well, as negatives or positives. Failures name the mistakes' ids, never their texts.
 */
class ContactCorpusTest {
  private static final String LABEL = "OFF_PLATFORM_CONTACT";
  private static final double MIN_PRECISION = 0.98;
  private static final double MIN_RECALL = 0.95;

  private final OffPlatformContacts detector =
      new OffPlatformContacts(DetectorSettings.defaults().platformDomains());

  @Test
  void precisionAndRecallOnAllReplies() {
    List<Corpus.Entry> replies = Corpus.load().replies();
    Scores scores = Scores.of(replies, LABEL, entry -> !detector.find(entry.text()).isEmpty());
    System.out.println("OFF_PLATFORM_CONTACT, " + replies.size() + " replies: " + scores);

    assertThat(scores.precision()).as("precision: %s", scores)
        .isGreaterThanOrEqualTo(MIN_PRECISION);
    assertThat(scores.recall()).as("recall: %s", scores).isGreaterThanOrEqualTo(MIN_RECALL);
  }

  @Test
  void theContactCorpusCoversEveryLanguageWithPositivesAndNegatives() {
    List<Corpus.Entry> own = Corpus.load().replies().stream()
        .filter(entry -> entry.id().startsWith("contact-"))
        .toList();
    Map<String, Long> perLanguage = own.stream()
        .collect(Collectors.groupingBy(Corpus.Entry::lang, Collectors.counting()));
    long positives = own.stream().filter(entry -> entry.has(LABEL)).count();

    assertThat(own).hasSizeGreaterThanOrEqualTo(170);
    assertThat(perLanguage).containsOnlyKeys("sk", "cs", "hu", "pl", "ro", "de", "hr", "sl", "bg",
        "en");
    assertThat(perLanguage.values())
        .allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(12));
    assertThat((double) positives / own.size()).isBetween(0.40, 0.50);
  }

  @Test
  void everyPositiveOfTheContactCorpusYieldsMaskedEvidence() {
    List<Corpus.Entry> positives = Corpus.load().replies().stream()
        .filter(entry -> entry.id().startsWith("contact-") && entry.has(LABEL))
        .toList();

    for (Corpus.Entry entry : positives) {
      for (Contact contact : detector.find(entry.text())) {
        assertThat(contact.masked()).as(entry.id()).satisfiesAnyOf(
            masked -> assertThat(masked).contains("*"),
            masked -> assertThat(masked).matches("[a-z]+"));
      }
    }
  }
}
