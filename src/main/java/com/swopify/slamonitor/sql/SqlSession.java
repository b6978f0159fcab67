package com.swopify.slamonitor.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.CoreOptions;
import org.apache.flink.table.api.EnvironmentSettings;
import org.apache.flink.table.api.ResultKind;
import org.apache.flink.table.api.TableEnvironment;
import org.apache.flink.table.api.TableResult;
import org.apache.flink.table.api.config.TableConfigOptions;
import org.apache.flink.types.Row;
import org.apache.flink.util.CloseableIterator;

/**
 * Flink SQL on the embedded engine with the monitor's outputs as tables. Batch mode reads bounded
 * tables (files, topics up to their offsets at start) to an answer; streaming mode follows the
 * topics and hands over each change of the answer as it happens. Session time zone: UTC, so
 * instants print as the contract writes them and {@code CAST(ts AS DATE)} is the UTC date.
 */
public final class SqlSession {
  private final TableEnvironment env;

  private SqlSession(TableEnvironment env) {
    this.env = env;
  }

  /** A session over bounded tables; {@code tables}: the statements that create them. */
  public static SqlSession batch(List<String> tables) {
    return create(EnvironmentSettings.newInstance().inBatchMode(), tables);
  }

  /** A session whose queries run until cancelled, for unbounded tables. */
  public static SqlSession streaming(List<String> tables) {
    return create(EnvironmentSettings.newInstance().inStreamingMode(), tables);
  }

  private static SqlSession create(EnvironmentSettings.Builder mode, List<String> tables) {
    Configuration conf = new Configuration();
    conf.set(TableConfigOptions.LOCAL_TIME_ZONE, "UTC");
    // Analysts' tables are small next to the job's input: one task slot's worth of work.
    conf.set(CoreOptions.DEFAULT_PARALLELISM, 1);
    SqlSession session =
        new SqlSession(TableEnvironment.create(mode.withConfiguration(conf).build()));
    for (String statement : tables) {
      session.env.executeSql(statement);
    }
    return session;
  }

  /**
   * Runs every statement of a script; the answer of each query goes to {@code answers}, in order.
   * Statements without an answer (CREATE VIEW, SET) just take effect.
   */
  public void run(String script, Consumer<QueryResult> answers) {
    List<String> statements = SqlScript.statements(script);
    if (statements.isEmpty()) {
      throw new SqlQueryException("no SQL statement given", null);
    }
    for (String statement : statements) {
      TableResult result = execute(statement);
      if (isQuery(result)) {
        answers.accept(collect(result));
      }
    }
  }

  /** The answer to one query. */
  public QueryResult query(String sql) {
    List<QueryResult> answers = new ArrayList<>();
    run(sql, answers::add);
    if (answers.size() != 1) {
      throw new SqlQueryException("expected one query, found " + answers.size(), null);
    }
    return answers.get(0);
  }

  /**
   * Runs the script's statements; its last one must be a query, whose changes (inserts, updates,
   * retractions: the row's kind says which) go to {@code changes} as they come, until the query
   * ends or the thread is interrupted. The column names go to {@code columns} first.
   */
  public void follow(String script, Consumer<List<String>> columns, Consumer<Row> changes)
      throws Exception {
    List<String> statements = SqlScript.statements(script);
    if (statements.isEmpty()) {
      throw new SqlQueryException("no SQL statement given", null);
    }
    for (int i = 0; i < statements.size() - 1; i++) {
      execute(statements.get(i));
    }
    TableResult result = execute(statements.get(statements.size() - 1));
    if (!isQuery(result)) {
      throw new SqlQueryException("--follow: the last statement must be a query", null);
    }
    columns.accept(result.getResolvedSchema().getColumnNames());
    try (CloseableIterator<Row> rows = result.collect()) {
      while (rows.hasNext() && !Thread.currentThread().isInterrupted()) {
        changes.accept(rows.next());
      }
    }
  }

  private TableResult execute(String statement) {
    try {
      return env.executeSql(statement);
    } catch (RuntimeException e) {
      throw new SqlQueryException(FlinkMessages.oneLine(e), e);
    }
  }

  private static boolean isQuery(TableResult result) {
    // Queries, and SHOW / DESCRIBE / EXPLAIN, which answer with rows too.
    return result.getResultKind() == ResultKind.SUCCESS_WITH_CONTENT;
  }

  private static QueryResult collect(TableResult result) {
    List<Row> rows = new ArrayList<>();
    try (CloseableIterator<Row> it = result.collect()) {
      it.forEachRemaining(rows::add);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(FlinkMessages.oneLine(e), e);
    }
    return new QueryResult(result.getResolvedSchema().getColumnNames(), rows);
  }
}
