package com.swopify.slamonitor.absence;

import com.swopify.slamonitor.calendar.BusinessCalendar;
import java.io.Serializable;

/**
 * The calendar and absence policy of each configured market: what the absence rules need to know
 * about markets. The markets file's settings provide it ({@code market.MarketRulebook}).
 */
public interface AbsenceRules extends Serializable {
  /** The market's calendar; IllegalArgumentException for a market that is not configured. */
  BusinessCalendar calendar(String market);

  AbsencePolicy absencePolicy(String market);
}
