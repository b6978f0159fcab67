package com.swopify.slamonitor.detect.language;

/**
 * The prose of a text: what is left once web and e-mail addresses, @handles and letter-spaced words
 * are blanked out. None of them is a sentence of any language, and their letters mislead the
 * statistics ("www.kola-brno.cz" reads as Polish, "info@kolesa-maribor.si" as Croatian, "m a r e k"
 * as nothing at all); a reply that is mostly such things is too short to judge.
 *
 * <p>A token (text between white space) is an address when it holds an "@" or "://", starts with
 * "www.", or looks like a domain name: a dot inside, and after the last dot (before any "/") two or
 * more ASCII letters. Abbreviations stay words: "napr.", "s.r.o.", "z.B." end in a one-letter
 * segment or have no inner dot. Letter-spaced words are runs of three or more one-letter tokens;
 * the one-letter words of Slavic languages ("a", "v", "k", "s", "z", "i", "o", "u", "w") hardly
 * ever come three in a row.
 */
final class Prose {
  private static final int LETTER_SPACED_RUN = 3;

  private Prose() {}

  /** The text with every address and letter-spaced word replaced by spaces. */
  static String of(String text) {
    char[] prose = null;
    int runStart = -1;
    int runLength = 0;
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean space = i == text.length() || Character.isWhitespace(text.charAt(i));
      if (!space && start < 0) {
        start = i;
      } else if (space && start >= 0) {
        if (isSingleLetter(text, start, i)) {
          runStart = runLength == 0 ? start : runStart;
          runLength++;
        } else {
          prose = blankRunIfLetterSpaced(text, prose, runStart, start, runLength);
          runLength = 0;
        }
        if (isAddress(text.substring(start, i))) {
          prose = blank(text, prose, start, i);
        }
        start = -1;
      }
    }
    prose = blankRunIfLetterSpaced(text, prose, runStart, text.length(), runLength);
    return prose == null ? text : new String(prose);
  }

  private static char[] blankRunIfLetterSpaced(
      String text, char[] prose, int runStart, int runEnd, int runLength) {
    return runLength >= LETTER_SPACED_RUN ? blank(text, prose, runStart, runEnd) : prose;
  }

  private static char[] blank(String text, char[] prose, int start, int end) {
    char[] blanked = prose == null ? text.toCharArray() : prose;
    for (int i = start; i < end; i++) {
      blanked[i] = ' ';
    }
    return blanked;
  }

  private static boolean isSingleLetter(String text, int start, int end) {
    int codePoint = text.codePointAt(start);
    return start + Character.charCount(codePoint) == end && Character.isLetter(codePoint);
  }

  private static boolean isAddress(String token) {
    if (token.indexOf('@') >= 0 || token.contains("://") || token.startsWith("www.")) {
      return true;
    }
    int pathStart = token.indexOf('/');
    String host = withoutTrailingPunctuation(pathStart < 0 ? token : token.substring(0, pathStart));
    int lastDot = host.lastIndexOf('.');
    if (lastDot <= 0) {
      return false;
    }
    String topLevel = host.substring(lastDot + 1);
    return topLevel.length() >= 2
        && topLevel.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
  }

  private static String withoutTrailingPunctuation(String token) {
    int end = token.length();
    while (end > 0 && ".,;:!?)]}\"'".indexOf(token.charAt(end - 1)) >= 0) {
      end--;
    }
    return token.substring(0, end);
  }
}
