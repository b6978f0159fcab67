package com.swopify.slamonitor.sla;

import com.swopify.slamonitor.events.SellerReply;
import java.io.Serializable;

/**
 * Decides whether a seller reply is automated, i.e. answers nothing (rule R4). The Helpdesk's
 * {@code automated} flag is always honoured; text-based recognisers (out-of-office phrasing,
 * template repetition) plug in here.
 */
@FunctionalInterface
public interface AutomatedReplyRecognizer extends Serializable {
  /** What recognised the reply as automated (e.g. {@code flag}), or null if it is not. */
  String recognise(SellerReply reply);

  /** Trusts the Helpdesk's flag alone. */
  static AutomatedReplyRecognizer flagOnly() {
    return reply -> reply.automated() ? "flag" : null;
  }
}
