package com.swopify.slamonitor.detect.contact;

import static com.swopify.slamonitor.detect.contact.InvitationWords.CHANNEL_PREPOSITION;
import static com.swopify.slamonitor.detect.contact.InvitationWords.CLAUSE_BREAK;
import static com.swopify.slamonitor.detect.contact.InvitationWords.FILLER;
import static com.swopify.slamonitor.detect.contact.InvitationWords.HERE;
import static com.swopify.slamonitor.detect.contact.InvitationWords.HESITATION;
import static com.swopify.slamonitor.detect.contact.InvitationWords.INVITE;
import static com.swopify.slamonitor.detect.contact.InvitationWords.NEGATION;
import static com.swopify.slamonitor.detect.contact.InvitationWords.OBJECT_PRONOUN;
import static com.swopify.slamonitor.detect.contact.InvitationWords.PRESENCE;

import java.util.regex.Pattern;

/**
 * Whether a mention of a messenger invites the buyer there, or only mentions it. "Napíšte nám na
 * WhatsApp" and "find us on Facebook" invite; "WhatsApp nepoužívame, píšte sem" and "we do not use
 * WhatsApp, please stay in the Helpdesk" do not, nor does "the phone supports WhatsApp".
 *
 * <p>A mention invites when all of these hold:
 *
 * <ul>
 *   <li>nothing in its clause negates it: "nie", "nepoužívame", "nem", "nicht", "kein", "do not",
 *       "instead of", ... The clause ends at a comma, semicolon, sentence end, or a "but" word, so
 *       "Viber nepoužívame, napíšte nám na WhatsApp" still invites to WhatsApp. "Don't hesitate"
 *       and its kin are not negations.
 *   <li>it is the channel, not the topic: a preposition of channel comes before it ("na", "cez",
 *       "on", "via", "per", "pe", "przez", "preko", "на"), an inflection marks it ("WhatsAppe",
 *       "Viberen", "Messengerze"), a colon follows it, or it is used as a verb ("WhatsApp me").
 *   <li>its sentence asks for contact: an imperative or "you can" verb of writing, sending,
 *       calling, finding, following or adding ("napíšte", "írjon", "zadzwoń", "scrieți", "schreiben
 *       Sie", "pišite", "пишете", "message us"), "available", or "we are on". The verb counts in
 *       the mention's clause, or in another clause of the sentence that does not point here ("sem",
 *       "hier", "Helpdesk", ...): "Ihre Nachricht per WhatsApp haben wir erhalten, bitte schreiben
 *       Sie uns hier" asks for contact, but not on WhatsApp.
 * </ul>
 */
final class Invitations {
  /** How far a sentence is looked at around a mention, each side. */
  static final int REACH = 200;

  private final CharFoldedText text;
  // Built on first use: most replies name no messenger at all.
  private Spans invite;
  private Spans negation;
  private Spans hesitation;
  private Spans clauseBreak;
  private Spans here;

  Invitations(CharFoldedText text) {
    this.text = text;
  }

  /**
   * Whether the mention at {@code [start, end)} invites the buyer to the messenger. {@code
   * inflected} says the name carries a case ending.
   */
  boolean invites(int start, int end, boolean inflected) {
    int sentenceStart = sentenceStart(text, start);
    int sentenceEnd = sentenceEnd(text, end);
    int[] clause = clauseAround(sentenceStart, start, end, sentenceEnd);
    if (isNegated(clause)) {
      return false;
    }
    if (usedAsVerb(text, end)) {
      return true;
    }
    int preposition = channelPrepositionBefore(text, start);
    boolean channel = inflected || preposition >= 0 || text.at(text.skipBlanks(end, REACH)) == ':';
    if (!channel) {
      return false;
    }
    return (preposition >= 0 && isPresence(text, preposition))
        || isInvitedWithin(sentenceStart, sentenceEnd, clause);
  }

  /** Whether the sentence around {@code [start, end)} asks for contact, not negated there. */
  boolean asksForContact(int start, int end) {
    int sentenceStart = sentenceStart(text, start);
    int sentenceEnd = sentenceEnd(text, end);
    int[] clause = clauseAround(sentenceStart, start, end, sentenceEnd);
    return isInvitedWithin(sentenceStart, sentenceEnd, clause) && !isNegated(clause);
  }

  /**
   * A verb of contact in the sentence, in the mention's {@code clause} or in a clause that does not
   * point here.
   */
  private boolean isInvitedWithin(int sentenceStart, int sentenceEnd, int[] clause) {
    if (invite == null) {
      invite = Spans.of(INVITE, text.folded);
      here = Spans.of(HERE, text.folded);
    }
    for (int i = invite.firstStartingAtOrAfter(sentenceStart);
        i < invite.count() && invite.end(i) <= sentenceEnd;
        i++) {
      if (invite.start(i) >= clause[0] && invite.end(i) <= clause[1]) {
        return true;
      }
      int[] verbClause = clauseAround(sentenceStart, invite.start(i), invite.end(i), sentenceEnd);
      if (!here.anyWithin(verbClause[0], verbClause[1])) {
        return true;
      }
    }
    return false;
  }

  /** {@code [start, end)} of the clause holding {@code [from, to)} inside its sentence. */
  private int[] clauseAround(int sentenceStart, int from, int to, int sentenceEnd) {
    if (clauseBreak == null) {
      clauseBreak = Spans.of(CLAUSE_BREAK, text.folded);
    }
    return new int[] {
      clauseBreak.lastEndWithin(sentenceStart, from), clauseBreak.firstStartWithin(to, sentenceEnd)
    };
  }

  /** Something in the {@code clause} negates it, and it is no "don't hesitate". */
  private boolean isNegated(int[] clause) {
    if (negation == null) {
      negation = Spans.of(NEGATION, text.folded);
      hesitation = Spans.of(HESITATION, text.folded);
    }
    return negation.anyWithin(clause[0], clause[1]) && !hesitation.anyWithin(clause[0], clause[1]);
  }

  private static boolean usedAsVerb(CharFoldedText text, int end) {
    return OBJECT_PRONOUN.matcher(text.folded).region(end, text.length()).lookingAt();
  }

  /** The start of the channel preposition before the name (fillers skipped), or -1. */
  private static int channelPrepositionBefore(CharFoldedText text, int start) {
    return wordBefore(text, start, CHANNEL_PREPOSITION);
  }

  /** "sme (aj) na", "we are on": the word before the preposition says presence. */
  private static boolean isPresence(CharFoldedText text, int preposition) {
    return wordBefore(text, preposition, PRESENCE) >= 0;
  }

  /**
   * The start of the word before {@code end} that matches {@code target}, with at most two {@link
   * #FILLER} words between; -1 when another word comes first.
   */
  private static int wordBefore(CharFoldedText text, int end, Pattern target) {
    int wordEnd = end;
    for (int words = 0; words < 3; words++) {
      int last = text.skipBlanksBack(wordEnd, REACH);
      int begin = last;
      while (begin > 0 && Character.isLetter(text.at(begin - 1)) && last - begin < 16) {
        begin--;
      }
      if (begin == last) {
        return -1;
      }
      if (matches(target, text, begin, last)) {
        return begin;
      }
      if (!matches(FILLER, text, begin, last)) {
        return -1;
      }
      wordEnd = begin;
    }
    return -1;
  }

  /**
   * Where the sentence holding {@code i} starts: after ". ", "!", "?", ";" or a line break, at most
   * {@link #REACH} chars back.
   */
  static int sentenceStart(CharFoldedText text, int i) {
    int limit = Math.max(0, i - REACH);
    for (int j = i - 1; j >= limit; j--) {
      if (endsSentence(text, j)) {
        return j + 1;
      }
    }
    return limit;
  }

  static int sentenceEnd(CharFoldedText text, int i) {
    int limit = Math.min(text.length(), i + REACH);
    for (int j = i; j < limit; j++) {
      if (endsSentence(text, j)) {
        return j;
      }
    }
    return limit;
  }

  private static boolean endsSentence(CharFoldedText text, int j) {
    char c = text.at(j);
    return c == '!'
        || c == '?'
        || c == ';'
        || c == '\n'
        || (c == '.' && CharFoldedText.isBlank(text.at(j + 1)));
  }

  private static boolean matches(Pattern pattern, CharFoldedText text, int from, int to) {
    return pattern.matcher(text.folded).region(from, to).matches();
  }
}
