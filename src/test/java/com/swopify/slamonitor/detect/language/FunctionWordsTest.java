package com.swopify.slamonitor.detect.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FunctionWordsTest {
  private static final EnumSet<SupportedLanguage> ALL = EnumSet.allOf(SupportedLanguage.class);

  @Test
  void everyLatinScriptLanguageHasFunctionAndServiceWordsInLowerCase() {
    for (Map<SupportedLanguage, List<String>> lists :
        List.of(FunctionWords.all(), ServiceWords.all())) {
      for (SupportedLanguage language : ALL) {
        List<String> words = lists.getOrDefault(language, List.of());
        if (language != SupportedLanguage.BG) {
          assertThat(words).as(language.name()).hasSizeGreaterThanOrEqualTo(20);
        }
        assertThat(words).allSatisfy(word -> assertThat(word).isLowerCase());
      }
    }
  }

  @Test
  void aClearMajorityDecidesWithItsShareOfTheVotes() {
    WordVotes.Vote vote =
        FunctionWords.votes(
                LowerCaseWords.lowerCase(
                    "Die Ware ist unterwegs und wir melden uns, the tracking works"),
                ALL)
            .clearWinner();

    // de: die, Ware, ist, und, wir, uns = 6; en: the, tracking = 2.
    assertThat(vote).isEqualTo(new WordVotes.Vote(SupportedLanguage.DE, 6.0 / 8));
  }

  @Test
  void oneVoteOrNoClearMajorityDecidesNothing() {
    assertThat(
            FunctionWords.votes(LowerCaseWords.lowerCase("Paket je poslan, hvala lepa"), ALL)
                .clearWinner())
        .isNull();
    assertThat(
            FunctionWords.votes(LowerCaseWords.lowerCase("the order and die Ware und the"), ALL)
                .clearWinner())
        .isNull();
  }

  @Test
  void onlyCandidatesVote() {
    List<String> words = LowerCaseWords.lowerCase("we will send it and the parcel arrives");

    assertThat(FunctionWords.votes(words, ALL).clearWinner().winner())
        .isEqualTo(SupportedLanguage.EN);
    assertThat(FunctionWords.votes(words, EnumSet.of(SupportedLanguage.DE)).clearWinner()).isNull();
  }

  @Test
  void tellsWhetherAllVotesWentToGivenLanguages() {
    WordVotes oneSlovakWord =
        FunctionWords.votes(LowerCaseWords.lowerCase("produkt sme poslali"), ALL);
    WordVotes none = FunctionWords.votes(LowerCaseWords.lowerCase("produkt poslali"), ALL);

    assertThat(oneSlovakWord.allFor(EnumSet.of(SupportedLanguage.SK))).isTrue();
    assertThat(oneSlovakWord.allFor(EnumSet.of(SupportedLanguage.CS))).isFalse();
    assertThat(none.allFor(EnumSet.of(SupportedLanguage.SK))).isFalse();
  }
}
