package com.swopify.slamonitor.demo.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.swopify.slamonitor.demo.GeneratorSettings;
import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class LiveDemoMarketTest {
  private final LiveDemoMarket market = LiveDemoMarket.load();

  @Test
  void aReplySlaOfMinutesPlaysTheGeneratedDaysFaster() {
    assertThat(market.markets().codes()).containsExactly("XD");
    assertThat(market.replyWithin()).isEqualTo(Duration.ofMinutes(2));
    // 24 business hours of the generator's sellers in 2 minutes.
    assertThat(market.speedup()).isEqualTo(720);
  }

  @Test
  void theMarketplaceLastsAsLongAsTheDemo() {
    GeneratorSettings tenMinutes = market.generatorSettings(40, 1, Duration.ofMinutes(10));
    // Ten minutes play five generated days: one week, 80 threads a day.
    assertThat(tenMinutes.weeks()).isEqualTo(1);
    assertThat(tenMinutes.threads()).isEqualTo(7 * 80);
    assertThat(tenMinutes.markets()).singleElement().satisfies(spec -> {
      assertThat(spec.code()).isEqualTo("XD");
      assertThat(spec.zone()).isEqualTo(ZoneId.of("UTC"));
      assertThat(spec.language()).isEqualTo("en");
    });

    GeneratorSettings aDay = market.generatorSettings(40, 1, Duration.ofDays(1));
    // 720 generated days.
    assertThat(aDay.end()).isAfter(aDay.start().plus(Duration.ofDays(720)));
  }
}
