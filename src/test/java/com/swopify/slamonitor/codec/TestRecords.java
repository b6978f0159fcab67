package com.swopify.slamonitor.codec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Valid input records to start from, changed one field at a time by the tests. */
final class TestRecords {
  static final Set<String> MARKETS = Set.of("SK", "CZ", "HU");
  static final InputParser PARSER = new InputParser(MARKETS);

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Map<String, Object> fields = new LinkedHashMap<>();

  private TestRecords() {}

  static TestRecords message() {
    return new TestRecords()
        .with("messageId", "m-1")
        .with("threadId", "t-1")
        .with("sellerId", "s-1")
        .with("market", "SK")
        .with("sentAt", "2026-11-24T09:15:00Z");
  }

  static TestRecords reply() {
    return new TestRecords()
        .with("messageId", "r-1")
        .with("threadId", "t-1")
        .with("sellerId", "s-1")
        .with("market", "SK")
        .with("sentAt", "2026-11-24T10:15:00Z");
  }

  static TestRecords caseEvent() {
    return new TestRecords()
        .with("caseId", "c-1")
        .with("threadId", "t-1")
        .with("sellerId", "s-1")
        .with("market", "HU")
        .with("openedAt", "2026-11-23T09:30:00Z")
        .with("type", "LOCKED_DEVICE");
  }

  static TestRecords absence() {
    return new TestRecords()
        .with("noticeId", "a-1")
        .with("sellerId", "s-1")
        .with("market", "SK")
        .with("notifiedAt", "2026-12-10T08:00:00Z")
        .with("firstDay", "2026-12-21")
        .with("lastDay", "2027-01-06");
  }

  /** Sets a field; a null value is written as JSON null. */
  TestRecords with(String field, Object value) {
    fields.put(field, value);
    return this;
  }

  TestRecords without(String field) {
    fields.remove(field);
    return this;
  }

  /** A copy of the fields, to change further. */
  Map<String, Object> fields() {
    return new LinkedHashMap<>(fields);
  }

  String json() {
    try {
      return MAPPER.writeValueAsString(fields);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
