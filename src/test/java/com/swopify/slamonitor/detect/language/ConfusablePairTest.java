package com.swopify.slamonitor.detect.language;

import static com.swopify.slamonitor.detect.language.ConfusablePair.CROATIAN_SLOVENE;
import static com.swopify.slamonitor.detect.language.ConfusablePair.SLOVAK_CZECH;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConfusablePairTest {
  private static WordVotes.Vote vote(ConfusablePair pair, String text) {
    return pair.vote(LowerCaseWords.lowerCase(text));
  }

  @Test
  void pairsAreFoundInEitherOrder() {
    assertThat(ConfusablePair.of(SupportedLanguage.CS, SupportedLanguage.SK))
        .isEqualTo(SLOVAK_CZECH);
    assertThat(ConfusablePair.of(SupportedLanguage.HR, SupportedLanguage.SL))
        .isEqualTo(CROATIAN_SLOVENE);
    assertThat(ConfusablePair.of(SupportedLanguage.SK, SupportedLanguage.SL)).isNull();
  }

  @Test
  void reflexivePronounsAndAuxiliariesTellSlovakFromCzech() {
    assertThat(vote(SLOVAK_CZECH, "ospravedlnujeme sa, balik sme poslali, ozveme sa zajtra"))
        .isEqualTo(new WordVotes.Vote(SupportedLanguage.SK, 1.0));
    assertThat(vote(SLOVAK_CZECH, "omlouvame se, balik jsme poslali, ozveme se zitra"))
        .isEqualTo(new WordVotes.Vote(SupportedLanguage.CS, 1.0));
  }

  @Test
  void futureAuxiliariesAndConjunctionsTellCroatianFromSlovene() {
    assertThat(vote(CROATIAN_SLOVENE, "paket ce stici sutra i javit cemo vam").winner())
        .isEqualTo(SupportedLanguage.HR);
    assertThat(vote(CROATIAN_SLOVENE, "paket bo prispel jutri in javili vam bomo").winner())
        .isEqualTo(SupportedLanguage.SL);
  }

  @Test
  void aWordOnlyOneOfTheTwoAlphabetsWritesIsAVote() {
    // "potřebuju": ř is Czech only; "pro" is a Czech function word.
    assertThat(vote(SLOVAK_CZECH, "Je ten mobil zamceny? Potřebuju ho pro O2."))
        .isEqualTo(new WordVotes.Vote(SupportedLanguage.CS, 1.0));
    // "ćete" and "đon": ć and đ are Croatian only.
    assertThat(vote(CROATIAN_SLOVENE, "dobit ćete novi đon").winner())
        .isEqualTo(SupportedLanguage.HR);
  }

  @Test
  void aVoteNeedsTwoWordsAndThreeTimesTheOtherSide() {
    assertThat(vote(SLOVAK_CZECH, "dakujem za info")).isNull();
    assertThat(vote(SLOVAK_CZECH, "sa sa se")).isNull();
    assertThat(vote(SLOVAK_CZECH, "sa sa sa se"))
        .isEqualTo(new WordVotes.Vote(SupportedLanguage.SK, 0.75));
  }

  @Test
  void theGeneralVotesCustomerServiceWordsCountInThePairVote() {
    // "skladom", "tovar" are Slovak service words; "pozdravom" a Slovak pair word only.
    assertThat(vote(SLOVAK_CZECH, "Ano, tovar je skladom. S pozdravom"))
        .isEqualTo(new WordVotes.Vote(SupportedLanguage.SK, 1.0));
    assertThat(vote(SLOVAK_CZECH, "Ano, zbozi je skladem. S pozdravem"))
        .isEqualTo(new WordVotes.Vote(SupportedLanguage.CS, 1.0));
    // "zalogi" a Slovene service word, "lep" a Slovene pair word; "lijep", "zalihi" Croatian.
    assertThat(vote(CROATIAN_SLOVENE, "Da, paket je na zalogi. Lep pozdrav").winner())
        .isEqualTo(SupportedLanguage.SL);
    assertThat(vote(CROATIAN_SLOVENE, "Da, paket je na zalihi. Lijep pozdrav").winner())
        .isEqualTo(SupportedLanguage.HR);
  }

  @Test
  void eachLanguageHasOnePartner() {
    assertThat(ConfusablePair.of(SupportedLanguage.SK)).isEqualTo(SLOVAK_CZECH);
    assertThat(SLOVAK_CZECH.partnerOf(SupportedLanguage.SK)).isEqualTo(SupportedLanguage.CS);
    assertThat(SLOVAK_CZECH.partnerOf(SupportedLanguage.CS)).isEqualTo(SupportedLanguage.SK);
    assertThat(CROATIAN_SLOVENE.partnerOf(SupportedLanguage.SL)).isEqualTo(SupportedLanguage.HR);
    assertThat(ConfusablePair.of(SupportedLanguage.PL)).isNull();
  }
}
