package com.swopify.slamonitor.detect.signals;

import com.swopify.slamonitor.detect.automated.PhrasePatterns;
import com.swopify.slamonitor.events.TakeoverReason;
import java.io.Serializable;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One way of spotting a signal in folded text, and how its context may cancel it.
 *
 * @param signal what a match reports
 * @param phrases where to look
 * @param required the message must also mention one of these somewhere (null: nothing needed)
 * @param cancelling a match does not count when its clause also holds one of these (null: none)
 * @param negatable whether a negation before the match cancels it (not for phrases that are
 *     negations themselves, "not original")
 * @param fallback whether the signal is dropped when a more specific one of its reason is found
 */
record SignalRule(Signal signal, Pattern phrases, Pattern required, Pattern cancelling,
    boolean negatable, boolean fallback) implements Serializable {

  static SignalRule of(TakeoverReason reason, String name, String... phrases) {
    return new SignalRule(new Signal(reason, name), PhrasePatterns.compile(List.of(phrases)),
        null, null, true, false);
  }

  SignalRule requiringInText(List<String> words) {
    return new SignalRule(signal, phrases, PhrasePatterns.compile(words), cancelling, negatable,
        fallback);
  }

  SignalRule unlessInClause(List<String> words) {
    return new SignalRule(signal, phrases, required, PhrasePatterns.compile(words), negatable,
        fallback);
  }

  SignalRule negationIsPartOfIt() {
    return new SignalRule(signal, phrases, required, cancelling, false, fallback);
  }

  SignalRule asFallback() {
    return new SignalRule(signal, phrases, required, cancelling, negatable, true);
  }
}
