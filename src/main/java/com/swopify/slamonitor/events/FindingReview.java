package com.swopify.slamonitor.events;

import com.swopify.slamonitor.events.Finding.FindingType;
import java.time.Instant;

/**
 * A detector's finding too uncertain to act on (its confidence below the detector's review
 * threshold), sent to a person instead of becoming a breach or a takeover request (contract,
 * "FindingReview"). Same input, same id: {@code reviewId} is derived from the finding's type and
 * the message it was found in.
 *
 * @param at the message's sentAt
 * @param evidenceJson the masked evidence, the object a breach's {@code details} (or a takeover's
 *     {@code evidence}) would carry
 */
public record FindingReview(
    String reviewId,
    FindingType finding,
    String threadId,
    String messageId,
    String sellerId,
    String market,
    Instant at,
    double confidence,
    String evidenceJson) {

  /** The review of a finding in one message of a thread. */
  public static FindingReview of(Finding finding, ThreadEvent message) {
    return new FindingReview(
        Ids.of("finding-review", finding.type(), message.threadId(), message.id(), message.at()),
        finding.type(),
        message.threadId(),
        message.id(),
        message.sellerId(),
        message.market(),
        Instant.ofEpochMilli(message.at()),
        finding.confidence(),
        finding.detailsJson());
  }
}
