package com.swopify.slamonitor.sla;

import com.swopify.slamonitor.events.Alert;
import com.swopify.slamonitor.events.Breach;
import com.swopify.slamonitor.events.FindingReview;
import com.swopify.slamonitor.events.SellerActivity;
import com.swopify.slamonitor.events.TakeoverRequest;
import com.swopify.slamonitor.events.WaitOutcome;
import java.util.ArrayList;
import java.util.List;

/** Collects what the rules decide, for assertions. */
final class RecordingOutput implements SlaOutput {
  final List<Alert> alerts = new ArrayList<>();
  final List<Breach> breaches = new ArrayList<>();
  final List<TakeoverRequest> takeovers = new ArrayList<>();
  final List<FindingReview> reviews = new ArrayList<>();
  final List<SellerActivity> activity = new ArrayList<>();
  final List<WaitOutcome> outcomes = new ArrayList<>();
  int waitsOpened;
  int answeredInTime;
  int answeredLate;
  int becameOverdue;
  int automatedReplies;

  @Override
  public void alert(Alert alert) {
    alerts.add(alert);
  }

  @Override
  public void breach(Breach breach) {
    breaches.add(breach);
  }

  @Override
  public void takeover(TakeoverRequest takeover) {
    takeovers.add(takeover);
  }

  @Override
  public void findingReview(FindingReview review) {
    reviews.add(review);
  }

  @Override
  public void activity(SellerActivity sellerActivity) {
    activity.add(sellerActivity);
  }

  @Override
  public void waitDecided(WaitOutcome outcome) {
    outcomes.add(outcome);
  }

  @Override
  public void waitOpened(String market) {
    waitsOpened++;
  }

  @Override
  public void waitAnswered(String market, boolean inTime, long businessMillis) {
    if (inTime) {
      answeredInTime++;
    } else {
      answeredLate++;
    }
  }

  @Override
  public void waitOverdue(String market) {
    becameOverdue++;
  }

  @Override
  public void automatedReply(String market) {
    automatedReplies++;
  }

  /** Everything decided, as sortable lines, for comparing runs. */
  List<String> lines() {
    List<String> lines = new ArrayList<>();
    alerts.forEach(a -> lines.add(a.toString()));
    breaches.forEach(b -> lines.add(b.toString()));
    takeovers.forEach(t -> lines.add(t.toString()));
    reviews.forEach(r -> lines.add(r.toString()));
    lines.sort(null);
    return lines;
  }
}
