package com.swopify.slamonitor.sql;

import java.util.List;
import org.apache.flink.types.Row;

/** The answer to a query run to its end: the column names and the rows, in the query's order. */
public record QueryResult(List<String> columns, List<Row> rows) {
  public QueryResult {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }
}
