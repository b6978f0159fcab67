package com.swopify.slamonitor.flink;

import com.swopify.slamonitor.calendar.CalendarChange;
import com.swopify.slamonitor.events.Alert;
import com.swopify.slamonitor.events.ThreadEvent;
import com.swopify.slamonitor.sla.OpenWait;
import com.swopify.slamonitor.sla.ThreadState;
import java.util.List;
import org.apache.flink.runtime.state.VoidNamespace;
import org.apache.flink.runtime.state.VoidNamespaceSerializer;
import org.apache.flink.streaming.api.operators.InternalTimerService;
import org.apache.flink.streaming.api.operators.co.CoBroadcastWithKeyedOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;

/**
 * Runs {@link ThreadSlaFunction}, and re-plans the open waits when a calendar change is published:
 * each thread whose open wait the change may move (same market, and the same seller for a seller's
 * exemption) gets an event-time timer at the change's publishedAt, so that a deadline the change
 * brings into the past falls then (a deadline moved later needs nothing: the thread's timer at the
 * old deadline finds it not yet due and sets the next). A function cannot set another key's timer;
 * the operator can, while it visits the keys. The visit reads every thread's state once per
 * published change, never per event.
 */
public final class ThreadSlaOperator
    extends CoBroadcastWithKeyedOperator<String, ThreadEvent, CalendarChange, Alert> {
  private static final long serialVersionUID = 1L;

  /** The timer service the function's timers use (CoBroadcastWithKeyedOperator's name). */
  private static final String USER_TIMERS = "user-timers";

  public ThreadSlaOperator(ThreadSlaFunction function) {
    super(function, List.of(ThreadSlaFunction.CHANGES));
  }

  @Override
  public void processElement2(StreamRecord<CalendarChange> element) throws Exception {
    super.processElement2(element);
    CalendarChange change = element.getValue();
    long publishedAt = change.publishedAt().toEpochMilli();
    InternalTimerService<VoidNamespace> timers =
        getInternalTimerService(USER_TIMERS, VoidNamespaceSerializer.INSTANCE, this);
    getKeyedStateBackend()
        .applyToAllKeys(
            VoidNamespace.INSTANCE,
            VoidNamespaceSerializer.INSTANCE,
            ThreadSlaFunction.THREADS,
            (thread, state) -> {
              ThreadState threadState = state.value();
              OpenWait wait = threadState == null ? null : threadState.openWait();
              if (wait != null
                  && wait.market().equals(change.market())
                  && change.appliesTo(wait.sellerId())) {
                timers.registerEventTimeTimer(VoidNamespace.INSTANCE, publishedAt);
              }
            });
  }
}
