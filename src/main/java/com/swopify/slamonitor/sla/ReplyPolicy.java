package com.swopify.slamonitor.sla;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A market's reply rules (contract section 3): the SLA ({@code replyWithin}), the at-risk fractions
 * ({@code atRiskAt}) and the takeover delay ({@code takeoverAfter}), all in business time. The
 * rules read the millisecond forms, computed once here.
 */
public final class ReplyPolicy implements Serializable {
  private static final long serialVersionUID = 2L;

  public static final ReplyPolicy DEFAULT =
      new ReplyPolicy(Duration.ofHours(24), List.of(0.75), Duration.ZERO);

  private final Duration replyWithin;
  private final List<Double> atRiskAt;
  private final Duration takeoverAfter;
  private final long replyWithinMillis;
  private final double[] sortedAtRisk;
  private final long takeoverAfterMillis;

  /**
   * @param atRiskAt as written; the rules use them in ascending order
   */
  public ReplyPolicy(Duration replyWithin, List<Double> atRiskAt, Duration takeoverAfter) {
    this.replyWithin = Objects.requireNonNull(replyWithin, "replyWithin");
    this.atRiskAt = List.copyOf(atRiskAt);
    this.takeoverAfter = Objects.requireNonNull(takeoverAfter, "takeoverAfter");
    this.replyWithinMillis = replyWithin.toMillis();
    this.sortedAtRisk = this.atRiskAt.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    this.takeoverAfterMillis = takeoverAfter.toMillis();
  }

  public ReplyPolicy withReplyWithin(Duration replyWithin) {
    return new ReplyPolicy(replyWithin, atRiskAt, takeoverAfter);
  }

  public Duration replyWithin() {
    return replyWithin;
  }

  /** The fractions as written in the markets file. */
  public List<Double> atRiskAt() {
    return atRiskAt;
  }

  public Duration takeoverAfter() {
    return takeoverAfter;
  }

  public long replyWithinMillis() {
    return replyWithinMillis;
  }

  public int atRiskCount() {
    return sortedAtRisk.length;
  }

  /** The {@code index}-th fraction in ascending order. */
  public double atRiskFraction(int index) {
    return sortedAtRisk[index];
  }

  public long takeoverAfterMillis() {
    return takeoverAfterMillis;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReplyPolicy other
        && replyWithin.equals(other.replyWithin)
        && atRiskAt.equals(other.atRiskAt)
        && takeoverAfter.equals(other.takeoverAfter);
  }

  @Override
  public int hashCode() {
    return Objects.hash(replyWithin, atRiskAt, takeoverAfter);
  }

  @Override
  public String toString() {
    return "ReplyPolicy[replyWithin="
        + replyWithin
        + ", atRiskAt="
        + atRiskAt
        + ", takeoverAfter="
        + takeoverAfter
        + "]";
  }
}
