package com.swopify.slamonitor.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads generated lines the way the contract (section 2 and 8) describes them, independently of the
 * generator's code: which lines the monitor must dead-letter, and the fields of the others.
 */
final class ContractCheck {
  static final ObjectMapper JSON = new ObjectMapper();

  static final Map<HelpdeskStream, List<String>> REQUIRED =
      Map.of(
          HelpdeskStream.MESSAGES, List.of("messageId", "threadId", "sellerId", "market", "sentAt"),
          HelpdeskStream.REPLIES, List.of("messageId", "threadId", "sellerId", "market", "sentAt"),
          HelpdeskStream.CASES,
              List.of("caseId", "threadId", "sellerId", "market", "openedAt", "type"),
          HelpdeskStream.ABSENCES,
              List.of("noticeId", "sellerId", "market", "notifiedAt", "firstDay", "lastDay"));

  static final List<String> ID_FIELDS =
      List.of("messageId", "threadId", "sellerId", "buyerId", "orderId", "caseId", "noticeId");

  private ContractCheck() {}

  /** Why the monitor would dead-letter the line, or empty when it is a valid record. */
  static Optional<String> deadLetterReason(
      HelpdeskStream stream, String line, Set<String> markets) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (Exception e) {
      return Optional.of("not JSON");
    }
    if (node == null || !node.isObject()) {
      return Optional.of("not a JSON object");
    }
    for (String field : REQUIRED.get(stream)) {
      if (!node.hasNonNull(field)) {
        return Optional.of("missing field " + field);
      }
    }
    if (!markets.contains(node.get("market").asText())) {
      return Optional.of("unknown market " + node.get("market").asText());
    }
    try {
      instant(node, stream.timeField());
    } catch (DateTimeParseException e) {
      return Optional.of("instant without offset in " + stream.timeField());
    }
    return Optional.empty();
  }

  static JsonNode parse(String line) {
    try {
      return JSON.readTree(line);
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + line, e);
    }
  }

  /** An instant with Z or an offset; a local date-time without one does not parse. */
  static Instant instant(JsonNode node, String field) {
    return OffsetDateTime.parse(node.get(field).asText(), DateTimeFormatter.ISO_OFFSET_DATE_TIME)
        .toInstant();
  }

  static LocalDate date(JsonNode node, String field) {
    return LocalDate.parse(node.get(field).asText());
  }
}
