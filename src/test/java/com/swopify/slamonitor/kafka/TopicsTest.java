package com.swopify.slamonitor.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TopicsTest {
  @Test
  void aPrefixGoesBeforeEveryTopicAndNothingElseChanges() {
    Topics prefixed = Topics.defaults().withPrefix("bench-1.");

    assertThat(prefixed.all()).hasSize(12).allMatch(topic -> topic.startsWith("bench-1."));
    assertThat(prefixed.all())
        .containsExactlyElementsOf(
            Topics.defaults().all().stream().map(topic -> "bench-1." + topic).toList());
    assertThat(prefixed.alerts()).isEqualTo("bench-1.sla.alerts");
  }
}
