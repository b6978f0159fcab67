package com.swopify.slamonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.swopify.slamonitor.kafka.DevBroker;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** dev-kafka's and demo --live's refusals: one line, exit 2, before any broker starts. */
class DevKafkaCommandTest {
  @TempDir Path tmp;

  static CapturedRun run(String... args) {
    return CapturedRun.of(new Main(), args);
  }

  @Test
  void aBusyPortIsOneLineAndExitTwo() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();
      CapturedRun devKafka = run("dev-kafka", "--port", String.valueOf(port));
      CapturedRun demo = run("demo", "--live", "--port", String.valueOf(port));

      assertThat(devKafka.exitCode()).isEqualTo(2);
      assertThat(devKafka.err())
          .isEqualTo(
              "error: --port: port "
                  + port
                  + " is in use (another"
                  + " Kafka?); choose another with --port"
                  + System.lineSeparator());
      assertThat(demo.exitCode()).isEqualTo(2);
      assertThat(demo.err().lines())
          .singleElement()
          .asString()
          .startsWith("error: --port: port " + port + " is in use");
    }
  }

  @Test
  void badValuesAreOneLineAndExitTwo() {
    assertThat(run("dev-kafka", "--port", "0").err())
        .isEqualTo("error: --port: not a port (1 to 65535): 0" + System.lineSeparator());
    assertThat(run("dev-kafka", "--port", "70000").exitCode()).isEqualTo(2);
    assertThat(run("dev-kafka", "--frobnicate").exitCode()).isEqualTo(2);
    assertThat(run("demo", "--live", "--minutes", "0").err())
        .isEqualTo("error: --minutes: between 1 and 1440, was 0" + System.lineSeparator());
    assertThat(run("demo", "--minutes", "3").err())
        .isEqualTo("error: --port and --minutes go with --live" + System.lineSeparator());
  }

  @Test
  void aDataDirWithOtherFilesIsRefused() throws Exception {
    Files.writeString(tmp.resolve("notes.txt"), "mine");
    CapturedRun result =
        run(
            "dev-kafka",
            "--port",
            String.valueOf(DevBroker.freePort()),
            "--data-dir",
            tmp.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("error: --data-dir: " + tmp + " holds other files");
  }

  @Test
  void theHelpListsDevKafkaAndTheLiveDemo() {
    assertThat(run("--help").out()).contains("dev-kafka");
    assertThat(run("demo", "--help").out()).contains("--live", "--minutes", "--port");
  }
}
