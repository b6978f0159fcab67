package com.swopify.slamonitor.sla;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * Recorded decisions of the reply rules on seeded scenarios without marks ({@link ThreadScenario}):
 * marks must change nothing for a thread that has none, so the rules must decide these byte for
 * byte the same. The file holds one SHA-256 per scenario and way of advancing, of all the lines
 * decided ({@link RuleRun}): the decisions in full would be megabytes. {@link #main} recorded it
 * with rules that knew no marks; a scenario that differs is named by its seed, to rerun and
 * compare.
 */
final class NoMarksGolden {
  static final String RESOURCE = "/sla/no-marks-golden.txt";
  static final int SCENARIOS = 1000;

  private NoMarksGolden() {}

  /** Per scenario and way of advancing: "seed stepwise|at-once sha256". */
  static List<String> record(ReplySla rules) {
    List<String> lines = new ArrayList<>();
    for (int seed = 0; seed < SCENARIOS; seed++) {
      var events = ThreadScenario.threads(new Random(seed), 4);
      lines.add(
          seed + " stepwise " + sha256(RuleRun.lines(rules, events, ThreadScenario.end(), true)));
      lines.add(
          seed + " at-once " + sha256(RuleRun.lines(rules, events, ThreadScenario.end(), false)));
    }
    return lines;
  }

  static String sha256(List<String> lines) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String line : lines) {
        digest.update(line.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public static void main(String[] args) throws IOException {
    Files.write(Path.of(args[0]), record(ThreadScenario.rules()));
  }
}
