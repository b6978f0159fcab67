package com.swopify.slamonitor.job;

import com.swopify.slamonitor.config.ConfigException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ${VAR}} and {@code ${VAR:-default}} in a job file, from the environment: the same file
 * serves every stage, and secrets stay out of it.
 */
final class EnvSubstitution {
  private static final Pattern VARIABLE =
      Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(:-([^}]*))?}");

  private EnvSubstitution() {}

  static String apply(String text, Map<String, String> env, String origin) {
    Matcher m = VARIABLE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = env.get(m.group(1));
      if (value == null) {
        value = m.group(3);
      }
      if (value == null) {
        throw new ConfigException(
            origin
                + ": environment variable "
                + m.group(1)
                + " is not set (write ${"
                + m.group(1)
                + ":-default} for a default)");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }
}
