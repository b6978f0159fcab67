package com.swopify.slamonitor.demo;

import static com.swopify.slamonitor.demo.RandomDraws.chance;

import com.swopify.slamonitor.events.CaseType;
import com.swopify.slamonitor.events.Topic;
import java.util.SplittableRandom;

/**
 * What threads are about, and which of them turn into cases. Mostly ordinary questions; about 2%
 * quality or description disputes and about 0.5% serious matters (locked devices, counterfeits,
 * dangerous products). Disputes and serious matters often get a case; ordinary threads rarely do,
 * which gives cases on roughly 2% of threads.
 */
final class TopicMix {
  private static final WeightedChoice<Topic> MIX =
      WeightedChoice.<Topic>builder()
          .add(Topic.GENERAL, 35)
          .add(Topic.ORDER, 27)
          .add(Topic.DELIVERY, 23)
          .add(Topic.RETURN, 7)
          .add(Topic.COMPLAINT, 5.5)
          .add(Topic.QUALITY_DISPUTE, 1.1)
          .add(Topic.DESCRIPTION_MISMATCH, 0.9)
          .add(Topic.LOCKED_DEVICE, 0.2)
          .add(Topic.COUNTERFEIT, 0.15)
          .add(Topic.DANGEROUS_PRODUCT, 0.15)
          .build();

  private static final double CASE_ON_DISPUTE = 0.5;
  private static final double CASE_ON_REFUSAL = 0.05;
  private static final double CASE_OUT_OF_THE_BLUE = 0.004;

  private TopicMix() {}

  static Topic pick(SplittableRandom rng) {
    return MIX.pick(rng);
  }

  /** The case a thread on this topic gets, or null when it gets none. */
  static CaseType caseFor(Topic topic, SplittableRandom rng) {
    return switch (topic) {
      case QUALITY_DISPUTE -> caseWith(rng, CASE_ON_DISPUTE, CaseType.QUALITY_DISPUTE);
      case DESCRIPTION_MISMATCH -> caseWith(rng, CASE_ON_DISPUTE, CaseType.DESCRIPTION_MISMATCH);
      case LOCKED_DEVICE -> caseWith(rng, CASE_ON_DISPUTE, CaseType.LOCKED_DEVICE);
      case COUNTERFEIT -> caseWith(rng, CASE_ON_DISPUTE, CaseType.COUNTERFEIT);
      case DANGEROUS_PRODUCT -> caseWith(rng, CASE_ON_DISPUTE, CaseType.DANGEROUS_PRODUCT);
      case RETURN -> caseWith(rng, CASE_ON_REFUSAL, CaseType.RETURN_REFUSED);
      case COMPLAINT -> caseWith(rng, CASE_ON_REFUSAL, CaseType.COMPLAINT_REFUSED);
      // Cases also come from outside the thread's words (a call, a report): any type.
      case GENERAL, ORDER, DELIVERY ->
          chance(rng, CASE_OUT_OF_THE_BLUE)
              ? CaseType.values()[rng.nextInt(CaseType.values().length)]
              : null;
    };
  }

  private static CaseType caseWith(SplittableRandom rng, double probability, CaseType type) {
    return chance(rng, probability) ? type : null;
  }
}
