package com.swopify.slamonitor.codec;

import com.fasterxml.jackson.core.JsonToken;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;

/**
 * The fields of one record as {@link ObjectScanner} found them, read as the contract's types. Every
 * reader throws {@link InvalidRecordException} with the reason the dead letter shows. A JSON null
 * counts as absent: "missing" for a required field, the default for an optional one.
 */
final class RecordFields {
  static final int MAX_ID_LENGTH = 128;

  private final FieldSet fieldSet;
  private final JsonToken[] tokens;
  private final String[] texts;

  RecordFields(FieldSet fieldSet) {
    this.fieldSet = fieldSet;
    this.tokens = new JsonToken[fieldSet.size()];
    this.texts = new String[fieldSet.size()];
  }

  boolean isPresent(int slot) {
    return tokens[slot] != null;
  }

  void set(int slot, JsonToken token, String text) {
    tokens[slot] = token;
    texts[slot] = text;
  }

  // JSON types

  /** A string field, or null when absent. */
  String string(String field) throws InvalidRecordException {
    int slot = fieldSet.requireSlot(field);
    JsonToken token = tokens[slot];
    if (isAbsent(token)) {
      return null;
    }
    if (token != JsonToken.VALUE_STRING) {
      throw invalid(field, "expected a string");
    }
    return texts[slot];
  }

  String requiredString(String field) throws InvalidRecordException {
    return required(field, string(field));
  }

  boolean flag(String field, boolean whenAbsent) throws InvalidRecordException {
    JsonToken token = tokens[fieldSet.requireSlot(field)];
    if (isAbsent(token)) {
      return whenAbsent;
    }
    if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
      throw invalid(field, "expected true or false");
    }
    return token == JsonToken.VALUE_TRUE;
  }

  /** A whole number that fits a long, or null when absent. */
  Long integer(String field) throws InvalidRecordException {
    int slot = fieldSet.requireSlot(field);
    JsonToken token = tokens[slot];
    if (isAbsent(token)) {
      return null;
    }
    if (token != JsonToken.VALUE_NUMBER_INT) {
      throw invalid(field, "expected a whole number");
    }
    try {
      return Long.parseLong(texts[slot]);
    } catch (NumberFormatException e) {
      throw invalid(field, "number out of range " + Texts.quote(texts[slot]));
    }
  }

  /** A required number between 0 and 1. */
  double fraction(String field) throws InvalidRecordException {
    int slot = fieldSet.requireSlot(field);
    JsonToken token = tokens[slot];
    if (isAbsent(token)) {
      throw new InvalidRecordException("missing field " + field);
    }
    if (token != JsonToken.VALUE_NUMBER_FLOAT && token != JsonToken.VALUE_NUMBER_INT) {
      throw invalid(field, "expected a number");
    }
    double value = Double.parseDouble(texts[slot]);
    if (!(value >= 0 && value <= 1)) {
      throw invalid(field, "expected a number between 0 and 1");
    }
    return value;
  }

  long requiredInteger(String field) throws InvalidRecordException {
    return required(field, integer(field));
  }

  /** A JSON object as compact JSON text, or null when absent. */
  String object(String field) throws InvalidRecordException {
    int slot = fieldSet.requireSlot(field);
    JsonToken token = tokens[slot];
    if (isAbsent(token)) {
      return null;
    }
    if (token != JsonToken.START_OBJECT) {
      throw invalid(field, "expected an object");
    }
    return texts[slot];
  }

  // Contract types

  /** A required id: a non-empty string of at most 128 characters (code points). */
  String id(String field) throws InvalidRecordException {
    return required(field, optionalId(field));
  }

  String optionalId(String field) throws InvalidRecordException {
    String id = string(field);
    if (id == null) {
      return null;
    }
    if (id.isEmpty()) {
      throw invalid(field, "empty");
    }
    // Counted in code points, as a person counts characters; the length check settles most ids.
    if (id.length() > MAX_ID_LENGTH && id.codePointCount(0, id.length()) > MAX_ID_LENGTH) {
      throw invalid(field, "longer than " + MAX_ID_LENGTH + " characters");
    }
    return id;
  }

  /** The required field {@code market}, which must be one of the configured market codes. */
  String market(Set<String> knownMarkets) throws InvalidRecordException {
    String market = requiredString("market");
    if (market.isEmpty()) {
      throw invalid("market", "empty");
    }
    if (!knownMarkets.contains(market)) {
      throw new InvalidRecordException(
          "unknown market " + Texts.cutChars(market, Texts.MAX_QUOTED_CHARS));
    }
    return market;
  }

  Instant instant(String field) throws InvalidRecordException {
    return required(field, optionalInstant(field));
  }

  Instant optionalInstant(String field) throws InvalidRecordException {
    String text = string(field);
    if (text == null) {
      return null;
    }
    Instant instant = IsoTime.parseInstant(text);
    if (instant == null) {
      String problem =
          IsoTime.isLocalDateTime(text) ? "instant without offset " : "not an ISO-8601 instant ";
      throw invalid(field, problem + Texts.quote(text));
    }
    return instant;
  }

  /** A required local date, {@code YYYY-MM-DD}. */
  LocalDate date(String field) throws InvalidRecordException {
    String text = requiredString(field);
    LocalDate date = IsoTime.parseDate(text);
    if (date == null) {
      throw invalid(field, "not a date YYYY-MM-DD " + Texts.quote(text));
    }
    return date;
  }

  Duration duration(String field) throws InvalidRecordException {
    String text = requiredString(field);
    try {
      return Duration.parse(text);
    } catch (DateTimeParseException e) {
      throw invalid(field, "not an ISO-8601 duration " + Texts.quote(text));
    }
  }

  <E extends Enum<E>> E enumValue(String field, EnumValues<E> values)
      throws InvalidRecordException {
    return required(field, enumValue(field, values, null));
  }

  <E extends Enum<E>> E enumValue(String field, EnumValues<E> values, E whenAbsent)
      throws InvalidRecordException {
    String name = string(field);
    if (name == null) {
      return whenAbsent;
    }
    E value = values.lookup(name);
    if (value == null) {
      throw invalid(
          field,
          "unknown value " + Texts.quote(name) + " (expected one of " + values.expected() + ")");
    }
    return value;
  }

  private static boolean isAbsent(JsonToken token) {
    return token == null || token == JsonToken.VALUE_NULL;
  }

  private static <T> T required(String field, T value) throws InvalidRecordException {
    if (value == null) {
      throw new InvalidRecordException("missing field " + field);
    }
    return value;
  }

  private static InvalidRecordException invalid(String field, String problem) {
    return new InvalidRecordException("field " + field + ": " + problem);
  }
}
