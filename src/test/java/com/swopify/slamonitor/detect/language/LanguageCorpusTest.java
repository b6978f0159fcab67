package com.swopify.slamonitor.detect.language;

import static org.assertj.core.api.Assertions.assertThat;

import com.swopify.slamonitor.calendar.MarketsConfig;
import com.swopify.slamonitor.detect.Corpus;
import com.swopify.slamonitor.detect.DetectorSettings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rule R2's detector measured on every labelled corpus file (all detectors' texts count, not only
 * corpus-language.jsonl), with the default settings and the bundled markets. Prints scores and
 * the ids of mistakes, never texts.
 */
class LanguageCorpusTest {
  /** Texts shorter than this are too short to be scored; the brief's "40+ characters". */
  private static final int SCORED_LENGTH = 40;
  private static final double ACCURACY_GOAL = 0.97;

  private static final DetectorSettings SETTINGS = DetectorSettings.defaults();
  private static MarketsConfig markets;
  private static ReplyLanguages detector;

  @BeforeAll
  static void loadMarketsAndDetector() throws IOException {
    try (InputStream in = LanguageCorpusTest.class.getResourceAsStream("/markets.yaml")) {
      markets = MarketsConfig.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8),
          "bundled markets.yaml");
    }
    Set<String> languages = new TreeSet<>(Set.of("en"));
    for (String code : markets.codes()) {
      languages.addAll(markets.market(code).languages());
    }
    detector = ReplyLanguages.forLanguages(languages);
  }

  @Test
  void detectsTheLanguageOfEveryLongEnoughCorpusText() {
    List<Corpus.Entry> scored = Corpus.load().entries().stream()
        .filter(entry -> entry.text().strip().length() >= SCORED_LENGTH)
        .toList();
    Map<String, int[]> rightAndTotalByLanguage = new TreeMap<>();
    List<String> mistakes = new ArrayList<>();
    int right = 0;
    for (Corpus.Entry entry : scored) {
      LanguageGuess guess = guess(entry);
      boolean correct = guess != null && guess.language().equals(entry.lang());
      int[] counts = rightAndTotalByLanguage.computeIfAbsent(entry.lang(), lang -> new int[2]);
      counts[1]++;
      if (correct) {
        right++;
        counts[0]++;
      } else {
        mistakes.add(entry.id() + " (" + entry.lang() + " taken for "
            + (guess == null ? "undecided" : guess.language() + " " + confidence(guess)) + ")");
      }
    }
    double accuracy = (double) right / scored.size();
    System.out.printf("language accuracy %.3f (%d of %d texts of %d+ characters)%n", accuracy,
        right, scored.size(), SCORED_LENGTH);
    System.out.println("by language: " + rightAndTotalByLanguage.entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue()[0] + "/" + e.getValue()[1])
        .collect(Collectors.joining(", ")));
    System.out.println("mistakes: " + mistakes);

    assertThat(scored).hasSizeGreaterThanOrEqualTo(150);
    assertThat(accuracy).as("accuracy; mistakes %s", mistakes)
        .isGreaterThanOrEqualTo(ACCURACY_GOAL);
  }

  @Test
  void neverCallsAReplyInItsMarketsLanguageAWrongLanguage() {
    List<String> falseBreaches = new ArrayList<>();
    int judged = 0;
    for (Corpus.Entry reply : Corpus.load().replies()) {
      for (String code : markets.codes()) {
        List<String> marketLanguages = markets.market(code).languages();
        if (!marketLanguages.contains(reply.lang())) {
          continue;
        }
        judged++;
        LanguageGuess guess = guess(reply);
        LanguageGuess otherThanMarket = detector.detectOtherThan(marketLanguages, reply.text(),
            SETTINGS.languageMinChars(), SETTINGS.languageMinConfidence());
        if (guess != null && !marketLanguages.contains(guess.language())) {
          falseBreaches.add(reply.id() + " in " + code + " taken for " + guess.language() + " "
              + confidence(guess));
        }
        if (otherThanMarket != null) {
          falseBreaches.add(reply.id() + " in " + code + " taken by detectOtherThan for "
              + otherThanMarket.language() + " " + confidence(otherThanMarket));
        }
      }
    }
    System.out.printf("wrong-language precision: %d false breaches among %d replies judged in "
        + "their markets %s%n", falseBreaches.size(), judged, falseBreaches);

    assertThat(judged).isGreaterThanOrEqualTo(100);
    assertThat(falseBreaches).isEmpty();
  }

  @Test
  void findsTheLanguageOfRepliesJudgedInAnotherMarket() {
    int judged = 0;
    int found = 0;
    List<String> missed = new ArrayList<>();
    for (Corpus.Entry reply : Corpus.load().replies()) {
      if (reply.text().strip().length() < SCORED_LENGTH) {
        continue;
      }
      for (String code : markets.codes()) {
        List<String> marketLanguages = markets.market(code).languages();
        if (marketLanguages.contains(reply.lang())) {
          continue;
        }
        judged++;
        LanguageGuess breach = detector.detectOtherThan(marketLanguages, reply.text(),
            SETTINGS.languageMinChars(), SETTINGS.languageMinConfidence());
        if (breach != null && breach.language().equals(reply.lang())) {
          found++;
        } else if (!missed.contains(reply.id())) {
          missed.add(reply.id());
        }
      }
    }
    double recall = (double) found / judged;
    System.out.printf("wrong-language recall %.3f (%d of %d replies of %d+ characters judged in "
        + "the other markets); missed %s%n", recall, found, judged, SCORED_LENGTH, missed);

    assertThat(recall).as("missed %s", missed).isGreaterThanOrEqualTo(ACCURACY_GOAL);
  }

  @Test
  void languageCorpusHasAtLeastFifteenTextsPerLanguageWithShortOnes() {
    List<Corpus.Entry> own = Corpus.load().entries().stream()
        .filter(entry -> entry.id().startsWith("lang-"))
        .toList();
    Map<String, Long> perLanguage = own.stream()
        .collect(Collectors.groupingBy(Corpus.Entry::lang, TreeMap::new, Collectors.counting()));

    assertThat(own).hasSizeGreaterThanOrEqualTo(180);
    assertThat(perLanguage.keySet())
        .containsExactlyInAnyOrder("bg", "cs", "de", "en", "hr", "hu", "pl", "ro", "sk", "sl");
    assertThat(perLanguage.values())
        .allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(15));
    assertThat(own).filteredOn(entry -> entry.text().length() < SCORED_LENGTH).isNotEmpty();
    assertThat(own).filteredOn(Corpus.Entry::isReply).isNotEmpty();
    assertThat(own).filteredOn(Corpus.Entry::isMessage).isNotEmpty();
  }

  private static LanguageGuess guess(Corpus.Entry entry) {
    return detector.detect(entry.text(), SETTINGS.languageMinChars(),
        SETTINGS.languageMinConfidence());
  }

  private static String confidence(LanguageGuess guess) {
    return String.format("%.2f", guess.confidence());
  }
}
