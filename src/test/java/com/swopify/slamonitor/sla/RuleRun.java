package com.swopify.slamonitor.sla;

import com.swopify.slamonitor.events.Alert;
import com.swopify.slamonitor.events.Breach;
import com.swopify.slamonitor.events.QuickReply;
import com.swopify.slamonitor.events.SellerActivity;
import com.swopify.slamonitor.events.TakeoverRequest;
import com.swopify.slamonitor.events.ThreadEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs {@link ReplySla} over the events of many threads, each thread woken up at its wake-ups as
 * Flink's timers would, and writes down everything it decides (records and metric calls) as lines:
 * two runs decide the same exactly when their lines are equal.
 */
final class RuleRun {
  private RuleRun() {}

  /**
   * @param stepwise true: advance wake-up by wake-up (live); false: once, to the end (replay)
   */
  static List<String> lines(
      ReplySla rules, List<ThreadEvent> events, long through, boolean stepwise) {
    Map<String, ThreadState> states = new LinkedHashMap<>();
    for (ThreadEvent event : events) {
      rules.accept(states.computeIfAbsent(event.threadId(), id -> new ThreadState()), event);
    }
    List<String> lines = new ArrayList<>();
    for (Map.Entry<String, ThreadState> thread : states.entrySet()) {
      List<String> decided = new ArrayList<>();
      Lines out = new Lines(decided);
      ThreadState state = thread.getValue();
      if (stepwise) {
        for (long next = rules.nextWakeUp(state); next <= through; next = rules.nextWakeUp(state)) {
          rules.advance(state, thread.getKey(), next, out);
        }
      }
      rules.advance(state, thread.getKey(), through, out);
      lines.addAll(decided);
    }
    return lines;
  }

  /** Each decision as a line, in the order decided. */
  static final class Lines implements SlaOutput {
    private final List<String> lines;

    Lines(List<String> lines) {
      this.lines = lines;
    }

    @Override
    public void alert(Alert alert) {
      lines.add(withoutNoChange(alert.toString()));
    }

    @Override
    public void breach(Breach breach) {
      lines.add(withoutNoChange(breach.toString()));
    }

    /**
     * A decision taken with the markets file's calendar prints without its (null) calendar change,
     * so the recorded golden lines of the rules without marks stay comparable.
     */
    private static String withoutNoChange(String line) {
      return line.replace(", calendarChangeId=null", "");
    }

    @Override
    public void takeover(TakeoverRequest takeover) {
      lines.add(takeover.toString());
    }

    @Override
    public void findingReview(com.swopify.slamonitor.events.FindingReview review) {
      lines.add(review.toString());
    }

    @Override
    public void activity(SellerActivity activity) {
      lines.add(activity.toString());
    }

    @Override
    public void waitOpened(String market) {
      lines.add("waitOpened " + market);
    }

    @Override
    public void waitOverdue(String market) {
      lines.add("waitOverdue " + market);
    }

    @Override
    public void waitAnswered(String market, boolean inTime, long businessMillis) {
      lines.add("waitAnswered " + market + " " + inTime + " " + businessMillis);
    }

    @Override
    public void automatedReply(String market) {
      lines.add("automatedReply " + market);
    }

    @Override
    public void quickReply(QuickReply reply) {
      lines.add(reply.toString());
    }
  }
}
