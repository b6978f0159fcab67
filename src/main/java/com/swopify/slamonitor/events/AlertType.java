package com.swopify.slamonitor.events;

public enum AlertType {
  AT_RISK,
  OVERDUE,
  LATE_REPLY
}
