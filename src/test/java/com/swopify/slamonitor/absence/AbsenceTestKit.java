package com.swopify.slamonitor.absence;

import com.swopify.slamonitor.events.AbsenceNotice;
import com.swopify.slamonitor.events.AbsenceStatus;
import com.swopify.slamonitor.events.Breach;
import com.swopify.slamonitor.events.SellerActivity;
import com.swopify.slamonitor.events.TakeoverRequest;
import com.swopify.slamonitor.market.MarketRulebook;
import com.swopify.slamonitor.market.Markets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Drives {@link SellerAbsences} for one seller on the real Slovak calendar (Europe/Bratislava,
 * Slovak public holidays, default thresholds 5 business days and 14 days of notice).
 */
final class AbsenceTestKit implements AbsenceOutput {
  static final String SELLER = "s-1";
  static final Markets MARKETS =
      Markets.parse(
          """
      markets:
        SK: {timeZone: Europe/Bratislava, languages: [sk], holidayCountry: SK}
      """,
          "test markets");
  static final Duration RETENTION = Duration.ofDays(30);

  final SellerAbsences rules;
  final SellerAbsenceState state = new SellerAbsenceState();
  final List<Breach> breaches = new ArrayList<>();
  final List<TakeoverRequest> takeovers = new ArrayList<>();

  AbsenceTestKit() {
    this(RETENTION);
  }

  AbsenceTestKit(Duration retention) {
    rules = new SellerAbsences(MarketRulebook.of(MARKETS), retention.toMillis());
  }

  static AbsenceNotice announced(String id, String notifiedAt, String firstDay, String lastDay) {
    return notice(id, notifiedAt, firstDay, lastDay, AbsenceStatus.ANNOUNCED);
  }

  static AbsenceNotice cancelled(String id, String notifiedAt, String firstDay, String lastDay) {
    return notice(id, notifiedAt, firstDay, lastDay, AbsenceStatus.CANCELLED);
  }

  static AbsenceNotice notice(
      String id, String notifiedAt, String firstDay, String lastDay, AbsenceStatus status) {
    return new AbsenceNotice(
        id,
        SELLER,
        "SK",
        Instant.parse(notifiedAt),
        LocalDate.parse(firstDay),
        LocalDate.parse(lastDay),
        status);
  }

  static SellerActivity waitOpened(String thread, String at) {
    return new SellerActivity(SellerActivity.Kind.WAIT_OPENED, SELLER, "SK", thread, millis(at));
  }

  static SellerActivity replied(String thread, String at) {
    return new SellerActivity(SellerActivity.Kind.REPLIED, SELLER, "SK", thread, millis(at));
  }

  static long millis(String instant) {
    return Instant.parse(instant).toEpochMilli();
  }

  AbsenceTestKit accept(AbsenceNotice... notices) {
    for (AbsenceNotice notice : notices) {
      rules.accept(state, notice);
    }
    return this;
  }

  AbsenceTestKit accept(SellerActivity... activity) {
    for (SellerActivity a : activity) {
      rules.accept(state, a);
    }
    return this;
  }

  /** Lets event time pass {@code instant}, as the Flink function's timers would. */
  AbsenceTestKit advanceTo(String instant) {
    rules.advance(state, SELLER, millis(instant), this);
    return this;
  }

  @Override
  public void breach(Breach breach) {
    breaches.add(breach);
  }

  @Override
  public void takeover(TakeoverRequest takeover) {
    takeovers.add(takeover);
  }
}
