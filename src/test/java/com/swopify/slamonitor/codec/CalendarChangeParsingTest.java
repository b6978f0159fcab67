package com.swopify.slamonitor.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.swopify.slamonitor.calendar.CalendarChange;
import com.swopify.slamonitor.calendar.TimeRange;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Calendar changes as contract section 11 writes them, and the reasons bad ones get. */
class CalendarChangeParsingTest {
  private final InputParser parser = new InputParser(Set.of("SK", "CZ", "HU"));

  @Test
  void readsEachKindOfTheContractsExamples() throws Exception {
    CalendarChange removed =
        parser.parseCalendarChange(
            """
        {"changeId":"c-sk-2026-1","market":"SK","publishedAt":"2025-09-26T00:00:00Z","kind":"HOLIDAY_REMOVED","date":"2026-09-15","reason":"consolidation law"}""");
    assertThat(removed)
        .isEqualTo(
            new CalendarChange(
                "c-sk-2026-1",
                "SK",
                Instant.parse("2025-09-26T00:00:00Z"),
                CalendarChange.Kind.HOLIDAY_REMOVED,
                LocalDate.parse("2026-09-15"),
                null,
                null,
                null,
                null,
                null,
                "consolidation law"));

    CalendarChange hours =
        parser.parseCalendarChange(
            """
        {"changeId":"c-cz-hours-1","market":"CZ","publishedAt":"2026-11-01T00:00:00Z","kind":"HOURS_CHANGED","effectiveFrom":"2026-12-01","businessHours":{"MONDAY":["08:00-16:00"],"FRIDAY":["08:00-12:00","13:00-14:00"]}}""");
    assertThat(hours.effectiveFrom()).isEqualTo(LocalDate.parse("2026-12-01"));
    assertThat(hours.businessHours().on(DayOfWeek.FRIDAY))
        .isEqualTo(List.of(TimeRange.parse("08:00-12:00"), TimeRange.parse("13:00-14:00")));
    assertThat(hours.businessHours().on(DayOfWeek.SATURDAY)).isEmpty();

    CalendarChange exemption =
        parser.parseCalendarChange(
            """
        {"changeId":"c-sk-s42-1","market":"SK","publishedAt":"2026-11-22T09:00:00Z","kind":"EXEMPTION","sellerId":"s-42","from":"2026-11-21T00:00:00+01:00","to":"2026-11-22T00:00:00+01:00"}""");
    assertThat(exemption.sellerId()).isEqualTo("s-42");
    assertThat(exemption.from()).isEqualTo(Instant.parse("2026-11-20T23:00:00Z"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"changeId\":\"c\",\"market\":\"ZZ\",\"publishedAt\":\"2026-01-01T00:00:00Z\",\"kind\":\"HOLIDAY_ADDED\",\"date\":\"2026-02-02\"} | unknown market ZZ",
        "{\"changeId\":\"c\",\"market\":\"SK\",\"publishedAt\":\"2026-01-01T00:00:00Z\",\"kind\":\"HOLIDAY_MOVED\",\"date\":\"2026-02-02\"} | field kind",
        "{\"changeId\":\"c\",\"market\":\"SK\",\"publishedAt\":\"2026-01-01T00:00:00Z\",\"kind\":\"HOLIDAY_ADDED\"} | missing field date",
        "{\"changeId\":\"c\",\"market\":\"SK\",\"publishedAt\":\"2026-01-01T00:00:00Z\",\"kind\":\"HOURS_CHANGED\",\"effectiveFrom\":\"2026-02-02\"} | missing field businessHours",
        "{\"changeId\":\"c\",\"market\":\"SK\",\"publishedAt\":\"2026-01-01T00:00:00Z\",\"kind\":\"HOURS_CHANGED\",\"businessHours\":{\"MONDAY\":[\"08:00-16:00\"]}} | missing field effectiveFrom",
        "{\"changeId\":\"c\",\"market\":\"SK\",\"publishedAt\":\"2026-01-01T00:00:00Z\",\"kind\":\"HOURS_CHANGED\",\"effectiveFrom\":\"2026-02-02\",\"businessHours\":{\"MONDAY\":[]}} | field businessHours: no business time in the week",
        "{\"changeId\":\"c\",\"market\":\"SK\",\"publishedAt\":\"2026-01-01T00:00:00Z\",\"kind\":\"HOURS_CHANGED\",\"effectiveFrom\":\"2026-02-02\",\"businessHours\":{\"MONDAY\":[\"08:00-25:00\"]}} | field businessHours.MONDAY:",
        "{\"changeId\":\"c\",\"market\":\"SK\",\"publishedAt\":\"2026-01-01T00:00:00Z\",\"kind\":\"HOURS_CHANGED\",\"effectiveFrom\":\"2026-02-02\",\"businessHours\":{\"MONTAG\":[\"08:00-16:00\"]}} | field businessHours: unknown weekday 'MONTAG'",
        "{\"changeId\":\"c\",\"market\":\"SK\",\"publishedAt\":\"2026-01-01T00:00:00Z\",\"kind\":\"EXEMPTION\",\"from\":\"2026-02-02T10:00:00Z\",\"to\":\"2026-02-02T10:00:00Z\"} | to 2026-02-02T10:00:00Z is not after from 2026-02-02T10:00:00Z",
        "{\"changeId\":\"c\",\"market\":\"SK\",\"publishedAt\":\"2026-01-01T00:00:00Z\",\"kind\":\"HOLIDAY_ADDED\",\"date\":\"2026-02-02\",\"sellerId\":\"s-1\"} | field sellerId: only an EXEMPTION names a seller",
      })
  void aBadChangeGetsAReasonAPersonCanActOn(String raw, String reason) {
    assertThatThrownBy(() -> parser.parseCalendarChange(raw))
        .isInstanceOf(InvalidRecordException.class)
        .satisfies(e -> assertThat(((InvalidRecordException) e).reason()).startsWith(reason));
  }
}
