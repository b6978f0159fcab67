package com.swopify.slamonitor.detect.automated;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TemplateFingerprintTest {
  @Test
  void caseDiacriticsDigitsSpacingAndPunctuationDoNotMatter() {
    long fingerprint = TemplateFingerprint.of("Dobrý deň, objednávka 123 bola odoslaná");
    assertThat(fingerprint).isNotEqualTo(TemplateFingerprint.NONE);
    assertThat(TemplateFingerprint.of("Dobry den objednavka 456 bola odoslana."))
        .isEqualTo(fingerprint);
    assertThat(TemplateFingerprint.of("  DOBRÝ DEŇ!  Objednávka 2026-11-24 bola odoslaná"))
        .isEqualTo(fingerprint);
  }

  @Test
  void otherWordsOrWordBoundariesMakeAnotherFingerprint() {
    long fingerprint = TemplateFingerprint.of("Dobrý deň, objednávka bola odoslaná");
    assertThat(TemplateFingerprint.of("Dobrý deň, objednávka bude odoslaná"))
        .isNotEqualTo(fingerprint);
    assertThat(TemplateFingerprint.of("Dobrýdeň, objednávka bola odoslaná"))
        .isNotEqualTo(fingerprint);
  }

  @Test
  void textsTooShortToBeATemplateHaveNone() {
    assertThat(TemplateFingerprint.of("ok, dakujem")).isEqualTo(TemplateFingerprint.NONE);
    assertThat(TemplateFingerprint.of("Thank you very much!")).isEqualTo(TemplateFingerprint.NONE);
    assertThat(TemplateFingerprint.of("12345 67890 12345 67890 12345"))
        .isEqualTo(TemplateFingerprint.NONE);
    assertThat(TemplateFingerprint.of(null)).isEqualTo(TemplateFingerprint.NONE);
  }

  @Test
  void twentyLettersAreEnough() {
    assertThat(TemplateFingerprint.of("abcde fghij klmno pqrs"))
        .isEqualTo(TemplateFingerprint.NONE);
    assertThat(TemplateFingerprint.of("abcde fghij klmno pqrst"))
        .isNotEqualTo(TemplateFingerprint.NONE);
  }

  @Test
  void cyrillicTextsHaveFingerprintsToo() {
    assertThat(TemplateFingerprint.of("Поръчката ви беше изпратена днес"))
        .isEqualTo(TemplateFingerprint.of("поръчката ви беше изпратена днес!"))
        .isNotEqualTo(TemplateFingerprint.NONE);
  }
}
