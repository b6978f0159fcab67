package com.swopify.slamonitor.calendar;

import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * One market's settings from the markets file (contract section 3), already validated and with
 * defaults applied. Immutable; {@code currency} and {@code holidayCountry} may be null, and so
 * may {@code carrierDomains}: the parcel carriers whose tracking links are no off-platform
 * contact, null for the detectors' bundled list of the market's country.
 *
 * <p>{@code workingDays} open dates that the holiday library or {@code holidays} close: a law
 * turns a holiday into a working day long before the holiday library learns of it.
 */
public record MarketConfig(
    String code,
    ZoneId zone,
    List<String> languages,
    String currency,
    String holidayCountry,
    List<LocalDate> holidays,
    List<LocalDate> workingDays,
    WeeklyHours businessHours,
    Duration replyWithin,
    List<Double> atRiskAt,
    Duration takeoverAfter,
    int absenceNoticeAfterBusinessDays,
    int absenceNoticeDays,
    ScorecardSettings scorecard,
    List<String> carrierDomains)
    implements Serializable {

  public static final Duration DEFAULT_REPLY_WITHIN = Duration.ofHours(24);
  public static final List<Double> DEFAULT_AT_RISK_AT = List.of(0.75);
  public static final Duration DEFAULT_TAKEOVER_AFTER = Duration.ZERO;
  public static final int DEFAULT_ABSENCE_NOTICE_AFTER_BUSINESS_DAYS = 5;
  public static final int DEFAULT_ABSENCE_NOTICE_DAYS = 14;

  public MarketConfig {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(zone, "zone");
    languages = List.copyOf(languages);
    holidays = List.copyOf(holidays);
    workingDays = List.copyOf(workingDays);
    Objects.requireNonNull(businessHours, "businessHours");
    Objects.requireNonNull(replyWithin, "replyWithin");
    atRiskAt = List.copyOf(atRiskAt);
    Objects.requireNonNull(takeoverAfter, "takeoverAfter");
    Objects.requireNonNull(scorecard, "scorecard");
    carrierDomains = carrierDomains == null ? null : List.copyOf(carrierDomains);
  }

  /** A market with every optional key at its default: handy for tests and tools. */
  public static MarketConfig withDefaults(String code, ZoneId zone, List<String> languages) {
    return new MarketConfig(code, zone, languages, null, null, List.of(), List.of(),
        WeeklyHours.DEFAULT,
        DEFAULT_REPLY_WITHIN, DEFAULT_AT_RISK_AT, DEFAULT_TAKEOVER_AFTER,
        DEFAULT_ABSENCE_NOTICE_AFTER_BUSINESS_DAYS, DEFAULT_ABSENCE_NOTICE_DAYS,
        ScorecardSettings.DEFAULTS, null);
  }

  public MarketConfig withBusinessHours(WeeklyHours hours) {
    return new MarketConfig(code, zone, languages, currency, holidayCountry, holidays, workingDays,
        hours, replyWithin, atRiskAt, takeoverAfter, absenceNoticeAfterBusinessDays, absenceNoticeDays,
        scorecard, carrierDomains);
  }

  public MarketConfig withHolidays(String country, List<LocalDate> dates) {
    return new MarketConfig(code, zone, languages, currency, country, dates, workingDays,
        businessHours, replyWithin, atRiskAt, takeoverAfter, absenceNoticeAfterBusinessDays, absenceNoticeDays,
        scorecard, carrierDomains);
  }

  public MarketConfig withWorkingDays(List<LocalDate> dates) {
    return new MarketConfig(code, zone, languages, currency, holidayCountry, holidays, dates,
        businessHours, replyWithin, atRiskAt, takeoverAfter, absenceNoticeAfterBusinessDays,
        absenceNoticeDays, scorecard, carrierDomains);
  }
}
