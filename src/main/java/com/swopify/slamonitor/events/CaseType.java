package com.swopify.slamonitor.events;

/** The type of a Helpdesk case (contract section 2). */
public enum CaseType {
  QUALITY_DISPUTE,
  DESCRIPTION_MISMATCH,
  RETURN_REFUSED,
  COMPLAINT_REFUSED,
  LOCKED_DEVICE,
  COUNTERFEIT,
  DANGEROUS_PRODUCT
}
