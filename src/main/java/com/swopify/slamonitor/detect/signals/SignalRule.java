package com.swopify.slamonitor.detect.signals;

import com.swopify.slamonitor.detect.automated.Phrases;
import com.swopify.slamonitor.events.TakeoverReason;
import java.util.List;

/**
 * One way of spotting a signal in folded text, and how its context may cancel it.
 *
 * @param signal what a match reports
 * @param phrases where to look
 * @param companion when not null, the match counts only with one of these in the same clause,
 *     before or after it ("icloud" with "locked"); the rare word goes in phrases, so that most
 *     texts are passed over quickly
 * @param required the message must also mention one of these somewhere (null: nothing needed)
 * @param cancelling a match does not count when its clause also holds one of these (null: none)
 * @param negatable whether a negation before the match cancels it (not for phrases that are
 *     negations themselves, "not original")
 * @param fallback whether the signal is dropped when a more specific one of its reason is found
 */
record SignalRule(
    Signal signal,
    Phrases phrases,
    Phrases companion,
    Phrases required,
    Phrases cancelling,
    boolean negatable,
    boolean fallback) {

  static SignalRule of(TakeoverReason reason, String name, String... phrases) {
    return new SignalRule(
        new Signal(reason, name), Phrases.of(List.of(phrases)), null, null, null, true, false);
  }

  /** A signal made of two words in one clause, in either order. */
  static SignalRule pair(TakeoverReason reason, String name, String word, String companion) {
    return new SignalRule(
        new Signal(reason, name),
        Phrases.of(List.of(word)),
        Phrases.of(List.of(companion)),
        null,
        null,
        true,
        false);
  }

  SignalRule requiringInText(List<String> words) {
    return new SignalRule(
        signal, phrases, companion, Phrases.of(words), cancelling, negatable, fallback);
  }

  SignalRule unlessInClause(List<String> words) {
    return new SignalRule(
        signal, phrases, companion, required, Phrases.of(words), negatable, fallback);
  }

  SignalRule negationIsPartOfIt() {
    return new SignalRule(signal, phrases, companion, required, cancelling, false, fallback);
  }

  SignalRule asFallback() {
    return new SignalRule(signal, phrases, companion, required, cancelling, negatable, true);
  }
}
