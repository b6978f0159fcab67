package com.swopify.slamonitor.codec;

/**
 * Length limits on strings, counted the way the contract counts them, never splitting a character.
 */
final class Texts {
  /** Values quoted in reasons are cut to this, so a reason stays one readable line. */
  static final int MAX_QUOTED_CHARS = 40;

  private Texts() {}

  /** The value in single quotes, cut to {@link #MAX_QUOTED_CHARS} with "..." when it was longer. */
  static String quote(String value) {
    String cut = cutChars(value, MAX_QUOTED_CHARS);
    return cut.length() == value.length() ? "'" + value + "'" : "'" + cut + "...'";
  }

  /**
   * At most {@code maxChars} UTF-16 chars of {@code s}; one less if the last would be half a pair.
   */
  static String cutChars(String s, int maxChars) {
    if (s.length() <= maxChars) {
      return s;
    }
    int end = maxChars;
    if (Character.isHighSurrogate(s.charAt(end - 1)) && Character.isLowSurrogate(s.charAt(end))) {
      end--;
    }
    return s.substring(0, end);
  }

  /**
   * The length of {@code s} in UTF-8. A lone surrogate counts 3 bytes, so the count is never below
   * what any encoder writes for it.
   */
  static long utf8Length(String s) {
    long bytes = 0;
    for (int i = 0; i < s.length(); ) {
      int size = utf8Size(s, i);
      bytes += size;
      i += charsOf(size);
    }
    return bytes;
  }

  /**
   * The longest prefix of {@code s} whose UTF-8 encoding fits {@code maxBytes}, whole characters
   * only.
   */
  static String cutUtf8(String s, int maxBytes) {
    // No UTF-16 char takes more than 3 bytes (a pair takes 4 for 2 chars): short strings fit.
    if ((long) s.length() * 3 <= maxBytes) {
      return s;
    }
    long bytes = 0;
    int i = 0;
    while (i < s.length()) {
      int size = utf8Size(s, i);
      if (bytes + size > maxBytes) {
        return s.substring(0, i);
      }
      bytes += size;
      i += charsOf(size);
    }
    return s;
  }

  /** The UTF-8 size of the character starting at index i: 4 for a surrogate pair. */
  private static int utf8Size(String s, int i) {
    char c = s.charAt(i);
    if (c < 0x80) {
      return 1;
    }
    if (c < 0x800) {
      return 2;
    }
    boolean pair =
        Character.isHighSurrogate(c)
            && i + 1 < s.length()
            && Character.isLowSurrogate(s.charAt(i + 1));
    return pair ? 4 : 3;
  }

  /** How many UTF-16 chars a character of this UTF-8 size takes. */
  private static int charsOf(int utf8Size) {
    return utf8Size == 4 ? 2 : 1;
  }
}
