package com.swopify.slamonitor.helm;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The chart rendered by Helm's own library (helm-java bundles it natively), so the tests see
 * exactly what {@code helm template} and {@code helm install} would send to the cluster.
 */
final class Chart {
  static final Path DIR = Path.of("helm", "helpdesk-sla-monitor");
  static final Path PRODUCTION_VALUES =
      Path.of("src", "test", "resources", "helm", "values-production.yaml");

  /** The one value without a default: the schema requires it. */
  static final String BOOTSTRAP = "kafka-bootstrap.kafka:9092";

  static final String RELEASE = "sla";
  static final String NAMESPACE = "helpdesk";

  static final ObjectMapper YAML = new YAMLMapper();
  static final ObjectMapper JSON = new ObjectMapper();

  private Chart() {}

  /** The default values plus the required bootstrap servers. */
  static Rendered defaults() {
    return new Rendered(render(Map.of("kafka.bootstrapServers", BOOTSTRAP), null));
  }

  static Rendered production() {
    return new Rendered(render(Map.of(), PRODUCTION_VALUES));
  }

  /** The chart-testing values files (ci/*-values.yaml), each a case `ct install` deploys. */
  static List<Path> ciValues() {
    try (var files = Files.list(DIR.resolve("ci"))) {
      return files
          .filter(f -> f.getFileName().toString().endsWith("-values.yaml"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A copy of the chart in {@code dir}, for tests that change a file of it; its directory. */
  static Path copyTo(Path dir) throws IOException {
    Path copy = dir.resolve(DIR.getFileName());
    try (var files = Files.walk(DIR)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path target = copy.resolve(DIR.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
    return copy;
  }

  /** Helm's output; Helm's failures (schema, template) surface as exceptions. */
  static String render(Map<String, Object> set, Path valuesFile) {
    return render(DIR, set, valuesFile);
  }

  static String render(Path chart, Map<String, Object> set, Path valuesFile) {
    TemplateCommand template =
        new Helm(chart).template().withName(RELEASE).withNamespace(NAMESPACE);
    if (valuesFile != null) {
      template = template.withValuesFile(valuesFile.toAbsolutePath());
    }
    for (Map.Entry<String, Object> e : set.entrySet()) {
      template = template.set(e.getKey(), e.getValue());
    }
    return template.call();
  }

  static JsonNode readYaml(String yaml) {
    try {
      return YAML.readTree(yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rendered documents, parsed; empty documents (a disabled template) are left out. */
  record Rendered(String text, List<JsonNode> documents) {
    Rendered(String text) {
      this(text, parse(text));
    }

    private static List<JsonNode> parse(String text) {
      List<JsonNode> docs = new ArrayList<>();
      try (JsonParser parser = YAML.getFactory().createParser(text);
          MappingIterator<JsonNode> it = YAML.readValues(parser, JsonNode.class)) {
        while (it.hasNext()) {
          JsonNode doc = it.next();
          if (doc != null && doc.isObject() && !doc.isEmpty()) {
            docs.add(doc);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return docs;
    }

    List<JsonNode> all(String kind) {
      return documents.stream().filter(d -> kind.equals(d.path("kind").asText())).toList();
    }

    /**
     * The single document of this kind (and name suffix), failing when there is not exactly one.
     */
    JsonNode one(String kind, String nameSuffix) {
      List<JsonNode> found =
          all(kind).stream()
              .filter(d -> d.path("metadata").path("name").asText().endsWith(nameSuffix))
              .toList();
      if (found.size() != 1) {
        throw new AssertionError(
            "expected one "
                + kind
                + " named *"
                + nameSuffix
                + ", found "
                + found.size()
                + " among "
                + documents.size()
                + " documents");
      }
      return found.get(0);
    }

    JsonNode one(String kind) {
      return one(kind, "");
    }
  }
}
