package com.swopify.slamonitor.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.swopify.slamonitor.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code topics check} and {@code topics create} against a real broker, through the CLI. */
class TopicsCommandIT {
  @RegisterExtension static final KafkaTestBroker broker = new KafkaTestBroker();

  @Test
  void createIsIdempotentAndCheckTellsWhatIsMissing() throws Exception {
    String servers = broker.bootstrapServers();
    assertThat(Main.run("topics", "check", "--bootstrap-servers", servers)).isEqualTo(3);

    assertThat(Main.run("topics", "create", "--bootstrap-servers", servers, "--partitions", "3"))
        .isZero();
    assertThat(Main.run("topics", "check", "--bootstrap-servers", servers)).isZero();
    assertThat(Main.run("topics", "create", "--bootstrap-servers", servers)).isZero();

    try (TopicAdmin admin = TopicAdmin.connect(servers)) {
      assertThat(admin.missing(Topics.defaults().all())).isEmpty();
    }
  }

  @Test
  void badValuesAreRefusedBeforeConnecting() {
    assertThat(
            Main.run(
                "topics",
                "create",
                "--bootstrap-servers",
                broker.bootstrapServers(),
                "--partitions",
                "0"))
        .isEqualTo(2);
  }
}
