package com.swopify.slamonitor.detect.contact;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A seller asking the buyer to phone them, without the number in the reply ("call me, the number is
 * on the invoice in the parcel", "zavolejte mi, číslo najdete na webu"): the platform has no calls,
 * so this moves the conversation off it as surely as a number would. Only the imperative with the
 * seller as its object counts ("call me", "zavolajte nám", "rufen Sie mich an"); calling the
 * courier, or "we will call you", does not. A negation just before it ("do not call me") cancels
 * it. Mask: {@value #MASK}.
 */
final class CallRequests {
  static final String MASK = "*** (call requested)";

  private static final Pattern CALL_ME =
      WordList.pattern(
          // sk, cs
          "zavolajte mi",
          "zavolajte nám",
          "volajte mi",
          "volajte nám",
          "zavolaj mi",
          "zavolejte mi",
          "zavolejte nám",
          "volejte mi",
          "volejte nám",
          "zavolej mi",
          // hu
          "hívjon fel",
          "hívjanak fel",
          "hívj fel",
          "hívjon minket",
          "hívjon engem",
          // pl
          "do mnie zadzwonić",
          "do nas zadzwonić",
          "zadzwoń do mnie",
          "zadzwońcie do mnie",
          "zadzwoń do nas",
          "zadzwońcie do nas",
          "proszę zadzwonić",
          // ro
          "sunați-mă",
          "sunați-ne",
          "sună-mă",
          "sunați mă",
          "sunați ne",
          // de
          "rufen sie mich an",
          "rufen sie mich bitte an",
          "rufen sie uns an",
          "rufen sie uns bitte an",
          "ruf mich an",
          "ruf uns an",
          "ruft mich an",
          // hr, sl
          "nazovite me",
          "nazovite nas",
          "nazovi me",
          "pokličite me",
          "pokličite nas",
          "pokliči me",
          // bg
          "звъннете ми",
          "звъннете ни",
          "обадете ми се",
          "обадете ни се",
          "звънни ми",
          "обади ми се",
          // en
          "give me a call",
          "give us a call",
          "call me",
          "call us",
          "ring me",
          "ring us");
  private static final Pattern NEGATED =
      Pattern.compile("(?:not|n't|never|nie|ne|nem|nu|nicht|не)\\s*$");

  private CallRequests() {}

  static void find(CharFoldedText text, List<Found> out) {
    Matcher call = CALL_ME.matcher(text.folded);
    while (call.find()) {
      int from = Math.max(0, call.start() - 12);
      if (!NEGATED.matcher(text.folded.substring(from, call.start())).find()) {
        out.add(new Found(call.start(), call.end(), ContactKind.PHONE, MASK));
      }
    }
  }
}
