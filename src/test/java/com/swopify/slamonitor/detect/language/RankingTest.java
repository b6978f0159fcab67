package com.swopify.slamonitor.detect.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.github.pemistahl.lingua.api.Language;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankingTest {
  @Test
  void linguaScoresBecomeConfidencesThatSumToOne() {
    Ranking ranking =
        Ranking.ofLinguaScores(
            Map.of(Language.SLOVAK, 1.0, Language.CZECH, 0.95, Language.ENGLISH, 0.6), 80);

    assertThat(ranking.best().language()).isEqualTo(SupportedLanguage.SK);
    // A relative distance of 0.05 to the runner-up over 80 letters, the third far away.
    assertThat(ranking.best().confidence()).isCloseTo(0.924, within(0.001));
    assertThat(ranking.ranked().stream().mapToDouble(Ranking.Ranked::confidence).sum())
        .isCloseTo(1.0, within(1e-9));
  }

  @Test
  void theSameDistanceSaysLessAboutAShorterText() {
    Map<Language, Double> scores = Map.of(Language.CROATIAN, 1.0, Language.SLOVENE, 0.95);

    assertThat(Ranking.ofLinguaScores(scores, 30).best().confidence())
        .isCloseTo(0.719, within(0.001));
  }

  @Test
  void aTieSharesEvenlyAndALoneLanguageIsCertain() {
    assertThat(
            Ranking.ofLinguaScores(Map.of(Language.CROATIAN, 1.0, Language.SLOVENE, 1.0), 50)
                .best()
                .confidence())
        .isEqualTo(0.5);
    assertThat(Ranking.ofLinguaScores(Map.of(Language.BULGARIAN, 1.0), 50).best().confidence())
        .isEqualTo(1.0);
    assertThat(Ranking.ofLinguaScores(Map.of(), 50).isEmpty()).isTrue();
  }

  @Test
  void aVoteSplitsTheTopTwosConfidenceAndMayReorderThem() {
    Ranking lingua =
        Ranking.ofLinguaScores(
            Map.of(Language.SLOVAK, 1.0, Language.CZECH, 0.99, Language.ENGLISH, 0.5), 60);
    double pair = lingua.ranked().get(0).confidence() + lingua.ranked().get(1).confidence();

    Ranking decided = lingua.decidedBetweenTopTwo(new WordVotes.Vote(SupportedLanguage.CS, 0.75));

    assertThat(lingua.topTwoPair()).isEqualTo(ConfusablePair.SLOVAK_CZECH);
    assertThat(decided.best()).isEqualTo(new Ranking.Ranked(SupportedLanguage.CS, pair * 0.75));
    assertThat(decided.ranked().get(1).language()).isEqualTo(SupportedLanguage.SK);
  }

  @Test
  void evenRankingOfTwoCandidates() {
    Ranking even = Ranking.even(EnumSet.of(SupportedLanguage.HR, SupportedLanguage.SL));

    assertThat(even.ranked()).extracting(Ranking.Ranked::confidence).containsOnly(0.5);
    assertThat(even.topTwoPair()).isEqualTo(ConfusablePair.CROATIAN_SLOVENE);
  }
}
