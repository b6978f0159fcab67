package com.swopify.slamonitor.detect.language;

import static com.swopify.slamonitor.detect.language.SupportedLanguage.BG;
import static com.swopify.slamonitor.detect.language.SupportedLanguage.CS;
import static com.swopify.slamonitor.detect.language.SupportedLanguage.DE;
import static com.swopify.slamonitor.detect.language.SupportedLanguage.EN;
import static com.swopify.slamonitor.detect.language.SupportedLanguage.HR;
import static com.swopify.slamonitor.detect.language.SupportedLanguage.HU;
import static com.swopify.slamonitor.detect.language.SupportedLanguage.PL;
import static com.swopify.slamonitor.detect.language.SupportedLanguage.SK;
import static com.swopify.slamonitor.detect.language.SupportedLanguage.SL;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class LetterScanTest {
  private static final EnumSet<SupportedLanguage> ALL = EnumSet.allOf(SupportedLanguage.class);

  private static EnumSet<SupportedLanguage> candidates(String text) {
    return LetterScan.of(text).candidates(ALL);
  }

  @Test
  void countsLettersOfAnyScriptButNotDigitsOrPunctuation() {
    assertThat(LetterScan.of("Ďakujem, 2 ks. OK!").letters()).isEqualTo(11);
    assertThat(LetterScan.of("Благодаря 100").letters()).isEqualTo(9);
    assertThat(LetterScan.of("").letters()).isZero();
  }

  @Test
  void plainLettersFitEveryLatinScriptLanguage() {
    assertThat(candidates("Thanks, the Samsung arrives today"))
        .isEqualTo(EnumSet.complementOf(EnumSet.of(BG)));
  }

  @Test
  void lettersKeepTheLanguagesWhoseAlphabetHasThem() {
    assertThat(candidates("řeč, říkám, hoří")).containsExactly(CS);
    assertThat(candidates("môžete ľahko vôbec")).containsExactly(SK);
    assertThat(candidates("köszönöm, öröm, ügy")).containsExactly(DE, HU);
    assertThat(candidates("Grüße, Straße, groß")).containsExactly(DE);
    assertThat(candidates("šta će biti, ćemo vidjeti, đak")).containsExactly(HR);
    assertThat(candidates("hvala, čakam, šalje")).containsExactly(CS, HR, SK, SL);
    assertThat(candidates("ćwiczy się, będzie")).containsExactly(PL);
    assertThat(candidates("Здравейте, благодаря")).containsExactly(BG);
  }

  @Test
  void upperCaseCounts() {
    assertThat(candidates("ŘEČ, ŘÍKÁM, HOŘÍ")).containsExactly(CS);
  }

  @Test
  void oneForeignWordRulesNothingOutNorDoesOneInTen() {
    assertThat(candidates("pán Dvořák príde")).contains(SK, CS);
    assertThat(candidates("pán Dvořák a pani Řeháková prídu")).doesNotContain(SK);
    assertThat(
            candidates(
                "pán Dvořák a pani Řeháková prídu zajtra ráno do predajne po tovar,"
                    + " ktorý si objednali minulý týždeň v piatok ráno"))
        .contains(SK);
  }

  @Test
  void theScriptOfMostLettersDecidesBetweenLatinAndCyrillic() {
    // Look-alike Cyrillic letters inside one Latin word do not make the text Bulgarian.
    assertThat(candidates("tohle neni originalni parfem, vони to uplne jinak"))
        .doesNotContain(BG)
        .contains(CS, SK);
    // A Latin brand name in a Bulgarian reply does not make it Latin.
    assertThat(
            candidates(
                "Samsung Galaxy Buds2 Pro Graphite са налични, изпращаме поръчката" + " още днес"))
        .containsExactly(BG);
  }

  @Test
  void onlyConfiguredLanguagesAreCandidates() {
    assertThat(LetterScan.of("řeč, říkám, hoří").candidates(EnumSet.of(SK, EN))).isEmpty();
    assertThat(LetterScan.of("hello").candidates(EnumSet.of(SK))).containsExactly(SK);
  }
}
