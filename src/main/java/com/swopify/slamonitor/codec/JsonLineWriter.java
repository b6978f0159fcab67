package com.swopify.slamonitor.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.swopify.slamonitor.events.InstantFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;

/**
 * Writes one output record as a one-line JSON object straight into a string builder that each
 * thread reuses. Strings are escaped exactly as Jackson's generator escapes them by default ({@code
 * JsonLineWriterProperties} holds the two to the same bytes), so consumers see the JSON Jackson
 * would write: a generator per record costs its buffer recycling and two copies of the text, a
 * visible share of the sinks in the profile (docs/benchmarks.md). Embedded objects ({@link
 * #object}) go through Jackson, which checks them.
 */
final class JsonLineWriter {
  /** The fields of one record, written in order. */
  interface Fields {
    void writeTo(JsonLineWriter out) throws IOException;
  }

  /** A buffer that grew past this (a long dead letter) is dropped rather than kept per thread. */
  private static final int MAX_KEPT_BUFFER_CHARS = 64 * 1024;

  private static final ThreadLocal<StringBuilder> BUFFERS =
      ThreadLocal.withInitial(() -> new StringBuilder(512));

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private final String recordName;
  private final StringBuilder out;
  private boolean firstField = true;

  private JsonLineWriter(String recordName, StringBuilder out) {
    this.recordName = recordName;
    this.out = out;
  }

  /**
   * The record as JSON. Line breaks inside strings are escaped, so the result is one line.
   *
   * @param recordName names the record in the error for a missing required field
   */
  static String write(String recordName, Fields fields) {
    StringBuilder buffer = BUFFERS.get();
    buffer.setLength(0);
    buffer.append('{');
    try {
      fields.writeTo(new JsonLineWriter(recordName, buffer));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + recordName, e);
    }
    buffer.append('}');
    String json = buffer.toString();
    if (buffer.capacity() > MAX_KEPT_BUFFER_CHARS) {
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
   * A string field from the value's {@code toString()}, which is the contract's form for strings,
   * enum names, instants (UTC, {@code Z}) and dates ({@code YYYY-MM-DD}); omitted when null.
   */
  JsonLineWriter optional(String name, Object value) {
    if (value != null) {
      fieldName(name);
      string(value instanceof Instant instant ? InstantFormat.utc(instant) : value.toString());
    }
    return this;
  }

  /** A string field that the contract writes as {@code null} rather than leaving it out. */
  JsonLineWriter nullable(String name, Object value) {
    if (value == null) {
      fieldName(name);
      out.append("null");
      return this;
    }
    return optional(name, value);
  }

  /** A number field; omitted when null. */
  JsonLineWriter number(String name, Long value) {
    if (value != null) {
      fieldName(name);
      out.append(value.longValue());
    }
    return this;
  }

  /** A number in [0,1], written with two decimals (a probability, not a measurement). */
  JsonLineWriter fraction(String name, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(recordName + ": " + name + " must be between 0 and 1");
    }
    fieldName(name);
    long hundredths = Math.round(value * 100);
    out.append(hundredths / 100).append('.');
    long rest = hundredths % 100;
    if (rest < 10) {
      out.append('0');
    }
    out.append(rest);
    return this;
  }

  /**
   * Embeds JSON object text as a nested object; {@code {}} when null. It is parsed and re-written,
   * not copied: that checks it and drops any line break that would split the output line.
   */
  JsonLineWriter object(String name, String json) throws IOException {
    fieldName(name);
    if (json == null) {
      out.append("{}");
      return this;
    }
    // On an error the half-written record is dropped with the thread's buffer, reset each write.
    try (JsonParser parser = Json.FACTORY.createParser(json);
        JsonGenerator generator = Json.FACTORY.createGenerator(new BuilderWriter(out))) {
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

  private void fieldName(String name) {
    if (!firstField) {
      out.append(',');
    }
    firstField = false;
    string(name);
    out.append(':');
  }

  /**
   * A JSON string as Jackson writes it by default: quote and backslash escaped, control characters
   * as the short escapes (backslash n, r, t, b, f) or else as a six-character escape with
   * upper-case hex digits, everything else, non-ASCII included, as it is.
   */
  private void string(String value) {
    out.append('"');
    int length = value.length();
    int plainFrom = 0;
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      if (c >= 0x20 && c != '"' && c != '\\') {
        continue;
      }
      out.append(value, plainFrom, i);
      plainFrom = i + 1;
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
    }
    out.append(value, plainFrom, length).append('"');
  }

  private IllegalArgumentException notAnObject(String name) {
    return new IllegalArgumentException(recordName + "." + name + " is not one JSON object");
  }

  /** Lets Jackson's generator write an embedded object into the record's builder. */
  private static final class BuilderWriter extends Writer {
    private final StringBuilder out;

    BuilderWriter(StringBuilder out) {
      this.out = out;
    }

    @Override
    public void write(char[] chars, int offset, int length) {
      out.append(chars, offset, length);
    }

    @Override
    public void write(String s, int offset, int length) {
      out.append(s, offset, offset + length);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
