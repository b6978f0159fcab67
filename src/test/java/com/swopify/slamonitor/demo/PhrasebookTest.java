package com.swopify.slamonitor.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.swopify.slamonitor.events.Topic;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PhrasebookTest {

  @Test
  void everyMarketLanguageHasItsOwnPhrases() {
    for (MarketSpec market : GeneratorSettings.DEFAULT_MARKETS) {
      assertThat(Phrasebook.of(market.language()).language()).isEqualTo(market.language());
    }
  }

  @Test
  void unknownLanguagesFallBackToEnglish() {
    assertThat(Phrasebook.of("xx").language()).isEqualTo("en");
  }

  @Test
  void stripsDiacriticsFromLatinScriptOnly() {
    assertThat(Phrasebook.withoutDiacritics(Phrasebook.of("sk"), "Ďakujem za odpoveď"))
        .isEqualTo("Dakujem za odpoved");
    assertThat(Phrasebook.withoutDiacritics(Phrasebook.of("bg"), "Благодаря за отговора, й"))
        .isEqualTo("Благодаря за отговора, й");
  }

  @Test
  void buyersOpenWithAPhraseFittingTheTopic() {
    LanguagePhrases german = Phrasebook.of("de");
    SplittableRandom rng = new SplittableRandom(1);

    assertThat(Phrasebook.buyerOpening(german, Topic.RETURN, rng)).isEqualTo(german.returnGoods());
    assertThat(Phrasebook.buyerOpening(german, Topic.COUNTERFEIT, rng))
        .isEqualTo(german.notAsDescribed());
  }

  @Test
  void offPlatformContactsAreObviouslyFake() {
    SplittableRandom rng = new SplittableRandom(7);
    for (int i = 0; i < 50; i++) {
      assertThat(Phrasebook.offPlatformContact(rng)).containsAnyOf("example.", "+4", "+3");
    }
  }
}
