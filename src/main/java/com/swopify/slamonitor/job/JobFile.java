package com.swopify.slamonitor.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.swopify.slamonitor.config.ConfigException;
import com.swopify.slamonitor.config.YamlFiles;
import com.swopify.slamonitor.detect.DetectorSettings;
import com.swopify.slamonitor.events.Finding.FindingType;
import com.swopify.slamonitor.kafka.Topics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A job definition (jobs/helpdesk-sla.yaml): where Kafka is, the topics, the markets file,
 * checkpoints, state backend, watermarks, parallelism and metrics. Every value has a default but
 * the markets file; flags and environment variables override the file (see {@link JobSettings}).
 *
 * <p>Jackson reads the file into the records below, which mirror it key for key (an unknown key is
 * an error); their values are text, as written or substituted from the environment ({@code
 * "${PORT}"}), and are checked here with the key path at fault in the message.
 */
public final class JobFile {
  /** The file's top level. */
  record Keys(
      String name,
      KafkaKeys kafka,
      TopicKeys topics,
      String markets,
      String parallelism,
      CheckpointKeys checkpoints,
      String stateBackend,
      WatermarkKeys watermarks,
      String idRetention,
      String metricsPort,
      DetectorKeys detectors,
      String breachCountDelay) {}

  record KafkaKeys(
      String bootstrapServers,
      String groupId,
      String propertiesFile,
      String transactionTimeout,
      String alertsDelivery) {}

  record TopicKeys(
      String messages,
      String replies,
      String absences,
      String cases,
      String alerts,
      String breaches,
      String takeovers,
      String breachCounts,
      String deadLetters,
      String findingReviews,
      String marks,
      String sellerScores) {}

  record CheckpointKeys(String interval, String dir) {}

  record WatermarkKeys(String outOfOrderness, String idleAfter, String quietLag) {}

  record DetectorKeys(
      List<String> platformDomains,
      String languageMinChars,
      String languageMinConfidence,
      String templateMinThreads,
      String templateWindow,
      String templateMaxDelay,
      String textCacheSize,
      LinkedHashMap<String, String> reviewThresholds) {}

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

  /**
   * @param base the folder that relative paths in the file are relative to
   */
  public static JobSettings parse(String text, String origin, Map<String, String> env, Path base) {
    JsonNode tree = YamlFiles.tree(EnvSubstitution.apply(text, env, origin), origin);
    if (tree == null || !tree.isObject()) {
      throw new ConfigException(origin + ": expected a mapping of job settings");
    }
    Keys file = YamlFiles.bind(tree, Keys.class, origin);
    KafkaKeys kafka = or(file.kafka(), new KafkaKeys(null, null, null, null, null));
    TopicKeys topics =
        or(
            file.topics(),
            new TopicKeys(null, null, null, null, null, null, null, null, null, null, null, null));
    CheckpointKeys checkpoints = or(file.checkpoints(), new CheckpointKeys(null, null));
    WatermarkKeys watermarks = or(file.watermarks(), new WatermarkKeys(null, null, null));
    Reader r = new Reader(origin);
    JobSettings defaults = JobSettings.defaults();
    Topics t = Topics.defaults();
    String propertiesFile = kafka.propertiesFile();
    return new JobSettings(
        or(file.name(), defaults.name()),
        or(kafka.bootstrapServers(), defaults.bootstrapServers()),
        or(kafka.groupId(), defaults.groupId()),
        propertiesFile == null || propertiesFile.isBlank() ? null : base.resolve(propertiesFile),
        r.duration(
            "kafka.transactionTimeout", kafka.transactionTimeout(), defaults.transactionTimeout()),
        r.delivery("kafka.alertsDelivery", kafka.alertsDelivery(), defaults.alertsExactlyOnce()),
        new Topics(
            or(topics.messages(), t.messages()),
            or(topics.replies(), t.replies()),
            or(topics.absences(), t.absences()),
            or(topics.cases(), t.cases()),
            or(topics.alerts(), t.alerts()),
            or(topics.breaches(), t.breaches()),
            or(topics.takeovers(), t.takeovers()),
            or(topics.breachCounts(), t.breachCounts()),
            or(topics.deadLetters(), t.deadLetters()),
            or(topics.findingReviews(), t.findingReviews()),
            or(topics.marks(), t.marks()),
            or(topics.sellerScores(), t.sellerScores())),
        file.markets() == null ? null : base.resolve(file.markets()),
        r.intAtLeast("parallelism", file.parallelism(), defaults.parallelism(), 1),
        r.duration("checkpoints.interval", checkpoints.interval(), defaults.checkpointInterval()),
        or(checkpoints.dir(), defaults.checkpointDir()),
        r.stateBackend("stateBackend", or(file.stateBackend(), defaults.stateBackend())),
        r.duration(
            "watermarks.outOfOrderness", watermarks.outOfOrderness(), defaults.outOfOrderness()),
        r.duration("watermarks.idleAfter", watermarks.idleAfter(), defaults.idleAfter()),
        r.duration("watermarks.quietLag", watermarks.quietLag(), defaults.quietLag()),
        r.duration("idRetention", file.idRetention(), defaults.idRetention()),
        r.port("metricsPort", file.metricsPort(), defaults.metricsPort()),
        detectors(r, file.detectors(), defaults.detectors()),
        r.duration("breachCountDelay", file.breachCountDelay(), defaults.breachCountDelay()));
  }

  private static <T> T or(T value, T fallback) {
    return value != null ? value : fallback;
  }

  private static DetectorSettings detectors(Reader r, DetectorKeys keys, DetectorSettings d) {
    if (keys == null) {
      return d;
    }
    try {
      return new DetectorSettings(
          r.strings("detectors.platformDomains", keys.platformDomains(), d.platformDomains()),
          r.intAtLeast(
              "detectors.languageMinChars", keys.languageMinChars(), d.languageMinChars(), 1),
          r.fraction(
              "detectors.languageMinConfidence",
              keys.languageMinConfidence(),
              d.languageMinConfidence()),
          r.intAtLeast(
              "detectors.templateMinThreads", keys.templateMinThreads(), d.templateMinThreads(), 1),
          r.duration("detectors.templateWindow", keys.templateWindow(), d.templateWindow()),
          r.duration("detectors.templateMaxDelay", keys.templateMaxDelay(), d.templateMaxDelay()),
          r.intAtLeast("detectors.textCacheSize", keys.textCacheSize(), d.textCacheSize(), 0),
          reviewThresholds(r, keys.reviewThresholds(), d.reviewThresholds()));
    } catch (IllegalArgumentException e) {
      throw r.error("detectors", e.getMessage());
    }
  }

  /**
   * {@code reviewThresholds}: a confidence per finding type (OFF_PLATFORM_CONTACT, ...); a type
   * left out keeps its default.
   */
  private static Map<FindingType, Double> reviewThresholds(
      Reader r, Map<String, String> values, Map<FindingType, Double> defaults) {
    Map<FindingType, Double> thresholds = new EnumMap<>(defaults);
    if (values == null) {
      return thresholds;
    }
    Set<String> names = new TreeSet<>();
    for (FindingType type : FindingType.values()) {
      names.add(type.name());
    }
    for (String name : values.keySet()) {
      if (!names.contains(name)) {
        throw r.error(
            "detectors.reviewThresholds",
            "unknown key '" + name + "' (allowed: " + String.join(", ", names) + ")");
      }
    }
    for (FindingType type : FindingType.values()) {
      String key = "detectors.reviewThresholds." + type.name();
      thresholds.put(type, r.fraction(key, values.get(type.name()), defaults.get(type)));
    }
    return thresholds;
  }

  /** Checks values given as text, naming the key at fault. */
  private record Reader(String origin) {
    ConfigException error(String key, String problem) {
      return new ConfigException(origin + ": " + key + ": " + problem);
    }

    Duration duration(String key, String value, Duration fallback) {
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

    int intAtLeast(String key, String value, int fallback, int least) {
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

    int port(String key, String value, int fallback) {
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

    boolean delivery(String key, String value, boolean fallback) {
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
    Set<String> strings(String key, List<String> values, Set<String> fallback) {
      if (values == null) {
        return fallback;
      }
      Set<String> set = new TreeSet<>();
      for (int i = 0; i < values.size(); i++) {
        String value = values.get(i);
        if (value == null || value.isBlank()) {
          throw error(key + "[" + i + "]", "expected a plain value, e.g. swopify.sk");
        }
        set.add(value.trim().toLowerCase(java.util.Locale.ROOT));
      }
      return set;
    }

    /** A number from 0 to 1. */
    double fraction(String key, String value, double fallback) {
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

    String stateBackend(String key, String value) {
      if (!value.equals("hashmap") && !value.equals("rocksdb")) {
        throw error(key, "expected hashmap or rocksdb, was " + value);
      }
      return value;
    }
  }
}
