package com.swopify.slamonitor.sql;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.flink.types.Row;

/**
 * How answers are printed: a table for people, CSV (RFC 4180, header line) and JSON (one object per
 * line) for tools. Instants print as the contract writes them (ISO-8601, UTC, {@code Z}). When
 * following a query, every row is a change: a first column {@code op} says which ({@code +I}
 * insert, {@code -U}/{@code +U} the old and new row of an update, {@code -D} delete).
 */
public enum ResultFormat {
  TABLE,
  CSV,
  JSON;

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String NULL_IN_TABLE = "NULL";

  /** A whole answer. */
  public void write(QueryResult result, PrintWriter out) {
    switch (this) {
      case TABLE -> table(result, out);
      case CSV -> {
        out.println(csvLine(result.columns()));
        result.rows().forEach(row -> out.println(csvLine(texts(row))));
      }
      case JSON -> result.rows().forEach(row -> out.println(json(result.columns(), row, false)));
    }
    out.flush();
  }

  /** The header of a followed answer, before its first change. */
  public void writeHeader(List<String> columns, PrintWriter out) {
    List<String> withOp = new ArrayList<>(List.of("op"));
    withOp.addAll(columns);
    switch (this) {
      case TABLE -> out.println("| " + String.join(" | ", withOp) + " |");
      case CSV -> out.println(csvLine(withOp));
      case JSON -> {}
    }
    out.flush();
  }

  /** One change of a followed answer. */
  public void writeChange(List<String> columns, Row row, PrintWriter out) {
    List<String> values = new ArrayList<>(List.of(row.getKind().shortString()));
    values.addAll(texts(row));
    switch (this) {
      case TABLE ->
          out.println(
              "| "
                  + String.join(
                      " | ", values.stream().map(v -> v == null ? NULL_IN_TABLE : v).toList())
                  + " |");
      case CSV -> out.println(csvLine(values));
      case JSON -> out.println(json(columns, row, true));
    }
    out.flush();
  }

  private static void table(QueryResult result, PrintWriter out) {
    List<String> columns = result.columns();
    int[] widths = columns.stream().mapToInt(String::length).toArray();
    List<List<String>> cells = new ArrayList<>();
    for (Row row : result.rows()) {
      List<String> line = texts(row).stream().map(v -> v == null ? NULL_IN_TABLE : v).toList();
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], line.get(i).length());
      }
      cells.add(line);
    }
    String rule = rule(widths);
    out.println(rule);
    out.println(line(columns, widths, null));
    out.println(rule);
    for (int r = 0; r < cells.size(); r++) {
      out.println(line(cells.get(r), widths, result.rows().get(r)));
    }
    out.println(rule);
    out.println(cells.size() == 1 ? "1 row" : cells.size() + " rows");
  }

  private static String rule(int[] widths) {
    StringBuilder rule = new StringBuilder("+");
    for (int width : widths) {
      rule.append("-".repeat(width + 2)).append('+');
    }
    return rule.toString();
  }

  /** Numbers to the right, everything else to the left. */
  private static String line(List<String> values, int[] widths, Row row) {
    StringBuilder line = new StringBuilder("|");
    for (int i = 0; i < widths.length; i++) {
      String value = values.get(i);
      String pad = " ".repeat(widths[i] - value.length());
      boolean right = row != null && row.getField(i) instanceof Number;
      line.append(' ').append(right ? pad + value : value + pad).append(" |");
    }
    return line.toString();
  }

  private static String csvLine(List<String> values) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      String value = values.get(i);
      if (i > 0) {
        line.append(',');
      }
      if (value == null) {
        continue;
      }
      boolean quote =
          value.isEmpty()
              || value.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
      line.append(quote ? '"' + value.replace("\"", "\"\"") + '"' : value);
    }
    return line.toString();
  }

  private static String json(List<String> columns, Row row, boolean withOp) {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
      json.setCodec(MAPPER);
      json.writeStartObject();
      if (withOp) {
        json.writeStringField("op", row.getKind().shortString());
      }
      for (int i = 0; i < columns.size(); i++) {
        json.writeFieldName(columns.get(i));
        Object value = row.getField(i);
        if (value == null) {
          json.writeNull();
        } else if (value instanceof BigDecimal d) {
          json.writeNumber(d);
        } else if (value instanceof Number
            || value instanceof Boolean
            || value instanceof Map<?, ?>) {
          json.writeObject(value);
        } else {
          json.writeString(text(value));
        }
      }
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  /** The row's values as text, {@code null} for SQL NULL. */
  public static List<String> texts(Row row) {
    List<String> values = new ArrayList<>(row.getArity());
    for (int i = 0; i < row.getArity(); i++) {
      values.add(text(row.getField(i)));
    }
    return values;
  }

  /** A value as text: instants (TIMESTAMP_LTZ) as ISO-8601 UTC, arrays as [a, b]. */
  public static String text(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (value instanceof Object[] array) {
      return Arrays.deepToString(array);
    }
    return value.toString();
  }
}
