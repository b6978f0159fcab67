package com.swopify.slamonitor.detect.language;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Prints how much heap the Lingua models of the ten languages take once loaded, and checks that a
 * reply in each language is recognised. Run from the shaded jar by {@link ShadedJarLanguagesIT} (so
 * the jar's filtered models are the ones loaded), or by hand: {@code java -cp
 * target/helpdesk-sla-monitor.jar:target/test-classes
 * com.swopify.slamonitor.detect.language.LanguageModelFootprint}. Exit status 1 if a reply is not
 * recognised.
 */
public final class LanguageModelFootprint {
  /** One reply per language, each long enough to be judged with the default settings. */
  static final Map<String, String> REPLIES = replies();

  private LanguageModelFootprint() {}

  public static void main(String[] args) {
    long before = usedHeapAfterGc();
    long start = System.nanoTime();
    ReplyLanguages detector = ReplyLanguages.forLanguages(REPLIES.keySet());
    long loadMillis = (System.nanoTime() - start) / 1_000_000;
    long after = usedHeapAfterGc();
    System.out.printf(
        "models loaded in %d ms, heap %.1f MiB%n",
        loadMillis, (after - before) / (1024.0 * 1024.0));

    int wrong = 0;
    for (Map.Entry<String, String> reply : REPLIES.entrySet()) {
      LanguageGuess guess = detector.detect(reply.getValue(), 40, 0.5);
      String detected = guess == null ? "undecided" : guess.language();
      System.out.println(reply.getKey() + " reply detected as " + detected);
      if (!reply.getKey().equals(detected)) {
        wrong++;
      }
    }
    System.exit(wrong == 0 ? 0 : 1);
  }

  private static long usedHeapAfterGc() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }

  private static Map<String, String> replies() {
    Map<String, String> replies = new LinkedHashMap<>();
    replies.put("bg", "Здравейте, изпратихме стоката днес с куриер, доставката е до два дни.");
    replies.put("cs", "Dobrý den, zboží jsme dnes předali kurýrovi, doručení čekáme do dvou dnů.");
    replies.put("de", "Guten Tag, wir haben die Ware heute verschickt, sie kommt in zwei Tagen.");
    replies.put("en", "Hello, we shipped your order today, the courier delivers it in two days.");
    replies.put("hr", "Postovani, robu smo poslali kurirom, dostava se ocekuje za dva radna dana.");
    replies.put("hu", "Jó napot, a csomagot ma adtuk át a futárnak, két napon belül megérkezik.");
    replies.put("pl", "Dzień dobry, paczkę wysłaliśmy dziś kurierem, dostawa potrwa dwa dni.");
    replies.put("ro", "Bună ziua, am predat coletul curierului azi, livrarea durează două zile.");
    replies.put("sk", "Dobrý deň, tovar sme dnes odoslali kuriérom, doručenie bude do dvoch dní.");
    replies.put("sl", "Pozdravljeni, blago smo danes oddali kurirju, dostava traja dva dneva.");
    return replies;
  }
}
