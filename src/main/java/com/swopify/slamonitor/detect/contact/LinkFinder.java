package com.swopify.slamonitor.detect.contact;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links and bare domains outside the platform's own. With a scheme or "www." any host counts; a
 * bare "name.tld" counts only with a known top-level domain, a name of two or more chars with a
 * letter in it, and the domain not capitalised like the start of a sentence typed without a space
 * ("hotovo.To"), so that "faktura.pdf", "napr.", "z.B.", "s.r.o.", "1.299", "v2.1" or "iPhone
 * 15.Pro" stay what they are. Links to messengers (wa.me, t.me, m.me, instagram.com, ...) and their
 * app schemes are reported as {@link ContactKind#MESSENGER}.
 */
final class LinkFinder {
  // Possessive quantifiers and a start that cannot be inside a word keep the scan linear.
  private static final Pattern LINK =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}@._%+/\\\\-])"
              + "(?:(?<app>whatsapp|viber|tg)://[^\\s<>\"']*+"
              + "|(?:(?<scheme>https?|ftp)://)?"
              + "(?<host>[\\p{L}\\p{N}][\\p{L}\\p{N}-]*+(?:\\.[\\p{L}\\p{N}-]++){1,16}+)"
              + "(?::\\d{1,5})?"
              + "(?<path>[/?#][^\\s<>\"']*+)?)");

  private LinkFinder() {}

  /** Whether the text can hold a link at all: a dot followed by something, or a scheme. */
  static boolean hasCandidate(String folded) {
    int dot = folded.indexOf('.');
    while (dot >= 0) {
      if (dot + 1 < folded.length() && Character.isLetterOrDigit(folded.charAt(dot + 1))) {
        return true;
      }
      dot = folded.indexOf('.', dot + 1);
    }
    return folded.contains("://");
  }

  static void find(
      CharFoldedText text, AllowedDomains platform, AllowedDomains carriers, List<Found> out) {
    Matcher link = LINK.matcher(text.folded);
    while (link.find()) {
      Found found =
          link.group("app") != null ? appLink(link) : webLink(text, link, platform, carriers);
      if (found != null) {
        out.add(found);
      }
    }
  }

  private static Found appLink(Matcher link) {
    MessengerPlatform messenger = MessengerPlatform.ofScheme(link.group("app"));
    return new Found(link.start(), link.end(), ContactKind.MESSENGER, messenger.label());
  }

  private static Found webLink(
      CharFoldedText text, Matcher link, AllowedDomains platform, AllowedDomains carriers) {
    int hostStart = link.start("host");
    String foldedHost = link.group("host");
    List<String> labels = Arrays.asList(foldedHost.split("\\.", -1));
    if (!labels.stream().allMatch(DomainNames::isLabel)) {
      return null;
    }
    String tld = labels.get(labels.size() - 1);
    boolean explicit = link.group("scheme") != null || labels.get(0).equals("www");
    String host = labels.get(0).equals("www") ? foldedHost.substring(4) : foldedHost;
    MessengerPlatform messenger = MessengerPlatform.ofHost(host);
    if (!DomainNames.looksLikeTld(tld)
        || (!explicit && messenger == null && !isBareDomain(text, labels, link.end("host")))) {
      return null;
    }
    if (platform.covers(host)) {
      return null;
    }
    if (carriers.covers(host)
        && messenger == null
        && !TrackingLinks.carriesContact(link.group("path"))) {
      return null;
    }
    if (messenger != null) {
      String path =
          link.group("path") == null
              ? ""
              : text.original.substring(link.start("path"), link.end("path"));
      String handle = messenger.handleInPath(path);
      String masked =
          handle == null ? messenger.label() : messenger.label() + " " + Masks.handle(handle);
      return new Found(link.start(), link.end(), ContactKind.MESSENGER, masked);
    }
    int hostEnd = link.end("host");
    String writtenHost = text.original.substring(hostEnd - host.length(), hostEnd);
    String writtenTld = text.original.substring(hostEnd - tld.length(), hostEnd);
    return new Found(
        link.start(), link.end(), ContactKind.LINK, Masks.link(writtenHost, writtenTld));
  }

  private static boolean isBareDomain(CharFoldedText text, List<String> labels, int hostEnd) {
    String tld = labels.get(labels.size() - 1);
    if (!DomainNames.isKnownTld(tld)) {
      return false;
    }
    int nameIndex = labels.size() - 1 - DomainNames.suffixLabels(labels);
    String name = labels.get(Math.max(0, nameIndex));
    if (name.length() < 2 || name.chars().noneMatch(Character::isLetter)) {
      return false;
    }
    // "Hotovo.To je vsetko": a capital after the dot starts a sentence; "SHOP.SK" is a domain.
    String writtenTld = text.original.substring(hostEnd - tld.length(), hostEnd);
    return !(Character.isUpperCase(writtenTld.charAt(0))
        && writtenTld.chars().skip(1).anyMatch(Character::isLowerCase));
  }
}
