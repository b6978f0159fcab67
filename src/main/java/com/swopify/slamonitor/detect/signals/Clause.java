package com.swopify.slamonitor.detect.signals;

import com.swopify.slamonitor.detect.automated.FoldedText;

/**
 * The clause and the sentence around a position of folded text.
 *
 * @param start first character of the clause
 * @param end the separator that ends the clause, or the end of the text
 * @param sentenceStart first character of the sentence
 * @param sentenceEnd the separator that ends the sentence, or the end of the text
 * @param inQuestion whether the sentence ends with a question mark
 */
record Clause(int start, int end, int sentenceStart, int sentenceEnd, boolean inQuestion) {

  static Clause around(String folded, int position) {
    int start = back(folded, position, Clause::endsClause);
    int end = forward(folded, position, Clause::endsClause);
    int sentenceStart = back(folded, start, Clause::endsSentence);
    int sentenceEnd = forward(folded, end, Clause::endsSentence);
    boolean question =
        sentenceEnd < folded.length() && folded.charAt(sentenceEnd) == FoldedText.QUESTION;
    return new Clause(start, end, sentenceStart, sentenceEnd, question);
  }

  /** The position after the nearest boundary before {@code position}, or 0. */
  private static int back(String folded, int position, CharPredicate boundary) {
    int i = position;
    while (i > 0 && !boundary.test(folded.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  /** The nearest boundary at or after {@code position}, or the end of the text. */
  private static int forward(String folded, int position, CharPredicate boundary) {
    int i = position;
    while (i < folded.length() && !boundary.test(folded.charAt(i))) {
      i++;
    }
    return i;
  }

  private interface CharPredicate {
    boolean test(char c);
  }

  /** Whether no other clause follows in the sentence. */
  boolean lastOfSentence() {
    return end == sentenceEnd;
  }

  private static boolean endsClause(char c) {
    return c == FoldedText.CLAUSE || endsSentence(c);
  }

  private static boolean endsSentence(char c) {
    return c == FoldedText.SENTENCE || c == FoldedText.QUESTION;
  }
}
