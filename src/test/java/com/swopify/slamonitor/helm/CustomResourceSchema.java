package com.swopify.slamonitor.helm;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A CustomResourceDefinition's schema applied to a rendered resource, as the API server applies it:
 * the version must be served, the kind the CRD's, and every field must fit the structural schema
 * (types, bounds, enums, required). A field the schema does not know is reported too: the API
 * server would prune it silently, and the setting would be lost without a word.
 */
final class CustomResourceSchema {
  private final JsonNode crd;

  private CustomResourceSchema(JsonNode crd) {
    this.crd = crd;
  }

  static CustomResourceSchema load(Path file) {
    try {
      return new CustomResourceSchema(Chart.readYaml(Files.readString(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the API server would refuse or prune; empty when the resource is valid. */
  List<String> violations(JsonNode resource) {
    List<String> problems = new ArrayList<>();
    String group = crd.at("/spec/group").asText();
    String apiVersion = resource.path("apiVersion").asText();
    if (!resource.path("kind").asText().equals(crd.at("/spec/names/kind").asText())) {
      problems.add(
          "kind "
              + resource.path("kind").asText()
              + " is not the CRD's "
              + crd.at("/spec/names/kind").asText());
    }
    JsonNode version = null;
    for (JsonNode v : crd.at("/spec/versions")) {
      if (apiVersion.equals(group + "/" + v.path("name").asText())
          && v.path("served").asBoolean()) {
        version = v;
      }
    }
    if (version == null) {
      problems.add("apiVersion " + apiVersion + " is not served by the CRD");
      return problems;
    }
    JsonNode metadata = resource.path("metadata");
    if (!metadata.path("name").asText().matches("[a-z0-9]([-a-z0-9.]*[a-z0-9])?")
        || metadata.path("name").asText().length() > 253) {
      problems.add("metadata.name " + metadata.path("name") + " is not a DNS subdomain");
    }
    if ("Namespaced".equals(crd.at("/spec/scope").asText())
        && !metadata.path("namespace").asText().matches("[a-z0-9]([-a-z0-9]*[a-z0-9])?")) {
      problems.add("metadata.namespace " + metadata.path("namespace") + " is not a namespace name");
    }
    JsonNode schema = version.at("/schema/openAPIV3Schema");
    Iterator<Map.Entry<String, JsonNode>> fields = resource.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (!field.getKey().equals("metadata")) {
        check(
            field.getKey(),
            field.getValue(),
            schema.path("properties").path(field.getKey()),
            problems);
      }
    }
    return problems;
  }

  private static void check(String path, JsonNode value, JsonNode schema, List<String> problems) {
    if (schema.isMissingNode()) {
      problems.add(path + " is not in the schema (the API server would prune it)");
      return;
    }
    String type = schema.path("type").asText();
    switch (type) {
      case "object" -> {
        if (!value.isObject()) {
          problems.add(path + " must be an object");
          return;
        }
        for (JsonNode required : schema.path("required")) {
          if (!value.has(required.asText())) {
            problems.add(path + "." + required.asText() + " is required");
          }
        }
        if (schema.path("x-kubernetes-preserve-unknown-fields").asBoolean()) {
          return;
        }
        value
            .fields()
            .forEachRemaining(
                f -> {
                  JsonNode fieldSchema = schema.path("properties").path(f.getKey());
                  if (fieldSchema.isMissingNode() && schema.has("additionalProperties")) {
                    fieldSchema = schema.path("additionalProperties");
                  }
                  check(path + "." + f.getKey(), f.getValue(), fieldSchema, problems);
                });
      }
      case "array" -> {
        if (!value.isArray()) {
          problems.add(path + " must be an array");
          return;
        }
        for (int i = 0; i < value.size(); i++) {
          check(path + "[" + i + "]", value.get(i), schema.path("items"), problems);
        }
      }
      case "integer" -> {
        if (!value.isIntegralNumber()) {
          problems.add(path + " must be an integer, not " + value);
          return;
        }
        bounds(path, value, schema, problems);
      }
      case "number" -> {
        if (!value.isNumber()) {
          problems.add(path + " must be a number, not " + value);
          return;
        }
        bounds(path, value, schema, problems);
      }
      case "string" -> {
        if (!value.isTextual()) {
          problems.add(path + " must be a string, not " + value);
        }
      }
      case "boolean" -> {
        if (!value.isBoolean()) {
          problems.add(path + " must be a boolean, not " + value);
        }
      }
      default ->
          throw new IllegalStateException(
              path
                  + ": schema type '"
                  + type
                  + "' is not one this check knows; extend it rather than pass the field unchecked");
    }
    if (schema.has("enum")) {
      boolean listed = false;
      for (JsonNode allowed : schema.path("enum")) {
        listed |= allowed.equals(value);
      }
      if (!listed) {
        problems.add(path + " " + value + " is not one of " + schema.path("enum"));
      }
    }
  }

  private static void bounds(String path, JsonNode value, JsonNode schema, List<String> problems) {
    if (schema.has("minimum")
        && value.decimalValue().compareTo(schema.path("minimum").decimalValue()) < 0) {
      problems.add(path + " " + value + " is below the minimum " + schema.path("minimum"));
    }
    if (schema.has("maximum")
        && value.decimalValue().compareTo(schema.path("maximum").decimalValue()) > 0) {
      problems.add(path + " " + value + " is above the maximum " + schema.path("maximum"));
    }
  }
}
