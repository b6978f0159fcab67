package com.swopify.slamonitor.detect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The labelled corpus of Helpdesk texts under {@code src/test/resources/detectors/}: one JSON
 * object a line, written for this project (no real personal data).
 *
 * <pre>{"id":"contact-sk-001","lang":"sk","role":"reply","text":"...","labels":["OFF_PLATFORM_CONTACT"]}</pre>
 *
 * <ul>
 *   <li>{@code lang}: the language the text is really written in (ISO 639-1).
 *   <li>{@code role}: {@code reply} (a seller's reply) or {@code message} (a buyer's message).
 *   <li>{@code labels}: every detector label that is true of the text; a label absent is a
 *       negative. Replies are labelled for OFF_PLATFORM_CONTACT and AUTOMATED_REPLY (recognisable
 *       from the text alone); messages for LOCKED_DEVICE, COUNTERFEIT and DANGEROUS_PRODUCT.
 * </ul>
 */
public record Corpus(List<Entry> entries) {
  public static final List<String> FILES = List.of(
      "corpus-contact.jsonl", "corpus-language.jsonl", "corpus-automated.jsonl",
      "corpus-signals.jsonl");

  public record Entry(String id, String lang, String role, String text, Set<String> labels) {
    public boolean isReply() {
      return role.equals("reply");
    }

    public boolean isMessage() {
      return role.equals("message");
    }

    public boolean has(String label) {
      return labels.contains(label);
    }
  }

  /** Every corpus file present; a malformed line fails loudly with its file and line number. */
  public static Corpus load() {
    ObjectMapper json = new ObjectMapper();
    List<Entry> entries = new ArrayList<>();
    Set<String> ids = new LinkedHashSet<>();
    for (String file : FILES) {
      InputStream in = Corpus.class.getResourceAsStream("/detectors/" + file);
      if (in == null) {
        continue;
      }
      try (BufferedReader lines =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
          number++;
          if (line.isBlank()) {
            continue;
          }
          Entry entry = entry(json.readTree(line), file + ":" + number);
          if (!ids.add(entry.id())) {
            throw new IllegalStateException(file + ":" + number + ": duplicate id " + entry.id());
          }
          entries.add(entry);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(file, e);
      }
    }
    return new Corpus(List.copyOf(entries));
  }

  private static Entry entry(JsonNode node, String where) {
    String role = required(node, "role", where);
    if (!role.equals("reply") && !role.equals("message")) {
      throw new IllegalStateException(where + ": role must be reply or message");
    }
    Set<String> labels = new LinkedHashSet<>();
    node.path("labels").forEach(label -> labels.add(label.asText()));
    return new Entry(required(node, "id", where), required(node, "lang", where), role,
        required(node, "text", where), Set.copyOf(labels));
  }

  private static String required(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual() || value.asText().isEmpty()) {
      throw new IllegalStateException(where + ": missing " + field);
    }
    return value.asText();
  }

  public List<Entry> replies() {
    return entries.stream().filter(Entry::isReply).toList();
  }

  public List<Entry> messages() {
    return entries.stream().filter(Entry::isMessage).toList();
  }
}
