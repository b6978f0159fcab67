package com.swopify.slamonitor.job;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl-C (SIGINT) and SIGTERM as a request to stop, for the commands that run until stopped
 * (dev-kafka, demo --live): they shut down cleanly and exit 0. A shutdown hook could clean up too,
 * but the JVM would still exit with 130 or 143, and {@code System.exit} from the command would
 * block while the hooks run. A second signal stops the JVM at once, as usual.
 */
public final class StopSignals {
  private static final String[] SIGNALS = {"INT", "TERM"};

  private final CountDownLatch stopped = new CountDownLatch(1);

  private StopSignals() {}

  public static StopSignals install() {
    StopSignals signals = new StopSignals();
    for (String name : SIGNALS) {
      Signal.handle(
          new Signal(name),
          signal -> {
            signals.stopped.countDown();
            restoreDefaults();
          });
    }
    return signals;
  }

  /** Waits for a signal; true when one came, false when {@code limit} passed first. */
  public boolean await(Duration limit) throws InterruptedException {
    return stopped.await(limit.toMillis(), TimeUnit.MILLISECONDS);
  }

  public void await() throws InterruptedException {
    stopped.await();
  }

  private static void restoreDefaults() {
    for (String name : SIGNALS) {
      Signal.handle(new Signal(name), SignalHandler.SIG_DFL);
    }
  }
}
