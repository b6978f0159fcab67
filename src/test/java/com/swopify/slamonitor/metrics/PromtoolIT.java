package com.swopify.slamonitor.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The chart's alerting rules, checked and unit-tested by promtool (Debian's {@code prometheus}
 * package; {@code .ci/run} installs it). Without promtool this test fails: the rules would
 * otherwise reach production untested.
 */
class PromtoolIT {
  static final Path RULES_DIR = Path.of("helm/helpdesk-sla-monitor/prometheus");

  static Path promtool() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(dir, "promtool");
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return fail(
        "promtool is not on the PATH: install it (apt-get install prometheus, as .ci/run"
            + " does) to check the alerting rules in "
            + RULES_DIR);
  }

  static String run(String... args) throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(args).directory(RULES_DIR.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("promtool finished").isTrue();
    assertThat(process.exitValue()).as(String.join(" ", args) + ":\n" + output).isZero();
    return output;
  }

  @Test
  void rulesAreValid() throws Exception {
    String output = run(promtool().toString(), "check", "rules", "rules.yaml");
    assertThat(output).contains("SUCCESS");
  }

  @Test
  void everyAlertFiresOnItsTestInputAndOnlyThere() throws Exception {
    String output = run(promtool().toString(), "test", "rules", "rules-test.yaml");
    assertThat(output).contains("SUCCESS");
  }

  @Test
  void everyAlertHasATestThatFiresItAndASeverityAndARunbook() throws Exception {
    String rules = Files.readString(RULES_DIR.resolve("rules.yaml"));
    String tests = Files.readString(RULES_DIR.resolve("rules-test.yaml"));
    List<String> alerts = RulesFiles.alerts(rules);
    assertThat(alerts).hasSize(10);
    for (String alert : alerts) {
      assertThat(tests).as("a test for " + alert).contains("alertname: " + alert + "\n");
    }
    assertThat(RulesFiles.rules(rules))
        .allSatisfy(
            rule -> {
              assertThat(rule.path("labels").path("severity").asText()).isIn("warning", "critical");
              assertThat(rule.path("annotations").path("runbook").asText()).isNotBlank();
            });
  }
}
