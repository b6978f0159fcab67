package com.swopify.slamonitor.detect.language;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recognises replies written in a language none of the markets has (rule R2: any reply not in the
 * market's languages is wrong, whatever it is written in): Russian, Ukrainian, Serbian and
 * Macedonian in Cyrillic, which the alphabet step would otherwise take for Bulgarian, and Italian,
 * Turkish, French, Spanish, Portuguese, Dutch, Lithuanian and Greek, which Lingua, asked only about
 * the configured languages, would map onto the nearest of them.
 *
 * <p>Plain evidence, no model: each language's letters that no supported language writes (ы э ё for
 * Russian, і ї є ґ for Ukrainian, ђ ћ for Serbian, ѓ ќ ѕ for Macedonian, ј љ њ џ for either; ı ğ
 * for Turkish; ė ų ū į for Lithuanian; ã õ for Portuguese; ñ for Spanish; the Greek script) and its
 * everyday function and customer-service words ("что", "это", "спасибо"; "grazie", "che", "sono";
 * "teşekkürler", "için"), none of them a listed word of a supported language or a common word of
 * one ("je", "van", "la", "su" are left out). Against them stand the supported languages' own
 * listed words ({@link FunctionWords}, and for Cyrillic Bulgarian's words here): a foreign language
 * is the answer only when it has at least {@value #MIN_VOTES} votes and more than every supported
 * language, so a quoted product name ("Dolce Vita") or a greeting in passing changes nothing.
 *
 * <p>Independent of which Lingua models are loaded: it decides before Lingua is asked.
 */
final class ForeignLanguages {
  /** Fewer votes than this is a borrowed word or a name, not a language. */
  static final int MIN_VOTES = 2;

  /** Bulgarian's frequent words that the other Cyrillic languages do not share. */
  private static final Set<String> BULGARIAN_WORDS =
      Set.of(
          "ще",
          "са",
          "съм",
          "сте",
          "сме",
          "във",
          "със",
          "благодаря",
          "благодарим",
          "здравейте",
          "поръчка",
          "поръчката",
          "пратка",
          "пратката",
          "днес",
          "утре",
          "вече",
          "ние",
          "вие",
          "този",
          "това",
          "тази",
          "тези",
          "нещо",
          "към",
          "моля",
          "имате",
          "имаме",
          "беше",
          "бъде",
          "който",
          "която",
          "които",
          "какво",
          "защото",
          "съжаляваме",
          "изпратена",
          "изпратихме",
          "получите",
          "стоката",
          "наличност",
          "поздрави",
          "уважаеми",
          "ден",
          "е");

  /** Letters, lower case, that only these languages write among the supported and foreign ones. */
  private static final Map<Integer, String> LETTERS = letters();

  private static final Map<String, String> WORDS = words();

  private ForeignLanguages() {}

  /** What the evidence says about a foreign language: the language and its votes. */
  record Evidence(String language, int votes, int against) {
    /** The foreign language's share of all votes. */
    double share() {
      return (double) votes / (votes + against);
    }
  }

  /**
   * The foreign language the text is written in, or null when none has the upper hand.
   *
   * @param lowerCaseWords the prose's words ({@link LowerCaseWords#lowerCase})
   */
  static Evidence recognise(List<String> lowerCaseWords) {
    Map<String, Integer> votes = new LinkedHashMap<>();
    int bulgarian = 0;
    int greekWords = 0;
    for (String word : lowerCaseWords) {
      String language = WORDS.get(word);
      if (language == null) {
        language = languageOfLetters(word);
      }
      if (language != null) {
        votes.merge(language, 1, Integer::sum);
      } else if (BULGARIAN_WORDS.contains(word) || LatinBulgarian.isMarker(word)) {
        bulgarian++;
      } else if (isGreek(word)) {
        greekWords++;
      }
    }
    if (greekWords > 0) {
      votes.merge("el", greekWords, Integer::sum);
    }
    if (votes.isEmpty()) {
      return null;
    }
    String best = null;
    int bestVotes = 0;
    int otherForeign = 0;
    for (Map.Entry<String, Integer> entry : votes.entrySet()) {
      otherForeign += entry.getValue();
      if (entry.getValue() > bestVotes) {
        best = entry.getKey();
        bestVotes = entry.getValue();
      }
    }
    otherForeign -= bestVotes;
    if (bestVotes < MIN_VOTES) {
      return null;
    }
    int supported = bulgarian + supportedVotes(lowerCaseWords);
    if (bestVotes <= supported || bestVotes <= otherForeign) {
      return null;
    }
    return new Evidence(best, bestVotes, supported + otherForeign);
  }

  /** The votes of the best supported language among the listed words. */
  private static int supportedVotes(List<String> lowerCaseWords) {
    Map<SupportedLanguage, Integer> votes = new HashMap<>();
    Map<String, SupportedLanguage> listed = FunctionWords.languageOfWords();
    int best = 0;
    for (String word : lowerCaseWords) {
      SupportedLanguage language = listed.get(word);
      if (language != null) {
        best = Math.max(best, votes.merge(language, 1, Integer::sum));
      }
    }
    return best;
  }

  /** The foreign language a letter of the word belongs to, or null. */
  private static String languageOfLetters(String word) {
    for (int i = 0; i < word.length(); ) {
      int letter = word.codePointAt(i);
      String language = LETTERS.get(letter);
      if (language != null) {
        return language;
      }
      i += Character.charCount(letter);
    }
    return null;
  }

  private static boolean isGreek(String word) {
    int first = word.codePointAt(0);
    return Character.UnicodeScript.of(first) == Character.UnicodeScript.GREEK;
  }

  private static Map<Integer, String> letters() {
    Map<Integer, String> letters = new HashMap<>();
    put(letters, "ru", "ыэё");
    put(letters, "uk", "іїєґ");
    put(letters, "sr", "ђћјљњџ");
    put(letters, "mk", "ѓќѕ");
    put(letters, "tr", "ığ");
    put(letters, "lt", "ėųūį");
    put(letters, "pt", "ãõ");
    put(letters, "es", "ñ");
    return Map.copyOf(letters);
  }

  private static void put(Map<Integer, String> letters, String language, String chars) {
    chars.codePoints().forEach(letter -> letters.put(letter, language));
  }

  private static Map<String, String> words() {
    Map<String, String> words = new HashMap<>();
    put(
        words,
        "ru",
        "что",
        "это",
        "эта",
        "этот",
        "вы",
        "мы",
        "пожалуйста",
        "здравствуйте",
        "спасибо",
        "заказ",
        "заказа",
        "заказе",
        "товар",
        "товара",
        "сегодня",
        "уже",
        "будет",
        "его",
        "только",
        "можно",
        "нужно",
        "если",
        "когда",
        "посылка",
        "посылку",
        "отправлен",
        "отправлена",
        "отправили",
        "день",
        "добрый",
        "извините",
        "сожалению",
        "получили",
        "свяжемся",
        "ответ",
        "вопрос",
        "был",
        "была",
        "было",
        "ещё",
        "еще",
        "также",
        "очень",
        "наличии",
        "доставка",
        "доставки",
        "вам",
        "ваш",
        "ваша",
        "ваше",
        "вашего",
        "вашей",
        "уважением",
        "завтра");
    put(
        words,
        "uk",
        "що",
        "це",
        "ця",
        "цей",
        "ви",
        "ми",
        "будь",
        "ласка",
        "дякуємо",
        "дякую",
        "вітаємо",
        "замовлення",
        "сьогодні",
        "вже",
        "буде",
        "тільки",
        "можна",
        "потрібно",
        "якщо",
        "коли",
        "посилка",
        "посилку",
        "відправлено",
        "доброго",
        "вибачте",
        "жаль",
        "отримали",
        "відповідь",
        "питання",
        "також",
        "дуже",
        "наявності",
        "доставка",
        "ваше",
        "вашого",
        "повагою",
        "завтра",
        "відправили",
        "день",
        "і");
    put(
        words,
        "sr",
        "што",
        "шта",
        "ово",
        "хвала",
        "поштовање",
        "поруџбина",
        "поруџбину",
        "данас",
        "биће",
        "није",
        "нисмо",
        "који",
        "која",
        "које",
        "где",
        "када",
        "овде",
        "пошиљка",
        "пошиљку",
        "послата",
        "послали",
        "молим",
        "сутра",
        "такође",
        "смо",
        "ви",
        "ми");
    // Russian in Latin letters, as typed without a Cyrillic keyboard.
    put(
        words,
        "ru",
        "zdravstvuyte",
        "zdravstvujte",
        "spasibo",
        "pozhaluysta",
        "pozhalujsta",
        "vash",
        "vasha",
        "vashe",
        "zakaz",
        "zakaza",
        "otpravlen",
        "otpravili",
        "otpravlena",
        "sozhaleniyu",
        "etot",
        "eto",
        "chto",
        "dengi",
        "segodnya",
        "zavtra",
        "dlya",
        "uzhe",
        "budet",
        "tolko",
        "mozhno",
        "nuzhno",
        "izvinite",
        "posylka",
        "posylku",
        "tovara");
    // Serbian in Latin letters: its ekavian forms and words Croatian says otherwise.
    put(
        words,
        "sr",
        "proverili",
        "proveriti",
        "provera",
        "juče",
        "juce",
        "kabl",
        "uvek",
        "gde",
        "deca",
        "dete",
        "posle",
        "izvinite",
        "izvinjavamo",
        "tačno",
        "tacno",
        "hiljada",
        "hiljadu",
        "porudžbina",
        "porudzbina",
        "porudžbinu",
        "porudzbinu",
        "uopšte",
        "uopste",
        "obaveštenje",
        "obavestenje",
        "obavestiti",
        "obavestimo",
        "primetili",
        "razumem",
        "bezbedno",
        "polovan",
        "polovna",
        "polovni",
        "nedelju");
    put(
        words,
        "mk",
        "ќе",
        "нарачка",
        "нарачката",
        "денес",
        "благодариме",
        "почитувани",
        "испорака");
    put(
        words,
        "it",
        "che",
        "di",
        "della",
        "delle",
        "dei",
        "degli",
        "sono",
        "grazie",
        "buongiorno",
        "salve",
        "ordine",
        "spedito",
        "spedita",
        "spedizione",
        "gentile",
        "cordiali",
        "saluti",
        "questo",
        "questa",
        "anche",
        "molto",
        "nostro",
        "nostra",
        "vostro",
        "vostra",
        "siamo",
        "abbiamo",
        "prodotto",
        "pacco",
        "domani",
        "oggi",
        "giorni",
        "perché",
        "perche",
        "è",
        "gli",
        "sarà",
        "disponibile",
        "cliente",
        "ringraziamo",
        "scusiamo",
        "ritardo",
        "riceverà",
        "ricevera",
        "arriverà",
        "arrivera",
        "nel",
        "alla",
        "allo",
        "sul",
        "sulla",
        "con",
        "non");
    put(
        words,
        "tr",
        "bir",
        "bu",
        "için",
        "icin",
        "siparişiniz",
        "siparisiniz",
        "sipariş",
        "siparis",
        "teşekkürler",
        "tesekkurler",
        "teşekkür",
        "tesekkur",
        "merhaba",
        "kargo",
        "kargoya",
        "ürün",
        "urun",
        "değil",
        "degil",
        "var",
        "yok",
        "çok",
        "cok",
        "sayın",
        "sayin",
        "iyi",
        "günler",
        "gunler",
        "yarın",
        "yarin",
        "bugün",
        "bugun",
        "verildi",
        "edildi",
        "lütfen",
        "lutfen",
        "özür",
        "ozur",
        "dileriz");
    put(
        words,
        "fr",
        "les",
        "est",
        "votre",
        "vous",
        "nous",
        "merci",
        "bonjour",
        "commande",
        "avec",
        "pour",
        "une",
        "sont",
        "sera",
        "été",
        "très",
        "cordialement",
        "colis",
        "livraison",
        "aujourd",
        "hui",
        "demain",
        "notre",
        "nos",
        "vos",
        "désolé",
        "desole",
        "expédié",
        "expedie",
        "madame",
        "monsieur",
        "que",
        "qui");
    put(
        words,
        "es",
        "el",
        "los",
        "las",
        "gracias",
        "hola",
        "pedido",
        "está",
        "usted",
        "muy",
        "envío",
        "envio",
        "mañana",
        "hoy",
        "saludos",
        "estimado",
        "estimada",
        "nuestro",
        "también",
        "enviado",
        "disculpe",
        "disculpas",
        "por",
        "del");
    put(
        words,
        "pt",
        "não",
        "nao",
        "obrigado",
        "obrigada",
        "você",
        "voce",
        "encomenda",
        "seu",
        "sua",
        "muito",
        "também",
        "hoje",
        "amanhã",
        "amanha",
        "olá",
        "enviada",
        "enviado");
    put(
        words,
        "nl",
        "het",
        "een",
        "niet",
        "wij",
        "uw",
        "bedankt",
        "bestelling",
        "voor",
        "zijn",
        "wordt",
        "graag",
        "groeten",
        "vriendelijke",
        "pakket",
        "verzonden",
        "vandaag",
        "ik");
    put(
        words,
        "lt",
        "ir",
        "jūsų",
        "jusu",
        "ačiū",
        "aciu",
        "užsakymas",
        "uzsakymas",
        "siuntinys",
        "šiandien",
        "siandien",
        "rytoj",
        "jūs",
        "mes",
        "labai",
        "dėkojame",
        "dekojame",
        "sveiki",
        "prekė",
        "preke");
    // A word listed for a supported language votes for it, never for a foreign one; a word two
    // foreign languages share votes for neither.
    words.keySet().removeAll(FunctionWords.languageOfWords().keySet());
    words.keySet().removeAll(BULGARIAN_WORDS);
    words.values().removeIf(String::isEmpty);
    return Map.copyOf(words);
  }

  private static void put(Map<String, String> words, String language, String... list) {
    for (String word : list) {
      String other = words.put(word, language);
      if (other != null && !other.equals(language)) {
        // Shared between two foreign languages: evidence for neither.
        words.put(word, "");
      }
    }
  }
}
