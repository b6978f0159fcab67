package com.swopify.slamonitor.detect.automated;

/**
 * A 64-bit fingerprint of a reply's text for recognising templates: texts that differ only in case,
 * diacritics, digits, spacing and punctuation get the same fingerprint ("Dobrý deň, objednávka 123
 * bola odoslaná" and "Dobry den objednavka 456 bola odoslana"). Every run of digits counts as one
 * digit, so order numbers, dates and amounts do not tell templates apart.
 */
public final class TemplateFingerprint {
  /**
   * Letters a text needs before it can count as a template. Short courtesies ("ok, ďakujem", "Thank
   * you very much!", 16 letters) are typed again and again by people; about four words of substance
   * are the least an auto-responder sends.
   */
  public static final int MIN_LETTERS = 20;

  /** The fingerprint of every text too short to be a template. */
  public static final long NONE = 0L;

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;
  private static final char DIGITS = '0';
  private static final char GAP = ' ';

  private TemplateFingerprint() {}

  /** The fingerprint, or {@link #NONE} for a text of fewer than {@link #MIN_LETTERS} letters. */
  public static long of(String text) {
    if (text == null) {
      return NONE;
    }
    String folded = FoldedText.of(text).text();
    long hash = FNV_OFFSET;
    int letters = 0;
    boolean gap = false;
    char previous = GAP;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
      } else if (Character.isDigit(c)) {
        if (previous == DIGITS) {
          continue;
        }
        c = DIGITS;
      } else {
        // Separators count only between words: a trailing full stop changes nothing.
        gap = true;
        continue;
      }
      if (gap) {
        hash = (hash ^ GAP) * FNV_PRIME;
        gap = false;
      }
      hash = (hash ^ c) * FNV_PRIME;
      previous = c;
    }
    if (letters < MIN_LETTERS) {
      return NONE;
    }
    long mixed = mix(hash);
    // NONE means "too short": a text whose hash happens to be 0 still needs a fingerprint.
    return mixed == NONE ? 1L : mixed;
  }

  /** The finaliser of MurmurHash3: spreads FNV's weak low bits over all 64. */
  private static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
