package com.swopify.slamonitor.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Warm-up runs of one side of the bench until its throughput is steady: the JIT compiles the hot
 * paths over several runs and G1 sizes its regions, so the first runs are slower and a median over
 * them says more about warm-up than about the job. Steady means two consecutive runs within {@link
 * #TOLERANCE} of each other (relative to the faster one); the runs are bounded, so a machine whose
 * throughput never settles still gets measured, and the curve says so.
 */
public final class WarmUp {
  /** How far apart two consecutive runs may be and still count as steady. */
  public static final double TOLERANCE = 0.05;

  private final int maxRuns;
  private final List<Double> rates = new ArrayList<>();

  /**
   * @param maxRuns at most this many warm-up runs; 0 measures without warming up
   */
  public WarmUp(int maxRuns) {
    if (maxRuns < 0) {
      throw new IllegalArgumentException("warm-ups: must not be negative, was " + maxRuns);
    }
    this.maxRuns = maxRuns;
  }

  /** Whether to run another warm-up: not steady yet and the bound not reached. */
  public boolean wantsAnotherRun() {
    return rates.size() < maxRuns && !isSteady();
  }

  /** Records the throughput of the warm-up run just made. */
  public void record(double eventsPerSecond) {
    if (rates.size() == maxRuns) {
      throw new IllegalStateException("all " + maxRuns + " warm-up runs are made");
    }
    rates.add(eventsPerSecond);
  }

  /** Whether the last two warm-up runs agree within the tolerance. */
  public boolean isSteady() {
    int n = rates.size();
    return n >= 2 && agree(rates.get(n - 2), rates.get(n - 1));
  }

  /** The warm-up runs made. */
  public int runs() {
    return rates.size();
  }

  /** Two rates agree when they differ by at most the tolerance of the larger one. */
  static boolean agree(double a, double b) {
    return Math.abs(a - b) <= TOLERANCE * Math.max(a, b);
  }

  /**
   * One line for the bench's output: the warm-up curve (events/s per run) and whether it settled,
   * e.g. {@code pipeline warm-up: 41210 88301 90114 events/s, steady after 3 runs (last two within
   * 5%)}.
   */
  public String describe(String side) {
    if (rates.isEmpty()) {
      return side + " warm-up: none (--warm-ups 0)";
    }
    String curve =
        rates.stream()
            .map(rate -> String.format(Locale.ROOT, "%.0f", rate))
            .collect(Collectors.joining(" "));
    String verdict;
    if (isSteady()) {
      verdict =
          String.format(
              Locale.ROOT,
              "steady after %d runs (last two within %.0f%%)",
              rates.size(),
              TOLERANCE * 100);
    } else if (rates.size() < 2) {
      verdict = "1 run, too few to tell whether it is steady";
    } else {
      int n = rates.size();
      double apart =
          Math.abs(rates.get(n - 1) - rates.get(n - 2))
              / Math.max(rates.get(n - 1), rates.get(n - 2));
      verdict =
          String.format(
              Locale.ROOT,
              "not steady after %d runs, the bound (last two %.1f%% apart); measured anyway",
              n,
              apart * 100);
    }
    return side + " warm-up: " + curve + " events/s, " + verdict;
  }
}
