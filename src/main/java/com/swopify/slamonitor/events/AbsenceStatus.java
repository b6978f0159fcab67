package com.swopify.slamonitor.events;

/** Whether an absence notice version announces or cancels the absence. */
public enum AbsenceStatus {
  ANNOUNCED,
  CANCELLED
}
