package com.swopify.slamonitor.job;

import java.io.DataInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.flink.core.fs.FileStatus;
import org.apache.flink.core.fs.FileSystem;
import org.apache.flink.core.fs.Path;
import org.apache.flink.runtime.checkpoint.Checkpoints;

/**
 * The checkpoints and savepoints a job left in its own folder, {@code <checkpoint-dir>/<job name>}:
 * Flink writes each run's checkpoints to {@code <jobId>/chk-N} there (a new random job id per run)
 * and {@code run}'s savepoints to {@code savepoints/savepoint-...}. A snapshot counts only when its
 * {@code _metadata} reads back whole: a process killed while writing one leaves a folder without
 * it, or with a truncated one, and must not be resumed from.
 */
public final class RetainedSnapshots {
  /** Savepoints taken by {@code run} when it is stopped, beside the runs' checkpoint folders. */
  public static final String SAVEPOINTS = "savepoints";

  private static final String METADATA = "_metadata";
  private static final Pattern JOB_ID = Pattern.compile("[0-9a-f]{32}");
  private static final Pattern CHECKPOINT = Pattern.compile("chk-[0-9]+");
  private static final Pattern SAVEPOINT = Pattern.compile("savepoint-.+");

  /** One retained checkpoint or savepoint: its folder and when its metadata was written. */
  public record Snapshot(String path, Instant writtenAt, boolean savepoint) {
    public String kind() {
      return savepoint ? "savepoint" : "checkpoint";
    }
  }

  /**
   * What the folder holds: the snapshots that read back whole, newest first, and how many don't.
   */
  public record Found(List<Snapshot> complete, int incomplete) {
    public Optional<Snapshot> newest() {
      return complete.isEmpty() ? Optional.empty() : Optional.of(complete.get(0));
    }
  }

  private RetainedSnapshots() {}

  public static Found in(String jobDir) throws IOException {
    Path dir = new Path(jobDir);
    FileSystem fs = dir.getFileSystem();
    List<Snapshot> complete = new ArrayList<>();
    int incomplete = 0;
    for (FileStatus child : list(fs, dir)) {
      String name = child.getPath().getName();
      boolean savepoints = name.equals(SAVEPOINTS);
      if (!child.isDir() || !(savepoints || JOB_ID.matcher(name).matches())) {
        continue;
      }
      Pattern snapshotName = savepoints ? SAVEPOINT : CHECKPOINT;
      for (FileStatus candidate : list(fs, child.getPath())) {
        if (candidate.isDir() && snapshotName.matcher(candidate.getPath().getName()).matches()) {
          Optional<Snapshot> snapshot = readable(fs, candidate.getPath(), savepoints);
          if (snapshot.isPresent()) {
            complete.add(snapshot.get());
          } else {
            incomplete++;
          }
        }
      }
    }
    complete.sort(Comparator.comparing(Snapshot::writtenAt).reversed());
    return new Found(List.copyOf(complete), incomplete);
  }

  /**
   * Deletes the complete snapshots beyond the newest {@code keep} (never {@code kept}), and the
   * checkpoint folders of earlier runs left empty: Flink bounds the checkpoints of the running job
   * only, so without this every restart would leave its predecessor's behind for good.
   */
  public static void prune(String jobDir, Found found, int keep, Snapshot kept) throws IOException {
    Path dir = new Path(jobDir);
    FileSystem fs = dir.getFileSystem();
    for (int i = keep; i < found.complete().size(); i++) {
      Snapshot old = found.complete().get(i);
      if (!old.equals(kept)) {
        fs.delete(new Path(old.path()), true);
      }
    }
    for (FileStatus child : list(fs, dir)) {
      if (child.isDir()
          && JOB_ID.matcher(child.getPath().getName()).matches()
          && holdsNoFiles(fs, child.getPath())) {
        fs.delete(child.getPath(), true);
      }
    }
  }

  private static Optional<Snapshot> readable(FileSystem fs, Path folder, boolean savepoint) {
    Path metadata = new Path(folder, METADATA);
    try {
      if (!fs.exists(metadata)) {
        return Optional.empty();
      }
      long writtenAt = fs.getFileStatus(metadata).getModificationTime();
      try (DataInputStream in = new DataInputStream(fs.open(metadata))) {
        Checkpoints.loadCheckpointMetadata(
            in, RetainedSnapshots.class.getClassLoader(), folder.toString());
      }
      return Optional.of(
          new Snapshot(folder.toString(), Instant.ofEpochMilli(writtenAt), savepoint));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static boolean holdsNoFiles(FileSystem fs, Path dir) throws IOException {
    for (FileStatus child : list(fs, dir)) {
      if (!child.isDir() || !holdsNoFiles(fs, child.getPath())) {
        return false;
      }
    }
    return true;
  }

  private static FileStatus[] list(FileSystem fs, Path dir) throws IOException {
    if (!fs.exists(dir)) {
      return new FileStatus[0];
    }
    FileStatus[] children = fs.listStatus(dir);
    return children == null ? new FileStatus[0] : children;
  }
}
