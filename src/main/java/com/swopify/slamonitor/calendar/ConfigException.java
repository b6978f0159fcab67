package com.swopify.slamonitor.calendar;

/**
 * An invalid markets file or setting. The message names the place at fault, e.g.
 * {@code markets.SK.businessHours.MONDAY[0]: 17:00-09:00 ends before it starts}.
 */
public final class ConfigException extends RuntimeException {
  public ConfigException(String message) {
    super(message);
  }
}
