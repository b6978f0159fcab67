package com.swopify.slamonitor.detect;

import java.io.Serializable;
import java.util.List;

/**
 * What the detectors need to know about a market (markets file, contract section 3): the languages
 * its replies may be in, and the parcel carriers whose tracking links are no off-platform contact;
 * {@code carrierDomains} null for the bundled carriers of the market's country.
 */
public record MarketTexts(List<String> languages, List<String> carrierDomains)
    implements Serializable {
  public MarketTexts {
    languages = List.copyOf(languages);
    carrierDomains = carrierDomains == null ? null : List.copyOf(carrierDomains);
  }
}
