package com.swopify.slamonitor.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The hand-written fast path must agree with java.time on every input, valid or not. */
class IsoTimeProperties {
  private static final DateTimeFormatter MILLIS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXXXX");

  @Property(tries = 5000)
  void readsEveryOffsetDateTimeAsJavaTimeDoes(@ForAll("dateTimes") OffsetDateTime dateTime) {
    Instant expected = dateTime.toInstant();

    assertThat(IsoTime.parseInstant(dateTime.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)))
        .isEqualTo(expected);
    assertThat(IsoTime.parseInstant(dateTime.format(MILLIS)))
        .isEqualTo(dateTime.withNano(dateTime.getNano() / 1_000_000 * 1_000_000).toInstant());
  }

  @Property(tries = 5000)
  void agreesWithJavaTimeOnAnyString(@ForAll("instantLikeStrings") String text) {
    assertThat(IsoTime.parseInstant(text)).isEqualTo(javaTimeInstant(text));
  }

  @Property(tries = 3000)
  void readsDatesAsJavaTimeDoes(
      @ForAll @IntRange(min = 0, max = 3_652_058) int epochDayFromYearZero) {
    LocalDate date = LocalDate.of(0, 1, 1).plusDays(epochDayFromYearZero);

    assertThat(IsoTime.parseDate(date.toString())).isEqualTo(date);
  }

  @Provide
  Arbitrary<OffsetDateTime> dateTimes() {
    Arbitrary<Long> seconds =
        Arbitraries.longs()
            .between(
                LocalDate.of(0, 1, 2).toEpochDay() * 86_400,
                LocalDate.of(9999, 12, 30).toEpochDay() * 86_400);
    Arbitrary<Integer> nanos =
        Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(0, 999_999_999));
    Arbitrary<ZoneOffset> offsets =
        Arbitraries.oneOf(
            Arbitraries.integers()
                .between(-18 * 4, 18 * 4)
                .map(q -> ZoneOffset.ofTotalSeconds(q * 900)),
            Arbitraries.integers().between(-18 * 3600, 18 * 3600).map(ZoneOffset::ofTotalSeconds));
    return Combinators.combine(seconds, nanos, offsets)
        .as((s, n, o) -> OffsetDateTime.ofInstant(Instant.ofEpochSecond(s, n), o));
  }

  /** Near misses of the usual shape: one character changed, dropped or added. */
  @Provide
  Arbitrary<String> instantLikeStrings() {
    Arbitrary<String> base = dateTimes().map(d -> d.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    Arbitrary<Character> noise = Arbitraries.of('0', '9', '-', ':', '+', 'T', 'Z', '.', ' ', 'x');
    return Combinators.combine(
            base,
            Arbitraries.integers().between(0, 40),
            noise,
            Arbitraries.integers().between(0, 2))
        .as(
            (text, at, c, edit) -> {
              int i = Math.min(at, text.length() - 1);
              return switch (edit) {
                case 0 -> text.substring(0, i) + c + text.substring(i + 1);
                case 1 -> text.substring(0, i) + text.substring(i + 1);
                default -> text.substring(0, i) + c + text.substring(i);
              };
            });
  }

  private static Instant javaTimeInstant(String text) {
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeException e) {
      return null;
    }
  }
}
