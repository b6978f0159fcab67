package com.swopify.slamonitor.demo.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.swopify.slamonitor.demo.GeneratedMarketplace;
import com.swopify.slamonitor.demo.HelpdeskStream;
import com.swopify.slamonitor.demo.MarketplaceGenerator;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class LiveTrafficTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Instant LIVE_START = Instant.parse("2026-11-27T12:00:00Z");
  static final TimeLapse LAPSE =
      new TimeLapse(Instant.parse("2026-10-05T06:00:00Z"), LIVE_START, 720);

  @Test
  void eachRecordIsDueWhenItsEventTimeComesRoundInTheLapse() throws Exception {
    LiveDemoMarket market = LiveDemoMarket.load();
    GeneratedMarketplace marketplace =
        MarketplaceGenerator.generate(market.generatorSettings(20, 7, Duration.ofMinutes(3)));
    Instant until = LIVE_START.plus(Duration.ofMinutes(3));
    List<LiveRecord> records = LiveTraffic.of(marketplace, market.lapse(LIVE_START), until);

    assertThat(records)
        .isNotEmpty()
        .isSortedAccordingTo(Comparator.comparing(LiveRecord::dueAt))
        .allSatisfy(r -> assertThat(r.dueAt()).isBefore(until));
    assertThat(records)
        .extracting(LiveRecord::stream)
        .contains(HelpdeskStream.MESSAGES, HelpdeskStream.REPLIES)
        .doesNotContain(HelpdeskStream.ABSENCES);
    for (LiveRecord record : records) {
      if (record.timeStart() >= 0) {
        JsonNode generated = JSON.readTree(record.line());
        Instant at =
            OffsetDateTime.parse(generated.get(record.stream().timeField()).asText()).toInstant();
        assertThat(record.dueAt()).isEqualTo(market.lapse(LIVE_START).live(at));
        assertThat(record.key()).isEqualTo(generated.get("threadId").asText());
      }
    }
  }

  @Test
  void onlyTheEventTimeChangesWhenSent() throws Exception {
    String line =
        "{\"messageId\":\"m-1\",\"threadId\":\"t-1\",\"sellerId\":\"s-1\","
            + "\"market\":\"XD\",\"sentAt\":\"2026-10-05T10:00:00+02:00\",\"text\":\"Hello\"}";
    LiveRecord record =
        only(LiveTraffic.of(lines(HelpdeskStream.MESSAGES, line), LAPSE, Instant.MAX));

    // Two generated hours after the start, played 720 times faster: 10 s after the live start.
    assertThat(record.dueAt()).isEqualTo(LIVE_START.plusSeconds(10));
    assertThat(record.key()).isEqualTo("t-1");
    Instant sentAt = Instant.parse("2026-11-27T12:00:10.123456Z");
    JsonNode sent = JSON.readTree(record.lineAt(sentAt));
    JsonNode generated = JSON.readTree(line);
    assertThat(sent.get("sentAt").asText()).isEqualTo("2026-11-27T12:00:10.123Z");
    ((ObjectNode) generated).put("sentAt", "2026-11-27T12:00:10.123Z");
    assertThat(sent).isEqualTo(generated);
  }

  @Test
  void aBrokenLineIsSentAsItIsAmongItsNeighbours() {
    String good =
        "{\"messageId\":\"m-1\",\"threadId\":\"t-1\",\"sellerId\":\"s-1\","
            + "\"market\":\"XD\",\"sentAt\":\"2026-10-05T07:00:00Z\"}";
    String noOffset =
        "{\"messageId\":\"m-2\",\"threadId\":\"t-2\",\"sellerId\":\"s-1\","
            + "\"market\":\"XD\",\"sentAt\":\"2026-10-05T07:00:00\"}";
    String truncated = "{\"messageId\":\"m-3\",\"threadId\":\"t-3\",\"sel";
    List<LiveRecord> records =
        LiveTraffic.of(
            lines(HelpdeskStream.MESSAGES, good, noOffset, truncated), LAPSE, Instant.MAX);

    assertThat(records).extracting(LiveRecord::dueAt).containsOnly(LIVE_START.plusSeconds(5));
    assertThat(records.get(1).lineAt(Instant.now())).isEqualTo(noOffset);
    assertThat(records.get(2).lineAt(Instant.now())).isEqualTo(truncated);
    assertThat(records.get(2).key()).isEqualTo("t-3");
  }

  @Test
  void nothingDueAtOrAfterTheEnd() {
    String early =
        "{\"threadId\":\"t-1\",\"caseId\":\"c-1\",\"openedAt\":\"2026-10-05T06:12:00Z\"}";
    String late = "{\"threadId\":\"t-2\",\"caseId\":\"c-2\",\"openedAt\":\"2026-10-05T06:24:00Z\"}";
    List<LiveRecord> records =
        LiveTraffic.of(lines(HelpdeskStream.CASES, early, late), LAPSE, LIVE_START.plusSeconds(2));

    assertThat(only(records).key()).isEqualTo("t-1");
    assertThat(only(records).dueAt()).isEqualTo(LIVE_START.plusSeconds(1));
  }

  /** One stream's lines; the others have none. */
  private static Function<HelpdeskStream, List<String>> lines(
      HelpdeskStream stream, String... lines) {
    return s -> Map.of(stream, List.of(lines)).getOrDefault(s, List.of());
  }

  private static LiveRecord only(List<LiveRecord> records) {
    assertThat(records).hasSize(1);
    return records.get(0);
  }
}
