package com.swopify.slamonitor.metrics;

import com.swopify.slamonitor.detect.TextMemo;
import com.swopify.slamonitor.detect.TextMemos;
import com.swopify.slamonitor.events.Source;
import io.micrometer.core.instrument.FunctionCounter;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

/**
 * How the policy detectors' memos of text analysis serve their lookups in this JVM ({@code
 * detect.TextMemos}): lookups answered from a memo ({@code outcome=hit}) and lookups that read the
 * text ({@code miss}), by input stream ({@code source}: {@code replies} or {@code messages}). Read
 * from the memos' own counters at each scrape, so the per-record path pays nothing for them. Counts
 * only: the memos hold texts, which never reach a metric.
 */
public final class TextMemoMetrics {
  private TextMemoMetrics() {}

  /**
   * The memos counted, by their {@code source} label. Micrometer holds a function counter's object
   * only weakly; enum constants stay reachable.
   */
  private enum Memo {
    REPLIES(Source.REPLIES, TextMemos::repliesOfJvm),
    MESSAGES(Source.MESSAGES, TextMemos::messagesOfJvm);

    private final String label;
    private final Supplier<TextMemo.Counts> counts;

    Memo(Source source, Supplier<TextMemo.Counts> counts) {
      this.label = source.wireName();
      this.counts = counts;
    }
  }

  /** Registers the counters in the JVM's registry; later calls find them there. */
  public static void register() {
    for (Memo memo : Memo.values()) {
      counter(memo, "hit", m -> m.counts.get().hits());
      counter(memo, "miss", m -> m.counts.get().misses());
    }
  }

  private static void counter(Memo memo, String outcome, ToDoubleFunction<Memo> count) {
    FunctionCounter.builder(MonitorMetrics.TEXT_MEMO_LOOKUPS, memo, count)
        .description("Texts whose analysis the detectors' memo answered (hit) or computed (miss)")
        .tags("source", memo.label, "outcome", outcome)
        .register(MonitorMetrics.registry());
  }
}
