package com.swopify.slamonitor.detect.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProseTest {
  private static String words(String text) {
    return Prose.of(text).replaceAll("\\s+", " ").strip();
  }

  @Test
  void blanksWebAndMailAddressesAndHandles() {
    assertThat(words("Viac na www.shop.sk, píšte na info@shop.sk alebo @shop_sk."))
        .isEqualTo("Viac na píšte na alebo");
    assertThat(words("Formular: https://example.com/a?b=1 a t.me/obchod")).isEqualTo("Formular: a");
    assertThat(words("Formulár nájdete na mojobchod-elektro.sk/vratenie."))
        .isEqualTo("Formulár nájdete na");
  }

  @Test
  void keepsAbbreviationsNumbersAndOrdinaryText() {
    String text = "Spol. s r.o., napr. z.B. 1.249,90 € a i.e. vám pošleme.";

    assertThat(Prose.of(text)).isSameAs(text);
  }

  @Test
  void blanksLetterSpacedWordsButNotTwoOneLetterWords() {
    assertThat(Prose.of("piste na m a r e k vecer")).isEqualTo("piste na           vecer");
    assertThat(Prose.of("a v tom je to")).isEqualTo("a v tom je to");
  }

  @Test
  void keepsTheLengthSoPositionsStay() {
    String text = "Napíšte na jan.novak@example.com, ďakujem";

    assertThat(Prose.of(text)).hasSameSizeAs(text);
  }
}
