package com.swopify.slamonitor.detect.contact;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Rule R3: the off-platform contacts a seller's reply carries, masked. Plain Java, no Flink: the
 * lead's Flink function only calls {@link #find}. Immutable and thread-safe.
 *
 * <h2>How text is read</h2>
 *
 * The text is folded once (lower case, diacritics and typographic variants removed, offsets kept),
 * because replies are typed fast, in ten languages, often without diacritics. Patterns are
 * precompiled; every scan is linear in the text (possessive or bounded quantifiers, searches
 * anchored on rare characters, look-arounds bounded to a few hundred chars), so a 64 KiB text of
 * any content is read in one pass per kind. The phone search is skipped when the text has fewer
 * than 8 digits, the link search when it has no dot before a letter or digit; the e-mail and
 * messenger patterns are tried only where their first chars can begin a match ({@link
 * MatchStarts}), so an ordinary reply costs the folding pass and a few table look-ups a char.
 *
 * <h2>E-mail ({@link ContactKind#EMAIL})</h2>
 *
 * See {@link EmailFinder}: "@", a bracketed or spoken word for it in the markets' languages
 * ("(at)", "[zavináč]", "(a)", "kukac", "małpa", "klammeraffe", "afna", "majmuna", "кльомба",
 * "маймунка", "arond"), dots as words ("dot", "bodka", "tečka", "pont", "kropka", "punct", "punkt",
 * "točka", "pika", "точка"), letters spaced out one by one. Addresses at the platform's domains are
 * allowed. Mask: {@code j***@g***.com}.
 *
 * <h2>Links ({@link ContactKind#LINK})</h2>
 *
 * See {@link LinkFinder}: scheme or "www." links, and bare domains with a known top-level domain,
 * unless the host is a platform domain or a subdomain of one, or a parcel carrier's domain (the
 * market's {@code carrierDomains}, {@link CarrierDomains}) and the link carries no contact of its
 * own (no "@" or "%40", no query parameter named for a phone, e-mail or messenger, no phone number
 * in its path or query). Mask: {@code m***.sk}, the host's first char (after "www.") and its
 * top-level domain, the path dropped.
 *
 * <h2>Messengers ({@link ContactKind#MESSENGER})</h2>
 *
 * WhatsApp (and "vocap", "whatsapku", "вацап"), Telegram, Viber, Signal, Messenger, Instagram and
 * Facebook: their links (wa.me, t.me, m.me, instagram.com/..., "viber://"); their names with a
 * handle or number next to them; their names where the reply invites the buyer there, but not where
 * it only mentions them ({@link Invitations}); a lone "@handle" in a sentence asking for contact.
 * Mask: the platform and the handle's first char ({@code telegram @o***}), or the platform alone
 * ({@code whatsapp}).
 *
 * <h2>Phone numbers ({@link ContactKind#PHONE})</h2>
 *
 * A candidate is a run of digit groups (see {@link DigitRun}) with 8 to 15 digits. It is no phone
 * number when it is:
 *
 * <ul>
 *   <li>glued to letters or codes: IBANs ("SK89 7500 ..."), "RR123456789SK", UPS "1Z...",
 *       "#SW-48213977", "AB-1234-XL", versions, a number inside a link;
 *   <li>an amount: a currency or unit right after it ("1 299 000 Ft", "249 zł", "1 299,-") or
 *       before it ("€ 1 299"), or a decimal part;
 *   <li>a date ("24.11.2026", "2026-11-24", with a time after it), or a Czech/Slovak account number
 *       with its bank code ("2000145399/0800");
 *   <li>announced as another number by the nearest cue word before it on its line: order, invoice,
 *       complaint, parcel and carrier, account, IBAN, EAN, SKU, IMEI, serial number, company
 *       registration and price words in all ten languages ({@link NumberContext});
 *   <li>right after a short code in capitals, unless a phone cue is nearer: Packeta's "Z 123 4567
 *       890".
 * </ul>
 *
 * Otherwise it is a phone number when:
 *
 * <ul>
 *   <li>it starts with "+" and a known country code with a national number of that country's length
 *       ("+421 905 123 456", "+49 (0)30 1234567", a trunk zero after the code is allowed), or with
 *       an unknown country code and 8 to 15 digits (E.164);
 *   <li>it starts with "00" and a known country code with the right length;
 *   <li>it starts with a trunk prefix 0 (every market but CZ and PL has one), has 9 to 13 digits
 *       and no second zero, and is grouped like a phone number ("0905/123 456", "06 30 123 4567",
 *       "0721.234.567", "(0)30 1234567": 2 to 6 groups, the first of at most 5 digits, none of more
 *       than 8), or is written unbroken and is a mobile number of one of the markets (SK 09xx, HU
 *       06 20/30/31/50/70, RO 07xx, DE 015x-017x, AT 065x-069x, HR 09x, SI 030-071, BG 087-099:
 *       {@link DialingPlans}) or has a phone cue word before it;
 *   <li>it has no prefix (CZ and PL numbers have none) and is nine digits grouped 3-3-3 ("605 123
 *       456") or 2-3-2-2 ("22 123 45 67"), or has a phone cue word before it ("tel.", "volajte",
 *       "hívjon", "zadzwoń", "sunați", "ruf an", the messengers) and at most 12 digits.
 * </ul>
 *
 * So an unbroken 10-digit DHL number, a 15-digit IMEI, a 13-digit EAN or an order number
 * "2026-123456" are never phones, and "0905123456" is one. Mask: the country code (with "+" or
 * "00") or the trunk prefix, one digit more and the last two digits stay, every other digit becomes
 * {@code *}, the grouping as written ({@code +421 9** *** *56}, {@code 09** *** *56}).
 *
 * <h2>Result</h2>
 *
 * Contacts in text order, each occurrence once. Where two readings overlap, the first kind in the
 * order e-mail, link, messenger, phone wins ("jan@shop.sk" is one e-mail, "wa.me/421905..." one
 * messenger link).
 */
public final class OffPlatformContacts implements Serializable {
  private static final long serialVersionUID = 1L;

  private final AllowedDomains platform;
  private final AllowedDomains carriers;

  /**
   * {@code platformDomains}: {@code DetectorSettings.platformDomains()}; carriers: only the
   * international ones ({@link CarrierDomains#INTERNATIONAL}).
   */
  public OffPlatformContacts(Set<String> platformDomains) {
    this(platformDomains, CarrierDomains.INTERNATIONAL);
  }

  /**
   * @param platformDomains {@code DetectorSettings.platformDomains()}
   * @param carrierDomains the market's parcel carriers (its {@code carrierDomains}): their tracking
   *     links are no contact
   */
  public OffPlatformContacts(Set<String> platformDomains, Set<String> carrierDomains) {
    this.platform = new AllowedDomains(platformDomains);
    this.carriers = new AllowedDomains(carrierDomains);
  }

  /** The off-platform contacts in the text, masked, in text order; empty if none. Never null. */
  public List<Contact> find(String text) {
    Objects.requireNonNull(text, "text");
    if (text.isEmpty()) {
      return List.of();
    }
    CharFoldedText folded = CharFoldedText.of(text);
    List<Found> found = new ArrayList<>();
    EmailFinder.find(folded, platform, found);
    if (LinkFinder.hasCandidate(folded.folded)) {
      LinkFinder.find(folded, platform, carriers, found);
    }
    MessengerFinder.find(folded, found);
    if (PhoneFinder.hasCandidate(text)) {
      PhoneFinder.find(folded, found);
    }
    SpelledNumbers.find(folded, found);
    if (found.isEmpty()) {
      CallRequests.find(folded, found);
    }
    return inTextOrder(found);
  }

  /** Drops every reading that overlaps an earlier one in {@code found}, then sorts by position. */
  private static List<Contact> inTextOrder(List<Found> found) {
    if (found.isEmpty()) {
      return List.of();
    }
    TreeMap<Integer, Found> kept = new TreeMap<>();
    for (Found candidate : found) {
      Map.Entry<Integer, Found> before = kept.floorEntry(candidate.start());
      Map.Entry<Integer, Found> after = kept.ceilingEntry(candidate.start());
      boolean overlaps =
          (before != null && before.getValue().end() > candidate.start())
              || (after != null && after.getKey() < candidate.end());
      if (!overlaps) {
        kept.put(candidate.start(), candidate);
      }
    }
    return kept.values().stream().map(Found::contact).toList();
  }
}
