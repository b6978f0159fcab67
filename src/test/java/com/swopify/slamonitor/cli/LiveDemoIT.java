package com.swopify.slamonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.swopify.slamonitor.kafka.DevBroker;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code demo --live} from the jar, for a minute: a broker, the job, live traffic, outputs printed
 * as they come, and a closing line that counts them.
 */
class LiveDemoIT {
  static final Pattern OUTPUT_LINE =
      Pattern.compile("\\d\\d:\\d\\d:\\d\\d  (alert|breach|takeover|count|dead) .*");
  static final Pattern SUMMARY = Pattern.compile("demo --live: \\d+m\\d\\ds, (\\d+) records sent"
      + " \\(.*\\); out: (\\d+) alerts, (\\d+) breaches, (\\d+) takeovers, (\\d+) breach counts,"
      + " (\\d+) dead letters");

  @Test
  void aMinuteOfLiveTrafficPrintsOutputsAsTheyCome() throws Exception {
    int port = DevBroker.freePort();
    CommandLineIT.Run demo =
        CommandLineIT.run("demo", "--live", "--minutes", "1", "--port", String.valueOf(port));

    assertThat(demo.exit()).as(demo.err()).isZero();
    List<String> lines = demo.out().lines().toList();
    assertThat(lines).startsWith("demo --live: starting Kafka on localhost:" + port);
    List<String> outputs = lines.stream().filter(l -> OUTPUT_LINE.matcher(l).matches()).toList();
    assertThat(outputs).as(demo.out()).isNotEmpty();

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
