package com.swopify.slamonitor.detect.automated;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises auto-responder and out-of-office texts among seller replies (rule R4), in the ten
 * market languages, with or without diacritics. A recognised reply answers nothing.
 *
 * <p>A false positive costs a seller money, so the rules lean to precision:
 *
 * <ol>
 *   <li>A text that says of itself that a machine wrote it ("Toto je automatická odpoveď", "Dies
 *       ist eine automatisch generierte Nachricht"), or opens with such a label ("Automatic reply:
 *       …"), is automated. Negated forms ("this is not an automatic reply") and mentions ("sorry
 *       for the automatic reply") are not such statements.
 *   <li>Softer signs, being away now or later ("Jestem poza biurem", "Ich bin bis … nicht im
 *       Büro", "I will reply after my return") or an acknowledgement with a promise ("ďakujeme za
 *       správu, odpovieme vám čo najskôr"), make a text automated only when it says nothing else:
 *       nothing concrete about the buyer's matter (shipped, refunded, checked, in stock, a tracking
 *       number) and at most {@value #MAX_UNEXPLAINED_WORDS} words that no auto-responder phrase,
 *       greeting, signature or date explains. So "I'm away until Friday, but your order was shipped
 *       yesterday" is an answer, and "I was out of office last week" (past) is no sign at all.
 * </ol>
 *
 * <p>Cost: one folding pass, then a handful of precompiled patterns, each linear in the text; the
 * word accounting of step 2 runs only for the rare texts with a soft sign.
 */
public final class AutoReplyPhrases implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final String OUT_OF_OFFICE = "out-of-office";
  public static final String AUTO_RESPONDER = "auto-responder";

  /**
   * Words a soft candidate may hold that no phrase explains: room for a name or a team ("Tim
   * Elektro Dom", "Customer Care"), too little for an answer ("the size M fits you").
   */
  static final int MAX_UNEXPLAINED_WORDS = 3;
  /** Words after a closing formula that are still its signature ("Kind regards, Martin Novak"). */
  static final int MAX_SIGNATURE_WORDS = 4;
  /** How far before an away phrase a past-tense word puts it in the past ("bol som na …"). */
  private static final int PAST_LOOKBACK_WORDS = 2;

  private static final Pattern DECLARATION = PhrasePatterns.compile(AutoReplyLexicon.DECLARATION);
  private static final Pattern AUTOMATION_LABEL =
      PhrasePatterns.compileLeading(AutoReplyLexicon.AUTOMATION_LABEL);
  private static final Pattern AWAY = PhrasePatterns.compile(AutoReplyLexicon.AWAY);
  private static final Pattern AWAY_LABEL =
      PhrasePatterns.compileLeading(AutoReplyLexicon.AWAY_LABEL);
  private static final Pattern AFTER_RETURN = PhrasePatterns.compile(AutoReplyLexicon.AFTER_RETURN);
  private static final Pattern RECEIVED = PhrasePatterns.compile(AutoReplyLexicon.RECEIVED);
  private static final Pattern THANKS = PhrasePatterns.compile(AutoReplyLexicon.THANKS);
  private static final Pattern PROMISE = PhrasePatterns.compile(AutoReplyLexicon.PROMISE);
  private static final Pattern CONCRETE = PhrasePatterns.compile(AutoReplyLexicon.CONCRETE);
  private static final Pattern SIGNOFF = PhrasePatterns.compile(AutoReplyLexicon.SIGNOFF);
  private static final Set<String> PAST_MARKERS = Words.of(AutoReplyLexicon.PAST_MARKERS);

  /** Every pattern whose words an auto-responder may consist of. */
  private static final List<Pattern> EXPLAINING = List.of(DECLARATION, AUTOMATION_LABEL, AWAY,
      AWAY_LABEL, AFTER_RETURN, RECEIVED, THANKS, PROMISE,
      PhrasePatterns.compile(AutoReplyLexicon.COURTESY),
      PhrasePatterns.compile(AutoReplyLexicon.NEUTRAL));

  /** What kind of automated text this is ({@value #OUT_OF_OFFICE} or {@value #AUTO_RESPONDER}), or null. */
  public String recognise(String text) {
    if (text == null) {
      return null;
    }
    String folded = FoldedText.of(text);
    if (folded.isEmpty()) {
      return null;
    }
    boolean away = AWAY_LABEL.matcher(folded).find() || AFTER_RETURN.matcher(folded).find()
        || isAwayNow(folded);
    if (DECLARATION.matcher(folded).find() || AUTOMATION_LABEL.matcher(folded).find()) {
      return away ? OUT_OF_OFFICE : AUTO_RESPONDER;
    }
    boolean acknowledged = (RECEIVED.matcher(folded).find() || THANKS.matcher(folded).find())
        && PROMISE.matcher(folded).find();
    if (!away && !acknowledged) {
      return null;
    }
    if (CONCRETE.matcher(folded).find() || unexplainedWords(folded) > MAX_UNEXPLAINED_WORDS) {
      return null;
    }
    return away ? OUT_OF_OFFICE : AUTO_RESPONDER;
  }

  /** An away phrase that is not in the past tense. */
  private static boolean isAwayNow(String folded) {
    Matcher away = AWAY.matcher(folded);
    while (away.find()) {
      if (!Words.anyWithin(folded, away.start(), away.end(), PAST_LOOKBACK_WORDS, PAST_MARKERS)) {
        return true;
      }
    }
    return false;
  }

  /** Words that no auto-responder phrase, greeting, date or signature accounts for. */
  static int unexplainedWords(String folded) {
    boolean[] explained = new boolean[folded.length()];
    for (Pattern pattern : EXPLAINING) {
      Matcher matcher = pattern.matcher(folded);
      while (matcher.find()) {
        mark(explained, matcher.start(), matcher.end());
      }
    }
    Matcher signoff = SIGNOFF.matcher(folded);
    while (signoff.find()) {
      int end = signoff.end();
      boolean closesTheText = Words.count(folded, end, folded.length()) <= MAX_SIGNATURE_WORDS;
      mark(explained, signoff.start(), closesTheText ? folded.length() : end);
    }
    int unexplained = 0;
    for (int start : Words.starts(folded)) {
      if (!explained[start]) {
        unexplained++;
      }
    }
    return unexplained;
  }

  private static void mark(boolean[] explained, int from, int to) {
    for (int i = from; i < to; i++) {
      explained[i] = true;
    }
  }
}
