package com.swopify.slamonitor.detect.language;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The function words of each language, for a vote ({@link WordVotes}) among all candidates: the
 * cheap way to tell a language from whole words when its letters do not (plain a-z text, or letters
 * shared by several languages), before asking Lingua. The vote counts the everyday customer-service
 * words of {@link ServiceWords} as well.
 *
 * <p>Each language has frequent function words (articles, pronouns, auxiliaries, conjunctions,
 * prepositions, courtesy formulas) that are no common word of any other supported language, in
 * their written form and, where that is also free, their diacritic-free form. Many frequent words
 * are therefore missing on purpose: English "is, are, in, to, on, by, my" (Hungarian "is", Romanian
 * "are", German "in", Slavic "to, on, by, my"), German "sie, es, den" (Polish "sie" for się,
 * Hungarian "es" for és, Czech "den"), Slovak "sa, ako, ste, nie" (Romanian "sa" for să, Croatian
 * "ako, ste", Polish "nie"), Czech "se, jak, co, také" (Croatian and Slovene "se", Polish "jak,
 * co", Slovak "také" for "such"), Romanian "este, cu, care" (Slovak "este" for ešte, Croatian "cu"
 * for ću, English "care"), Slovene "in, v, so, sem, kdo" (English, Czech and Slovak), single
 * letters except Polish "w". Bulgarian needs no list: its Cyrillic letters decide before. Two
 * languages claiming the same word, here or in {@link ServiceWords}, fail the class's
 * initialisation.
 */
final class FunctionWords {
  private static final Map<SupportedLanguage, List<String>> WORDS = words();
  private static final Map<String, SupportedLanguage> LANGUAGE_OF_WORD = languageOfWord();

  private FunctionWords() {}

  /** The words' votes among {@code candidates}. */
  static WordVotes votes(List<String> lowerCaseWords, Set<SupportedLanguage> candidates) {
    return WordVotes.count(lowerCaseWords, LANGUAGE_OF_WORD, candidates);
  }

  /** The function words of each language (for the tests: no word may belong to two languages). */
  static Map<SupportedLanguage, List<String>> all() {
    return WORDS;
  }

  /** Every listed word, function or service word, with its language. */
  static Map<String, SupportedLanguage> languageOfWords() {
    return LANGUAGE_OF_WORD;
  }

  private static Map<SupportedLanguage, List<String>> words() {
    Map<SupportedLanguage, List<String>> words = new EnumMap<>(SupportedLanguage.class);
    words.put(
        SupportedLanguage.EN,
        List.of(
            "the", "and", "you", "your", "we", "our", "for", "with", "will", "this", "that", "have",
            "has", "of", "it", "not", "please", "thank", "thanks", "would", "can", "could", "if",
            "they", "from", "us", "all", "any", "when", "what", "which", "there", "their", "been",
            "should", "here", "hello", "dear"));
    words.put(
        SupportedLanguage.DE,
        List.of(
            "und", "der", "die", "das", "ist", "wir", "ihr", "ihre", "ihnen", "nicht", "mit",
            "bitte", "danke", "auf", "für", "fuer", "dem", "ein", "eine", "einen", "ich", "sich",
            "auch", "noch", "wird", "werden", "haben", "sind", "bei", "aus", "nach", "oder", "aber",
            "wenn", "dass", "kann", "können", "koennen", "uns", "schon", "gerne", "leider", "über",
            "ueber", "vielen", "dank", "guten", "zum", "zur"));
    words.put(
        SupportedLanguage.CS,
        List.of(
            "jsem",
            "jsme",
            "jste",
            "jsou",
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
            "nebo",
            "pro",
            "jako",
            "jen",
            "ještě",
            "jeste",
            "když",
            "kdyz",
            "můžete",
            "muzete",
            "mohu",
            "bych",
            "bychom",
            "byl",
            "byla",
            "bylo",
            "byli",
            "protože",
            "protoze",
            "tedy",
            "pokud",
            "není",
            "neni",
            "všechno",
            "vsechno",
            "tohle",
            "jinak"));
    words.put(
        SupportedLanguage.SK,
        List.of(
            "som",
            "sme",
            "sú",
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
            "alebo",
            "aj",
            "ak",
            "vo",
            "pre",
            "iba",
            "cez",
            "len",
            "tiež",
            "tiez",
            "ešte",
            "keď",
            "ked",
            "môžete",
            "môžem",
            "bol",
            "bola",
            "bolo",
            "boli",
            "pretože",
            "pretoze",
            "čo",
            "veľmi",
            "deň"));
    words.put(
        SupportedLanguage.PL,
        List.of(
            "się",
            "jest",
            "są",
            "dziękuję",
            "dziekuje",
            "dziękujemy",
            "dziekujemy",
            "bardzo",
            "czy",
            "który",
            "która",
            "które",
            "przez",
            "przy",
            "dla",
            "oraz",
            "lub",
            "jeśli",
            "jesli",
            "będzie",
            "bedzie",
            "został",
            "zostal",
            "została",
            "zostala",
            "państwo",
            "panstwo",
            "już",
            "juz",
            "tylko",
            "może",
            "jeszcze",
            "prosimy",
            "proszę",
            "prosze",
            "mamy",
            "też",
            "w",
            "że"));
    words.put(
        SupportedLanguage.RO,
        List.of(
            "și",
            "şi",
            "să",
            "vă",
            "va",
            "nu",
            "pentru",
            "mulțumim",
            "mulţumim",
            "multumim",
            "mulțumesc",
            "mulţumesc",
            "multumesc",
            "dumneavoastră",
            "dumneavoastra",
            "aveți",
            "aveţi",
            "aveti",
            "sunt",
            "fost",
            "către",
            "catre",
            "acest",
            "această",
            "aceasta",
            "din",
            "în",
            "poate",
            "trebuie",
            "ați",
            "aţi",
            "ati",
            "un",
            "sau",
            "dacă",
            "daca",
            "pe",
            "de"));
    words.put(
        SupportedLanguage.HU,
        List.of(
            "az",
            "és",
            "hogy",
            "nem",
            "vagy",
            "egy",
            "meg",
            "ez",
            "ezt",
            "azt",
            "még",
            "már",
            "mar",
            "csak",
            "kérjük",
            "kerjuk",
            "köszönjük",
            "koszonjuk",
            "köszönöm",
            "koszonom",
            "lesz",
            "volt",
            "után",
            "utan",
            "mert",
            "nincs",
            "kell",
            "ami",
            "amit",
            "amely",
            "önnek",
            "onnek",
            "szeretném",
            "szeretnem"));
    words.put(
        SupportedLanguage.HR,
        List.of(
            "što",
            "tko",
            "ću",
            "ćeš",
            "će",
            "ćemo",
            "ćete",
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
            "danas",
            "sutra",
            "jučer",
            "jucer",
            "tjedan",
            "tjedna"));
    words.put(
        SupportedLanguage.SL,
        List.of(
            "kaj",
            "bom",
            "boš",
            "bo",
            "bomo",
            "boste",
            "bodo",
            "lahko",
            "ker",
            "tudi",
            "zelo",
            "še",
            "več",
            "ki",
            "kje",
            "kdaj",
            "naj",
            "prosimo",
            "pozdravljeni",
            "lepa",
            "danes",
            "jutri",
            "včeraj",
            "vceraj",
            "teden",
            "tedna",
            "kateri",
            "katero",
            "katere",
            "zdaj",
            "sedaj",
            "saj"));
    return words;
  }

  private static Map<String, SupportedLanguage> languageOfWord() {
    Map<String, SupportedLanguage> languageOfWord = new HashMap<>();
    for (Map<SupportedLanguage, List<String>> list : List.of(WORDS, ServiceWords.all())) {
      list.forEach(
          (language, words) -> {
            for (String word : words) {
              SupportedLanguage other = languageOfWord.put(word, language);
              if (other != null && other != language) {
                throw new IllegalStateException(
                    word + " is listed for " + other + " and " + language);
              }
            }
          });
    }
    return Map.copyOf(languageOfWord);
  }
}
