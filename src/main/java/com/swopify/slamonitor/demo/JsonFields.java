package com.swopify.slamonitor.demo;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One record as an ordered list of JSON fields (string or boolean values), rendered to a line with
 * Jackson. It stays a field list until written so that a quirk can drop or change one field, and
 * the field order stays the contract's, whatever the values.
 */
final class JsonFields {
  private static final JsonFactory JSON = JsonFactory.builder().build();

  private final List<String> names;
  private final List<Object> values;

  JsonFields() {
    this(new ArrayList<>(10), new ArrayList<>(10));
  }

  private JsonFields(List<String> names, List<Object> values) {
    this.names = names;
    this.values = values;
  }

  /** Adds a string field; a null value means the field is absent, as optional fields may be. */
  JsonFields put(String name, String value) {
    if (value != null) {
      names.add(name);
      values.add(value);
    }
    return this;
  }

  JsonFields put(String name, boolean value) {
    names.add(name);
    values.add(value);
    return this;
  }

  /** A copy without the field. */
  JsonFields without(String name) {
    JsonFields copy = new JsonFields();
    for (int i = 0; i < names.size(); i++) {
      if (!names.get(i).equals(name)) {
        copy.names.add(names.get(i));
        copy.values.add(values.get(i));
      }
    }
    return copy;
  }

  /** A copy with the field's value replaced, in place. */
  JsonFields replacing(String name, String value) {
    JsonFields copy = new JsonFields(new ArrayList<>(names), new ArrayList<>(values));
    int index = names.indexOf(name);
    if (index < 0) {
      throw new IllegalArgumentException("no field " + name);
    }
    copy.values.set(index, value);
    return copy;
  }

  String render() {
    StringWriter out = new StringWriter(256);
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.writeStartObject();
      for (int i = 0; i < names.size(); i++) {
        Object value = values.get(i);
        if (value instanceof Boolean flag) {
          json.writeBooleanField(names.get(i), flag);
        } else {
          json.writeStringField(names.get(i), (String) value);
        }
      }
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render a record to JSON", e);
    }
    return out.toString();
  }
}
