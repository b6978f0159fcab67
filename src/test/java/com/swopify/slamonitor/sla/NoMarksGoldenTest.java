package com.swopify.slamonitor.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Without marks, the general rules of contract section 9 are section 4 exactly: on a thousand
 * seeded scenarios they decide byte for byte what the rules before marks decided (recorded).
 */
class NoMarksGoldenTest {

  @Test
  void decidesWhatTheRulesBeforeMarksDecided() throws IOException {
    List<String> recorded;
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                NoMarksGoldenTest.class.getResourceAsStream(NoMarksGolden.RESOURCE),
                StandardCharsets.UTF_8))) {
      recorded = reader.lines().toList();
    }

    assertThat(NoMarksGolden.record(ThreadScenario.rules())).containsExactlyElementsOf(recorded);
  }
}
