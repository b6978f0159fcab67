package com.swopify.slamonitor.job;

import java.time.Duration;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.core.execution.JobClient;

/** Waiting for a job started with {@code executeAsync} to run. */
public final class RunningJobs {
  private RunningJobs() {}

  /**
   * Returns once the job runs, so that traffic sent afterwards is not a backlog.
   *
   * @throws IllegalStateException if it ends or does not run within {@code limit}
   */
  public static void awaitRunning(JobClient job, Duration limit) throws Exception {
    long deadline = System.nanoTime() + limit.toNanos();
    while (job.getJobStatus().get() != JobStatus.RUNNING) {
      if (job.getJobStatus().get().isTerminalState() || System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "the monitor's job did not start: " + job.getJobStatus().get());
      }
      Thread.sleep(100);
    }
  }
}
