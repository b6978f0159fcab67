package com.swopify.slamonitor.detect.automated;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * Recognises auto-responder and out-of-office texts among seller replies (rule R4), in the ten
 * market languages, with or without diacritics. A recognised reply answers nothing.
 *
 * <p>A false positive costs a seller money, so the rules lean to precision:
 *
 * <ol>
 *   <li>A text that says of itself that a machine wrote it ("Toto je automatická odpoveď", "Dies
 *       ist eine automatisch generierte Nachricht"), or opens or closes with such a label
 *       ("Automatic reply: …"), is automated. Negated forms ("this is not an automatic reply") and
 *       mentions ("sorry for the automatic reply") are not such statements.
 *   <li>Softer signs, being away now or later ("Jestem poza biurem", "Ich bin bis … nicht im Büro",
 *       "I will reply after my return") or an acknowledgement with a promise ("ďakujeme za správu,
 *       odpovieme vám čo najskôr"), make a text automated only when it says nothing else: nothing
 *       concrete about the buyer's matter (shipped, refunded, checked, in stock, a tracking number)
 *       and at most {@value #MAX_UNEXPLAINED_WORDS} words that no auto-responder phrase, greeting,
 *       signature or date explains. So "I'm away until Friday, but your order was shipped
 *       yesterday" is an answer, and "I was out of office last week" (past) is no sign at all.
 * </ol>
 *
 * <p>Cost: one folding pass and one pass over the words with all the signs at once (see {@link
 * Phrases}), which settles most replies; then a handful of precompiled patterns, each linear in the
 * text; the word accounting of step 2 runs only for the rare texts with a soft sign.
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

  /** The model's probability that decides alone. */
  static final double MODEL_ALONE = 0.95;

  /** The model's probability that decides with a soft sign and nothing concrete. */
  static final double MODEL_WITH_SOFT_SIGN = 0.5;

  /**
   * The confidence of a recognition by the rules: their precision on the tune part (1.000) less a
   * margin for texts unlike it.
   */
  static final double RULES_CONFIDENCE = 0.97;

  /** How far before an away phrase a past-tense word puts it in the past ("bol som na …"). */
  private static final int PAST_LOOKBACK_WORDS = 2;

  private static final Phrases DECLARATION = Phrases.of(AutoReplyLexicon.DECLARATION);
  private static final Phrases AUTOMATION_LABEL = Phrases.label(AutoReplyLexicon.AUTOMATION_LABEL);
  private static final Phrases MACHINE_SIGN = Phrases.of(AutoReplyLexicon.MACHINE_SIGN);
  private static final Phrases AUTOMATION_DENIED = Phrases.of(AutoReplyLexicon.AUTOMATION_DENIED);

  /** Texts longer than this are read by the rules only: auto-replies are short. */
  static final int MODEL_MAX_CHARS = 2000;

  private static final Phrases AWAY = Phrases.of(AutoReplyLexicon.AWAY);
  private static final Phrases AWAY_LABEL = Phrases.label(AutoReplyLexicon.AWAY_LABEL);
  private static final Phrases AFTER_RETURN = Phrases.of(AutoReplyLexicon.AFTER_RETURN);
  private static final Phrases RECEIVED = Phrases.of(AutoReplyLexicon.RECEIVED);
  private static final Phrases THANKS = Phrases.of(AutoReplyLexicon.THANKS);
  private static final Phrases PROMISE = Phrases.of(AutoReplyLexicon.PROMISE);
  private static final Phrases CONCRETE = Phrases.of(AutoReplyLexicon.CONCRETE);
  private static final Phrases SIGNOFF = Phrases.of(AutoReplyLexicon.SIGNOFF);
  private static final Set<String> PAST_MARKERS = Words.of(AutoReplyLexicon.PAST_MARKERS);

  /** Every sign {@link #recognise} starts from: without one of them a text is no candidate. */
  private static final Phrases ANY_SIGN =
      Phrases.anyOf(
          List.of(
              DECLARATION,
              AUTOMATION_LABEL,
              MACHINE_SIGN,
              AWAY,
              AWAY_LABEL,
              AFTER_RETURN,
              RECEIVED,
              THANKS));

  /** Every pattern whose words an auto-responder may consist of. */
  private static final List<Phrases> EXPLAINING =
      List.of(
          DECLARATION,
          AUTOMATION_LABEL,
          MACHINE_SIGN,
          AWAY,
          AWAY_LABEL,
          AFTER_RETURN,
          RECEIVED,
          THANKS,
          PROMISE,
          Phrases.of(AutoReplyLexicon.COURTESY),
          Phrases.of(AutoReplyLexicon.URGENT),
          Phrases.of(AutoReplyLexicon.NEUTRAL));

  /**
   * What kind of automated text this is ({@value #OUT_OF_OFFICE} or {@value #AUTO_RESPONDER}), or
   * null.
   */
  public String recognise(String text) {
    Recognition recognition = assess(text);
    return recognition == null ? null : recognition.kind();
  }

  /**
   * What a text was recognised as, and how sure: {@code confidence} is calibrated, the share of
   * texts recognised so that are auto-replies (measured per bucket in docs/detectors.md).
   */
  public record Recognition(String kind, double confidence) {}

  /**
   * The rules, then the learned model ({@link AutoReplyModel}) for what the rules leave: a text is
   * automated when the rules say so, when the model is at least {@value #MODEL_ALONE} sure, or when
   * it has a soft sign of automation (away, received, a promise to answer), nothing concrete about
   * the buyer's matter, and the model is at least {@value #MODEL_WITH_SOFT_SIGN} sure. Both
   * thresholds were chosen on out-of-fold scores of the tune part for precision first.
   *
   * @return null when the text is not recognised as automated
   */
  public Recognition assess(String text) {
    if (text == null) {
      return null;
    }
    FoldedText folded = FoldedText.of(text);
    if (folded.isEmpty()) {
      return null;
    }
    String byRules = recognise(folded);
    if (byRules != null) {
      return new Recognition(byRules, RULES_CONFIDENCE);
    }
    if (text.length() > MODEL_MAX_CHARS || AUTOMATION_DENIED.in(folded)) {
      return null;
    }
    double p = AutoReplyModel.bundled().probability(text, folded);
    boolean soft = p >= MODEL_WITH_SOFT_SIGN && hasSoftSign(folded) && !isConcrete(folded);
    if (p >= MODEL_ALONE || soft) {
      boolean away = AWAY_LABEL.in(folded) || AFTER_RETURN.in(folded) || isAwayNow(folded);
      return new Recognition(away ? OUT_OF_OFFICE : AUTO_RESPONDER, p);
    }
    return null;
  }

  /** What the rules alone recognise the text as, or null. */
  String recogniseByRules(String text) {
    return text == null ? null : recognise(FoldedText.of(text));
  }

  /** What the rules alone recognise the folded text as, or null. */
  String recognise(FoldedText folded) {
    if (folded.isEmpty() || !ANY_SIGN.in(folded)) {
      return null; // most replies: one pass over the words, nothing tried
    }
    boolean away = AWAY_LABEL.in(folded) || AFTER_RETURN.in(folded) || isAwayNow(folded);
    if (DECLARATION.in(folded) || AUTOMATION_LABEL.in(folded) || MACHINE_SIGN.in(folded)) {
      return away ? OUT_OF_OFFICE : AUTO_RESPONDER;
    }
    boolean acknowledged = (RECEIVED.in(folded) || THANKS.in(folded)) && PROMISE.in(folded);
    if (!away && !acknowledged) {
      return null;
    }
    if (CONCRETE.in(folded) || unexplainedWords(folded) > MAX_UNEXPLAINED_WORDS) {
      return null;
    }
    return away ? OUT_OF_OFFICE : AUTO_RESPONDER;
  }

  /**
   * A soft sign of automation, whatever else the text says: being away now, coming back, a received
   * message, thanks with a promise, or a promise to answer.
   */
  static boolean hasSoftSign(FoldedText folded) {
    if (folded.isEmpty() || !ANY_SIGN.in(folded) && !PROMISE.in(folded)) {
      return false;
    }
    return AWAY_LABEL.in(folded)
        || AFTER_RETURN.in(folded)
        || isAwayNow(folded)
        || RECEIVED.in(folded)
        || PROMISE.in(folded);
  }

  /** Something concrete about the buyer's matter. */
  static boolean isConcrete(FoldedText folded) {
    return CONCRETE.in(folded);
  }

  /** An away phrase that is not in the past tense. */
  private static boolean isAwayNow(FoldedText folded) {
    int[] away = AWAY.matches(folded);
    for (int i = 0; i < away.length; i += 2) {
      if (!Words.anyWithin(
          folded.text(), away[i], away[i + 1], PAST_LOOKBACK_WORDS, PAST_MARKERS)) {
        return true;
      }
    }
    return false;
  }

  /** Words that no auto-responder phrase, greeting, date or signature accounts for. */
  static int unexplainedWords(FoldedText folded) {
    int length = folded.text().length();
    boolean[] explained = new boolean[length];
    for (Phrases phrases : EXPLAINING) {
      int[] matches = phrases.matches(folded);
      for (int i = 0; i < matches.length; i += 2) {
        mark(explained, matches[i], matches[i + 1]);
      }
    }
    int[] signoffs = SIGNOFF.matches(folded);
    for (int i = 0; i < signoffs.length; i += 2) {
      int end = signoffs[i + 1];
      boolean closesTheText = folded.words() - folded.firstWordFrom(end) <= MAX_SIGNATURE_WORDS;
      mark(explained, signoffs[i], closesTheText ? length : end);
    }
    int unexplained = 0;
    for (int word = 0; word < folded.words(); word++) {
      if (!explained[folded.wordStart(word)]) {
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
