package com.swopify.slamonitor.demo;

import java.time.Duration;
import java.util.SplittableRandom;

/**
 * The few kinds of random draw the generator needs, named so the call sites read as intent.
 * Logarithms and exponentials use {@link StrictMath}: {@link Math}'s may differ in the last bit
 * between platforms, and the output must be byte-identical everywhere for a seed.
 */
final class RandomDraws {
  private RandomDraws() {}

  static boolean chance(SplittableRandom rng, double probability) {
    return rng.nextDouble() < probability;
  }

  /** An integer in [min, max], both included. */
  static int between(SplittableRandom rng, int min, int max) {
    return min + rng.nextInt(max - min + 1);
  }

  /** A duration in [min, max), uniform: for ranges a person would state, like "4 to 20 hours". */
  static Duration uniform(SplittableRandom rng, Duration min, Duration max) {
    return Duration.ofSeconds(rng.nextLong(min.getSeconds(), max.getSeconds()));
  }

  /**
   * A duration in [min, max), log-uniform: waits between people spread over orders of magnitude
   * (minutes to days), and short ones are as common per decade as long ones.
   */
  static Duration logUniform(SplittableRandom rng, Duration min, Duration max) {
    double low = StrictMath.log(min.getSeconds());
    double high = StrictMath.log(max.getSeconds());
    long seconds = (long) StrictMath.exp(low + rng.nextDouble() * (high - low));
    return Duration.ofSeconds(Math.max(min.getSeconds(), Math.min(seconds, max.getSeconds() - 1)));
  }

  static Duration businessHours(SplittableRandom rng, int min, int max) {
    return uniform(rng, Duration.ofHours(min), Duration.ofHours(max));
  }

  /**
   * A log-normal factor with median 1: a few large values and a long tail of small ones, as the
   * sizes of sellers are. Box-Muller, so that only strict math is involved.
   */
  static double logNormal(SplittableRandom rng, double sigma) {
    double u = 1.0 - rng.nextDouble(); // in (0, 1], so the logarithm is finite
    double angle = 2.0 * StrictMath.PI * rng.nextDouble();
    double gaussian = StrictMath.sqrt(-2.0 * StrictMath.log(u)) * StrictMath.cos(angle);
    return StrictMath.exp(sigma * gaussian);
  }
}
