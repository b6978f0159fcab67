package com.swopify.slamonitor.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeneratorSettingsTest {

  @Test
  void defaultsAreTheDocumentedOnes() {
    GeneratorSettings settings = GeneratorSettings.defaults();

    assertThat(settings.sellers()).isEqualTo(300);
    assertThat(settings.threads()).isEqualTo(30_000);
    assertThat(settings.seed()).isEqualTo(42);
    assertThat(settings.start()).isEqualTo(Instant.parse("2026-10-05T00:00:00Z"));
    assertThat(settings.weeks()).isEqualTo(6);
    assertThat(settings.end()).isEqualTo(Instant.parse("2026-11-16T00:00:00Z"));
  }

  @Test
  void defaultMarketsAreTheTenWithTheirZonesAndLanguages() {
    List<MarketSpec> markets = GeneratorSettings.defaults().markets();

    assertThat(markets)
        .extracting(MarketSpec::code)
        .containsExactly("SK", "CZ", "HU", "PL", "RO", "DE", "AT", "HR", "SI", "BG");
    assertThat(markets)
        .extracting(MarketSpec::language)
        .containsExactly("sk", "cs", "hu", "pl", "ro", "de", "de", "hr", "sl", "bg");
    assertThat(markets)
        .extracting(MarketSpec::zone)
        .containsExactly(
            ZoneId.of("Europe/Bratislava"),
            ZoneId.of("Europe/Prague"),
            ZoneId.of("Europe/Budapest"),
            ZoneId.of("Europe/Warsaw"),
            ZoneId.of("Europe/Bucharest"),
            ZoneId.of("Europe/Berlin"),
            ZoneId.of("Europe/Vienna"),
            ZoneId.of("Europe/Zagreb"),
            ZoneId.of("Europe/Ljubljana"),
            ZoneId.of("Europe/Sofia"));
  }

  @Test
  void theLargeMarketsCarryMostSellers() {
    double total = 0;
    double large = 0;
    for (MarketSpec market : GeneratorSettings.DEFAULT_MARKETS) {
      total += market.weight();
      if (List.of("SK", "CZ", "HU", "PL", "RO").contains(market.code())) {
        large += market.weight();
      }
    }
    assertThat(large / total).isGreaterThan(0.75);
  }

  @Test
  void withersChangeOneSettingOnly() {
    GeneratorSettings changed =
        GeneratorSettings.defaults()
            .withSellers(5)
            .withThreads(7)
            .withSeed(9)
            .withWeeks(2)
            .withStart(Instant.parse("2027-01-04T00:00:00Z"));

    assertThat(changed)
        .isEqualTo(
            new GeneratorSettings(
                5,
                7,
                9,
                Instant.parse("2027-01-04T00:00:00Z"),
                2,
                GeneratorSettings.DEFAULT_MARKETS));
  }

  @Test
  void rejectsCountsBelowOneWithAReadableMessage() {
    GeneratorSettings defaults = GeneratorSettings.defaults();

    assertThatThrownBy(() -> defaults.withSellers(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("number of sellers must be between 1 and 1000000, got 0");
    assertThatThrownBy(() -> defaults.withThreads(-3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("number of threads must be between 1 and 2000000, got -3");
    assertThatThrownBy(() -> defaults.withWeeks(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("number of weeks must be between 1 and 520, got 0");
  }

  @Test
  void rejectsCountsThatWouldExhaustMemory() {
    assertThatThrownBy(() -> GeneratorSettings.defaults().withThreads(50_000_000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("number of threads must be between 1 and 2000000");
  }

  @Test
  void rejectsMissingStartAndBadMarkets() {
    GeneratorSettings defaults = GeneratorSettings.defaults();
    MarketSpec sk = GeneratorSettings.DEFAULT_MARKETS.get(0);

    assertThatThrownBy(() -> defaults.withStart(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("start instant is required");
    assertThatThrownBy(() -> defaults.withMarkets(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("at least one market is required");
    assertThatThrownBy(() -> defaults.withMarkets(List.of(sk, sk)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("market SK is listed twice");
    assertThatThrownBy(() -> MarketSpec.of("SK", "Europe/Bratislava", "sk", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("positive finite weight");
  }

  @Test
  void findsAMarketByCode() {
    assertThat(GeneratorSettings.defaults().market("HU").zone())
        .isEqualTo(ZoneId.of("Europe/Budapest"));
    assertThatThrownBy(() -> GeneratorSettings.defaults().market("XX"))
        .hasMessage("unknown market XX");
  }
}
