package com.swopify.slamonitor.job;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.swopify.slamonitor.config.ConfigException;
import com.swopify.slamonitor.detect.DetectorSettings;
import com.swopify.slamonitor.events.Finding.FindingType;
import com.swopify.slamonitor.kafka.Topics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * A job definition (jobs/helpdesk-sla.yaml): where Kafka is, the topics, the markets file,
 * checkpoints, state backend, watermarks, parallelism and metrics. Every value has a default but
 * the markets file; flags and environment variables override the file (see {@link JobSettings}).
 */
public final class JobFile {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Set<String> TOP_KEYS = Set.of("name", "kafka", "topics", "markets",
      "parallelism", "checkpoints", "stateBackend", "watermarks", "idRetention", "metricsPort",
      "detectors", "breachCountDelay");
  private static final Set<String> KAFKA_KEYS = Set.of("bootstrapServers", "groupId",
      "propertiesFile", "transactionTimeout", "alertsDelivery");
  private static final Set<String> TOPIC_KEYS = Set.of("messages", "replies", "absences", "cases",
      "alerts", "breaches", "takeovers", "breachCounts", "deadLetters", "findingReviews",
      "marks", "sellerScores");
  private static final Set<String> CHECKPOINT_KEYS = Set.of("interval", "dir");
  private static final Set<String> WATERMARK_KEYS = Set.of("outOfOrderness", "idleAfter",
      "quietLag");
  private static final Set<String> DETECTOR_KEYS = Set.of("platformDomains", "languageMinChars",
      "languageMinConfidence", "templateMinThreads", "templateWindow", "templateMaxDelay",
      "textCacheSize", "reviewThresholds");

  private JobFile() {}

  public static JobSettings load(Path file, Map<String, String> env) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read the job file (" + e.getMessage() + ")");
    }
    return parse(text, file.toString(), env, file.toAbsolutePath().getParent());
  }

  /** @param base the folder that relative paths in the file are relative to */
  public static JobSettings parse(String text, String origin, Map<String, String> env, Path base) {
    JsonNode root;
    try {
      root = YAML.readTree(EnvSubstitution.apply(text, env, origin));
    } catch (JacksonException e) {
      throw new ConfigException(origin + ": not valid YAML: "
          + String.valueOf(e.getOriginalMessage()).replaceAll("\\s*\\R\\s*", " "));
    }
    if (root == null || !root.isObject()) {
      throw new ConfigException(origin + ": expected a mapping of job settings");
    }
    Reader r = new Reader(origin);
    r.onlyKeys(root, "", TOP_KEYS);
    JsonNode kafka = r.object(root, "kafka");
    JsonNode topics = r.object(root, "topics");
    JsonNode checkpoints = r.object(root, "checkpoints");
    JsonNode watermarks = r.object(root, "watermarks");
    r.onlyKeys(kafka, "kafka.", KAFKA_KEYS);
    r.onlyKeys(topics, "topics.", TOPIC_KEYS);
    r.onlyKeys(checkpoints, "checkpoints.", CHECKPOINT_KEYS);
    r.onlyKeys(watermarks, "watermarks.", WATERMARK_KEYS);
    JsonNode detectors = r.object(root, "detectors");
    r.onlyKeys(detectors, "detectors.", DETECTOR_KEYS);

    JobSettings defaults = JobSettings.defaults();
    Topics t = Topics.defaults();
    String marketsFile = r.text(root, "markets", null);
    String propertiesFile = r.text(kafka, "propertiesFile", null);
    return new JobSettings(
        r.text(root, "name", defaults.name()),
        r.text(kafka, "bootstrapServers", defaults.bootstrapServers()),
        r.text(kafka, "groupId", defaults.groupId()),
        propertiesFile == null || propertiesFile.isBlank() ? null : base.resolve(propertiesFile),
        r.duration(kafka, "transactionTimeout", defaults.transactionTimeout()),
        r.delivery(kafka, "alertsDelivery", defaults.alertsExactlyOnce()),
        new Topics(
            r.text(topics, "messages", t.messages()), r.text(topics, "replies", t.replies()),
            r.text(topics, "absences", t.absences()), r.text(topics, "cases", t.cases()),
            r.text(topics, "alerts", t.alerts()), r.text(topics, "breaches", t.breaches()),
            r.text(topics, "takeovers", t.takeovers()),
            r.text(topics, "breachCounts", t.breachCounts()),
            r.text(topics, "deadLetters", t.deadLetters()),
            r.text(topics, "findingReviews", t.findingReviews()),
            r.text(topics, "marks", t.marks()),
            r.text(topics, "sellerScores", t.sellerScores())),
        marketsFile == null ? null : base.resolve(marketsFile),
        r.positiveInt(root, "parallelism", defaults.parallelism()),
        r.duration(checkpoints, "interval", defaults.checkpointInterval()),
        r.text(checkpoints, "dir", defaults.checkpointDir()),
        r.stateBackend(root, "stateBackend", defaults.stateBackend()),
        r.duration(watermarks, "outOfOrderness", defaults.outOfOrderness()),
        r.duration(watermarks, "idleAfter", defaults.idleAfter()),
        r.duration(watermarks, "quietLag", defaults.quietLag()),
        r.duration(root, "idRetention", defaults.idRetention()),
        r.port(root, "metricsPort", defaults.metricsPort()),
        detectors(r, detectors, defaults.detectors()),
        r.duration(root, "breachCountDelay", defaults.breachCountDelay()));
  }

  private static DetectorSettings detectors(Reader r, JsonNode node, DetectorSettings d) {
    try {
      return new DetectorSettings(
          r.strings(node, "platformDomains", d.platformDomains()),
          r.positiveInt(node, "languageMinChars", d.languageMinChars()),
          r.fraction(node, "languageMinConfidence", d.languageMinConfidence()),
          r.positiveInt(node, "templateMinThreads", d.templateMinThreads()),
          r.duration(node, "templateWindow", d.templateWindow()),
          r.duration(node, "templateMaxDelay", d.templateMaxDelay()),
          r.intAtLeast(node, "textCacheSize", d.textCacheSize(), 0),
          reviewThresholds(r, r.object(node, "reviewThresholds"), d.reviewThresholds()));
    } catch (IllegalArgumentException e) {
      throw r.error("detectors", e.getMessage());
    }
  }

  /**
   * {@code reviewThresholds}: a confidence per finding type (OFF_PLATFORM_CONTACT, ...); a type
   * left out keeps its default.
   */
  private static Map<FindingType, Double> reviewThresholds(Reader r, JsonNode node,
      Map<FindingType, Double> defaults) {
    Set<String> names = new java.util.TreeSet<>();
    for (FindingType type : FindingType.values()) {
      names.add(type.name());
    }
    r.onlyKeys(node, "detectors.reviewThresholds.", names);
    Map<FindingType, Double> thresholds = new EnumMap<>(defaults);
    for (FindingType type : FindingType.values()) {
      thresholds.put(type, r.fraction(node, type.name(), defaults.get(type)));
    }
    return thresholds;
  }

  /** Reads typed values, naming the key at fault. */
  private record Reader(String origin) {
    ConfigException error(String key, String problem) {
      return new ConfigException(origin + ": " + key + ": " + problem);
    }

    void onlyKeys(JsonNode node, String prefix, Set<String> allowed) {
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!allowed.contains(name)) {
          throw error(prefix + name, "unknown key (expected one of " + new java.util.TreeSet<>(allowed) + ")");
        }
      }
    }

    JsonNode object(JsonNode parent, String key) {
      JsonNode node = parent.get(key);
      if (node == null || node.isNull()) {
        return YAML.createObjectNode();
      }
      if (!node.isObject()) {
        throw error(key, "expected a mapping");
      }
      return node;
    }

    String text(JsonNode parent, String key, String fallback) {
      JsonNode node = parent.get(key);
      if (node == null || node.isNull()) {
        return fallback;
      }
      if (!node.isValueNode()) {
        throw error(key, "expected a value");
      }
      return node.asText();
    }

    Duration duration(JsonNode parent, String key, Duration fallback) {
      String value = text(parent, key, null);
      if (value == null) {
        return fallback;
      }
      try {
        Duration d = Duration.parse(value);
        if (d.isNegative()) {
          throw error(key, "must not be negative: " + value);
        }
        return d;
      } catch (DateTimeParseException e) {
        throw error(key, "not an ISO-8601 duration: " + value + " (e.g. PT10S, PT15M)");
      }
    }

    int positiveInt(JsonNode parent, String key, int fallback) {
      return intAtLeast(parent, key, fallback, 1);
    }

    int intAtLeast(JsonNode parent, String key, int fallback, int least) {
      String value = text(parent, key, null);
      if (value == null) {
        return fallback;
      }
      try {
        int n = Integer.parseInt(value.trim());
        if (n < least) {
          throw error(key, "must be at least " + least + ", was " + n);
        }
        return n;
      } catch (NumberFormatException e) {
        throw error(key, "not a whole number: " + value);
      }
    }

    int port(JsonNode parent, String key, int fallback) {
      String value = text(parent, key, null);
      if (value == null) {
        return fallback;
      }
      try {
        int port = Integer.parseInt(value.trim());
        if (port < 0 || port > 65535) {
          throw error(key, "not a port (0-65535; 0 turns it off): " + value);
        }
        return port;
      } catch (NumberFormatException e) {
        throw error(key, "not a port (0-65535; 0 turns it off): " + value);
      }
    }

    boolean delivery(JsonNode parent, String key, boolean fallback) {
      String value = text(parent, key, null);
      if (value == null) {
        return fallback;
      }
      return switch (value) {
        case "exactly-once" -> true;
        case "at-least-once" -> false;
        default -> throw error(key, "expected exactly-once or at-least-once, was " + value);
      };
    }

    /** A list of plain values, as a set. */
    Set<String> strings(JsonNode parent, String key, Set<String> fallback) {
      JsonNode node = parent.get(key);
      if (node == null || node.isNull()) {
        return fallback;
      }
      if (!node.isArray()) {
        throw error(key, "expected a list, e.g. [swopify.sk, swopify.cz]");
      }
      Set<String> values = new java.util.TreeSet<>();
      for (JsonNode item : node) {
        if (!item.isValueNode() || item.asText().isBlank()) {
          throw error(key, "expected plain values in the list");
        }
        values.add(item.asText().trim().toLowerCase(java.util.Locale.ROOT));
      }
      return values;
    }

    /** A number from 0 to 1. */
    double fraction(JsonNode parent, String key, double fallback) {
      String value = text(parent, key, null);
      if (value == null) {
        return fallback;
      }
      try {
        double x = Double.parseDouble(value.trim());
        if (!(x >= 0 && x <= 1)) {
          throw error(key, "must be between 0 and 1, was " + value);
        }
        return x;
      } catch (NumberFormatException e) {
        throw error(key, "not a number between 0 and 1: " + value);
      }
    }

    String stateBackend(JsonNode parent, String key, String fallback) {
      String value = text(parent, key, fallback);
      if (!value.equals("hashmap") && !value.equals("rocksdb")) {
        throw error(key, "expected hashmap or rocksdb, was " + value);
      }
      return value;
    }
  }
}
