package com.swopify.slamonitor.config;

/**
 * A configuration record's own check failed: {@code path} leads from the record to the value at
 * fault ({@code businessHours.MONDAY[1]}, empty for the record itself). {@link YamlFiles} puts the
 * file and the path to the record in front.
 */
public final class ConfigProblem extends IllegalArgumentException {
  private final String path;

  public ConfigProblem(String path, String problem) {
    super(problem);
    this.path = path;
  }

  public String path() {
    return path;
  }
}
