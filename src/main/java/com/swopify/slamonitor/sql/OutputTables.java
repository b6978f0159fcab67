package com.swopify.slamonitor.sql;

import com.swopify.slamonitor.kafka.Topics;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The statements that create the monitor's outputs as SQL tables, from the definitions bundled with
 * the jar out of the top-level {@code sql/} folder: {@code outputs.sql} (columns, types, event
 * time), one of {@code files.sql} (a replay's output folder) or {@code kafka.sql} (the output
 * topics), whose placeholders are filled in here, and {@code views.sql} over either.
 */
public final class OutputTables {
  public static final String OUTPUTS = "sql/outputs.sql";
  public static final String FILES = "sql/files.sql";
  public static final String KAFKA = "sql/kafka.sql";
  public static final String VIEWS = "sql/views.sql";

  private OutputTables() {}

  /** The tables over the output files of a replay or demo in {@code outDir}. */
  public static List<String> overFiles(Path outDir) {
    // Forward slashes: the filesystem connector reads the path as a URI path on every platform.
    String out = outDir.toAbsolutePath().normalize().toString().replace('\\', '/');
    return statements(FILES, Map.of("out", out));
  }

  /**
   * The tables over the output topics; {@code follow}: unbounded, else up to the offsets that are
   * the latest when the query starts.
   */
  public static List<String> overKafka(String bootstrapServers, Topics topics, boolean follow) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("bootstrap.servers", bootstrapServers);
    values.put("scan.bounded.mode", follow ? "unbounded" : "latest-offset");
    values.put("topics.alerts", topics.alerts());
    values.put("topics.breaches", topics.breaches());
    values.put("topics.takeovers", topics.takeovers());
    values.put("topics.breachCounts", topics.breachCounts());
    values.put("topics.deadLetters", topics.deadLetters());
    values.put("topics.findingReviews", topics.findingReviews());
    values.put("topics.sellerScores", topics.sellerScores());
    return statements(KAFKA, values);
  }

  private static List<String> statements(String flavour, Map<String, String> values) {
    List<String> statements = new ArrayList<>(SqlScript.statements(bundled(OUTPUTS)));
    for (String statement : SqlScript.statements(bundled(flavour))) {
      statements.add(SqlScript.fill(statement, values));
    }
    statements.addAll(SqlScript.statements(bundled(VIEWS)));
    return statements;
  }

  /** The text of a bundled definition file, as in the repository's {@code sql/} folder. */
  public static String bundled(String resource) {
    try (InputStream in = OutputTables.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
