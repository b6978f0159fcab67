package com.swopify.slamonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.swopify.slamonitor.kafka.DevBroker;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code demo --live} from the jar, for two minutes: a broker, the job, live traffic, outputs
 * printed as they come, every kind of them, and a closing line that counts them.
 */
class LiveDemoIT {
  static final Pattern OUTPUT_LINE =
      Pattern.compile("\\d\\d:\\d\\d:\\d\\d  (alert|breach|takeover|count|dead) .*");
  static final Pattern SUMMARY =
      Pattern.compile(
          "demo --live: \\d+m\\d\\ds, (\\d+) records sent"
              + " \\(.*\\); out: (\\d+) alerts, (\\d+) breaches, (\\d+) takeovers, (\\d+) breach counts,"
              + " (\\d+) dead letters");

  /** What a user must have seen by the end of the first two minutes. */
  static final List<String> EVERY_KIND =
      List.of(
          "alert     AT_RISK",
          "alert     OVERDUE",
          "alert     LATE_REPLY",
          "breach    REPLY_OVERDUE",
          "breach    AUTOMATED_REPLY",
          "breach    OFF_PLATFORM_CONTACT",
          "breach    WRONG_LANGUAGE",
          "takeover  REPLY_OVERDUE");

  static final Pattern BREACH_LINE =
      Pattern.compile(
          "\\d\\d:\\d\\d:\\d\\d  breach    \\w+ +seller \\S+  thread \\S+  message \\S+");

  @Test
  void twoMinutesOfLiveTrafficPrintEveryKindOfOutputAsItComes() throws Exception {
    int port = DevBroker.freePort();
    CommandLineIT.Run demo =
        CommandLineIT.run("demo", "--live", "--minutes", "2", "--port", String.valueOf(port));

    assertThat(demo.exit()).as(demo.err()).isZero();
    List<String> lines = demo.out().lines().toList();
    assertThat(lines).startsWith("demo --live: starting Kafka on localhost:" + port);
    List<String> outputs = lines.stream().filter(l -> OUTPUT_LINE.matcher(l).matches()).toList();
    assertThat(outputs).as(demo.out()).isNotEmpty();
    for (String kind : EVERY_KIND) {
      assertThat(outputs).as(kind).anyMatch(line -> line.substring(10).startsWith(kind));
    }
    assertThat(outputs.stream().filter(line -> line.substring(10).startsWith("breach")))
        .as("breach lines name the message")
        .allMatch(line -> BREACH_LINE.matcher(line).matches());

    Matcher summary = SUMMARY.matcher(lines.get(lines.size() - 1));
    assertThat(summary.matches()).as(lines.get(lines.size() - 1)).isTrue();
    assertThat(Long.parseLong(summary.group(1))).isPositive();
    long counted = 0;
    for (int group = 2; group <= 6; group++) {
      counted += Long.parseLong(summary.group(group));
    }
    assertThat(counted).as("outputs counted = lines printed").isEqualTo(outputs.size());
  }
}
