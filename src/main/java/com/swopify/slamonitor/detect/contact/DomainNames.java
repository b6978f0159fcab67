package com.swopify.slamonitor.detect.contact;

import java.util.List;
import java.util.Set;

/**
 * What the detector knows about domain names: which endings are top-level domains (so that
 * "faktura.pdf", "napr." or "s.r.o." are not taken for domains), which two-label endings are public
 * suffixes (for masking "j***@o***.com.pl"), and which mail providers make "jan at gmail" an
 * address even without a dot.
 */
final class DomainNames {
  // Country codes of the markets and their neighbours, and the generic endings seen in shop and
  // shortener links. File extensions that are also TLDs (zip, mov) are left out on purpose.
  private static final Set<String> TLDS =
      Set.of(
          "sk", "cz", "hu", "pl", "ro", "de", "at", "hr", "si", "bg", "ch", "li", "lu", "uk", "ie",
          "it", "fr", "es", "pt", "nl", "be", "dk", "se", "no", "fi", "ee", "lv", "lt", "ua", "ru",
          "by", "md", "rs", "ba", "me", "mk", "al", "gr", "tr", "cy", "mt", "us", "ca", "cn", "jp",
          "in", "au", "eu", "com", "net", "org", "info", "biz", "io", "co", "app", "shop", "store",
          "online", "site", "website", "xyz", "top", "link", "live", "click", "page", "tv", "cc",
          "ly", "gl", "to", "gg", "ai", "dev", "cloud", "club", "tech", "space", "fun", "email",
          "pro", "name", "mobi", "ws", "sale", "market", "deals", "world", "life", "one", "art",
          "blog");

  private static final Set<String> SECOND_LEVEL_SUFFIXES =
      Set.of(
          "co.uk", "org.uk", "com.pl", "net.pl", "org.pl", "com.ro", "org.ro", "co.hu", "com.hr",
          "com.bg", "co.at", "or.at", "com.de", "com.ua", "co.rs", "com.tr", "com.au", "co.in");

  private static final Set<String> MAIL_PROVIDERS =
      Set.of(
          "gmail",
          "googlemail",
          "seznam",
          "centrum",
          "azet",
          "zoznam",
          "post",
          "atlas",
          "email",
          "volny",
          "tiscali",
          "yahoo",
          "outlook",
          "hotmail",
          "live",
          "icloud",
          "gmx",
          "web",
          "t-online",
          "freemail",
          "citromail",
          "wp",
          "onet",
          "interia",
          "o2",
          "yandex",
          "abv",
          "mail",
          "protonmail",
          "proton",
          "aol");

  private DomainNames() {}

  /** {@code tld} in folded form. */
  static boolean isKnownTld(String tld) {
    return TLDS.contains(tld);
  }

  static boolean isMailProvider(String label) {
    return MAIL_PROVIDERS.contains(label);
  }

  /** How many trailing labels of {@code foldedLabels} form the public suffix: 1 or 2. */
  static int suffixLabels(List<String> foldedLabels) {
    int n = foldedLabels.size();
    if (n < 3) {
      return 1;
    }
    String lastTwo = foldedLabels.get(n - 2) + "." + foldedLabels.get(n - 1);
    return SECOND_LEVEL_SUFFIXES.contains(lastTwo) ? 2 : 1;
  }

  /** Letters only, 2 to 24 of them: what a top-level domain looks like. */
  static boolean looksLikeTld(String label) {
    if (label.length() < 2 || label.length() > 24) {
      return false;
    }
    for (int i = 0; i < label.length(); i++) {
      if (!Character.isLetter(label.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** A DNS label: letters, digits and inner hyphens, 1 to 63 chars. */
  static boolean isLabel(String label) {
    if (label.isEmpty()
        || label.length() > 63
        || label.charAt(0) == '-'
        || label.charAt(label.length() - 1) == '-') {
      return false;
    }
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      if (!Character.isLetterOrDigit(c) && c != '-') {
        return false;
      }
    }
    return true;
  }
}
