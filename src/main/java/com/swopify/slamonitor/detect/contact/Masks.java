package com.swopify.slamonitor.detect.contact;

import java.util.List;

/**
 * The masks that keep evidence from spreading what it proves: enough to see what kind of contact it
 * was and to tell two apart, never enough to use it.
 */
final class Masks {
  static final String HIDDEN = "***";

  private Masks() {}

  /**
   * {@code j***@g***.com}: the local part's first char, the domain name's first char and the public
   * suffix as written. {@code labels} are the domain's labels as written, {@code suffixLabels} how
   * many of them form the suffix.
   */
  static String email(String local, List<String> labels, int suffixLabels) {
    int nameIndex = Math.max(0, labels.size() - suffixLabels - 1);
    int suffixStart = Math.max(1, labels.size() - suffixLabels);
    return first(local)
        + HIDDEN
        + "@"
        + first(labels.get(nameIndex))
        + HIDDEN
        + "."
        + String.join(".", labels.subList(suffixStart, labels.size()));
  }

  /** {@code m***.sk}: the host's first char (after a "www.") and its top-level domain. */
  static String link(String host, String tld) {
    return first(host) + HIDDEN + "." + tld;
  }

  /** {@code @o***}: the handle's first char. */
  static String handle(String handle) {
    return "@" + first(handle) + HIDDEN;
  }

  /**
   * The phone number as written, each digit replaced by {@code *} except the first {@code
   * keepLeading} digits and the last two. Separators, brackets and the plus stay where they were.
   */
  static String phone(String written, int keepLeading) {
    int digits = 0;
    for (int i = 0; i < written.length(); i++) {
      if (CharFoldedText.isAsciiDigit(written.charAt(i))) {
        digits++;
      }
    }
    StringBuilder masked = new StringBuilder(written.length());
    int seen = 0;
    for (int i = 0; i < written.length(); i++) {
      char c = written.charAt(i);
      if (CharFoldedText.isAsciiDigit(c)) {
        seen++;
        boolean keep = seen <= keepLeading || seen > digits - 2;
        masked.append(keep ? c : '*');
      } else {
        masked.append(c);
      }
    }
    return masked.toString();
  }

  /** The first code point, so a surrogate pair is never cut in half. */
  private static String first(String s) {
    return s.isEmpty() ? "" : s.substring(0, Character.charCount(s.codePointAt(0)));
  }
}
