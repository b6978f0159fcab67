package com.swopify.slamonitor.job;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.core.execution.SavepointFormatType;

/**
 * A live job until Ctrl-C or SIGTERM, then stop-with-savepoint: sources stop, the last transactions
 * commit, and the savepoint is where the next {@code run} resumes. Without draining (no end-of-time
 * watermark): deadlines still ahead must fire after the restart, not at the stop. If no savepoint
 * completes in {@link #LIMIT}, the job is cancelled; its retained checkpoints stay.
 */
public final class StopWithSavepoint {
  public static final Duration LIMIT = Duration.ofMinutes(2);

  private StopWithSavepoint() {}

  /** Exit code: 0 after a savepoint or when the job ends by itself, 1 without a savepoint. */
  public static int runUntilStopped(
      JobClient client, StopSignals signals, String savepointDir, RunStatus status, PrintWriter out)
      throws Exception {
    CompletableFuture<JobExecutionResult> result = client.getJobExecutionResult();
    while (!signals.await(Duration.ofSeconds(1))) {
      if (result.isDone()) {
        result.get();
        return 0;
      }
      status.maybePrint();
    }
    say(
        out,
        "run: stopping with a savepoint (at most "
            + LIMIT.toSeconds()
            + " s; Ctrl-C again"
            + " stops at once, the next run then resumes from the last checkpoint)");
    long deadline = System.nanoTime() + LIMIT.toNanos();
    while (true) {
      long left = deadline - System.nanoTime();
      if (left <= 0 || result.isDone()) {
        break;
      }
      try {
        String path =
            client
                .stopWithSavepoint(false, savepointDir, SavepointFormatType.CANONICAL)
                .get(left, TimeUnit.NANOSECONDS);
        result.get(LIMIT.toSeconds(), TimeUnit.SECONDS);
        say(out, "run: stopped; savepoint at " + path + " (the next run resumes from it)");
        return 0;
      } catch (ExecutionException e) {
        // Typically the job is not running yet (still starting its tasks): try again shortly.
        Thread.sleep(500);
      } catch (TimeoutException e) {
        break;
      }
    }
    client.cancel().get(LIMIT.toSeconds(), TimeUnit.SECONDS);
    say(
        out,
        "run: cancelled without a savepoint; the next run resumes from the newest retained"
            + " checkpoint");
    return 1;
  }

  private static void say(PrintWriter out, String line) {
    out.println(line);
    out.flush();
  }
}
