package com.swopify.slamonitor.metrics;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The samples of a Prometheus text exposition, read the way Prometheus reads them. */
record Exposition(String text, List<Sample> samples) {
  record Sample(String name, Map<String, String> labels, double value) {}

  private static final Pattern SAMPLE =
      Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})?\\s+(\\S+)(?:\\s+\\d+)?$");
  private static final Pattern LABEL =
      Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

  static Exposition parse(String text) {
    List<Sample> samples = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      Matcher m = SAMPLE.matcher(line);
      if (!m.matches()) {
        throw new IllegalArgumentException("not a sample line: " + line);
      }
      Map<String, String> labels = new LinkedHashMap<>();
      if (m.group(2) != null) {
        Matcher l = LABEL.matcher(m.group(2));
        while (l.find()) {
          labels.put(l.group(1), l.group(2));
        }
      }
      samples.add(new Sample(m.group(1), labels, Double.parseDouble(m.group(3))));
    }
    return new Exposition(text, samples);
  }

  /** GET http://localhost:port/metrics, which must answer 200 in the text format. */
  static Exposition scrape(int port) throws IOException, InterruptedException {
    HttpResponse<String> response = get(port, "/metrics");
    if (response.statusCode() != 200) {
      throw new IOException("GET /metrics: " + response.statusCode());
    }
    return parse(response.body());
  }

  static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
  }

  /** The sum of the samples of {@code name} whose labels include all of {@code match}. */
  double sum(String name, Map<String, String> match) {
    return samples.stream()
        .filter(s -> s.name().equals(name) && s.labels().entrySet().containsAll(match.entrySet()))
        .mapToDouble(Sample::value)
        .sum();
  }

  /** How many samples of {@code name} have labels including all of {@code match}. */
  long count(String name, Map<String, String> match) {
    return samples.stream()
        .filter(s -> s.name().equals(name) && s.labels().entrySet().containsAll(match.entrySet()))
        .count();
  }

  /** The label names of the samples of {@code name}. */
  Set<Set<String>> labelNames(String name) {
    Set<Set<String>> names = new java.util.HashSet<>();
    samples.stream()
        .filter(s -> s.name().equals(name))
        .forEach(s -> names.add(s.labels().keySet()));
    return names;
  }

  double sum(String name) {
    return sum(name, Map.of());
  }

  /** The values of label {@code label} among the samples of {@code name}. */
  Set<String> labelValues(String name, String label) {
    Set<String> values = new TreeSet<>();
    samples.stream()
        .filter(s -> s.name().equals(name) && s.labels().containsKey(label))
        .forEach(s -> values.add(s.labels().get(label)));
    return values;
  }

  Set<String> names() {
    Set<String> names = new TreeSet<>();
    samples.forEach(s -> names.add(s.name()));
    return names;
  }
}
