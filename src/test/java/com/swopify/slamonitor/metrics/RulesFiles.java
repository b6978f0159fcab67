package com.swopify.slamonitor.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Reads the chart's Prometheus rules file. */
final class RulesFiles {
  private RulesFiles() {}

  static List<JsonNode> rules(String yaml) {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<JsonNode> rules = new ArrayList<>();
    root.path("groups").forEach(group -> group.path("rules").forEach(rules::add));
    return rules;
  }

  static List<String> alerts(String yaml) {
    return rules(yaml).stream().map(r -> r.path("alert").asText()).toList();
  }
}
