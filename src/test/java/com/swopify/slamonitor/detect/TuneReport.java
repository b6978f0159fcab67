package com.swopify.slamonitor.detect;

import com.swopify.slamonitor.detect.automated.AutoReplyPhrases;
import com.swopify.slamonitor.detect.contact.OffPlatformContacts;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * A tool for whoever tunes the rules, not a test: prints the figures of the tune and held-out parts
 * per language, and the texts of the TUNE part's mistakes only. Held-out mistakes are never
 * printed: looking at them would spend the held-out part.
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) \
 *     com.swopify.slamonitor.detect.TuneReport contact|automated</pre>
 */
public final class TuneReport {
  private TuneReport() {}

  public static void main(String[] args) {
    String which = args.length == 0 ? "contact" : args[0];
    Corpus corpus = Corpus.load();
    String label;
    Predicate<Corpus.Entry> detector;
    if (which.equals("contact")) {
      label = "OFF_PLATFORM_CONTACT";
      Map<String, OffPlatformContacts> byLanguage = new TreeMap<>();
      detector =
          entry ->
              !byLanguage
                  .computeIfAbsent(
                      entry.market() != null ? entry.market() : entry.lang(),
                      key ->
                          new OffPlatformContacts(
                              DetectorSettings.defaults().platformDomains(),
                              CorpusMarkets.carriersFor(entry)))
                  .find(entry.text())
                  .isEmpty();
    } else {
      label = "AUTOMATED_REPLY";
      AutoReplyPhrases phrases = new AutoReplyPhrases();
      detector = entry -> phrases.recognise(entry.text()) != null;
    }
    List<Corpus.Entry> tune = corpus.tune().replies();
    List<Corpus.Entry> heldOut = corpus.heldOut().replies();
    print("tune", tune, label, detector);
    print("held-out", heldOut, label, detector);
    for (Corpus.Entry entry : tune) {
      boolean found = detector.test(entry);
      if (found != entry.has(label)) {
        System.out.println((found ? "FP " : "FN ") + entry.id() + " | " + entry.text());
      }
    }
  }

  static void print(
      String part, List<Corpus.Entry> entries, String label, Predicate<Corpus.Entry> detector) {
    Map<String, List<Corpus.Entry>> byLanguage = new TreeMap<>();
    for (Corpus.Entry entry : entries) {
      byLanguage.computeIfAbsent(entry.lang(), lang -> new java.util.ArrayList<>()).add(entry);
    }
    Scores all = Scores.of(entries, label, detector);
    System.out.printf(
        "%s all: P %.3f R %.3f (%d texts, %d positives)%n",
        part, all.precision(), all.recall(), all.total(), all.positives());
    byLanguage.forEach(
        (lang, list) -> {
          Scores s = Scores.of(list, label, detector);
          System.out.printf(
              "  %s %s: P %.3f R %.3f (%d, %d pos)%n",
              part, lang, s.precision(), s.recall(), s.total(), s.positives());
        });
  }
}
