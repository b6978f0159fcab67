package com.swopify.slamonitor.detect.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceWordsTest {
  private static final EnumSet<SupportedLanguage> ALL = EnumSet.allOf(SupportedLanguage.class);

  @Test
  void noWordBelongsToTwoLanguagesAmongFunctionAndServiceWords() {
    Map<String, SupportedLanguage> owner = new HashMap<>();
    for (Map<SupportedLanguage, List<String>> lists :
        List.of(FunctionWords.all(), ServiceWords.all())) {
      lists.forEach(
          (language, words) -> {
            for (String word : words) {
              SupportedLanguage other = owner.put(word, language);
              assertThat(other).as(word).isIn(null, language);
            }
          });
    }
    assertThat(FunctionWords.languageOfWords()).isEqualTo(owner);
  }

  @Test
  void closingsStockAndOrderWordsVoteWithAndWithoutDiacritics() {
    assertThat(winner("S pozdravem, zboží máme skladem")).isEqualTo(SupportedLanguage.CS);
    assertThat(winner("S pozdravem, zbozi mame skladem")).isEqualTo(SupportedLanguage.CS);
    assertThat(winner("Tovar je skladom, zásielku odošleme zajtra"))
        .isEqualTo(SupportedLanguage.SK);
    assertThat(winner("Tovar je skladom, zasielku odosleme zajtra"))
        .isEqualTo(SupportedLanguage.SK);
    assertThat(winner("Mit freundlichen Grüßen, Ihre Bestellung")).isEqualTo(SupportedLanguage.DE);
    assertThat(winner("Üdvözlettel, a csomagot feladtuk")).isEqualTo(SupportedLanguage.HU);
    assertThat(winner("Udvozlettel, a csomagot feladtuk")).isEqualTo(SupportedLanguage.HU);
    assertThat(winner("Cu stimă, coletul a fost expediat")).isEqualTo(SupportedLanguage.RO);
    assertThat(winner("Przepraszamy, paczka i zwrot")).isEqualTo(SupportedLanguage.PL);
    assertThat(winner("Lijep pozdrav, narudzbu smo poslali")).isEqualTo(SupportedLanguage.HR);
    assertThat(winner("Lep pozdrav, narocilo smo odposlali")).isEqualTo(SupportedLanguage.SL);
    assertThat(winner("Kind regards, your parcel has shipped")).isEqualTo(SupportedLanguage.EN);
  }

  @Test
  void sharedCourtesyWordsAreNoGeneralVote() {
    // "pozdravom" is Slovak, Croatian and Slovene; "pozdrav", "hvala", "produkt" are shared.
    WordVotes votes =
        FunctionWords.votes(LowerCaseWords.lowerCase("hvala, pozdravom, pozdrav, produkt"), ALL);

    assertThat(votes.clearWinner()).isNull();
    assertThat(votes.allFor(ALL)).isFalse();
  }

  private static SupportedLanguage winner(String text) {
    return FunctionWords.votes(LowerCaseWords.lowerCase(text), ALL).clearWinner().winner();
  }
}
