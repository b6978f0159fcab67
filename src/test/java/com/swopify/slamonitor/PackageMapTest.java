package com.swopify.slamonitor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The package map of docs/design.md, enforced: each package uses only the packages listed for it
 * (lower layers), so no dependency runs back up and none forms a cycle, and the core that holds the
 * rules is free of Flink.
 */
class PackageMapTest {
  private static final String ROOT = "com.swopify.slamonitor";

  /** docs/design.md, "Package map": what each package may use. Keep the two the same. */
  static final Map<String, Set<String>> MAY_USE =
      Map.ofEntries(
          Map.entry("config", Set.of()),
          Map.entry("calendar", Set.of()),
          Map.entry("events", Set.of("calendar")),
          Map.entry("detect", Set.of("events")),
          Map.entry("scorecard", Set.of("events")),
          Map.entry("absence", Set.of("calendar", "events")),
          Map.entry("sla", Set.of("detect", "events")),
          Map.entry("codec", Set.of("events", "calendar", "scorecard")),
          Map.entry(
              "market", Set.of("config", "calendar", "detect", "scorecard", "absence", "sla")),
          Map.entry("metrics", Set.of("events", "detect", "scorecard", "sla")),
          Map.entry("io", Set.of("events", "codec", "scorecard")),
          Map.entry(
              "flink",
              Set.of(
                  "events",
                  "calendar",
                  "detect",
                  "scorecard",
                  "absence",
                  "sla",
                  "codec",
                  "market",
                  "metrics")),
          Map.entry("kafka", Set.of("events", "config", "scorecard", "codec", "io", "flink")),
          Map.entry(
              "replay",
              Set.of("events", "detect", "scorecard", "codec", "market", "metrics", "io", "flink")),
          Map.entry("demo", Set.of("events", "sla", "codec", "market", "metrics", "kafka", "job")),
          Map.entry(
              "job", Set.of("events", "config", "detect", "market", "metrics", "flink", "kafka")),
          Map.entry("sql", Set.of("kafka")),
          Map.entry(
              "bench",
              Set.of(
                  "events",
                  "detect",
                  "scorecard",
                  "sla",
                  "codec",
                  "market",
                  "metrics",
                  "io",
                  "flink",
                  "kafka",
                  "demo",
                  "job")),
          Map.entry(
              "cli",
              Set.of(
                  "events",
                  "config",
                  "calendar",
                  "sla",
                  "codec",
                  "market",
                  "metrics",
                  "kafka",
                  "replay",
                  "demo",
                  "job",
                  "sql",
                  "bench")));

  /** The rules and their inputs: testable and measurable without a Flink runtime. */
  static final List<String> FREE_OF_FLINK =
      List.of(
          "config",
          "calendar",
          "events",
          "detect",
          "scorecard",
          "absence",
          "sla",
          "codec",
          "market");

  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
          .importPackages(ROOT);

  static List<String> packages() {
    return new TreeSet<>(MAY_USE.keySet()).stream().toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("packages")
  void eachPackageUsesOnlyWhatTheMapAllows(String pkg) {
    String[] forbidden =
        MAY_USE.keySet().stream()
            .filter(other -> !other.equals(pkg) && !MAY_USE.get(pkg).contains(other))
            .map(other -> ROOT + "." + other + "..")
            .toArray(String[]::new);
    noClasses()
        .that()
        .resideInAPackage(ROOT + "." + pkg + "..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(forbidden)
        .because("docs/design.md's package map lets " + pkg + " use only " + MAY_USE.get(pkg))
        .check(MAIN);
  }

  @Test
  void everyPackageIsOnTheMap() {
    Set<String> found = new TreeSet<>();
    MAIN.forEach(
        c -> {
          String rest =
              c.getPackageName()
                  .substring(Math.min(c.getPackageName().length(), ROOT.length() + 1));
          if (!rest.isEmpty()) {
            found.add(rest.split("\\.")[0]);
          }
        });
    org.assertj.core.api.Assertions.assertThat(found).isEqualTo(new TreeSet<>(MAY_USE.keySet()));
  }

  @Test
  void packagesFormNoCycle() {
    slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(MAIN);
  }

  @Test
  void theCoreIsFreeOfFlink() {
    noClasses()
        .that()
        .resideInAnyPackage(
            FREE_OF_FLINK.stream().map(p -> ROOT + "." + p + "..").toArray(String[]::new))
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.apache.flink..")
        .because("the rules are tested and benchmarked without Flink; Flink functions adapt them")
        .check(MAIN);
  }
}
