package com.swopify.slamonitor.detect.signals;

import com.swopify.slamonitor.detect.automated.FoldedText;
import com.swopify.slamonitor.detect.automated.Phrases;
import com.swopify.slamonitor.detect.automated.Words;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds signs of serious violations in a buyer's message (rule R7): a locked device (iCloud or
 * Activation Lock, Apple ID, Google account / FRP, a blacklisted IMEI, a password lock), a
 * counterfeit, a dangerous product (burning, fire, smoke, sparks, electric shock, a swollen
 * battery, melting, an explosion), in the ten market languages, with or without diacritics.
 *
 * <p>A word alone is not a report. What the buyer says around it decides, by these rules (clauses
 * end at commas and colons, sentences at full stops, exclamation and question marks):
 *
 * <ol>
 *   <li><b>Negation.</b> A negation among the three words before the match, in its clause, or
 *       inside it, cancels it ("the phone is not locked", "nie je zablokovaný", "nincs zárolva",
 *       "the battery does not swell"); so does a negation right after it ("iCloud free", "es raucht
 *       nicht"). Phrases that are negations themselves ("not original", "nem eredeti") are reports.
 *   <li><b>Questions.</b> A buyer asking whether something is original, locked or safe is not
 *       reporting that it is not: a match in a question does not count. A clause is in a question
 *       when its sentence ends with a question mark and it is the last clause, opens like a
 *       question ("is it…", "czy…") or holds a question particle ("li", "ли"). Statements before
 *       the question still count: "The phone is iCloud locked, can you send the password?". A
 *       question that takes the problem as given does count: "Why is it locked?", "Is it normal
 *       that the battery is swollen?", "… what should I do?".
 *   <li><b>Conditions.</b> A condition before the match in its clause cancels it ("if the battery
 *       ever swells", "ak by sa batéria nafúkla").
 *   <li><b>Context.</b> Some words only count about the right things: a generic "it is locked"
 *       needs a device mentioned somewhere in the message and no card, account, parcel or mobile
 *       network in its clause (a SIM lock is not what the policy means); "fake" not about leather
 *       or a tracking number; smoke and fire not about a smoke detector, a Fire TV stick, a candle
 *       or cigarettes; "not original" not about the box.
 *   <li><b>Somebody else's goods.</b> A sentence about another seller, a neighbour's or the buyer's
 *       previous phone reports nothing about this order ("another seller sent me a locked phone, is
 *       this one free?").
 *   <li><b>Disclaimers.</b> "I don't think it's fake", "nu spun că e fals": a disclaimer earlier in
 *       the sentence cancels a match like a negation.
 * </ol>
 *
 * <p>Cost: one folding pass and one pass over the words with the phrases of all rules at once (see
 * {@link Phrases}), which settles most messages; then a precompiled pattern per rule, each linear
 * in the text.
 */
public final class BuyerSignals implements Serializable {
  private static final long serialVersionUID = 1L;

  /** How many words before a match a negation may stand and still deny it. */
  static final int NEGATION_REACH = 3;

  /** Enough to read every word before a match in a clause of any realistic length. */
  private static final int WHOLE_CLAUSE = 200;

  private static final Set<String> NEGATORS = Words.of(SignalLexicon.NEGATORS);
  private static final Set<String> NEGATORS_AFTER = Words.of(SignalLexicon.NEGATORS_AFTER);
  private static final Set<String> CONDITIONALS = Words.of(SignalLexicon.CONDITIONALS);
  private static final Set<String> QUESTION_OPENERS = Words.of(SignalLexicon.QUESTION_OPENERS);
  private static final Set<String> QUESTION_PARTICLES = Words.of(SignalLexicon.QUESTION_PARTICLES);
  private static final Phrases PRESUPPOSING = Phrases.of(SignalLexicon.PRESUPPOSING);
  private static final Phrases OTHER_PARTY = Phrases.of(SignalLexicon.OTHER_PARTY);
  private static final Phrases NOT_CLAIMING = Phrases.of(SignalLexicon.NOT_CLAIMING);

  /** The phrases of every rule: without one of them a message has no signal. */
  private static final Phrases ANY_RULE =
      Phrases.anyOf(SignalLexicon.RULES.stream().map(SignalRule::phrases).toList());

  /** The signals in a buyer message, in a stable order; empty if none. */
  public List<Signal> find(String text) {
    if (text == null) {
      return List.of();
    }
    FoldedText folded = FoldedText.of(text);
    if (!ANY_RULE.in(folded)) {
      return List.of(); // most messages: one pass over the words, nothing tried
    }
    List<SignalRule> matched = new ArrayList<>(2);
    for (SignalRule rule : SignalLexicon.RULES) {
      if (!alreadyFound(matched, rule.signal()) && matches(rule, folded)) {
        matched.add(rule);
      }
    }
    List<Signal> signals = new ArrayList<>(matched.size());
    for (SignalRule rule : matched) {
      if (!(rule.fallback() && hasSpecific(matched, rule))) {
        signals.add(rule.signal());
      }
    }
    return List.copyOf(signals);
  }

  private static boolean alreadyFound(List<SignalRule> matched, Signal signal) {
    for (SignalRule rule : matched) {
      if (rule.signal().equals(signal)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasSpecific(List<SignalRule> matched, SignalRule fallback) {
    for (SignalRule rule : matched) {
      if (!rule.fallback() && rule.signal().reason() == fallback.signal().reason()) {
        return true;
      }
    }
    return false;
  }

  /** Whether a match of the rule counts; the rule's own phrases first, as they are rarer. */
  private static boolean matches(SignalRule rule, FoldedText folded) {
    int length = folded.text().length();
    int[] match = new int[2];
    if (!rule.phrases().find(folded, 0, length, match)
        || (rule.required() != null && !rule.required().in(folded))) {
      return false;
    }
    do {
      if (counts(rule, folded, match[0], match[1])) {
        return true;
      }
    } while (rule.phrases().find(folded, Math.max(match[1], match[0] + 1), length, match));
    return false;
  }

  private static boolean counts(SignalRule rule, FoldedText folded, int start, int end) {
    String text = folded.text();
    Clause clause = Clause.around(text, start);
    if (rule.companion() != null) {
      // The two words of a pair, in one sentence, are read as one span: a negation before or
      // between them cancels it ("the battery does not swell").
      int[] companion = new int[2];
      // The nearest companion: in the clause first, else elsewhere in the sentence.
      if (!rule.companion().find(folded, clause.start(), clause.end(), companion)
          && !rule.companion()
              .find(folded, clause.sentenceStart(), clause.sentenceEnd(), companion)) {
        return false;
      }
      start = Math.min(start, companion[0]);
      end = Math.max(end, companion[1]);
    }
    if (rule.negatable()
        && (isNegated(text, start, end)
            || NOT_CLAIMING.in(folded, clause.sentenceStart(), start))) {
      return false;
    }
    if (OTHER_PARTY.in(folded, clause.sentenceStart(), clause.sentenceEnd())) {
      return false;
    }
    if (rule.cancelling() != null && rule.cancelling().in(folded, clause.start(), clause.end())) {
      return false;
    }
    return !isConditional(text, start) && !isAsked(folded, clause);
  }

  /** A negation among the words just before the match or inside it, or right after it. */
  private static boolean isNegated(String folded, int start, int end) {
    if (Words.anyWithin(folded, start, end, NEGATION_REACH, NEGATORS)) {
      return true;
    }
    String next = Words.after(folded, end);
    return next != null && NEGATORS_AFTER.contains(next);
  }

  private static boolean isConditional(String folded, int start) {
    for (String word : Words.before(folded, start, WHOLE_CLAUSE)) {
      if (CONDITIONALS.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAsked(FoldedText folded, Clause clause) {
    if (!clause.inQuestion()) {
      return false;
    }
    if (PRESUPPOSING.in(folded, clause.sentenceStart(), clause.sentenceEnd())) {
      return false;
    }
    if (clause.lastOfSentence()) {
      return true;
    }
    String clauseText = folded.text().substring(clause.start(), clause.end());
    String first = clauseText.split(" ", 2)[0];
    if (QUESTION_OPENERS.contains(first)) {
      return true;
    }
    for (String word : clauseText.split(" ")) {
      if (QUESTION_PARTICLES.contains(word)) {
        return true;
      }
    }
    return false;
  }
}
