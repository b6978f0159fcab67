package com.swopify.slamonitor.detect.language;

import static org.assertj.core.api.Assertions.assertThat;

import com.swopify.slamonitor.detect.Corpus;
import com.swopify.slamonitor.detect.DetectorSettings;
import com.swopify.slamonitor.detect.Scores;
import com.swopify.slamonitor.market.Markets;
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
 * Rule R2's decision ({@link WrongLanguage}, as the job asks it) on the labelled corpus, with the
 * default settings and the bundled markets, scored apart on the tune and the held-out part ({@link
 * Corpus}). Goals and the per-language floor are asserted on the held-out part only. Tune mistakes
 * are printed by id, so that rules can be changed looking at them; of the held-out part only
 * figures are printed, never which texts failed.
 *
 * <p>Two ways a reply is judged: (1) the fresh language texts, each in the market it was sent in
 * and labelled WRONG_LANGUAGE when the market does not list its language (Russian in BG, Czech in
 * SK, Italian anywhere); (2) every other corpus text of at least {@value #SCORED_LENGTH} characters
 * in each bundled market: wrong where the market's languages do not include the text's, right in
 * its own.
 */
class LanguageCorpusTest {
  /** Texts shorter than this are not judged in every market (they say too little). */
  private static final int SCORED_LENGTH = 40;

  /** The quality goals (docs/detectors.md) on the held-out part. */
  static final double MIN_PRECISION = 0.97;

  static final double MIN_RECALL = 0.95;
  static final double LANGUAGE_FLOOR = 0.90;

  /**
   * Replies in their own market do not meet the goals yet (docs/detectors.md, "What is left"):
   * until they do, the test holds the level measured on the held-out part, so that nothing falls
   * back, and prints how far the goals are.
   */
  static final double IN_MARKET_PRECISION_HELD = 0.95;

  static final double IN_MARKET_RECALL_HELD = 0.93;
  static final double IN_MARKET_LANGUAGE_FLOOR_HELD = 0.75;

  /** Below this many held-out positives a language's recall is reported, not asserted alone. */
  static final int FLOOR_MIN_POSITIVES = 8;

  private static final DetectorSettings SETTINGS = DetectorSettings.defaults();
  private static Markets markets;
  private static WrongLanguage judge;

  @BeforeAll
  static void loadMarketsAndDetector() throws IOException {
    try (InputStream in = LanguageCorpusTest.class.getResourceAsStream("/markets.yaml")) {
      markets =
          Markets.parse(
              new String(in.readAllBytes(), StandardCharsets.UTF_8), "bundled markets.yaml");
    }
    Set<String> languages = new TreeSet<>(Set.of("en"));
    for (String code : markets.codes()) {
      languages.addAll(markets.market(code).languages());
    }
    judge = new WrongLanguage(ReplyLanguages.forLanguages(languages));
  }

  /** One reply judged in one market. */
  private record Judgement(
      Corpus.Entry entry, String market, boolean wrong, WrongLanguage.Raw found) {
    boolean detected() {
      return found != null;
    }
  }

  @Test
  void repliesInTheMarketTheyWereSentIn() {
    Corpus corpus = Corpus.load();
    List<Judgement> tune = inOwnMarket(corpus.tune().withMarket());
    List<Judgement> heldOut = inOwnMarket(corpus.heldOut().withMarket());
    Scores tuneScores = scores(tune);
    Scores heldOutScores = scores(heldOut);
    System.out.println("wrong language, replies in their market, tune: " + tuneScores);
    System.out.println(
        "wrong language, replies in their market, held-out: " + heldOutScores.figures());
    printRecallByLanguage("in their market", heldOut, tune);
    printConfusionByMarket(heldOut);

    System.out.printf(
        "goals (precision %.2f, recall %.2f) on replies in their market: %s%n",
        MIN_PRECISION,
        MIN_RECALL,
        heldOutScores.precision() >= MIN_PRECISION && heldOutScores.recall() >= MIN_RECALL
            ? "met"
            : "NOT MET");

    assertThat(heldOutScores.positives()).isGreaterThanOrEqualTo(40);
    assertThat(heldOutScores.precision())
        .as(heldOutScores.figures())
        .isGreaterThanOrEqualTo(IN_MARKET_PRECISION_HELD);
    assertThat(heldOutScores.recall())
        .as(heldOutScores.figures())
        .isGreaterThanOrEqualTo(IN_MARKET_RECALL_HELD);
    assertFloor(heldOut, IN_MARKET_LANGUAGE_FLOOR_HELD);
  }

  @Test
  void everyTextJudgedInEveryMarket() {
    Corpus corpus = Corpus.load();
    List<Judgement> tune = inEveryMarket(corpus.tune());
    List<Judgement> heldOut = inEveryMarket(corpus.heldOut());
    Scores tuneScores = scores(tune);
    Scores heldOutScores = scores(heldOut);
    System.out.println(
        "wrong language, every text in every market, tune: "
            + tuneScores.figures()
            + " mistakes "
            + distinctMistakes(tune));
    System.out.println(
        "wrong language, every text in every market, held-out: " + heldOutScores.figures());
    printRecallByLanguage("in every market", heldOut, tune);

    assertThat(heldOutScores.total()).isGreaterThanOrEqualTo(1000);
    assertThat(heldOutScores.precision())
        .as(heldOutScores.figures())
        .isGreaterThanOrEqualTo(MIN_PRECISION);
    assertThat(heldOutScores.recall())
        .as(heldOutScores.figures())
        .isGreaterThanOrEqualTo(MIN_RECALL);
    // In its own market a text may not be called wrong (what a false breach would cost).
    long falseBreaches = heldOut.stream().filter(j -> !j.wrong() && j.detected()).count();
    long own = heldOut.stream().filter(j -> !j.wrong()).count();
    System.out.printf(
        "held-out: %d false breaches among %d texts judged in their own market%n",
        falseBreaches, own);
    assertThat((double) falseBreaches / own).isLessThanOrEqualTo(0.01);
    assertFloor(heldOut, LANGUAGE_FLOOR);
  }

  /**
   * Reliability of the calibrated confidence: per bucket, how many findings, their mean confidence
   * and the share that were right. Printed for both parts (the tune part with the raw confidences
   * the calibration is fitted on); asserted on the held-out part: a bucket of enough findings is
   * within 0.10 of its mean confidence, and higher buckets are not less precise than lower ones by
   * more than that.
   */
  @Test
  void theConfidenceIsCalibrated() {
    Corpus corpus = Corpus.load();
    List<Judgement> tune = new ArrayList<>(inOwnMarket(corpus.tune().withMarket()));
    tune.addAll(inEveryMarket(corpus.tune()));
    List<Judgement> heldOut = new ArrayList<>(inOwnMarket(corpus.heldOut().withMarket()));
    heldOut.addAll(inEveryMarket(corpus.heldOut()));

    System.out.println("calibration (tune), raw confidence of supported-language findings:");
    printReliability(
        tune.stream().filter(j -> j.detected() && !j.found().foreign()).toList(),
        j -> j.found().confidence());
    System.out.println("calibration (tune), vote share of foreign-language findings:");
    printReliability(
        tune.stream().filter(j -> j.detected() && j.found().foreign()).toList(),
        j -> j.found().confidence());
    System.out.println("calibration (held-out), calibrated confidence:");
    List<Judgement> found = heldOut.stream().filter(Judgement::detected).toList();
    List<double[]> buckets = printReliability(found, j -> j.found().calibrated());

    double previous = 0;
    for (double[] bucket : buckets) {
      if (bucket[0] >= 30) {
        assertThat(bucket[2])
            .as("precision of the bucket at %.2f", bucket[1])
            .isCloseTo(bucket[1], org.assertj.core.data.Offset.offset(0.10));
        assertThat(bucket[2]).isGreaterThanOrEqualTo(previous - 0.10);
        previous = bucket[2];
      }
    }
  }

  /**
   * Which of the ten languages a text is in ({@link ReplyLanguages#detect}), on texts of the
   * supported languages: tune mistakes by id, held-out figures only.
   */
  @Test
  void detectsTheLanguageOfEveryLongEnoughText() {
    Set<String> supported = Set.of("bg", "cs", "de", "en", "hr", "hu", "pl", "ro", "sk", "sl");
    ReplyLanguages detector = ReplyLanguages.forLanguages(supported);
    Corpus corpus = Corpus.load();
    double[] accuracy = new double[2];
    int part = 0;
    for (Corpus split : List.of(corpus.tune(), corpus.heldOut())) {
      List<Corpus.Entry> scored =
          split.entries().stream()
              .filter(
                  e -> supported.contains(e.lang()) && e.text().strip().length() >= SCORED_LENGTH)
              .toList();
      List<String> mistakes = new ArrayList<>();
      int right = 0;
      for (Corpus.Entry entry : scored) {
        LanguageGuess guess =
            detector.detect(
                entry.text(), SETTINGS.languageMinChars(), SETTINGS.languageMinConfidence());
        if (guess != null && guess.language().equals(entry.lang())) {
          right++;
        } else {
          mistakes.add(
              entry.id()
                  + " ("
                  + entry.lang()
                  + " taken for "
                  + (guess == null ? "undecided" : guess.language())
                  + ")");
        }
      }
      accuracy[part] = (double) right / scored.size();
      System.out.printf(
          "language accuracy, %s: %.3f (%d of %d texts of %d+ characters)%s%n",
          part == 0 ? "tune" : "held-out",
          accuracy[part],
          right,
          scored.size(),
          SCORED_LENGTH,
          part == 0 ? " mistakes " + mistakes : "");
      part++;
    }
    assertThat(accuracy[1]).as("held-out accuracy").isGreaterThanOrEqualTo(MIN_PRECISION);
  }

  @Test
  void languageCorpusHasAtLeastFifteenTextsPerLanguageWithShortOnes() {
    List<Corpus.Entry> own =
        Corpus.load().entries().stream().filter(entry -> entry.id().startsWith("lang-")).toList();
    Map<String, Long> perLanguage =
        own.stream()
            .collect(
                Collectors.groupingBy(Corpus.Entry::lang, TreeMap::new, Collectors.counting()));

    assertThat(own).hasSizeGreaterThanOrEqualTo(180);
    assertThat(perLanguage.keySet())
        .containsExactlyInAnyOrder("bg", "cs", "de", "en", "hr", "hu", "pl", "ro", "sk", "sl");
    assertThat(perLanguage.values())
        .allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(15));
    assertThat(own).filteredOn(entry -> entry.text().length() < SCORED_LENGTH).isNotEmpty();
  }

  /** Judgements of texts tied to their market, by their label. */
  private static List<Judgement> inOwnMarket(List<Corpus.Entry> entries) {
    List<Judgement> judgements = new ArrayList<>();
    for (Corpus.Entry entry : entries) {
      if (!entry.isReply()) {
        continue;
      }
      judgements.add(
          new Judgement(
              entry,
              entry.market(),
              entry.has("WRONG_LANGUAGE"),
              judge.raw(
                  markets.market(entry.market()).languages(),
                  entry.text(),
                  SETTINGS.languageMinChars(),
                  SETTINGS.languageMinConfidence())));
    }
    return judgements;
  }

  /** Texts not tied to a market, long enough, in every bundled market. */
  private static List<Judgement> inEveryMarket(Corpus corpus) {
    List<Judgement> judgements = new ArrayList<>();
    for (Corpus.Entry entry : corpus.entries()) {
      if (entry.market() != null || entry.text().strip().length() < SCORED_LENGTH) {
        continue;
      }
      for (String code : markets.codes()) {
        List<String> languages = markets.market(code).languages();
        judgements.add(
            new Judgement(
                entry,
                code,
                !languages.contains(entry.lang()),
                judge.raw(
                    languages,
                    entry.text(),
                    SETTINGS.languageMinChars(),
                    SETTINGS.languageMinConfidence())));
      }
    }
    return judgements;
  }

  private static Scores scores(List<Judgement> judgements) {
    Scores scores = new Scores();
    for (Judgement j : judgements) {
      scores.add(j.entry().id() + "@" + j.market(), j.wrong(), j.detected());
    }
    return scores;
  }

  private static List<String> distinctMistakes(List<Judgement> tune) {
    Map<String, List<String>> byText = new TreeMap<>();
    for (Judgement j : tune) {
      if (j.wrong() != j.detected()) {
        byText
            .computeIfAbsent(j.entry().id(), id -> new ArrayList<>())
            .add(
                (j.wrong() ? "missed in " : "false in ")
                    + j.market()
                    + (j.detected() ? " as " + j.found().language() : ""));
      }
    }
    return byText.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList();
  }

  /** Recall per language of the text (held-out; tune beside it). */
  private static void printRecallByLanguage(
      String what, List<Judgement> heldOut, List<Judgement> tune) {
    Map<String, int[]> held = recallByLanguage(heldOut);
    Map<String, int[]> tuned = recallByLanguage(tune);
    System.out.println(
        "wrong-language recall by language, "
            + what
            + " (held-out; tune): "
            + held.entrySet().stream()
                .map(
                    e ->
                        e.getKey()
                            + " "
                            + e.getValue()[0]
                            + "/"
                            + e.getValue()[1]
                            + "; "
                            + ratio(tuned.get(e.getKey())))
                .collect(Collectors.joining(", ")));
  }

  private static String ratio(int[] counts) {
    return counts == null ? "-" : counts[0] + "/" + counts[1];
  }

  private static Map<String, int[]> recallByLanguage(List<Judgement> judgements) {
    Map<String, int[]> byLanguage = new TreeMap<>();
    for (Judgement j : judgements) {
      if (j.wrong()) {
        int[] counts = byLanguage.computeIfAbsent(j.entry().lang(), lang -> new int[2]);
        counts[1]++;
        if (j.detected()) {
          counts[0]++;
        }
      }
    }
    return byLanguage;
  }

  /**
   * No language below the floor: each language with enough held-out positives on its own, the rarer
   * ones (a few Turkish or Lithuanian texts) pooled.
   */
  private static void assertFloor(List<Judgement> heldOut, double floor) {
    int pooledFound = 0;
    int pooledTotal = 0;
    for (Map.Entry<String, int[]> e : recallByLanguage(heldOut).entrySet()) {
      int[] counts = e.getValue();
      if (counts[1] >= FLOOR_MIN_POSITIVES) {
        assertThat((double) counts[0] / counts[1])
            .as("held-out recall of %s", e.getKey())
            .isGreaterThanOrEqualTo(floor);
      } else {
        pooledFound += counts[0];
        pooledTotal += counts[1];
      }
    }
    if (pooledTotal > 0) {
      assertThat((double) pooledFound / pooledTotal)
          .as("held-out recall of the rare languages")
          .isGreaterThanOrEqualTo(floor);
    }
  }

  /** Confusion per market of the held-out texts tied to their market: tp fp fn tn. */
  private static void printConfusionByMarket(List<Judgement> heldOut) {
    Map<String, int[]> byMarket = new TreeMap<>();
    for (Judgement j : heldOut) {
      int[] c = byMarket.computeIfAbsent(j.market(), m -> new int[4]);
      c[j.wrong() ? (j.detected() ? 0 : 2) : (j.detected() ? 1 : 3)]++;
    }
    System.out.println(
        "held-out confusion by market (tp fp fn tn): "
            + byMarket.entrySet().stream()
                .map(
                    e ->
                        e.getKey()
                            + " "
                            + e.getValue()[0]
                            + " "
                            + e.getValue()[1]
                            + " "
                            + e.getValue()[2]
                            + " "
                            + e.getValue()[3])
                .collect(Collectors.joining(", ")));
  }

  private interface Confidence {
    double of(Judgement judgement);
  }

  /** Prints a reliability table; returns per bucket {findings, mean confidence, precision}. */
  private static List<double[]> printReliability(List<Judgement> found, Confidence confidence) {
    double[] from = {0.0, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0};
    List<double[]> rows = new ArrayList<>();
    for (int b = 0; b < from.length; b++) {
      double low = from[b];
      double high = b + 1 < from.length ? from[b + 1] : 1.01;
      int n = 0;
      int right = 0;
      double sum = 0;
      for (Judgement j : found) {
        double c = confidence.of(j);
        if (c >= low && c < high) {
          n++;
          sum += c;
          if (j.wrong()) {
            right++;
          }
        }
      }
      if (n > 0) {
        rows.add(new double[] {n, sum / n, (double) right / n});
        System.out.printf(
            "  [%.2f, %.2f): %5d findings, mean confidence %.3f, right %.3f%n",
            low, Math.min(high, 1.0), n, sum / n, (double) right / n);
      }
    }
    return rows;
  }
}
