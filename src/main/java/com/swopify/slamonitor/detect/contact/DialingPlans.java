package com.swopify.slamonitor.detect.contact;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * What phone numbers look like in the markets: country codes with the length of the national number
 * behind them, and the mobile prefixes that make an unbroken national number a phone.
 */
final class DialingPlans {
  /** Lengths of the national significant number (without trunk prefix) after a country code. */
  private record NumberLength(int min, int max) {}

  // The markets first, then their neighbours and the countries buyers and sellers often come from.
  // Country codes are prefix-free, so at most one of these matches the start of a number.
  private static final Map<String, NumberLength> COUNTRY_CODES =
      Map.ofEntries(
          Map.entry("421", new NumberLength(9, 9)), // SK
          Map.entry("420", new NumberLength(9, 9)), // CZ
          Map.entry("36", new NumberLength(8, 9)), // HU
          Map.entry("48", new NumberLength(9, 9)), // PL
          Map.entry("40", new NumberLength(9, 9)), // RO
          Map.entry("49", new NumberLength(6, 11)), // DE
          Map.entry("43", new NumberLength(6, 12)), // AT
          Map.entry("385", new NumberLength(8, 9)), // HR
          Map.entry("386", new NumberLength(8, 8)), // SI
          Map.entry("359", new NumberLength(8, 9)), // BG
          Map.entry("380", new NumberLength(9, 9)), // UA
          Map.entry("381", new NumberLength(8, 9)), // RS
          Map.entry("387", new NumberLength(8, 8)), // BA
          Map.entry("44", new NumberLength(9, 10)), // UK
          Map.entry("41", new NumberLength(9, 9)), // CH
          Map.entry("39", new NumberLength(6, 11)), // IT
          Map.entry("33", new NumberLength(9, 9)), // FR
          Map.entry("34", new NumberLength(9, 9)), // ES
          Map.entry("31", new NumberLength(9, 9)), // NL
          Map.entry("32", new NumberLength(8, 9)), // BE
          Map.entry("30", new NumberLength(10, 10)), // GR
          Map.entry("90", new NumberLength(10, 10)), // TR
          Map.entry("1", new NumberLength(10, 10)), // NANP
          Map.entry("7", new NumberLength(10, 10))); // RU, KZ

  // Mobile numbers written with the trunk prefix and without any separator still read as phones:
  // SK 09xx, HU 06 20/30/31/50/70, RO 07xx, DE 015x-017x, AT 065x-069x, HR 09x, SI 030/031/040/
  // 041/051/064/065/068/069/070/071, BG 087/088/089/098/099 (each with its market's length).
  private static final Pattern NATIONAL_MOBILE =
      Pattern.compile(
          "09\\d{8}"
              + "|06(?:20|30|31|50|70)\\d{7}"
              + "|07\\d{8}"
              + "|01[5-7]\\d{8,9}"
              + "|06[5-9]\\d{7,10}"
              + "|09[1-9]\\d{6,7}"
              + "|0(?:30|31|40|41|51|64|65|68|69|70|71)\\d{6}"
              + "|0(?:87|88|89|98|99)\\d{7}");

  private DialingPlans() {}

  /**
   * Whether {@code digits}, written after "+" or "00", is a country code and a national number of
   * the right length. A trunk zero written after the country code ("+421 0905 ...", "+49 (0)30
   * ...") is a habit, not a digit of the number. An unknown country code passes when {@code
   * anyCountry} and the length fits E.164.
   *
   * @return the length of the country code, or 0 when it is no phone number
   */
  static int countryCodeLength(String digits, boolean anyCountry) {
    for (int length = 1; length <= 3 && length < digits.length(); length++) {
      NumberLength national = COUNTRY_CODES.get(digits.substring(0, length));
      if (national != null) {
        int rest = digits.length() - length;
        if (digits.charAt(length) == '0') {
          rest--;
        }
        return rest >= national.min() && rest <= national.max() ? length : 0;
      }
    }
    boolean e164 = digits.length() >= 8 && digits.length() <= 15;
    // The country code is unknown: count one digit for it, so the mask keeps less rather than more.
    return anyCountry && e164 ? 1 : 0;
  }

  /** An unbroken national mobile number of one of the markets, trunk prefix included. */
  static boolean isNationalMobile(String digits) {
    return NATIONAL_MOBILE.matcher(digits).matches();
  }
}
