package com.swopify.slamonitor.flink;

import com.swopify.slamonitor.detect.automated.TemplateRepetition;
import com.swopify.slamonitor.events.Breach;
import com.swopify.slamonitor.events.QuickReply;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Template recognition on Flink, keyed by sellerId: a thin adapter that keeps each seller's recent
 * quick replies and wakes {@link TemplateRepetition} with event-time timers. Emits one
 * AUTOMATED_REPLY breach per templated reply, at its own event time, once event time has passed the
 * reply's time plus the template window (the decision needs every reply around it).
 *
 * <p>State per seller: the quick replies still needed (appended on arrival, rewritten by the
 * timer), the instant decided through, and the one pending timer. One timer per seller, like {@link
 * ThreadSlaFunction}: an arrival registers a timer only when it must be decided before the pending
 * one, and then replaces it.
 *
 * <p>{@code asOf} is "now" of a replay: a decision falls at reply time plus window, and no timer is
 * set after asOf, so nothing is decided later, even when the end of a bounded input pushes the
 * watermark to the end of time. Replies whose window reaches past asOf are not judged in that run
 * (a live monitor would not have judged them by then either); they are still kept, as context for
 * earlier replies.
 */
public final class TemplateReplyFunction extends KeyedProcessFunction<String, QuickReply, Breach> {
  private static final long serialVersionUID = 1L;

  private final TemplateRepetition rules;
  private final long asOfMillis;
  private transient ListState<QuickReply> replies;
  private transient ValueState<Long> decidedThrough;
  private transient ValueState<Long> wakeUp;

  /**
   * @param asOfMillis "now" of a replay: nothing later is decided; Long.MAX_VALUE when live
   */
  public TemplateReplyFunction(TemplateRepetition rules, long asOfMillis) {
    this.rules = rules;
    this.asOfMillis = asOfMillis;
  }

  /**
   * The quick replies' type, spelled out as a POJO of basic fields (generic types are disabled):
   * for this function's state and for the stream that feeds it.
   */
  public static TypeInformation<QuickReply> quickReplyType() {
    return Types.POJO(
        QuickReply.class,
        Map.of(
            "sellerId", Types.STRING,
            "market", Types.STRING,
            "threadId", Types.STRING,
            "messageId", Types.STRING,
            "at", Types.LONG,
            "fingerprint", Types.LONG));
  }

  @Override
  public void open(OpenContext openContext) {
    replies =
        getRuntimeContext()
            .getListState(new ListStateDescriptor<>("template-replies", quickReplyType()));
    decidedThrough =
        getRuntimeContext()
            .getState(new ValueStateDescriptor<>("template-decided-through", Types.LONG));
    wakeUp =
        getRuntimeContext().getState(new ValueStateDescriptor<>("template-wake-up", Types.LONG));
  }

  @Override
  public void processElement(QuickReply reply, Context ctx, Collector<Breach> out)
      throws Exception {
    // Kept even when its own decision falls after asOf: it is context for earlier replies.
    replies.add(reply);
    long decision = rules.decidesAt(reply);
    Long pending = wakeUp.value();
    if (decision <= asOfMillis && (pending == null || decision < pending)) {
      if (pending != null) {
        ctx.timerService().deleteEventTimeTimer(pending);
      }
      ctx.timerService().registerEventTimeTimer(decision);
      wakeUp.update(decision);
    }
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<Breach> out) throws Exception {
    if (timestamp > asOfMillis) {
      return;
    }
    Long through = decidedThrough.value();
    List<QuickReply> known = new ArrayList<>();
    replies.get().forEach(known::add);
    TemplateRepetition.Decisions decisions =
        rules.decide(known, through == null ? Long.MIN_VALUE : through, timestamp);
    for (Breach breach : decisions.breaches()) {
      out.collect(breach);
    }
    if (decisions.kept().isEmpty()) {
      clear();
      return;
    }
    replies.update(decisions.kept());
    decidedThrough.update(timestamp);
    long next = decisions.nextWakeUp();
    if (next <= asOfMillis) {
      ctx.timerService().registerEventTimeTimer(next);
      wakeUp.update(next);
    } else {
      wakeUp.clear();
    }
  }

  private void clear() {
    replies.clear();
    decidedThrough.clear();
    wakeUp.clear();
  }
}
