package com.swopify.slamonitor.job;

import java.io.IOException;
import java.io.PrintWriter;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.StateRecoveryOptions;
import org.apache.flink.core.execution.RecoveryClaimMode;
import org.apache.flink.core.fs.Path;

/**
 * Which state a live {@code run} starts from: the given savepoint, else the newest complete
 * checkpoint or savepoint the job left in its folder, else none. Starting empty beside retained
 * state would forget every open wait and count, so it takes {@code --fresh}.
 */
public final class ResumePoint {
  private ResumePoint() {}

  /** No state to resume from where the user said there would be, or only unusable state. */
  public static final class Unusable extends RuntimeException {
    Unusable(String message) {
      super(message);
    }
  }

  /**
   * The snapshot to restore, or null to start without state; says which on {@code out}.
   *
   * @throws Unusable when the given savepoint is missing or only incomplete checkpoints are left
   */
  public static String choose(JobSettings job, String fromSavepoint, boolean fresh, PrintWriter out)
      throws IOException {
    if (fromSavepoint != null) {
      Path given = new Path(fromSavepoint);
      if (!given.getFileSystem().exists(new Path(given, "_metadata"))) {
        throw new Unusable(
            "--from-savepoint: no savepoint or checkpoint at "
                + fromSavepoint
                + " (a folder with a _metadata file)");
      }
      say(out, "run: restoring from " + fromSavepoint);
      return fromSavepoint;
    }
    String stateDir = KafkaJob.stateDir(job, false);
    RetainedSnapshots.Found found = RetainedSnapshots.in(stateDir);
    if (fresh) {
      say(
          out,
          found.complete().isEmpty() && found.incomplete() == 0
              ? "run: starting without state (--fresh)"
              : "run: starting without state (--fresh); the retained state under "
                  + stateDir
                  + " is not used");
      return null;
    }
    if (found.newest().isEmpty()) {
      if (found.incomplete() > 0) {
        throw new Unusable(
            stateDir
                + " holds "
                + found.incomplete()
                + " checkpoint(s), none"
                + " complete: pass --from-savepoint PATH, or --fresh to start without state");
      }
      say(out, "run: no retained checkpoint under " + stateDir + ", starting without state");
      return null;
    }
    RetainedSnapshots.Snapshot newest = found.newest().get();
    RetainedSnapshots.prune(stateDir, found, KafkaJob.RETAINED_CHECKPOINTS, newest);
    say(
        out,
        "run: resuming from the "
            + newest.kind()
            + " "
            + newest.path()
            + " (written "
            + newest.writtenAt()
            + ")");
    return newest.path();
  }

  /**
   * Flink settings that restore {@code path}. The job's own snapshots are claimed: Flink deletes
   * them once newer checkpoints replace them, so their number stays bounded. A snapshot given by
   * hand is left as it is (it may be an upgrade's savepoint someone wants to keep).
   */
  public static Configuration restoreFrom(String path, boolean own) {
    Configuration conf = new Configuration();
    conf.set(StateRecoveryOptions.SAVEPOINT_PATH, path);
    conf.set(
        StateRecoveryOptions.RESTORE_MODE,
        own ? RecoveryClaimMode.CLAIM : RecoveryClaimMode.NO_CLAIM);
    return conf;
  }

  private static void say(PrintWriter out, String line) {
    out.println(line);
    out.flush();
  }
}
