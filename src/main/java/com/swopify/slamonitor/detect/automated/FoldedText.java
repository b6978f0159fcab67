package com.swopify.slamonitor.detect.automated;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.concurrent.atomic.LongAdder;

/**
 * Message text reduced, in one pass, to what the phrase detectors compare: words in lower case
 * without diacritics ("Ďakujeme" and "dakujeme" become the same word), joined by exactly one
 * separator that keeps only the structure the rules need:
 *
 * <ul>
 *   <li>{@code ' '} between words of one clause;
 *   <li>{@value #CLAUSE} where a clause ends inside a sentence (comma, colon, parenthesis, dash);
 *   <li>{@value #SENTENCE} at the end of a sentence (full stop, exclamation mark, semicolon, line
 *       break);
 *   <li>{@value #QUESTION} at the end of a question.
 * </ul>
 *
 * <p>A run of several separators keeps the strongest ({@code ?} over {@code .} over {@code ,} over
 * space). A full stop right after a digit is not a sentence end: "do 20.8." and "bis 14.08." are
 * dates. Apostrophes separate ("I'm" becomes "i m"), so "we're" never reads as "were". Letters of
 * other scripts (Cyrillic) are only lower-cased, apart from their own diacritics (й becomes и).
 * Special letters that Unicode does not decompose are spelled out: ß as ss, ł as l, đ as d, ø as o,
 * æ as ae, œ as oe.
 *
 * <p>The folding pass also notes where each word starts, which every phrase look-up needs.
 */
public final class FoldedText {
  public static final char WORD = ' ';
  public static final char CLAUSE = ',';
  public static final char SENTENCE = '.';
  public static final char QUESTION = '?';

  /** Characters up to here have a precomputed folding; above it only case is folded. */
  private static final int TABLE_SIZE = 0x0530;

  private static final String[] FOLDED = new String[TABLE_SIZE];
  private static final String SKIP = "";

  static {
    for (int c = 0; c < TABLE_SIZE; c++) {
      FOLDED[c] = computeFolding((char) c);
    }
  }

  private final String text;
  private final int[] wordStarts;

  /** What the phrase patterns read: the text itself, or a view that counts the reads (tests). */
  private final CharSequence patternInput;

  private FoldedText(String text, int[] wordStarts, CharSequence patternInput) {
    this.text = text;
    this.wordStarts = wordStarts;
    this.patternInput = patternInput;
  }

  /** The characters the phrase patterns match against. */
  CharSequence patternInput() {
    return patternInput;
  }

  /** The same text, with every character a pattern reads counted in {@code reads}. */
  FoldedText countingReads(LongAdder reads) {
    return new FoldedText(
        text,
        wordStarts,
        new CharSequence() {
          @Override
          public int length() {
            return text.length();
          }

          @Override
          public char charAt(int index) {
            reads.increment();
            return text.charAt(index);
          }

          @Override
          public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
          }

          @Override
          public String toString() {
            return text;
          }
        });
  }

  /** The folded form; empty for a text without letters or digits. */
  public String text() {
    return text;
  }

  public boolean isEmpty() {
    return text.isEmpty();
  }

  /** How many words the text has. */
  public int words() {
    return wordStarts.length;
  }

  /** Where word {@code i} starts. */
  public int wordStart(int i) {
    return wordStarts[i];
  }

  /** The first word starting at or after {@code position}; {@link #words()} if none. */
  public int firstWordFrom(int position) {
    int i = Arrays.binarySearch(wordStarts, position);
    return i >= 0 ? i : -i - 1;
  }

  @Override
  public String toString() {
    return text;
  }

  /** Folds {@code text}. */
  public static FoldedText of(String text) {
    // A plain buffer, not a StringBuilder: a Cyrillic letter would make the builder re-encode
    // everything before it.
    Output out = new Output(text.length());
    int[] starts = new int[16];
    int words = 0;
    int pending = -1;
    char last = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String folded = fold(c);
      if (folded == SKIP) {
        continue;
      }
      if (folded != null) {
        if (pending >= 0 && out.length() > 0) {
          out.append(SEPARATORS[pending]);
        }
        if (pending >= 0 || out.length() == 0) {
          if (words == starts.length) {
            starts = Arrays.copyOf(starts, words * 2);
          }
          starts[words++] = out.length();
        }
        pending = -1;
        out.append(folded);
        last = c;
        continue;
      }
      int strength = separatorStrength(c, last);
      pending = Math.max(pending, strength);
    }
    if (pending >= 2 && out.length() > 0) {
      out.append(SEPARATORS[pending]);
    }
    String folded = out.toString();
    return new FoldedText(folded, Arrays.copyOf(starts, words), folded);
  }

  /** The folded chars written so far; a char may fold to two ("ß" to "ss"). */
  private static final class Output {
    private char[] chars;
    private int length;

    Output(int capacity) {
      chars = new char[Math.max(capacity, 16)];
    }

    int length() {
      return length;
    }

    void append(char c) {
      if (length == chars.length) {
        chars = Arrays.copyOf(chars, length * 2);
      }
      chars[length++] = c;
    }

    void append(String folded) {
      for (int i = 0; i < folded.length(); i++) {
        append(folded.charAt(i));
      }
    }

    @Override
    public String toString() {
      return new String(chars, 0, length);
    }
  }

  /**
   * Folds only the letters of {@code source} and leaves every other character as it is: phrase
   * patterns are written with diacritics ("odpoveď") and must compare with folded text.
   */
  public static String foldLetters(String source) {
    StringBuilder out = new StringBuilder(source.length());
    for (int i = 0; i < source.length(); i++) {
      char c = source.charAt(i);
      String folded = Character.isLetter(c) ? fold(c) : null;
      out.append(folded == null ? String.valueOf(c) : folded);
    }
    return out.toString();
  }

  private static final char[] SEPARATORS = {WORD, CLAUSE, SENTENCE, QUESTION};

  /** The folded letters or digit, {@link #SKIP} for a mark to drop, null for a separator. */
  private static String fold(char c) {
    if (c < TABLE_SIZE) {
      return FOLDED[c];
    }
    if (Character.getType(c) == Character.NON_SPACING_MARK
        || c == '\u200B'
        || c == '\u200C'
        || c == '\u200D'
        || c == '\uFEFF') {
      return SKIP;
    }
    if (Character.isLetterOrDigit(c)) {
      return String.valueOf(Character.toLowerCase(c));
    }
    return null;
  }

  private static int separatorStrength(char c, char lastTokenChar) {
    switch (c) {
      case '?', '\uFF1F', '\u00BF':
        return 3;
      case '.':
        return Character.isDigit(lastTokenChar) ? 0 : 2;
      case '!', ';', '\n', '\r', '\u2026', '\u00A1':
        return 2;
      case ',', ':', '(', ')', '[', ']', '{', '}', '\u2013', '\u2014':
        return 1;
      default:
        return 0;
    }
  }

  private static String computeFolding(char c) {
    switch (c) {
      case '\u00AD':
        return SKIP; // soft hyphen: invisible, inside a word
      case '\u00DF':
        return "ss";
      case '\u0141', '\u0142':
        return "l";
      case '\u0110', '\u0111':
        return "d";
      case '\u00D8', '\u00F8':
        return "o";
      case '\u00C6', '\u00E6':
        return "ae";
      case '\u0152', '\u0153':
        return "oe";
      case '\u0131':
        return "i";
      default:
        break;
    }
    if (c >= 0x0300 && c <= 0x036F) {
      return SKIP; // combining diacritics of decomposed input
    }
    if (!Character.isLetterOrDigit(c) || c == '\u02BC') {
      return null;
    }
    String lower = String.valueOf(Character.toLowerCase(c));
    String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
    StringBuilder base = new StringBuilder(1);
    for (int i = 0; i < decomposed.length(); i++) {
      char d = decomposed.charAt(i);
      if (Character.getType(d) != Character.NON_SPACING_MARK) {
        base.append(d);
      }
    }
    return base.length() == 0 ? lower : base.toString();
  }
}
