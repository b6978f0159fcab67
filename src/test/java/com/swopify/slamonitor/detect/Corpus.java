package com.swopify.slamonitor.detect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The labelled corpus of Helpdesk texts under {@code src/test/resources/detectors/}: one JSON
 * object a line, written for this project (no real personal data).
 *
 * <pre>
 * {"id":"contact-sk-001","lang":"sk","role":"reply","text":"...","labels":["OFF_PLATFORM_CONTACT"]}
 * </pre>
 *
 * <ul>
 *   <li>{@code lang}: the language the text is really written in (ISO 639-1).
 *   <li>{@code role}: {@code reply} (a seller's reply) or {@code message} (a buyer's message).
 *   <li>{@code labels}: every detector label that is true of the text; a label absent is a
 *       negative. Replies are labelled for OFF_PLATFORM_CONTACT and AUTOMATED_REPLY (recognisable
 *       from the text alone); messages for LOCKED_DEVICE, COUNTERFEIT and DANGEROUS_PRODUCT.
 *   <li>{@code market} (optional, the fresh language texts): the market the reply was sent in; such
 *       a reply carries WRONG_LANGUAGE when {@code lang} is none of that market's languages. {@code
 *       lang} may then be any language, also one no market has (ru, it, tr).
 * </ul>
 *
 * <p><b>Tune and held-out parts.</b> The detectors' rules were written against the first corpus
 * files, so those texts can only ever be <i>tune</i> texts. The {@code corpus-fresh-*} files were
 * written apart from the rules, by authors who did not read the detectors; each of their texts
 * falls once and for all into the tune or the held-out part by a fixed hash of its text ({@link
 * #isHeldOut}). Rules are changed looking at tune misses only; the figures reported are the
 * held-out ones.
 */
public record Corpus(List<Entry> entries) {
  /** Files written while the rules were tuned: tune texts only. */
  public static final List<String> TUNED_FILES =
      List.of(
          "corpus-contact.jsonl",
          "corpus-language.jsonl",
          "corpus-automated.jsonl",
          "corpus-signals.jsonl");

  /** Files written apart from the rules: split into tune and held-out by a hash of the text. */
  public static final List<String> FRESH_FILES =
      List.of(
          "corpus-fresh-contact.jsonl", "corpus-fresh-automated.jsonl",
          "corpus-fresh-language.jsonl", "corpus-fresh-signals.jsonl");

  public static final List<String> FILES =
      Stream.concat(TUNED_FILES.stream(), FRESH_FILES.stream()).toList();

  /**
   * @param market the market the text was sent in, or null when the text is not tied to one (then a
   *     test may judge it in any market)
   */
  public record Entry(
      String id,
      String lang,
      String role,
      String text,
      Set<String> labels,
      boolean heldOut,
      String market) {
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
          Entry entry = entry(json.readTree(line), file + ":" + number, FRESH_FILES.contains(file));
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

  private static Entry entry(JsonNode node, String where, boolean fresh) {
    String role = required(node, "role", where);
    if (!role.equals("reply") && !role.equals("message")) {
      throw new IllegalStateException(where + ": role must be reply or message");
    }
    Set<String> labels = new LinkedHashSet<>();
    node.path("labels").forEach(label -> labels.add(label.asText()));
    String text = required(node, "text", where);
    JsonNode market = node.get("market");
    if (market != null && (!market.isTextual() || market.asText().isEmpty())) {
      throw new IllegalStateException(where + ": market must be a market code");
    }
    return new Entry(
        required(node, "id", where),
        required(node, "lang", where),
        role,
        text,
        Set.copyOf(labels),
        fresh && isHeldOut(text),
        market == null ? null : market.asText());
  }

  /**
   * The split, fixed once: a fresh text is held out when the first byte of the SHA-256 of its UTF-8
   * bytes is odd (about half of them). Changing this rule, or editing a held-out text, spends the
   * held-out part: its figures would no longer be unseen.
   */
  public static boolean isHeldOut(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return (digest[0] & 1) == 1;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String required(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual() || value.asText().isEmpty()) {
      throw new IllegalStateException(where + ": missing " + field);
    }
    return value.asText();
  }

  /** The texts rules may be tuned on: every text of the tuned files, and the fresh tune half. */
  public Corpus tune() {
    return new Corpus(entries.stream().filter(entry -> !entry.heldOut()).toList());
  }

  /** The fresh texts no rule was tuned on: the only figures worth reporting. */
  public Corpus heldOut() {
    return new Corpus(entries.stream().filter(Entry::heldOut).toList());
  }

  public List<Entry> replies() {
    return entries.stream().filter(Entry::isReply).toList();
  }

  /** The texts tied to the market they were sent in. */
  public List<Entry> withMarket() {
    return entries.stream().filter(entry -> entry.market() != null).toList();
  }

  public List<Entry> messages() {
    return entries.stream().filter(Entry::isMessage).toList();
  }
}
