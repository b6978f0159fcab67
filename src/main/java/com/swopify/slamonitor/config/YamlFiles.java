package com.swopify.slamonitor.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads a configuration file's YAML into records with Jackson, strictly: a duplicate key, a key the
 * record does not have, or a value of the wrong shape is a {@link ConfigException} of one line that
 * names the file, the key path ({@code markets.SK.businessHours.MONDAY[1]}) and the problem. What
 * the records' own checks find, they report as a {@link ConfigProblem}.
 */
public final class YamlFiles {
  /**
   * Strict: duplicate keys would otherwise let the last one win without a word, an unknown
   * (misspelt) key would leave its default in force, and 5.5 or "5" would pass for a count.
   */
  private static final YAMLMapper YAML = strictMapper();

  private YamlFiles() {}

  private static YAMLMapper strictMapper() {
    YAMLMapper mapper =
        YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .build();
    for (LogicalType number : List.of(LogicalType.Integer, LogicalType.Float)) {
      mapper
          .coercionConfigFor(number)
          .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    }
    mapper
        .coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Array, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Object, CoercionAction.Fail);
    return mapper;
  }

  /** The YAML tree of {@code text}; null for a document without content (empty, only comments). */
  public static JsonNode tree(String text, String origin) {
    try {
      JsonNode tree = YAML.readTree(text);
      return tree == null || tree.isMissingNode() || tree.isNull() ? null : tree;
    } catch (JacksonException e) {
      throw notYaml(e, origin);
    }
  }

  /** The tree as a {@code type}; every problem a one-line ConfigException. */
  public static <T> T bind(JsonNode tree, Class<T> type, String origin) {
    try {
      return YAML.treeToValue(tree, type);
    } catch (JsonMappingException e) {
      throw new ConfigException(origin + ": " + located(e, tree));
    } catch (JacksonException e) {
      throw new ConfigException(origin + ": " + oneLine(e.getOriginalMessage()));
    }
  }

  /** An error at {@code path} (empty for the whole file). */
  public static ConfigException error(String origin, String path, String problem) {
    return new ConfigException(origin + ": " + (path.isEmpty() ? "" : path + ": ") + problem);
  }

  /**
   * SnakeYAML's own message spans several lines with a caret drawing; keep its facts on one line.
   */
  private static ConfigException notYaml(JacksonException e, String origin) {
    if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
      Mark mark = yaml.getProblemMark();
      String context = yaml.getContext() == null ? "" : " (" + oneLine(yaml.getContext()) + ")";
      return new ConfigException(
          origin
              + ": not valid YAML (line "
              + (mark.getLine() + 1)
              + ", column "
              + (mark.getColumn() + 1)
              + "): "
              + oneLine(yaml.getProblem())
              + context);
    }
    JsonLocation where = e.getLocation();
    String line = where == null || where.getLineNr() < 1 ? "" : " (line " + where.getLineNr() + ")";
    return new ConfigException(
        origin + ": not valid YAML" + line + ": " + oneLine(e.getOriginalMessage()));
  }

  private static String oneLine(String text) {
    return String.valueOf(text).replaceAll("\\s*\\R\\s*", " ").trim();
  }

  private static String located(JsonMappingException e, JsonNode tree) {
    List<JsonMappingException.Reference> path = e.getPath();
    if (e instanceof UnrecognizedPropertyException unknown) {
      List<JsonMappingException.Reference> parent = path.subList(0, Math.max(0, path.size() - 1));
      return at(parent, unknownKeys(at(tree, parent), unknown.getReferringClass()));
    }
    if (e.getCause() instanceof ConfigProblem problem) {
      // A record's own check: its path continues the path to the record.
      String base = pathText(path);
      String rest = problem.path();
      String full = base.isEmpty() ? rest : rest.isEmpty() ? base : base + "." + rest;
      return (full.isEmpty() ? "" : full + ": ") + problem.getMessage();
    }
    if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      JavaType type = YAML.getTypeFactory().constructType(mismatch.getTargetType());
      return at(path, "expected " + shape(type) + ", found " + describe(at(tree, path)));
    }
    return at(path, oneLine(e.getOriginalMessage()));
  }

  private static String at(List<JsonMappingException.Reference> path, String problem) {
    String where = pathText(path);
    return (where.isEmpty() ? "" : where + ": ") + problem;
  }

  /** Every unknown key of the map at once, with the keys the record knows in their order. */
  private static String unknownKeys(JsonNode map, Class<?> type) {
    List<String> allowed = new ArrayList<>();
    if (type != null && type.isRecord()) {
      for (RecordComponent component : type.getRecordComponents()) {
        allowed.add(component.getName());
      }
    }
    List<String> unknown = new ArrayList<>();
    if (map != null) {
      map.fieldNames()
          .forEachRemaining(
              key -> {
                if (!allowed.contains(key)) {
                  unknown.add("'" + key + "'");
                }
              });
    }
    return (unknown.size() == 1 ? "unknown key " : "unknown keys ")
        + String.join(", ", unknown)
        + " (allowed: "
        + String.join(", ", allowed)
        + ")";
  }

  private static String shape(JavaType type) {
    Class<?> raw = type.getRawClass();
    if (type.isCollectionLikeType()
        || type.isArrayType()
        || Collection.class.isAssignableFrom(raw)) {
      return "a list";
    }
    if (type.isMapLikeType() || Map.class.isAssignableFrom(raw) || raw.isRecord()) {
      return "a map";
    }
    if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
      return "a whole number";
    }
    if (Number.class.isAssignableFrom(raw) || raw == double.class) {
      return "a number";
    }
    return "a single value";
  }

  /** The path as a person writes it: {@code markets.SK.holidays[2]}. */
  public static String pathText(List<JsonMappingException.Reference> path) {
    StringBuilder text = new StringBuilder();
    for (JsonMappingException.Reference step : path) {
      if (step.getIndex() >= 0) {
        text.append('[').append(step.getIndex()).append(']');
      } else if (step.getFieldName() != null) {
        text.append(text.length() == 0 ? "" : ".").append(step.getFieldName());
      }
    }
    return text.toString();
  }

  private static JsonNode at(JsonNode tree, List<JsonMappingException.Reference> path) {
    JsonNode node = tree;
    for (JsonMappingException.Reference step : path) {
      if (node == null) {
        return null;
      }
      node = step.getIndex() >= 0 ? node.get(step.getIndex()) : node.get(step.getFieldName());
    }
    return node;
  }

  /** A value as the messages show it: {@code 'text'}, a list, a map, nothing. */
  public static String describe(JsonNode node) {
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
