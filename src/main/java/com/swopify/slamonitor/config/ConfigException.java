package com.swopify.slamonitor.config;

/**
 * An invalid configuration file, setting or argument: the command line prints the message as its
 * one line and exits with status 2. The message names the file and the place at fault, e.g. {@code
 * markets.yaml: markets.SK.businessHours.MONDAY[0]: 17:00-09:00 ends before it starts}.
 */
public final class ConfigException extends RuntimeException {
  public ConfigException(String message) {
    super(message);
  }
}
