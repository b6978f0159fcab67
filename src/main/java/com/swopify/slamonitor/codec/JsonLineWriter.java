package com.swopify.slamonitor.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * Writes one output record as a one-line JSON object with Jackson's streaming generator. Each
 * thread reuses its buffer, so writing allocates little more than the resulting string.
 */
final class JsonLineWriter {
  /** The fields of one record, written in order. */
  interface Fields {
    void writeTo(JsonLineWriter out) throws IOException;
  }

  /** A buffer that grew past this (a long dead letter) is dropped rather than kept per thread. */
  private static final int MAX_KEPT_BUFFER_CHARS = 64 * 1024;

  private static final ThreadLocal<StringWriter> BUFFERS =
      ThreadLocal.withInitial(() -> new StringWriter(512));

  private final String recordName;
  private final JsonGenerator generator;

  private JsonLineWriter(String recordName, JsonGenerator generator) {
    this.recordName = recordName;
    this.generator = generator;
  }

  /**
   * The record as JSON. Jackson escapes line breaks inside strings, so the result is one line.
   *
   * @param recordName names the record in the error for a missing required field
   */
  static String write(String recordName, Fields fields) {
    StringWriter buffer = BUFFERS.get();
    buffer.getBuffer().setLength(0);
    try (JsonGenerator generator = Json.FACTORY.createGenerator(buffer)) {
      generator.writeStartObject();
      fields.writeTo(new JsonLineWriter(recordName, generator));
      generator.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + recordName, e);
    }
    String json = buffer.toString();
    if (buffer.getBuffer().capacity() > MAX_KEPT_BUFFER_CHARS) {
      BUFFERS.remove();
    }
    return json;
  }

  /** A field the contract requires; null means the caller built a broken record. */
  JsonLineWriter required(String name, Object value) throws IOException {
    if (value == null) {
      throw new IllegalArgumentException(recordName + " without " + name);
    }
    return optional(name, value);
  }

  /**
   * A string field from the value's {@code toString()}, which is the contract's form for
   * strings, enum names, instants (UTC, {@code Z}) and dates ({@code YYYY-MM-DD}); omitted when
   * null.
   */
  JsonLineWriter optional(String name, Object value) throws IOException {
    if (value instanceof Instant instant) {
      generator.writeStringField(name, IsoTime.formatInstant(instant));
    } else if (value != null) {
      generator.writeStringField(name, value.toString());
    }
    return this;
  }

  /** A number field; omitted when null. */
  JsonLineWriter number(String name, Long value) throws IOException {
    if (value != null) {
      generator.writeNumberField(name, value);
    }
    return this;
  }

  /**
   * Embeds JSON object text as a nested object; {@code {}} when null. It is parsed and re-written,
   * not copied: that checks it and drops any line break that would split the output line.
   */
  JsonLineWriter object(String name, String json) throws IOException {
    generator.writeFieldName(name);
    if (json == null) {
      generator.writeStartObject();
      generator.writeEndObject();
      return this;
    }
    try (JsonParser parser = Json.FACTORY.createParser(json)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw notAnObject(name);
      }
      generator.copyCurrentStructure(parser);
      if (parser.nextToken() != null) {
        throw notAnObject(name);
      }
    } catch (JsonProcessingException e) {
      throw notAnObject(name);
    }
    return this;
  }

  private IllegalArgumentException notAnObject(String name) {
    return new IllegalArgumentException(recordName + "." + name + " is not one JSON object");
  }
}
