package com.swopify.slamonitor.detect.contact;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phone numbers, told apart from the many other long numbers in replies (orders, parcels, IBANs,
 * prices, dates, EANs, IMEIs) by their structure first and by the words before them second. See
 * {@link OffPlatformContacts} for the rules.
 */
final class PhoneFinder {
  static final int MIN_DIGITS = 8;
  static final int MAX_DIGITS = 15;

  // A currency right after an amount; ",-" is how Slovak and Czech prices end.
  private static final Pattern CURRENCY_AFTER =
      Pattern.compile(
          "[ \\t]{0,2}(?:[€$£]|,-|\\.-|(?:"
              + WordList.alternation(
                  "eur", "euro*", "eura", "kč", "czk", "ft", "huf", "forint*", "zł", "pln", "złot*",
                  "lei", "ron", "kn", "hrk", "kun*", "лв", "lv", "bgn", "leva", "usd", "gbp", "chf",
                  "korún", "korun*", "ks", "pcs", "db", "szt", "stk", "kg", "km")
              + ")(?![\\p{L}\\p{N}]))");
  private static final Pattern CURRENCY_BEFORE =
      Pattern.compile(
          "(?:[€$£]|(?<![\\p{L}\\p{N}])(?:"
              + WordList.alternation(
                  "eur", "czk", "huf", "pln", "ron", "bgn", "hrk", "usd", "gbp", "chf")
              + "))[ \\t]{0,2}");

  // Digits written one by one with blanks ("6 0 2 - 1 1 8 - 4 4 7") to get past the masking.
  private static final Pattern SPACED_DIGITS =
      Pattern.compile("(?<![\\p{L}\\p{N}+])\\+?\\d(?:(?: ?[-/.] ?| )\\d){7,14}(?![\\p{N}])");

  private PhoneFinder() {}

  /** A digit within three blanks or separators of {@code i}, looking in {@code direction}. */
  private static boolean digitNear(CharFoldedText text, int i, int direction) {
    for (int k = 0; k < 4; k++, i += direction) {
      char c = text.at(i);
      if (CharFoldedText.isAsciiDigit(c)) {
        return true;
      }
      if (c != ' ' && c != '-' && c != '/' && c != '.') {
        return false;
      }
    }
    return false;
  }

  /** Whether the text has enough digits for a phone number: the cheap test before any work. */
  static boolean hasCandidate(String text) {
    int digits = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9' && ++digits >= MIN_DIGITS) {
        return true;
      }
    }
    return false;
  }

  static void find(CharFoldedText text, List<Found> out) {
    Matcher spaced = SPACED_DIGITS.matcher(text.folded);
    while (spaced.find()) {
      // The whole run, not 15 digits cut out of a longer one ("1 1 1 1 ..." is no number).
      if (!digitNear(text, spaced.start() - 1, -1)
          && !digitNear(text, spaced.end(), 1)
          && NumberContext.before(text, spaced.start()) != NumberContext.Cue.OTHER_NUMBER) {
        out.add(
            new Found(
                spaced.start(), spaced.end(), ContactKind.PHONE, Masks.phone(spaced.group(), 1)));
      }
    }
    Matcher currencyAfter = CURRENCY_AFTER.matcher(text.folded).useTransparentBounds(true);
    Matcher currencyBefore = CURRENCY_BEFORE.matcher(text.folded).useTransparentBounds(true);
    int i = 0;
    while (i < text.length()) {
      if (!DigitRun.startsAt(text, i)) {
        i++;
        continue;
      }
      DigitRun run = DigitRun.read(text, i);
      int keep = keptLeadingDigits(text, run, currencyAfter, currencyBefore);
      if (keep > 0) {
        String written = text.original.substring(run.start, run.end);
        out.add(new Found(run.start, run.end, ContactKind.PHONE, Masks.phone(written, keep)));
      }
      // Skip the run and any word glued to its end, so a number is never read from its middle.
      i = run.end;
      while (i < text.length() && CharFoldedText.isWordChar(text.at(i))) {
        i++;
      }
    }
  }

  /**
   * How many leading digits the mask keeps (country code or trunk prefix, and one more), or 0 when
   * the run is not a phone number.
   */
  private static int keptLeadingDigits(
      CharFoldedText text, DigitRun run, Matcher currencyAfter, Matcher currencyBefore) {
    if (run.digitCount < MIN_DIGITS
        || run.digitCount > MAX_DIGITS
        || run.groupCount > DigitRun.KEPT) {
      return 0;
    }
    if (isGlued(text, run)
        || isAmount(text, run, currencyAfter, currencyBefore)
        || isDate(text, run)
        || isBankAccount(text, run)) {
      return 0;
    }
    String digits = run.digits();
    if (run.plus) {
      int country = DialingPlans.countryCodeLength(digits, true);
      return country == 0 ? 0 : country + trunkAfter(digits, country) + 1;
    }
    NumberContext.Cue cue = NumberContext.before(text, run.start);
    if (cue == NumberContext.Cue.OTHER_NUMBER
        || (cue == NumberContext.Cue.NONE && followsCodeToken(text, run.start))) {
      return 0;
    }
    if (digits.startsWith("00")) {
      int country = DialingPlans.countryCodeLength(digits.substring(2), false);
      return country == 0 ? 0 : 2 + country + trunkAfter(digits.substring(2), country) + 1;
    }
    boolean phoneCue = cue == NumberContext.Cue.PHONE;
    if (digits.charAt(0) == '0') {
      return isTrunkNumber(run, digits, phoneCue) ? 2 : 0;
    }
    return isNumberWithoutTrunk(run, phoneCue) ? 1 : 0;
  }

  /** 1 when a trunk zero follows the country code ("+49 (0)30"), kept in the mask. */
  private static int trunkAfter(String digits, int country) {
    return digits.length() > country && digits.charAt(country) == '0' ? 1 : 0;
  }

  /**
   * A national number with its trunk prefix 0 (every market but CZ and PL has one): 9 to 13 digits.
   * Grouped like a phone number it is one; written unbroken only when it is a mobile number of a
   * market or the words before call it a phone.
   */
  private static boolean isTrunkNumber(DigitRun run, String digits, boolean phoneCue) {
    if (digits.charAt(1) == '0' || run.digitCount < 9 || run.digitCount > 13) {
      return false;
    }
    if (run.groupCount == 1) {
      return phoneCue || DialingPlans.isNationalMobile(digits);
    }
    return hasPhoneGrouping(run);
  }

  /** 2 to 6 groups of at most 8 digits, the first (area or mobile prefix) of at most 5. */
  private static boolean hasPhoneGrouping(DigitRun run) {
    if (run.groupCount < 2 || run.groupCount > 6) {
      return false;
    }
    int first = run.bracketed[0] ? 1 : 0;
    if (run.groupLength(first) > 5) {
      return false;
    }
    for (int g = 0; g < run.groupCount; g++) {
      if (run.groupLength(g) > 8) {
        return false;
      }
    }
    return true;
  }

  /**
   * Czech and Polish numbers have no trunk prefix: nine digits written 3-3-3 ("605 123 456") or,
   * for Polish landlines, 2-3-2-2 ("22 123 45 67"). Any other number without a prefix needs the
   * words before it to call it a phone.
   */
  private static boolean isNumberWithoutTrunk(DigitRun run, boolean phoneCue) {
    if (phoneCue) {
      return run.digitCount <= 12;
    }
    return run.hasLayout(3, 3, 3) || run.hasLayout(2, 3, 2, 2);
  }

  /**
   * Glued to letters or to codes: "SK89 7500 ...", "RR123456789SK", "#SW-48213977", "v1.2",
   * "1Z999AA1...", "wa.me/421...". Such numbers are identifiers, or part of a link.
   */
  private static boolean isGlued(CharFoldedText text, DigitRun run) {
    char before = text.at(run.start - 1);
    if (CharFoldedText.isWordChar(before) || "#_@/\\=&%+*".indexOf(before) >= 0) {
      return true;
    }
    // "SW-48213977" after a code; "1.299" or "3,14" after a number ("tel.0905" is fine).
    if ((before == '-' && CharFoldedText.isWordChar(text.at(run.start - 2)))
        || ((before == '.' || before == ',')
            && CharFoldedText.isAsciiDigit(text.at(run.start - 2)))) {
      return true;
    }
    char after = text.at(run.end);
    if (CharFoldedText.isWordChar(after) || after == '%' || after == '@' || after == '_') {
      return true;
    }
    // A decimal part, or a code going on after a dash or slash ("123456789-XL"); a lower-case
    // ending after a dash is a Hungarian case suffix ("a 06 30 412 7788-as számon").
    char next = text.at(run.end + 1);
    return ((after == ',' || after == '.') && CharFoldedText.isAsciiDigit(next))
        || (after == '/' && CharFoldedText.isWordChar(next))
        || (after == '-' && CharFoldedText.isWordChar(next) && !isCaseSuffix(text, run.end + 1));
  }

  /** One to four lower-case letters, then the end of the word. */
  private static boolean isCaseSuffix(CharFoldedText text, int start) {
    int i = start;
    while (i - start < 5 && Character.isLowerCase(text.original.charAt(i))) {
      i++;
      if (i == text.length()) {
        break;
      }
    }
    return i > start && i - start <= 4 && !CharFoldedText.isWordChar(text.at(i));
  }

  private static boolean isAmount(
      CharFoldedText text, DigitRun run, Matcher currencyAfter, Matcher currencyBefore) {
    currencyAfter.region(run.end, text.length());
    if (currencyAfter.lookingAt()) {
      return true;
    }
    int from = Math.max(0, run.start - 6);
    currencyBefore.region(from, run.start);
    while (currencyBefore.find()) {
      if (currencyBefore.end() == run.start) {
        return true;
      }
    }
    return false;
  }

  /**
   * "24.11.2026", "24. 11. 2026", "2026-11-24", "2026.11.24." (and a time or date range after
   * them): a day and month of one or two digits, or a year of four, first.
   */
  private static boolean isDate(CharFoldedText text, DigitRun run) {
    if (run.groupCount < 3 || run.plus) {
      return false;
    }
    String separator = run.separatorAfter(text, 0).trim();
    if (!separator.equals(".") && !separator.equals("/") && !separator.equals("-")) {
      return false;
    }
    int first = number(text, run, 0);
    int second = number(text, run, 1);
    int third = run.groupLength(2);
    if (run.groupLength(0) <= 2 && run.groupLength(1) <= 2 && (third == 2 || third == 4)) {
      return first >= 1 && first <= 31 && second >= 1 && second <= 31;
    }
    return run.groupLength(0) == 4
        && run.groupLength(1) <= 2
        && third <= 2
        && first >= 1900
        && first <= 2199
        && second >= 1
        && second <= 12;
  }

  /** "2000145399/0800": a Czech or Slovak account number before its four-digit bank code. */
  private static boolean isBankAccount(CharFoldedText text, DigitRun run) {
    int last = run.groupCount - 1;
    return last >= 1
        && run.groupLength(last) == 4
        && run.separatorAfter(text, last - 1).equals("/")
        && run.digitCount - 4 >= 6;
  }

  /**
   * A short code in capitals right before the number: Packeta's "Z 123 4567 890", an IBAN written
   * "SK 89 7500 ...", "DE 12 ...".
   */
  private static boolean followsCodeToken(CharFoldedText text, int start) {
    int end = start;
    while (end > 0
        && (text.original.charAt(end - 1) == ' ' || text.original.charAt(end - 1) == ':')
        && start - end < 2) {
      end--;
    }
    if (end == start) {
      return false;
    }
    int begin = end;
    while (begin > 0 && Character.isLetter(text.original.charAt(begin - 1)) && end - begin < 4) {
      begin--;
    }
    if (begin == end
        || end - begin > 3
        || (begin > 0 && Character.isLetterOrDigit(text.original.charAt(begin - 1)))) {
      return false;
    }
    for (int i = begin; i < end; i++) {
      if (!Character.isUpperCase(text.original.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static int number(CharFoldedText text, DigitRun run, int group) {
    return Integer.parseInt(text.folded.substring(run.groupStart[group], run.groupEnd[group]));
  }
}
