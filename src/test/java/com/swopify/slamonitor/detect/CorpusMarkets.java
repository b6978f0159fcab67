package com.swopify.slamonitor.detect;

import com.swopify.slamonitor.detect.contact.CarrierDomains;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The market a corpus text is read in: corpus texts carry their language, not a market, so a text
 * is judged in the market of its language (German in DE and AT alike, English in any).
 */
public final class CorpusMarkets {
  private static final Map<String, Set<String>> MARKETS_OF_LANGUAGE =
      Map.of(
          "sk",
          Set.of("SK"),
          "cs",
          Set.of("CZ"),
          "hu",
          Set.of("HU"),
          "pl",
          Set.of("PL"),
          "ro",
          Set.of("RO"),
          "de",
          Set.of("DE", "AT"),
          "hr",
          Set.of("HR"),
          "sl",
          Set.of("SI"),
          "bg",
          Set.of("BG"));

  private CorpusMarkets() {}

  /** The bundled carriers of the entry's market, or of its language's markets when it has none. */
  public static Set<String> carriersFor(Corpus.Entry entry) {
    return entry.market() != null
        ? CarrierDomains.defaultsFor(entry.market())
        : carriersFor(entry.lang());
  }

  /** The bundled carrier domains of the markets of {@code lang} (every market for English). */
  public static Set<String> carriersFor(String lang) {
    Set<String> markets =
        MARKETS_OF_LANGUAGE.getOrDefault(lang, CarrierDomains.marketsWithNationalCarriers());
    Set<String> domains = new TreeSet<>();
    markets.forEach(market -> domains.addAll(CarrierDomains.defaultsFor(market)));
    return domains;
  }
}
