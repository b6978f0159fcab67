package com.swopify.slamonitor.detect;

import static org.assertj.core.api.Assertions.assertThat;

import com.swopify.slamonitor.calendar.MarketsConfig;
import org.junit.jupiter.api.Test;

/** A market with a language no model knows runs without language check; the others keep it. */
class LanguageCheckOffTest {
  private static final MarketsConfig MARKETS = MarketsConfig.parse("""
      markets:
        SK: {timeZone: Europe/Bratislava, languages: [sk]}
        XH: {timeZone: Asia/Kolkata, languages: [en, hi]}
        XI: {timeZone: Asia/Shanghai, languages: [ii]}
      """, "markets");

  @Test
  void marketsWithAnUnknownLanguageAreNamedAndTheirCodesNeverReachTheModels() {
    Detectors detectors = Detectors.of(MARKETS, DetectorSettings.defaults());
    assertThat(detectors.marketsWithoutLanguageCheck()).containsExactlyInAnyOrder("XH", "XI");
    assertThat(detectors.configuredLanguages()).containsExactly("en", "sk");
  }
}
