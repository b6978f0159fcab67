package com.swopify.slamonitor.market;

import com.swopify.slamonitor.absence.AbsencePolicy;
import com.swopify.slamonitor.calendar.BusinessCalendar;
import com.swopify.slamonitor.calendar.CalendarSettings;
import com.swopify.slamonitor.detect.MarketTexts;
import com.swopify.slamonitor.scorecard.ScorecardSettings;
import com.swopify.slamonitor.sla.ReplyPolicy;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * One market of the markets file (contract section 3), validated and with defaults applied: each
 * part belongs to the package whose rules read it (the calendar, the reply SLA, the absence rules,
 * the scorecards, the detectors). {@code currency} may be null, and so may {@code carrierDomains}
 * (the detectors' bundled list of the market's country).
 */
public record Market(
    String code,
    CalendarSettings calendar,
    List<String> languages,
    String currency,
    ReplyPolicy reply,
    AbsencePolicy absence,
    ScorecardSettings scorecard,
    List<String> carrierDomains)
    implements Serializable {

  public Market {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(calendar, "calendar");
    languages = List.copyOf(languages);
    Objects.requireNonNull(reply, "reply");
    Objects.requireNonNull(absence, "absence");
    Objects.requireNonNull(scorecard, "scorecard");
    carrierDomains = carrierDomains == null ? null : List.copyOf(carrierDomains);
  }

  /** A market with every optional key at its default: handy for tests and tools. */
  public static Market withDefaults(String code, ZoneId zone, List<String> languages) {
    return new Market(
        code,
        CalendarSettings.withDefaults(zone),
        languages,
        null,
        ReplyPolicy.DEFAULT,
        AbsencePolicy.DEFAULT,
        ScorecardSettings.DEFAULTS,
        null);
  }

  public ZoneId zone() {
    return calendar.zone();
  }

  /** A new calendar for this market (a calendar caches its year tables: keep and share it). */
  public BusinessCalendar businessCalendar() {
    return BusinessCalendar.of(code, calendar);
  }

  public Market withCalendar(CalendarSettings settings) {
    return new Market(
        code, settings, languages, currency, reply, absence, scorecard, carrierDomains);
  }

  public Market withReply(ReplyPolicy policy) {
    return new Market(
        code, calendar, languages, currency, policy, absence, scorecard, carrierDomains);
  }

  /** What the detectors read of this market. */
  public MarketTexts texts() {
    return new MarketTexts(languages, carrierDomains);
  }
}
