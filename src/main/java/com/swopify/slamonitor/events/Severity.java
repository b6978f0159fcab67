package com.swopify.slamonitor.events;

public enum Severity {
  STANDARD,
  SERIOUS
}
