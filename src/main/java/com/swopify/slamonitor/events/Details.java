package com.swopify.slamonitor.events;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.function.BiConsumer;

/**
 * Builds the small JSON objects that breaches carry as {@code details} and takeover requests as
 * {@code evidence}. Values are ids, instants, numbers and enum names, never message text.
 */
public final class Details {
  private final StringBuilder json = new StringBuilder(128).append('{');

  public static Details object() {
    return new Details();
  }

  public Details put(String name, String value) {
    if (value != null) {
      key(name)
          .append('"')
          .append(JsonStringEncoder.getInstance().quoteAsString(value))
          .append('"');
    }
    return this;
  }

  public Details put(String name, long value) {
    key(name).append(value);
    return this;
  }

  public Details put(String name, boolean value) {
    key(name).append(value);
    return this;
  }

  /** A number such as a confidence; written the shortest way that reads back the same. */
  public Details put(String name, double value) {
    key(name).append(value);
    return this;
  }

  /** An array of strings, in the given order. */
  public Details putStrings(String name, Collection<String> values) {
    return array(
        name,
        values,
        (json, value) ->
            json.append('"')
                .append(JsonStringEncoder.getInstance().quoteAsString(value))
                .append('"'));
  }

  /** An array of nested objects, in the given order. */
  public Details putObjects(String name, Collection<Details> objects) {
    return array(name, objects, (json, object) -> json.append(object.json()));
  }

  private <T> Details array(String name, Collection<T> items, BiConsumer<StringBuilder, T> item) {
    StringBuilder array = key(name).append('[');
    boolean first = true;
    for (T value : items) {
      if (!first) {
        array.append(',');
      }
      first = false;
      item.accept(array, value);
    }
    array.append(']');
    return this;
  }

  public Details put(String name, Instant value) {
    return put(name, value == null ? null : InstantFormat.utc(value));
  }

  public Details put(String name, Duration value) {
    return put(name, value == null ? null : value.toString());
  }

  public Details put(String name, Enum<?> value) {
    return put(name, value == null ? null : value.name());
  }

  public String json() {
    return json + "}";
  }

  private StringBuilder key(String name) {
    if (json.length() > 1) {
      json.append(',');
    }
    return json.append('"').append(name).append("\":");
  }
}
