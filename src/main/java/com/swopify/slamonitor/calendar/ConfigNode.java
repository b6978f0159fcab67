package com.swopify.slamonitor.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A value of the parsed markets YAML together with its location ({@code markets.SK.holidays[2]}),
 * so that every type check reports where the problem is. A missing key is a node without value.
 */
final class ConfigNode {
  private final JsonNode node; // null when the key is absent
  private final String path;
  private final String origin;

  private ConfigNode(JsonNode node, String path, String origin) {
    this.node = node;
    this.path = path;
    this.origin = origin;
  }

  static ConfigNode root(JsonNode node, String origin) {
    return new ConfigNode(node, "", origin);
  }

  String path() {
    return path;
  }

  /** An error about this value: {@code origin: path: problem}. */
  ConfigException error(String problem) {
    return new ConfigException(origin + ": " + (path.isEmpty() ? "" : path + ": ") + problem);
  }

  boolean isMissing() {
    return node == null;
  }

  ConfigNode required() {
    if (node == null) {
      throw error("required key is missing");
    }
    return this;
  }

  /** A scalar as text (numbers and booleans included, as written). */
  String text() {
    if (node == null || !node.isValueNode() || node.isNull()) {
      throw error("expected a single value, found " + describe());
    }
    return node.asText();
  }

  double number() {
    if (node == null || !node.isNumber()) {
      throw error("expected a number, found " + describe());
    }
    return node.asDouble();
  }

  int wholeNumber() {
    if (node == null || !node.isIntegralNumber() || !node.canConvertToInt()) {
      throw error("expected a whole number, found " + describe());
    }
    return node.asInt();
  }

  List<ConfigNode> items() {
    if (node == null || !node.isArray()) {
      throw error("expected a list, found " + describe());
    }
    List<ConfigNode> items = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      items.add(new ConfigNode(node.get(i), path + "[" + i + "]", origin));
    }
    return items;
  }

  /** The entries of a map whose keys are data (market codes, weekdays), in file order. */
  Map<String, ConfigNode> entries() {
    if (node == null || !node.isObject()) {
      throw error("expected a map, found " + describe());
    }
    Map<String, ConfigNode> entries = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      entries.put(e.getKey(), child(e.getKey(), e.getValue()));
    }
    return entries;
  }

  /**
   * Checks that this is a map of settings with no key outside {@code allowed}: a misspelt key
   * would otherwise be ignored silently and its default used.
   */
  ConfigNode requireOnlyKeys(List<String> allowed) {
    List<String> unknown = new ArrayList<>();
    for (String key : entries().keySet()) {
      if (!allowed.contains(key)) {
        unknown.add("'" + key + "'");
      }
    }
    if (!unknown.isEmpty()) {
      throw error((unknown.size() == 1 ? "unknown key " : "unknown keys ") + String.join(", ", unknown)
          + " (allowed: " + String.join(", ", allowed) + ")");
    }
    return this;
  }

  /** The value under {@code key} of this map; a missing node when absent. */
  ConfigNode get(String key) {
    return child(key, node == null ? null : node.get(key));
  }

  private ConfigNode child(String key, JsonNode value) {
    return new ConfigNode(value, path.isEmpty() ? key : path + "." + key, origin);
  }

  private String describe() {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return "nothing";
    }
    if (node.isArray()) {
      return "a list";
    }
    if (node.isObject()) {
      return "a map";
    }
    return "'" + node.asText() + "'";
  }
}
