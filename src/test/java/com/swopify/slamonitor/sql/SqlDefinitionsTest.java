package com.swopify.slamonitor.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.swopify.slamonitor.kafka.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The table definitions: one text in sql/ and in the jar, split and filled in correctly. */
class SqlDefinitionsTest {
  static final List<String> TABLES =
      List.of(
          "alerts",
          "breaches",
          "takeovers",
          "breach_counts",
          "dead_letters",
          "finding_reviews",
          "seller_scores");

  @Test
  void theJarCarriesTheSqlFolderVerbatim() throws Exception {
    for (String resource :
        List.of(OutputTables.OUTPUTS, OutputTables.FILES, OutputTables.KAFKA, OutputTables.VIEWS)) {
      assertThat(OutputTables.bundled(resource))
          .as(resource)
          .isEqualTo(Files.readString(Path.of(resource), StandardCharsets.UTF_8));
    }
  }

  @Test
  void everyOutputHasADefinitionAndATableInBothFlavours() {
    List<String> files = OutputTables.overFiles(Path.of("demo-out"));
    List<String> kafka = OutputTables.overKafka("localhost:9092", Topics.defaults(), false);
    for (String table : TABLES) {
      assertThat(files)
          .anySatisfy(s -> assertThat(s).startsWith("CREATE TABLE contract." + table + " ("));
      for (List<String> flavour : List.of(files, kafka)) {
        assertThat(flavour)
            .anySatisfy(
                s -> assertThat(s).containsPattern("^CREATE (TABLE|VIEW) " + table + " (WITH|AS)"));
      }
    }
    assertThat(kafka).noneSatisfy(s -> assertThat(s).contains("${"));
    assertThat(files).noneSatisfy(s -> assertThat(s).contains("${"));
  }

  @Test
  void kafkaTablesReadTheGivenTopicsBoundedUnlessFollowed() {
    Topics topics = Topics.defaults().withPrefix("t.");
    String bounded = String.join("\n", OutputTables.overKafka("b:1", topics, false));
    assertThat(bounded)
        .contains(
            "'topic' = 't.sla.alerts'",
            "'topic' = 't.sla.breach-counts'",
            "'properties.bootstrap.servers' = 'b:1'",
            "'scan.bounded.mode' = 'latest-offset'")
        .doesNotContain("'scan.bounded.mode' = 'unbounded'");
    assertThat(String.join("\n", OutputTables.overKafka("b:1", topics, true)))
        .contains("'scan.bounded.mode' = 'unbounded'")
        .doesNotContain("latest-offset");
  }

  @Test
  void scriptsSplitAtSemicolonsOutsideQuotesAndComments() {
    assertThat(
            SqlScript.statements(
                """
        -- a comment; with a semicolon
        SELECT 'a;b' AS `x;y` FROM t; /* c; */ SELECT 2 ;
        ;
        """))
        .containsExactly("SELECT 'a;b' AS `x;y` FROM t", "SELECT 2");
    assertThat(SqlScript.statements("SELECT 'it''s; fine'"))
        .containsExactly("SELECT 'it''s; fine'");
    assertThat(SqlScript.statements("  -- nothing\n")).isEmpty();
  }

  @Test
  void placeholdersAreFilledAsStringLiteralsAndNoneIsLeftOpen() {
    assertThat(SqlScript.fill("'path' = '${out}/a.jsonl'", Map.of("out", "/tmp/o'neil")))
        .isEqualTo("'path' = '/tmp/o''neil/a.jsonl'");
    assertThatThrownBy(() -> SqlScript.fill("'${nope}'", Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("${nope}");
  }

  @Test
  void theHelpListsEveryTableWithItsColumns() {
    List<String> guide = TableGuide.lines();
    assertThat(guide)
        .contains(
            "alerts (event time: at)",
            "breaches (event time: occurredAt)",
            "takeovers (event time: requestedAt)",
            "breach_counts (event time: dayStart)",
            "dead_letters",
            "finding_reviews (event time: at)",
            "seller_scores (event time: dayStart)");
    assertThat(guide)
        .anySatisfy(
            line ->
                assertThat(line)
                    .matches("  receivedAt +TIMESTAMP_LTZ\\(3\\) NOT NULL +that message's sentAt"));
    assertThat(guide)
        .anySatisfy(line -> assertThat(line).startsWith("  day ").contains("DATE NOT NULL"));
    assertThat(guide)
        .anySatisfy(line -> assertThat(line).startsWith("  details ").contains("STRING"));
  }
}
