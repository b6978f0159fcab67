package com.swopify.slamonitor.demo;

import static com.swopify.slamonitor.demo.RandomDraws.businessHours;
import static com.swopify.slamonitor.demo.RandomDraws.chance;

import java.time.Duration;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * How a seller handles the Helpdesk. Each profile draws the business time its person takes to
 * answer a wait, or nothing when the wait is never answered. The weights are the profile's share of
 * sellers. Beyond the delay: auto-responders also send an automatic reply to every message, sloppy
 * sellers sometimes break the language and channel rules, and absent-prone sellers go silent for
 * stretches (planned by {@link AbsencePlanner}).
 */
enum SellerProfile {
  /** Answers within 1 to 4 business hours. */
  FAST(20) {
    @Override
    Optional<Duration> humanReplyDelay(SplittableRandom rng) {
      return chance(rng, 0.003) ? Optional.empty() : Optional.of(businessHours(rng, 1, 4));
    }
  },
  /** Answers the same or the next business day, well in time. */
  STEADY(30) {
    @Override
    Optional<Duration> humanReplyDelay(SplittableRandom rng) {
      if (chance(rng, 0.01)) {
        return Optional.empty();
      }
      // Even steady sellers slip now and then.
      return Optional.of(
          chance(rng, 0.02) ? businessHours(rng, 24, 36) : businessHours(rng, 4, 20));
    }
  },
  /** Often answers near the deadline (20 to 30 business hours), so often a little late. */
  SLOW(15) {
    @Override
    Optional<Duration> humanReplyDelay(SplittableRandom rng) {
      if (chance(rng, 0.03)) {
        return Optional.empty();
      }
      double r = rng.nextDouble();
      if (r < 0.6) {
        return Optional.of(businessHours(rng, 20, 30));
      }
      return Optional.of(r < 0.75 ? businessHours(rng, 30, 60) : businessHours(rng, 8, 20));
    }
  },
  /** Late as often as not, and leaves one wait in five unanswered. */
  UNRELIABLE(8) {
    @Override
    Optional<Duration> humanReplyDelay(SplittableRandom rng) {
      if (chance(rng, 0.2)) {
        return Optional.empty();
      }
      return Optional.of(chance(rng, 0.5) ? businessHours(rng, 24, 96) : businessHours(rng, 6, 24));
    }
  },
  /** Answers steadily between silent stretches of several business days. */
  ABSENT_PRONE(7) {
    @Override
    Optional<Duration> humanReplyDelay(SplittableRandom rng) {
      return chance(rng, 0.02) ? Optional.empty() : Optional.of(businessHours(rng, 4, 22));
    }
  },
  /** An automation answers within seconds; the person follows later, or not at all. */
  AUTO_RESPONDER(10) {
    @Override
    Optional<Duration> humanReplyDelay(SplittableRandom rng) {
      return chance(rng, 0.35) ? Optional.empty() : Optional.of(businessHours(rng, 3, 30));
    }
  },
  /** In time, but now and then in the wrong language or with a private e-mail or phone. */
  SLOPPY(10) {
    @Override
    Optional<Duration> humanReplyDelay(SplittableRandom rng) {
      return chance(rng, 0.02) ? Optional.empty() : Optional.of(businessHours(rng, 2, 22));
    }
  };

  private final double weight;

  SellerProfile(double weight) {
    this.weight = weight;
  }

  /** Business time from a wait's first message to the person's answer; empty: never answered. */
  abstract Optional<Duration> humanReplyDelay(SplittableRandom rng);

  static WeightedChoice<SellerProfile> mix() {
    WeightedChoice.Builder<SellerProfile> builder = WeightedChoice.builder();
    for (SellerProfile profile : values()) {
      builder.add(profile, profile.weight);
    }
    return builder.build();
  }
}
