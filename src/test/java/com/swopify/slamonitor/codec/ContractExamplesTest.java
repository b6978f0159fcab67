package com.swopify.slamonitor.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.swopify.slamonitor.events.AbsenceNotice;
import com.swopify.slamonitor.events.AbsenceStatus;
import com.swopify.slamonitor.events.BuyerMessage;
import com.swopify.slamonitor.events.CaseEvent;
import com.swopify.slamonitor.events.CaseType;
import com.swopify.slamonitor.events.SellerReply;
import com.swopify.slamonitor.events.Source;
import com.swopify.slamonitor.events.Topic;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The contract's own example records, copied to src/test/resources/contract-examples. */
class ContractExamplesTest {
  private static InputParser parser;

  @BeforeAll
  static void readConfiguredMarkets() throws IOException {
    JsonNode markets =
        new ObjectMapper(new YAMLFactory()).readTree(resource("markets.yaml")).get("markets");
    Set<String> codes = new HashSet<>();
    markets.fieldNames().forEachRemaining(codes::add);
    assertThat(codes).contains("SK", "CZ", "HU");
    parser = new InputParser(codes);
  }

  @ParameterizedTest
  @CsvSource({
    "buyer-messages.jsonl, MESSAGES, 3",
    "seller-replies.jsonl, REPLIES, 2",
    "cases.jsonl, CASES, 1",
    "seller-absences.jsonl, ABSENCES, 1"
  })
  void everyExampleParses(String file, Source source, int records) throws Exception {
    List<Object> parsed = new ArrayList<>();
    for (String line : lines(file)) {
      parsed.add(parser.parse(source, line));
    }
    assertThat(parsed).hasSize(records).doesNotContainNull();
  }

  @Test
  void theExamplesMeanWhatTheContractSays() throws Exception {
    List<String> messages = lines("buyer-messages.jsonl");
    BuyerMessage czech = parser.parseMessage(messages.get(1));
    assertThat(czech.sentAt()).isEqualTo(Instant.parse("2026-11-20T14:40:00Z"));
    assertThat(czech.topic()).isEqualTo(Topic.RETURN);
    assertThat(czech.language()).isNull();

    SellerReply automated = parser.parseReply(lines("seller-replies.jsonl").get(1));
    assertThat(automated.automated()).isTrue();

    CaseEvent lockedDevice = parser.parseCase(lines("cases.jsonl").get(0));
    assertThat(lockedDevice.type()).isEqualTo(CaseType.LOCKED_DEVICE);

    AbsenceNotice absence = parser.parseAbsence(lines("seller-absences.jsonl").get(0));
    assertThat(absence.status()).isEqualTo(AbsenceStatus.ANNOUNCED);
    assertThat(absence.lastDay()).isEqualTo(LocalDate.of(2027, 1, 6));
  }

  private static List<String> lines(String file) {
    try (InputStream in = resource(file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(line -> !line.isBlank())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream resource(String file) {
    InputStream in = ContractExamplesTest.class.getResourceAsStream("/contract-examples/" + file);
    assertThat(in).as(file).isNotNull();
    return in;
  }
}
