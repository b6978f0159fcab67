package com.swopify.slamonitor.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The hand-written writer must produce what Jackson's generator produced, character for character.
 */
class JsonLineWriterProperties {
  @Property(tries = 3000)
  void writesWhatJacksonWrites(
      @ForAll("texts") String name,
      @ForAll("texts") String value,
      @ForAll long number,
      @ForAll("texts") String nested)
      throws IOException {
    String details =
        jackson(
            g -> {
              g.writeStartObject();
              g.writeStringField(nested, value);
              g.writeArrayFieldStart("list");
              g.writeNumber(number);
              g.writeString(nested);
              g.writeEndArray();
              g.writeEndObject();
            });

    String written =
        JsonLineWriter.write(
            "test",
            out ->
                out.required(name, value)
                    .optional("absent", null)
                    .number("n", number)
                    .object("details", details)
                    .optional("v", value));

    String expected =
        jackson(
            g -> {
              g.writeStartObject();
              g.writeStringField(name, value);
              g.writeNumberField("n", number);
              g.writeFieldName("details");
              g.writeRawValue(details);
              g.writeStringField("v", value);
              g.writeEndObject();
            });
    assertThat(written).isEqualTo(expected);
  }

  /** Any text: control characters, quotes, backslashes, non-ASCII and lone surrogates. */
  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(40),
        Arbitraries.strings().withCharRange('\u0000', '\u007f').ofMaxLength(40),
        Arbitraries.strings()
            .withChars(
                '"', '\\', '\n', '\r', '\t', '\b', '\f', '\u0000', '\u001f', '\u007f', '/', 'a',
                '\u00e9', '\u2028', '\ud83d', '\ude00')
            .ofMaxLength(20));
  }

  private interface Writing {
    void writeWith(JsonGenerator generator) throws IOException;
  }

  private static String jackson(Writing writing) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = Json.FACTORY.createGenerator(out)) {
      writing.writeWith(generator);
    }
    return out.toString();
  }
}
