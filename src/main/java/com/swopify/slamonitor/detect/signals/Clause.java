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
    int start = position;
    while (start > 0 && !endsClause(folded.charAt(start - 1))) {
      start--;
    }
    int end = position;
    while (end < folded.length() && !endsClause(folded.charAt(end))) {
      end++;
    }
    int sentenceStart = start;
    while (sentenceStart > 0 && !endsSentence(folded.charAt(sentenceStart - 1))) {
      sentenceStart--;
    }
    int sentenceEnd = end;
    while (sentenceEnd < folded.length() && !endsSentence(folded.charAt(sentenceEnd))) {
      sentenceEnd++;
    }
    boolean question =
        sentenceEnd < folded.length() && folded.charAt(sentenceEnd) == FoldedText.QUESTION;
    return new Clause(start, end, sentenceStart, sentenceEnd, question);
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
