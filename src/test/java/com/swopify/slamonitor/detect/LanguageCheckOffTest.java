package com.swopify.slamonitor.detect;

import static org.assertj.core.api.Assertions.assertThat;

import com.swopify.slamonitor.market.Markets;
import org.junit.jupiter.api.Test;

/** A market with a language no model knows runs without language check; the others keep it. */
class LanguageCheckOffTest {
  private static final Markets MARKETS =
      Markets.parse(
          """
      markets:
        SK: {timeZone: Europe/Bratislava, languages: [sk]}
        XH: {timeZone: Asia/Kolkata, languages: [en, hi]}
        XI: {timeZone: Asia/Shanghai, languages: [ii]}
      """,
          "markets");

  @Test
  void marketsWithAnUnknownLanguageAreNamedAndTheirCodesNeverReachTheModels() {
    Detectors detectors = Detectors.of(MARKETS.texts(), DetectorSettings.defaults());
    assertThat(detectors.marketsWithoutLanguageCheck()).containsExactlyInAnyOrder("XH", "XI");
    assertThat(detectors.configuredLanguages()).containsExactly("en", "sk");
  }
}
