package com.swopify.slamonitor.sla;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A market's reply rules: the SLA, the at-risk fractions and the takeover delay, all in business
 * time (contract section 3).
 */
public final class ReplyPolicy implements Serializable {
  private static final long serialVersionUID = 1L;

  private final long replyWithinMillis;
  private final double[] atRiskAt;
  private final long takeoverAfterMillis;

  public ReplyPolicy(long replyWithinMillis, double[] atRiskAt, long takeoverAfterMillis) {
    this.replyWithinMillis = replyWithinMillis;
    this.atRiskAt = atRiskAt.clone();
    Arrays.sort(this.atRiskAt);
    this.takeoverAfterMillis = takeoverAfterMillis;
  }

  public long replyWithinMillis() {
    return replyWithinMillis;
  }

  public int atRiskCount() {
    return atRiskAt.length;
  }

  public double atRiskFraction(int index) {
    return atRiskAt[index];
  }

  public long takeoverAfterMillis() {
    return takeoverAfterMillis;
  }
}
