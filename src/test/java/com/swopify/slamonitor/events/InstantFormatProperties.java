package com.swopify.slamonitor.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The hand-written format must be Instant.toString's, character for character. */
class InstantFormatProperties {
  @Property(tries = 5000)
  void writesInstantsAsInstantToStringDoes(@ForAll("instants") Instant instant) {
    assertThat(InstantFormat.utc(instant)).isEqualTo(instant.toString());
  }

  /** Whole seconds, milli-, micro- and nanosecond fractions, and the years around 0000–9999. */
  @Provide
  Arbitrary<Instant> instants() {
    long first = LocalDate.of(0, 1, 1).toEpochDay() * 86_400;
    long last = LocalDate.of(9999, 12, 31).toEpochDay() * 86_400 + 86_399;
    Arbitrary<Long> seconds =
        Arbitraries.oneOf(
            Arbitraries.longs().between(first, last),
            Arbitraries.longs().between(first - 86_400, first + 86_400),
            Arbitraries.longs().between(last - 86_400, last + 86_400),
            Arbitraries.longs()
                .between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond()));
    Arbitrary<Integer> nanos =
        Arbitraries.oneOf(
            Arbitraries.just(0),
            Arbitraries.integers().between(1, 999).map(millis -> millis * 1_000_000),
            Arbitraries.integers().between(1, 999_999).map(micros -> micros * 1_000),
            Arbitraries.integers().between(1, 999_999_999));
    return Combinators.combine(seconds, nanos).as(Instant::ofEpochSecond);
  }
}
