package com.swopify.slamonitor.bench;

import com.swopify.slamonitor.demo.GeneratedMarketplace;
import com.swopify.slamonitor.demo.GeneratorSettings;
import com.swopify.slamonitor.demo.HelpdeskStream;
import com.swopify.slamonitor.demo.MarketplaceGenerator;
import com.swopify.slamonitor.events.Source;
import com.swopify.slamonitor.flink.RawRecord;
import java.time.Instant;
import java.util.List;

/**
 * The bench's input: exactly the requested number of records of the demo's synthetic marketplace,
 * as raw NDJSON lines held in memory, interleaved across the four streams in roughly the order the
 * Helpdesk would deliver them.
 *
 * @param records the input, in delivery order
 * @param settings what the generator was asked for
 * @param asOf the replay's "now": the end of the generated period, after every event
 */
public record Workload(RawRecord[] records, GeneratorSettings settings, Instant asOf) {
  /** The most records a bench takes: the generator's thread limit allows about six million. */
  public static final int MAX_EVENTS = 5_000_000;

  /** The demo's density: a hundred threads per seller over its six weeks. */
  private static final int THREADS_PER_SELLER = 100;

  /** What a thread yields, a little low, so that the first generation is usually enough. */
  private static final double RECORDS_PER_THREAD_GUESS = 2.9;

  public static Workload generate(int events) {
    if (events < 1 || events > MAX_EVENTS) {
      throw new IllegalArgumentException(
          "events must be between 1 and " + MAX_EVENTS + ", got " + events);
    }
    int threads = (int) Math.ceil(events / RECORDS_PER_THREAD_GUESS);
    while (true) {
      GeneratorSettings settings =
          GeneratorSettings.defaults()
              .withThreads(Math.min(threads, GeneratorSettings.MAX_THREADS))
              .withSellers(
                  Math.max(GeneratorSettings.DEFAULT_SELLERS, threads / THREADS_PER_SELLER));
      GeneratedMarketplace marketplace = MarketplaceGenerator.generate(settings);
      int total = marketplace.totalLines();
      if (total >= events) {
        return new Workload(interleave(marketplace, events), settings, settings.end());
      }
      if (threads >= GeneratorSettings.MAX_THREADS) {
        throw new IllegalArgumentException("the generator cannot produce " + events + " records");
      }
      // Too few: ask again for enough threads at the yield just seen, with a margin.
      threads = (int) Math.ceil(threads * (double) events / total * 1.02);
    }
  }

  /**
   * The first {@code count} records of the four streams merged by their relative position in their
   * own file. Each file spans the same period in roughly chronological order, so this approximates
   * delivery order, and a prefix is the traffic up to some point in time.
   */
  private static RawRecord[] interleave(GeneratedMarketplace marketplace, int count) {
    HelpdeskStream[] streams = HelpdeskStream.values();
    int[] next = new int[streams.length];
    RawRecord[] records = new RawRecord[count];
    for (int filled = 0; filled < count; filled++) {
      int pick = -1;
      double pickPosition = Double.MAX_VALUE;
      for (int s = 0; s < streams.length; s++) {
        List<String> lines = marketplace.lines(streams[s]);
        if (next[s] < lines.size()) {
          double position = (next[s] + 0.5) / lines.size();
          if (position < pickPosition) {
            pick = s;
            pickPosition = position;
          }
        }
      }
      String line = marketplace.lines(streams[pick]).get(next[pick]++);
      records[filled] = RawRecord.ofLine(Source.valueOf(streams[pick].name()), line);
    }
    return records;
  }

  public int size() {
    return records.length;
  }
}
