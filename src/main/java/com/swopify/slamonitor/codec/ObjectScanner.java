package com.swopify.slamonitor.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.StringWriter;

/**
 * Reads one JSON object with Jackson's streaming parser, in one pass and without a tree: the fields
 * of a {@link FieldSet} are kept, everything else is skipped.
 */
final class ObjectScanner {
  private ObjectScanner() {}

  static RecordFields scan(String json, FieldSet fieldSet) throws InvalidRecordException {
    try (JsonParser parser = Json.FACTORY.createParser(json)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw notJson();
      }
      if (first != JsonToken.START_OBJECT) {
        // Read to the end first: "[1," is not JSON at all, "[1]" is JSON but not an object.
        parser.skipChildren();
        requireEnd(parser);
        throw new InvalidRecordException("not a JSON object");
      }
      RecordFields fields = new RecordFields(fieldSet);
      String repeated = null;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        int slot = fieldSet.slotOf(parser.currentName());
        JsonToken value = parser.nextToken();
        if (slot < 0) {
          parser.skipChildren();
          continue;
        }
        if (fields.isPresent(slot) && repeated == null) {
          repeated = fieldSet.name(slot);
        }
        fields.set(slot, value, textOf(parser, value));
      }
      requireEnd(parser);
      // Reported only now, so that a record that is not even JSON says so first.
      if (repeated != null) {
        throw new InvalidRecordException("field " + repeated + ": given more than once");
      }
      return fields;
    } catch (StreamConstraintsException e) {
      throw new InvalidRecordException(
          "JSON nested more than " + Json.MAX_NESTING_DEPTH + " levels deep");
    } catch (IOException e) {
      // Jackson's message may quote the record; the reason must not.
      throw notJson();
    }
  }

  /** A record is exactly one JSON value: "{..} x" and "{..} {..}" are not JSON. */
  private static void requireEnd(JsonParser parser) throws IOException, InvalidRecordException {
    if (parser.nextToken() != null) {
      throw notJson();
    }
  }

  /** Strings and numbers as written; objects as compact JSON; other values need only their type. */
  private static String textOf(JsonParser parser, JsonToken value) throws IOException {
    switch (value) {
      case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return parser.getText();
      }
      case START_OBJECT -> {
        return compactCopy(parser);
      }
      case START_ARRAY -> {
        parser.skipChildren();
        return null;
      }
      default -> {
        return null;
      }
    }
  }

  private static String compactCopy(JsonParser parser) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = Json.FACTORY.createGenerator(out)) {
      generator.copyCurrentStructure(parser);
    }
    return out.toString();
  }

  private static InvalidRecordException notJson() {
    return new InvalidRecordException("not JSON");
  }
}
