package com.swopify.slamonitor.metrics;

import com.swopify.slamonitor.detect.TextMemo;
import com.swopify.slamonitor.detect.TextMemos;
import io.micrometer.core.instrument.FunctionCounter;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

/**
 * How the policy detectors' memos of text analysis serve their lookups in this JVM
 * ({@code detect.TextMemos}): lookups answered from a memo ({@code result=hit}) and lookups that
 * read the text ({@code miss}), for seller replies and buyer messages. Read from the memos' own
 * counters at each scrape, so the per-record path pays nothing for them. Counts only: the memos
 * hold texts, which never reach a metric.
 */
public final class TextMemoMetrics {
  private TextMemoMetrics() {}

  /**
   * The memos counted, by their {@code memo} label. Micrometer holds a function counter's object
   * only weakly; enum constants stay reachable.
   */
  private enum Memo {
    REPLIES("replies", TextMemos::repliesOfJvm),
    MESSAGES("messages", TextMemos::messagesOfJvm);

    private final String label;
    private final Supplier<TextMemo.Counts> counts;

    Memo(String label, Supplier<TextMemo.Counts> counts) {
      this.label = label;
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

  private static void counter(Memo memo, String result, ToDoubleFunction<Memo> count) {
    FunctionCounter.builder(MonitorMetrics.TEXT_MEMO_LOOKUPS, memo, count)
        .description("Texts whose analysis the detectors' memo answered (hit) or computed (miss)")
        .tags("memo", memo.label, "result", result)
        .register(MonitorMetrics.registry());
  }
}
