package com.swopify.slamonitor.detect.language;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Two languages so close that character statistics often cannot tell them apart, above all without
 * diacritics ("dakujem" / "dekuji", "hvala" in both Croatian and Slovene), and the function words
 * that can.
 *
 * <p>Each list holds frequent function words (pronouns, auxiliaries, conjunctions, prepositions,
 * the thank-you formula) of one language that are not words of the other one, in their written and
 * their diacritic-free forms; a stripped form is left out where it is a word of the other language
 * (Slovak "čo" is kept but "co" is Czech; Croatian "će" is kept but "ce" is Slovene "če"; shared
 * words such as "je", "hvala", "smo", "ste", "ali" are in neither list).
 *
 * <ul>
 *   <li>Slovak vs Czech: reflexive "sa"/"se", "pre"/"pro", the auxiliary "som, sme, ste, sú"/"jsem,
 *       jsme, jste, jsou", "bol"/"byl", "alebo"/"nebo", "ktorý"/"který", "ďakujem"/"děkuji", "aj",
 *       "ako"/"jako", "len, iba"/"jen", "ešte"/"ještě", "cez".
 *   <li>Croatian vs Slovene: the future "ću, ćeš, će"/"bom, boš, bo", "što, tko"/"kaj, kdo", "i,
 *       u"/"in, v", "jer"/"ker", "ovaj, koji"/"ki", "već"/"več", "također"/"tudi", "danas,
 *       sutra"/"danes, jutri", "hvala lijepa"/"hvala lepa".
 * </ul>
 *
 * <p>The pair's vote also counts the two languages' words of the general vote ({@link
 * FunctionWords}, {@link ServiceWords}: "skladom"/"skladem", "zalihi"/"zalogi"), which no other
 * language claims, and the courtesy words the pair tells apart although a third language shares
 * them: Slovak "pozdravom" (also Croatian and Slovene), Slovene "lep" (a rare Czech noun). The
 * words are counted by {@link WordVotes}, where a word that only one of the two alphabets can write
 * (Czech ř ě ů, Slovak ľ ĺ ŕ ô ä, Croatian ć đ) votes too.
 */
enum ConfusablePair {
  SLOVAK_CZECH(
      SupportedLanguage.SK,
      Set.of(
          "sa",
          "som",
          "sme",
          "ste",
          "sú",
          "su",
          "pre",
          "aj",
          "ak",
          "vo",
          "iba",
          "cez",
          "ako",
          "alebo",
          "lebo",
          "pretože",
          "pretoze",
          "ďakujem",
          "dakujem",
          "ďakujeme",
          "dakujeme",
          "ktorý",
          "ktory",
          "ktorá",
          "ktora",
          "ktoré",
          "ktore",
          "ktorú",
          "ktoru",
          "ktorí",
          "ktori",
          "bol",
          "bola",
          "boli",
          "bolo",
          "len",
          "tiež",
          "tiez",
          "ešte",
          "este",
          "keď",
          "ked",
          "čo",
          "môžete",
          "mozete",
          "môžem",
          "mozem",
          "veľmi",
          "deň",
          "pozdravom"),
      SupportedLanguage.CS,
      Set.of(
          "se",
          "jsem",
          "jsme",
          "jste",
          "jsou",
          "pro",
          "nebo",
          "protože",
          "protoze",
          "děkuji",
          "dekuji",
          "děkujeme",
          "dekujeme",
          "který",
          "ktery",
          "která",
          "ktera",
          "které",
          "ktere",
          "kterou",
          "kteří",
          "kteri",
          "byl",
          "byla",
          "byli",
          "bylo",
          "jen",
          "jako",
          "jak",
          "ještě",
          "jeste",
          "když",
          "kdyz",
          "můžete",
          "muzete",
          "mohu",
          "tedy",
          "včetně",
          "vcetne",
          "částku",
          "castku",
          "klidně",
          "klidne",
          "zpátky",
          "zpatky",
          "zpět",
          "zpet",
          "pokud",
          "taky")),
  CROATIAN_SLOVENE(
      SupportedLanguage.HR,
      Set.of(
          "što",
          "tko",
          "ću",
          "ćeš",
          "će",
          "ćemo",
          "ćete",
          "cu",
          "cemo",
          "cete",
          "bih",
          "bismo",
          "biste",
          "jer",
          "kada",
          "nije",
          "nisam",
          "nismo",
          "li",
          "također",
          "takoder",
          "molimo",
          "poštovani",
          "postovani",
          "ovaj",
          "ova",
          "ovo",
          "ovu",
          "koji",
          "koja",
          "koje",
          "kojom",
          "kod",
          "već",
          "ili",
          "gdje",
          "u",
          "i",
          "danas",
          "sutra",
          "jučer",
          "jucer",
          "tjedan",
          "tjedna",
          "lijepa"),
      SupportedLanguage.SL,
      Set.of(
          "kaj",
          "kdo",
          "bom",
          "boš",
          "bos",
          "bo",
          "bomo",
          "boste",
          "bodo",
          "lahko",
          "ker",
          "tudi",
          "zelo",
          "že",
          "ze",
          "še",
          "več",
          "ki",
          "in",
          "v",
          "sem",
          "so",
          "kje",
          "kdaj",
          "naj",
          "prosimo",
          "pozdravljeni",
          "lepa",
          "lep",
          "danes",
          "jutri",
          "včeraj",
          "vceraj",
          "teden",
          "tedna"));

  private final SupportedLanguage first;
  private final SupportedLanguage second;
  private final Map<String, SupportedLanguage> listedWords;

  ConfusablePair(
      SupportedLanguage first,
      Set<String> firstWords,
      SupportedLanguage second,
      Set<String> secondWords) {
    this.first = first;
    this.second = second;
    Map<String, SupportedLanguage> listed = new HashMap<>();
    FunctionWords.languageOfWords()
        .forEach(
            (word, language) -> {
              if (language == first || language == second) {
                listed.put(word, language);
              }
            });
    firstWords.forEach(word -> list(listed, word, first));
    secondWords.forEach(word -> list(listed, word, second));
    this.listedWords = Map.copyOf(listed);
  }

  private static void list(
      Map<String, SupportedLanguage> listed, String word, SupportedLanguage language) {
    SupportedLanguage other = listed.put(word, language);
    if (other != null && other != language) {
      throw new IllegalStateException(word + " is listed for " + other + " and " + language);
    }
  }

  /** The pair {@code language} belongs to; null if it has no close partner. */
  static ConfusablePair of(SupportedLanguage language) {
    for (ConfusablePair pair : values()) {
      if (pair.first == language || pair.second == language) {
        return pair;
      }
    }
    return null;
  }

  /** The other language of the pair; {@code language} must be one of the two. */
  SupportedLanguage partnerOf(SupportedLanguage language) {
    return language == first ? second : first;
  }

  /** The pair made of these two languages, in either order; null if they are no such pair. */
  static ConfusablePair of(SupportedLanguage a, SupportedLanguage b) {
    for (ConfusablePair pair : values()) {
      if ((pair.first == a && pair.second == b) || (pair.first == b && pair.second == a)) {
        return pair;
      }
    }
    return null;
  }

  /** The clear winner of the word vote between the two; null when the words do not decide. */
  WordVotes.Vote vote(List<String> lowerCaseWords) {
    return WordVotes.count(lowerCaseWords, listedWords, EnumSet.of(first, second)).clearWinner();
  }
}
