package com.swopify.slamonitor.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tables and their columns, read from the bundled {@code outputs.sql} for the command line's
 * help: what {@code DESCRIBE} would say, without starting Flink's planner to say it.
 */
public final class TableGuide {
  private static final Pattern TABLE = Pattern.compile("^CREATE TABLE contract\\.(\\w+) \\($");
  private static final Pattern COLUMN =
      Pattern.compile("^\\s+`?(\\w+)`? (.+?),?\\s*(?:--\\s*(.*))?$");
  private static final Pattern WATERMARK = Pattern.compile("^\\s+WATERMARK FOR `?(\\w+)`? AS .*$");

  private TableGuide() {}

  /** One line per table and per column: name, type, and what the definition's comment says. */
  public static List<String> lines() {
    List<String> lines = new ArrayList<>();
    String table = null;
    for (String line : OutputTables.bundled(OutputTables.OUTPUTS).split("\\R")) {
      Matcher start = TABLE.matcher(line);
      if (start.matches()) {
        table = start.group(1);
        lines.add(table);
        continue;
      }
      if (table == null) {
        continue;
      }
      if (line.startsWith(")")) {
        table = null;
        continue;
      }
      Matcher watermark = WATERMARK.matcher(line);
      if (watermark.matches()) {
        lines.set(lines.lastIndexOf(table), table + " (event time: " + watermark.group(1) + ")");
        continue;
      }
      Matcher column = COLUMN.matcher(line);
      if (column.matches()) {
        String type =
            column.group(2).startsWith("AS ") ? "computed " + column.group(2) : column.group(2);
        String comment = column.group(3) == null ? "" : "  " + column.group(3);
        lines.add(String.format("  %-17s %s%s", column.group(1), type, comment).stripTrailing());
      }
    }
    return lines;
  }
}
