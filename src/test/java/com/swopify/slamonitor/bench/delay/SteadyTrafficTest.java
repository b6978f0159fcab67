package com.swopify.slamonitor.bench.delay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.swopify.slamonitor.codec.InputParser;
import com.swopify.slamonitor.events.Source;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SteadyTrafficTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

  @Test
  void everyBackgroundThreadIsAnsweredByItsSellerHalfASecondLaterAtTheAskedRate() throws Exception {
    SteadyTraffic traffic = new SteadyTraffic(2_000, 10);
    Map<String, JsonNode> messages = new HashMap<>();
    List<SteadyTraffic.Send> second = new ArrayList<>();
    for (long tick = 0; tick < 200; tick++) {
      List<SteadyTraffic.Send> sends = traffic.tick(tick, false, NOW.plusMillis(tick * 10));
      for (SteadyTraffic.Send send : sends) {
        JsonNode record = JSON.readTree(send.value());
        assertThat(send.key()).isEqualTo(record.get("threadId").asText());
        if (send.source() == Source.MESSAGES) {
          messages.put(send.key(), record);
        } else {
          assertThat(send.source()).isEqualTo(Source.REPLIES);
          JsonNode message = messages.get(send.key());
          assertThat(message).as("the message came first").isNotNull();
          assertThat(record.get("sellerId")).isEqualTo(message.get("sellerId"));
          assertThat(Instant.parse(record.get("sentAt").asText()))
              .isEqualTo(Instant.parse(message.get("sentAt").asText()).plusMillis(500));
        }
      }
      if (tick >= 100) {
        second.addAll(sends);
      }
    }
    // Once answers flow, a second holds the asked rate: half messages, half replies.
    assertThat(second).hasSize(2_000);
    assertThat(second).filteredOn(send -> send.source() == Source.REPLIES).hasSize(1_000);
  }

  @Test
  void probesComeOnlyWhileProbingAtTheirOwnRateAndAreNeverAnswered() {
    SteadyTraffic traffic = new SteadyTraffic(1_000, 4);
    List<String> probes = new ArrayList<>();
    for (long tick = 0; tick < 300; tick++) {
      for (SteadyTraffic.Send send : traffic.tick(tick, tick >= 100, NOW)) {
        if (SteadyTraffic.isProbe(send.key())) {
          assertThat(send.source()).isEqualTo(Source.MESSAGES);
          probes.add(send.key());
        }
      }
    }
    assertThat(probes).hasSize(8).doesNotHaveDuplicates();
  }

  @Test
  void itsRecordsAreValidContractRecordsOfTheBenchMarket() throws Exception {
    InputParser parser = new InputParser(Set.of(SteadyTraffic.MARKET));
    List<SteadyTraffic.Send> sends = new SteadyTraffic(400, 1).tick(100, true, NOW);
    assertThat(sends).hasSize(5);
    for (SteadyTraffic.Send send : sends) {
      assertThat(parser.parse(send.source(), send.value())).as(send.value()).isNotNull();
    }
  }

  @Test
  void refusesRatesItCannotKeep() {
    assertThatThrownBy(() -> new SteadyTraffic(100, 1))
        .hasMessage("--events-per-second must be at least 200, was 100");
    assertThatThrownBy(() -> new SteadyTraffic(1_000, 0))
        .hasMessage("probes per second must be between 1 and 100, was 0");
  }
}
