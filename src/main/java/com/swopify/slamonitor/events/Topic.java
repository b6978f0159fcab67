package com.swopify.slamonitor.events;

/** The topic of a buyer message, as the Helpdesk classifies it (contract section 2). */
public enum Topic {
  GENERAL,
  ORDER,
  DELIVERY,
  RETURN,
  COMPLAINT,
  QUALITY_DISPUTE,
  DESCRIPTION_MISMATCH,
  LOCKED_DEVICE,
  COUNTERFEIT,
  DANGEROUS_PRODUCT
}
