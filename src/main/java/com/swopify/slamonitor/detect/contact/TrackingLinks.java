package com.swopify.slamonitor.detect.contact;

import java.util.regex.Pattern;

/**
 * Whether a link to a parcel carrier carries a contact of its own, so that the allow-list of
 * carriers cannot be used to pass a phone number or an address: "dhl.de/...?phone=0905123456",
 * "packeta.com/t/Z123?email=jan%40gmail.com". A tracking link carries a parcel number, nothing
 * about the seller.
 */
final class TrackingLinks {
  // A parameter or path segment named for a way to reach someone, in the markets' languages.
  private static final Pattern CONTACT_NAME =
      Pattern.compile(
          "(?<![\\p{L}])(?:phone|tel|telephone|telefon|telefonszam|mobil|mobile|mob|gsm|handy"
              + "|email|e-mail|mail|kontakt|contact|whatsapp|wa|viber|telegram|messenger|sms)"
              + "(?:[=:/]|%3a)");
  // Nine or more digits that are not a parcel number's: a phone number written with its
  // country code ("+421", "00421", "%2B421").
  private static final Pattern PHONE_IN_LINK =
      Pattern.compile(
          "(?:\\+|%2b|(?<!\\d)00)(?:421|420|36|48|40|49|43|385|386|359)\\d{7,10}(?!\\d)");

  private TrackingLinks() {}

  /** {@code path}: the link's path, query and fragment as matched, folded; null when none. */
  static boolean carriesContact(String path) {
    if (path == null || path.isEmpty()) {
      return false;
    }
    return path.indexOf('@') >= 0
        || path.contains("%40")
        || CONTACT_NAME.matcher(path).find()
        || PHONE_IN_LINK.matcher(path).find();
  }
}
