package com.swopify.slamonitor.demo.live;

import java.time.Duration;
import java.time.Instant;

/**
 * Generated time played back faster: the instant {@code generatedStart} happens at {@code
 * liveStart}, and every generated duration passes {@code speedup} times faster.
 */
public record TimeLapse(Instant generatedStart, Instant liveStart, long speedup) {

  public TimeLapse {
    if (speedup < 1) {
      throw new IllegalArgumentException("speedup must be at least 1, was " + speedup);
    }
  }

  /** When a generated instant happens live. */
  public Instant live(Instant generated) {
    return liveStart.plus(Duration.between(generatedStart, generated).dividedBy(speedup));
  }
}
