package com.swopify.slamonitor.detect.language;

import static com.swopify.slamonitor.detect.language.SupportedLanguage.BG;
import static com.swopify.slamonitor.detect.language.SupportedLanguage.CS;
import static com.swopify.slamonitor.detect.language.SupportedLanguage.DE;
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

  @Test
  void countsLettersOfAnyScriptButNotDigitsOrPunctuation() {
    assertThat(LetterScan.of("Ďakujem, 2 ks. OK!").letters()).isEqualTo(11);
    assertThat(LetterScan.of("Благодаря 100").letters()).isEqualTo(9);
    assertThat(LetterScan.of("").letters()).isZero();
  }

  @Test
  void plainLettersFitEveryLanguage() {
    assertThat(LetterScan.of("Thanks, the Samsung arrives today").candidates(ALL))
        .isEqualTo(ALL);
  }

  @Test
  void eachLetterKeepsTheLanguagesWhoseAlphabetHasIt() {
    assertThat(LetterScan.of("řeč").candidates(ALL)).containsExactly(CS);
    assertThat(LetterScan.of("môžete").candidates(ALL)).containsExactly(SK);
    assertThat(LetterScan.of("köszönöm").candidates(ALL)).containsExactly(DE, HU);
    assertThat(LetterScan.of("grüß").candidates(ALL)).containsExactly(DE);
    assertThat(LetterScan.of("šta će biti").candidates(ALL)).containsExactly(HR);
    assertThat(LetterScan.of("hvala, čakam").candidates(ALL)).containsExactly(CS, HR, SK, SL);
    assertThat(LetterScan.of("ćwiczenie").candidates(ALL)).containsExactly(HR, PL);
    assertThat(LetterScan.of("ćwiczy się").candidates(ALL)).containsExactly(PL);
    assertThat(LetterScan.of("Здравейте").candidates(ALL)).containsExactly(BG);
  }

  @Test
  void upperCaseAndCombiningMarksCount() {
    assertThat(LetterScan.of("ŘEČ").candidates(ALL)).containsExactly(CS);
    // "r" + combining caron is still one word, of plain letters as far as the table goes.
    assertThat(LetterScan.of("r\u030Ceč").letters()).isEqualTo(3);
  }

  @Test
  void oneWordInTenMayBeForeign() {
    String nineSlovakWordsAndOneCzech = "pán Dvořák si objednal kávovar ktorý príde zajtra ráno domov";
    String eightSlovakWordsAndOneCzech = "pán Dvořák si objednal kávovar ktorý príde zajtra ráno";

    assertThat(LetterScan.of(nineSlovakWordsAndOneCzech).candidates(ALL)).contains(SK, CS);
    assertThat(LetterScan.of(eightSlovakWordsAndOneCzech).candidates(ALL)).doesNotContain(SK);
  }

  @Test
  void onlyConfiguredLanguagesAreCandidates() {
    assertThat(LetterScan.of("řeč").candidates(EnumSet.of(SK, SupportedLanguage.EN))).isEmpty();
    assertThat(LetterScan.of("hello").candidates(EnumSet.of(SK))).containsExactly(SK);
  }
}
