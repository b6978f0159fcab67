package com.swopify.slamonitor.detect.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A text's words for the word rules: runs of letters (with their combining marks), lower case. */
final class LowerCaseWords {
  private LowerCaseWords() {}

  static List<String> lowerCase(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < lower.length(); ) {
      int codePoint = lower.codePointAt(i);
      boolean inWord =
          Character.isLetter(codePoint)
              || (start >= 0 && Character.getType(codePoint) == Character.NON_SPACING_MARK);
      if (inWord && start < 0) {
        start = i;
      } else if (!inWord && start >= 0) {
        words.add(lower.substring(start, i));
        start = -1;
      }
      i += Character.charCount(codePoint);
    }
    if (start >= 0) {
      words.add(lower.substring(start));
    }
    return words;
  }
}
