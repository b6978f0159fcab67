package com.swopify.slamonitor.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text of SQL statements: split at semicolons outside quotes and comments, comments dropped,
 * {@code ${name}} placeholders filled in. Flink's TableEnvironment runs one statement at a time.
 */
public final class SqlScript {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9.]*)}");

  private SqlScript() {}

  /** The statements of a script, without comments and without the closing semicolons. */
  public static List<String> statements(String script) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int i = 0;
    int n = script.length();
    while (i < n) {
      char c = script.charAt(i);
      if (c == '-' && i + 1 < n && script.charAt(i + 1) == '-') {
        while (i < n && script.charAt(i) != '\n') {
          i++;
        }
      } else if (c == '/' && i + 1 < n && script.charAt(i + 1) == '*') {
        int end = script.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
        current.append(' ');
      } else if (c == '\'' || c == '`' || c == '"') {
        int end = closing(script, i, c);
        current.append(script, i, end);
        i = end;
      } else if (c == ';') {
        add(statements, current);
        i++;
      } else {
        current.append(c);
        i++;
      }
    }
    add(statements, current);
    return statements;
  }

  /**
   * The index just after the quote that closes the one at {@code start} (doubled quotes escape).
   */
  private static int closing(String script, int start, char quote) {
    int i = start + 1;
    while (i < script.length()) {
      if (script.charAt(i) == quote) {
        if (i + 1 < script.length() && script.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return script.length();
  }

  private static void add(List<String> statements, StringBuilder current) {
    String statement = current.toString().strip();
    if (!statement.isEmpty()) {
      statements.add(statement);
    }
    current.setLength(0);
  }

  /**
   * The statement with every {@code ${name}} replaced by its value, quoted for a SQL string literal
   * (the placeholders stand inside quotes). A name without a value is a programming error.
   */
  public static String fill(String statement, Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(statement);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) {
        throw new IllegalArgumentException("no value for ${" + m.group(1) + "} in: " + statement);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value.replace("'", "''")));
    }
    m.appendTail(out);
    return out.toString();
  }
}
