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
    assertThat(market.replyWithin()).isEqualTo(Duration.ofSeconds(30));
    // 24 business hours of the generator's sellers in 30 seconds.
    assertThat(market.speedup()).isEqualTo(2880);
  }

  @Test
  void theMarketplaceLastsAsLongAsTheDemo() {
    GeneratorSettings tenMinutes = market.generatorSettings(40, 1, Duration.ofMinutes(10));
    // Ten minutes play twenty generated days: three weeks, 50 threads a day.
    assertThat(tenMinutes.weeks()).isEqualTo(3);
    assertThat(tenMinutes.threads()).isEqualTo(3 * 7 * 50);
    assertThat(tenMinutes.markets())
        .singleElement()
        .satisfies(
            spec -> {
              assertThat(spec.code()).isEqualTo("XD");
              assertThat(spec.zone()).isEqualTo(ZoneId.of("UTC"));
              assertThat(spec.language()).isEqualTo("de");
            });

    GeneratorSettings aDay = market.generatorSettings(40, 1, Duration.ofDays(1));
    // 2880 generated days.
    assertThat(aDay.end()).isAfter(aDay.start().plus(Duration.ofDays(2880)));
  }
}
