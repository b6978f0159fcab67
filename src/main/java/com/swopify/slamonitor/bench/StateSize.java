package com.swopify.slamonitor.bench;

import com.swopify.slamonitor.events.Alert;
import com.swopify.slamonitor.events.Breach;
import com.swopify.slamonitor.events.FindingReview;
import com.swopify.slamonitor.events.SellerActivity;
import com.swopify.slamonitor.events.TakeoverRequest;
import com.swopify.slamonitor.events.ThreadEvent;
import com.swopify.slamonitor.events.Topic;
import com.swopify.slamonitor.flink.SlaSettings;
import com.swopify.slamonitor.flink.ThreadStateSerializer;
import com.swopify.slamonitor.market.MarketRulebook;
import com.swopify.slamonitor.market.Markets;
import com.swopify.slamonitor.sla.ReplySla;
import com.swopify.slamonitor.sla.SlaOutput;
import com.swopify.slamonitor.sla.ThreadState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.core.memory.DataOutputSerializer;

/**
 * The state an open thread costs: a thread whose one buyer message waits for a reply, as the reply
 * rules leave it once its timer has fired (the wait open with its deadlines, the message id
 * remembered). Measured twice: serialized by {@link ThreadStateSerializer}, which is what a
 * checkpoint, or RocksDB, holds per thread; and on the heap, which is what heap state holds.
 *
 * @param threads how many open threads were measured
 * @param serializedBytes mean serialized bytes per thread (the thread id key not included)
 * @param heapBytes retained heap per thread in a hash map keyed by thread id, key included; from
 *     the used heap after a full collection, so an estimate
 */
public record StateSize(int threads, double serializedBytes, double heapBytes) {
  /** Ids shaped like the demo generator's: thr-0000001, thr-0000001-b1, seller-00001. */
  private static final String THREAD_ID = "thr-%07d";

  private static final String SELLER_ID = "seller-%05d";
  private static final int SELLERS = 3_000;
  private static final Instant FIRST_MESSAGE = Instant.parse("2026-10-05T06:00:00Z");

  public static StateSize measure(int threads, Markets markets) {
    ReplySla rules =
        new ReplySla(MarketRulebook.of(markets), SlaSettings.DEFAULT_ID_RETENTION.toMillis());
    List<String> codes = new ArrayList<>(markets.codes());
    codes.sort(null);
    ThreadStateSerializer serializer = new ThreadStateSerializer();
    DataOutputSerializer buffer = new DataOutputSerializer(256);

    long heapBefore = usedHeapAfterGc();
    Map<String, ThreadState> open = new HashMap<>();
    long serialized = 0;
    for (int i = 0; i < threads; i++) {
      // A minute apart, so the deadlines spread over business hours and holidays.
      long at = FIRST_MESSAGE.toEpochMilli() + 60_000L * i;
      ThreadEvent message = openingMessage(i, at, codes);
      ThreadState state = new ThreadState();
      rules.accept(state, message);
      rules.advance(state, message.threadId(), at, IGNORE);
      open.put(message.threadId(), state);
      buffer.clear();
      try {
        serializer.serialize(state, buffer);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      serialized += buffer.length();
    }
    long heapAfter = usedHeapAfterGc();
    // Read the map after the measurement, so that it is still reachable during it.
    int held = open.size();
    return new StateSize(
        held, (double) serialized / held, (double) (heapAfter - heapBefore) / held);
  }

  /**
   * The buyer message that opens thread number {@code i} (from 0), with ids shaped like the demo
   * generator's, its seller one of a few thousand and its market one of {@code markets} in turn.
   * Every string is an instance of its own, as in an event that Flink deserialized after the
   * shuffle to the thread function: state that keeps an event's seller or market keeps that copy
   * unless it shares one.
   */
  static ThreadEvent openingMessage(int i, long at, List<String> markets) {
    String threadId = String.format(THREAD_ID, i + 1);
    return new ThreadEvent(
        ThreadEvent.Kind.BUYER_MESSAGE,
        threadId + "-b1",
        threadId,
        String.format(SELLER_ID, i % SELLERS + 1),
        new String(markets.get(i % markets.size())),
        at,
        Topic.ORDER,
        null,
        null);
  }

  /**
   * Used heap once collections stop freeing anything worth counting: a single collection can leave
   * garbage that finalization or reference processing frees only in a later one.
   */
  static long usedHeapAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    memory.gc();
    long used = memory.getHeapMemoryUsage().getUsed();
    for (int pass = 0; pass < 5; pass++) {
      memory.gc();
      long now = memory.getHeapMemoryUsage().getUsed();
      boolean settled = used - now < 1024 * 1024;
      used = now;
      if (settled) {
        break;
      }
    }
    return used;
  }

  private static final SlaOutput IGNORE =
      new SlaOutput() {
        @Override
        public void alert(Alert alert) {}

        @Override
        public void breach(Breach breach) {}

        @Override
        public void takeover(TakeoverRequest takeover) {}

        @Override
        public void findingReview(FindingReview review) {}

        @Override
        public void activity(SellerActivity activity) {}
      };
}
