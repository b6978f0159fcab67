package com.swopify.slamonitor.detect.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FunctionWordsTest {
  private static final EnumSet<SupportedLanguage> ALL = EnumSet.allOf(SupportedLanguage.class);

  @Test
  void noWordBelongsToTwoLanguages() {
    Map<String, SupportedLanguage> owner = new HashMap<>();
    FunctionWords.all().forEach((language, words) -> {
      for (String word : words) {
        SupportedLanguage other = owner.put(word, language);
        assertThat(other).as(word).isIn(null, language);
      }
    });
  }

  @Test
  void everyLatinScriptLanguageHasWordsInLowerCase() {
    for (SupportedLanguage language : ALL) {
      List<String> words = FunctionWords.all().getOrDefault(language, List.of());
      if (language != SupportedLanguage.BG) {
        assertThat(words).as(language.name()).hasSizeGreaterThanOrEqualTo(20);
      }
      assertThat(words).allSatisfy(word -> assertThat(word).isLowerCase());
    }
  }

  @Test
  void aClearMajorityDecidesWithItsShareOfTheVotes() {
    Ranking ranking = FunctionWords.vote(
        "Die Ware ist unterwegs und wir melden uns, the tracking works", ALL);

    // de: die, ist, und, wir, uns = 5; en: the = 1.
    assertThat(ranking.best().language()).isEqualTo(SupportedLanguage.DE);
    assertThat(ranking.best().confidence()).isEqualTo(5.0 / 6);
  }

  @Test
  void oneVoteOrNoClearMajorityDecidesNothing() {
    assertThat(FunctionWords.vote("Paket je poslan, hvala lepa", ALL)).isNull();
    assertThat(FunctionWords.vote("the order and die Ware und the", ALL)).isNull();
  }

  @Test
  void onlyCandidatesVote() {
    String text = "we will send it and the parcel arrives";

    assertThat(FunctionWords.vote(text, ALL).best().language()).isEqualTo(SupportedLanguage.EN);
    assertThat(FunctionWords.vote(text, EnumSet.of(SupportedLanguage.DE))).isNull();
  }
}
