package com.swopify.slamonitor.detect;

import com.swopify.slamonitor.events.Finding;
import java.util.List;

/**
 * What the detectors found in one seller reply's text, for one market's languages: everything about
 * the reply that follows from the text alone, and so the same for every reply with that text. The
 * Helpdesk's {@code automated} flag, which is not in the text, is applied afterwards.
 *
 * @param autoReplyPhrasing what auto-responder phrasing recognised the text as (e.g. {@code
 *     out-of-office}), or null
 * @param findings auto-responder phrasing, off-platform contact and wrong language, with masked
 *     evidence and confidence, marked for review when below their thresholds
 * @param fingerprint the normalised text's fingerprint for template repetition; 0 for a text
 *     recognised as auto-responder phrasing, which cannot be a template
 */
record ReplyAnalysis(String autoReplyPhrasing, List<Finding> findings, long fingerprint) {
  ReplyAnalysis {
    findings = List.copyOf(findings);
  }

  /** The auto-responder phrasing's finding, or null. */
  Finding automated() {
    for (Finding finding : findings) {
      if (finding.type() == Finding.FindingType.AUTOMATED_REPLY) {
        return finding;
      }
    }
    return null;
  }
}
