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
    WordVotes.Vote vote = FunctionWords.vote(
        Words.lowerCase("Die Ware ist unterwegs und wir melden uns, the tracking works"), ALL);

    // de: die, ist, und, wir, uns = 5; en: the = 1.
    assertThat(vote).isEqualTo(new WordVotes.Vote(SupportedLanguage.DE, 5.0 / 6));
  }

  @Test
  void oneVoteOrNoClearMajorityDecidesNothing() {
    assertThat(FunctionWords.vote(Words.lowerCase("Paket je poslan, hvala lepa"), ALL)).isNull();
    assertThat(FunctionWords.vote(Words.lowerCase("the order and die Ware und the"), ALL))
        .isNull();
  }

  @Test
  void onlyCandidatesVote() {
    List<String> words = Words.lowerCase("we will send it and the parcel arrives");

    assertThat(FunctionWords.vote(words, ALL).winner()).isEqualTo(SupportedLanguage.EN);
    assertThat(FunctionWords.vote(words, EnumSet.of(SupportedLanguage.DE))).isNull();
  }
}
