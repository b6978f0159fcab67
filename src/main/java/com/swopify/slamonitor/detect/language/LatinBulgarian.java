package com.swopify.slamonitor.detect.language;

import java.util.List;
import java.util.Set;

/**
 * Bulgarian written in Latin letters ("shlyokavitsa": "zdraveite, shte ya izpratim utre"), as
 * people do on keyboards without Cyrillic. Lingua has no model for it and would pick whichever
 * Latin-script language is closest, making a Bulgarian reply look like a WRONG_LANGUAGE breach.
 *
 * <p>The markers are frequent Bulgarian words whose transliteration is no word of the other
 * supported languages: the future particle "shte" (ще; "sht" for щ appears in no other of them),
 * "tova, kakvo, oshte, nyama, vsichko, sashto", the courtesy words "zdraveite, blagodarya, molya",
 * and "tryabva", "mozhe", "iskam". Words shared with Croatian, Czech, Romanian or Slovak ("koga",
 * "mnogo", "veche", "dnes") are left out. Two markers make the text Bulgarian.
 */
final class LatinBulgarian {
  static final int MIN_MARKERS = 2;
  private static final Set<String> MARKERS =
      Set.of(
          "shte",
          "tova",
          "kakvo",
          "oshte",
          "nyama",
          "vsichko",
          "sashto",
          "zdraveite",
          "zdravei",
          "zdrasti",
          "blagodarya",
          "blagodarim",
          "molya",
          "tryabva",
          "trqbva",
          "mozhe",
          "iskam",
          "zdraveyte",
          "sazhalyavame",
          "sazhalyavam",
          "porachka",
          "porachkata",
          "pratkata",
          "izpratihme",
          "otstapka",
          "kodat");

  private LatinBulgarian() {}

  /** Whether the word is one of the markers (counter-evidence for a foreign language). */
  static boolean isMarker(String lowerCaseWord) {
    return MARKERS.contains(lowerCaseWord);
  }

  static boolean isLikely(List<String> lowerCaseWords) {
    int markers = 0;
    for (String word : lowerCaseWords) {
      if (MARKERS.contains(word) && ++markers >= MIN_MARKERS) {
        return true;
      }
    }
    return false;
  }
}
