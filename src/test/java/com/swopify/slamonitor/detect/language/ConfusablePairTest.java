package com.swopify.slamonitor.detect.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConfusablePairTest {
  @Test
  void pairsAreFoundInEitherOrder() {
    assertThat(ConfusablePair.of(SupportedLanguage.CS, SupportedLanguage.SK))
        .isEqualTo(ConfusablePair.SLOVAK_CZECH);
    assertThat(ConfusablePair.of(SupportedLanguage.HR, SupportedLanguage.SL))
        .isEqualTo(ConfusablePair.CROATIAN_SLOVENE);
    assertThat(ConfusablePair.of(SupportedLanguage.SK, SupportedLanguage.SL)).isNull();
  }

  @Test
  void reflexivePronounsAndAuxiliariesTellSlovakFromCzech() {
    ConfusablePair.Vote slovak = ConfusablePair.SLOVAK_CZECH.vote(
        "ospravedlnujeme sa, balik sme poslali, ozveme sa zajtra");
    ConfusablePair.Vote czech = ConfusablePair.SLOVAK_CZECH.vote(
        "omlouvame se, balik jsme poslali, ozveme se zitra");

    assertThat(slovak).isEqualTo(new ConfusablePair.Vote(SupportedLanguage.SK, 1.0));
    assertThat(czech).isEqualTo(new ConfusablePair.Vote(SupportedLanguage.CS, 1.0));
  }

  @Test
  void futureAuxiliariesAndConjunctionsTellCroatianFromSlovene() {
    assertThat(ConfusablePair.CROATIAN_SLOVENE.vote("paket ce stici sutra i javit cemo vam")
        .winner()).isEqualTo(SupportedLanguage.HR);
    assertThat(ConfusablePair.CROATIAN_SLOVENE.vote("paket bo prispel jutri in javili vam bomo")
        .winner()).isEqualTo(SupportedLanguage.SL);
  }

  @Test
  void aVoteNeedsTwoWordsAndThreeTimesTheOtherSide() {
    assertThat(ConfusablePair.SLOVAK_CZECH.vote("dakujem za info")).isNull();
    assertThat(ConfusablePair.SLOVAK_CZECH.vote("sa sa se")).isNull();
    assertThat(ConfusablePair.SLOVAK_CZECH.vote("sa sa sa se"))
        .isEqualTo(new ConfusablePair.Vote(SupportedLanguage.SK, 0.75));
  }
}
