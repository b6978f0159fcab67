package com.swopify.slamonitor.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.swopify.slamonitor.cli.Main;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The metrics flags of the embedded modes fail with exit code 2 before any job runs. */
class MetricsFlagsTest {
  static final Path EXAMPLES = Path.of("src/test/resources/contract-examples");

  @TempDir Path tmp;

  int replay(String... metricsFlags) {
    String[] args = {
      "replay",
      "--markets",
      EXAMPLES.resolve("markets.yaml").toString(),
      "--messages",
      EXAMPLES.resolve("buyer-messages.jsonl").toString(),
      "--replies",
      EXAMPLES.resolve("seller-replies.jsonl").toString(),
      "--out",
      tmp.resolve("out").toString()
    };
    String[] all = new String[args.length + metricsFlags.length];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(metricsFlags, 0, all, args.length, metricsFlags.length);
    return Main.run(all);
  }

  @Test
  void aPortThatIsTakenIsAUserError() throws Exception {
    try (ServerSocket taken = new ServerSocket(0)) {
      assertThat(replay("--metrics-port", Integer.toString(taken.getLocalPort()))).isEqualTo(2);
    }
    assertThat(tmp.resolve("out/alerts.jsonl")).doesNotExist();
  }

  @Test
  void aNumberThatIsNoPortIsAUserError() {
    assertThat(replay("--metrics-port", "70000")).isEqualTo(2);
    assertThat(replay("--flink-metrics-port", "-1")).isEqualTo(2);
  }
}
