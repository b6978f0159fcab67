package com.swopify.slamonitor.sql;

/**
 * A statement Flink's planner refused (a syntax error, an unknown column or table, a type that does
 * not fit): the person who wrote it can fix it. The message is Flink's, on one line.
 */
public final class SqlQueryException extends RuntimeException {
  public SqlQueryException(String message, Throwable cause) {
    super(message, cause);
  }
}
