package com.swopify.slamonitor.detect.contact;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The parcel carriers' own domains, whose tracking links sellers are asked to give: a link to one
 * of them (or to a subdomain, "tracking.packeta.com") is no off-platform contact, unless the link
 * itself carries a contact ({@link LinkFinder}). Which carriers count is a setting per market (the
 * markets file's {@code carrierDomains}); these are the defaults: the carriers that deliver across
 * the region in every market, and each market's national post and couriers.
 */
public final class CarrierDomains {
  /** DHL, UPS, FedEx/TNT, GLS, DPD and Packeta deliver in all ten markets. */
  public static final Set<String> INTERNATIONAL =
      Set.of(
          "dhl.com",
          "ups.com",
          "fedex.com",
          "tnt.com",
          "gls-group.eu",
          "gls-group.com",
          "dpd.com",
          // DPD tracks the parcels of every country at tracking.dpd.de
          "dpd.de",
          "packeta.com");

  private static final Map<String, Set<String>> NATIONAL =
      Map.of(
          "SK",
              Set.of(
                  "posta.sk",
                  "packeta.sk",
                  "zasielkovna.sk",
                  "dpd.sk",
                  "gls-slovakia.sk",
                  "sps-sro.sk",
                  "dhl.sk"),
          "CZ",
              Set.of(
                  "ceskaposta.cz",
                  "postaonline.cz",
                  "balikovna.cz",
                  "ppl.cz",
                  "zasilkovna.cz",
                  "packeta.cz",
                  "dpd.cz",
                  "gls-czech.com",
                  "dhl.cz",
                  "wedo.cz"),
          "HU",
              Set.of(
                  "posta.hu",
                  "mpl.hu",
                  "foxpost.hu",
                  "packeta.hu",
                  "dpd.hu",
                  "gls-hungary.com",
                  "expressone.hu",
                  "dhl.hu"),
          "PL",
              Set.of(
                  "inpost.pl",
                  "inpost.eu",
                  "poczta-polska.pl",
                  "pocztex.pl",
                  "dpd.com.pl",
                  "dhl.pl",
                  "dhlparcel.pl",
                  "gls-poland.com",
                  "orlenpaczka.pl",
                  "packeta.pl"),
          "RO",
              Set.of(
                  "fancourier.ro",
                  "sameday.ro",
                  "posta-romana.ro",
                  "cargus.ro",
                  "urgentcargus.ro",
                  "dpd.ro",
                  "gls-romania.ro",
                  "packeta.ro",
                  "dhl.ro"),
          "DE",
              Set.of(
                  "dhl.de",
                  "deutschepost.de",
                  "myhermes.de",
                  "hermesworld.com",
                  "dpd.de",
                  "gls-pakete.de",
                  "ups.de"),
          "AT",
              Set.of(
                  "post.at", "dpd.at", "gls-pakete.at", "gls-austria.com", "dhl.at", "myhermes.at"),
          "HR",
              Set.of("posta.hr", "dpd.hr", "gls-croatia.com", "overseas.hr", "boxnow.hr", "dhl.hr"),
          "SI", Set.of("posta.si", "dpd.si", "gls-slovenia.com", "expressone.si", "dhl.si"),
          "BG",
              Set.of(
                  "econt.com",
                  "speedy.bg",
                  "bgpost.bg",
                  "boxnow.bg",
                  "dpd.bg",
                  "sameday.bg",
                  "dhl.bg"));

  private CarrierDomains() {}

  /**
   * The bundled carriers of a market: the international ones and, for the ten markets, the national
   * ones of its country ({@code marketCode} as in the markets file, e.g. SK).
   */
  public static Set<String> defaultsFor(String marketCode) {
    Set<String> domains = new TreeSet<>(INTERNATIONAL);
    domains.addAll(NATIONAL.getOrDefault(marketCode.toUpperCase(Locale.ROOT), Set.of()));
    return Set.copyOf(domains);
  }

  /** The market codes with national carriers bundled. */
  public static Set<String> marketsWithNationalCarriers() {
    return NATIONAL.keySet();
  }
}
