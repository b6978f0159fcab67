package com.swopify.slamonitor.demo.live;

import com.swopify.slamonitor.demo.HelpdeskStream;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the live demo sent and saw, for its closing line. The feed counts from one thread and the
 * watch from another; the maps are filled once and only their counters change.
 */
public final class LiveTally {
  private final Map<HelpdeskStream, AtomicLong> sent = new EnumMap<>(HelpdeskStream.class);
  private final Map<LiveOutput, AtomicLong> seen = new EnumMap<>(LiveOutput.class);

  public LiveTally() {
    LiveTraffic.STREAMS.forEach(stream -> sent.put(stream, new AtomicLong()));
    for (LiveOutput output : LiveOutput.values()) {
      seen.put(output, new AtomicLong());
    }
  }

  public void sent(HelpdeskStream stream) {
    sent.get(stream).incrementAndGet();
  }

  public void seen(LiveOutput output) {
    seen.get(output).incrementAndGet();
  }

  /** One line: how long, what went in, what came out. */
  public String summary(Duration elapsed) {
    long total = sent.values().stream().mapToLong(AtomicLong::get).sum();
    StringJoiner in = new StringJoiner(", ", " (", ")");
    sent.forEach((stream, count) -> in.add(count.get() + " " + stream.name().toLowerCase()));
    StringJoiner out = new StringJoiner(", ");
    seen.forEach((output, count) -> out.add(count.get() + " " + output.plural()));
    return String.format(
        "demo --live: %dm%02ds, %d records sent%s; out: %s",
        elapsed.toMinutes(), elapsed.toSecondsPart(), total, in, out);
  }
}
