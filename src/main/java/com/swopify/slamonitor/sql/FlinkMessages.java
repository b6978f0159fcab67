package com.swopify.slamonitor.sql;

/** Flink's own words about a refused statement, fit for one line of a terminal. */
final class FlinkMessages {
  private FlinkMessages() {}

  /**
   * The planner wraps the reason (Calcite's "Column 'x' not found in any table", the parser's
   * "Encountered ..." with its line and column) in a general message; both are kept, joined, and
   * the parser's long list of what it expected instead is left out.
   */
  static String oneLine(Throwable e) {
    String outer = text(e);
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String inner = root == e ? "" : text(root);
    String message =
        inner.isEmpty() || outer.contains(inner)
            ? outer
            : outer.isEmpty() ? inner : outer + ": " + inner;
    message = message.replaceAll("\\s+", " ").strip();
    int expecting = message.indexOf(" Was expecting");
    return expecting > 0 ? message.substring(0, expecting) : message;
  }

  private static String text(Throwable t) {
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().strip();
  }
}
