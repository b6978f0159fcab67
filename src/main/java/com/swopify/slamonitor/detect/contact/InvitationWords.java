package com.swopify.slamonitor.detect.contact;

import java.util.regex.Pattern;

/**
 * The vocabulary {@link Invitations} reads replies with, per language (sk, cs, hu, pl, ro, de, hr,
 * sl, bg, en), written as people spell it and matched on folded text, so "napiste" is "napíšte".
 */
final class InvitationWords {
  // Romanian verbs of contact, also the verbs after which "ne" means "us", not "not".
  private static final String[] ROMANIAN_INVITE = {
    "scrieți",
    "scrie",
    "contactați*",
    "contactează*",
    "găsiți",
    "găsești",
    "urmăriți*",
    "trimiteți*",
    "trimite*",
    "sunați*",
    "adăugați*",
    "puteți"
  };

  static final Pattern INVITE =
      Pattern.compile(
          WordList.pattern(ROMANIAN_INVITE).pattern()
              + "|"
              + WordList.pattern(
                      // sk, cs
                      "napíšte",
                      "napíš",
                      "napísať",
                      "píšte",
                      "píš",
                      "písať",
                      "kontaktujte",
                      "kontaktuj",
                      "kontaktovať",
                      "ozvite",
                      "ozvi",
                      "ozvať",
                      "pošlite",
                      "pošli",
                      "poslať",
                      "zavolajte",
                      "zavolaj",
                      "volajte",
                      "sledujte",
                      "sleduj",
                      "nájdete",
                      "nájdeš",
                      "pridajte",
                      "spojte",
                      "dostupní",
                      "dostupný",
                      "dispozícii",
                      "napište",
                      "napiš",
                      "napsat",
                      "pište",
                      "ozvěte",
                      "pošlete",
                      "poslat",
                      "zavolejte",
                      "volejte",
                      "najdete",
                      "najdeš",
                      "přidejte",
                      "dispozici",
                      "prejdime",
                      "přejděme",
                      "môžete",
                      "můžete",
                      "zastihnete",
                      "zastihneš",
                      // hu
                      "írjon",
                      "írj",
                      "írjanak",
                      "írjatok",
                      "írjál",
                      "keressen",
                      "keress",
                      "keressenek",
                      "kövessen",
                      "kövess",
                      "kövessenek",
                      "megtalál*",
                      "találsz",
                      "találnak",
                      "küldje",
                      "küldjön",
                      "küldd",
                      "küldjék",
                      "hívjon",
                      "hívj",
                      "üzenjen",
                      "üzenj",
                      "elérhető*",
                      "elérsz",
                      "elér",
                      "érjen",
                      "jelentkezzen",
                      // pl
                      "napisz",
                      "napiszcie",
                      "napisać",
                      "pisz",
                      "piszcie",
                      "pisać",
                      "skontaktuj*",
                      "kontaktuj*",
                      "odezwij*",
                      "obserwuj*",
                      "znajdziesz",
                      "znajdziecie",
                      "znajdź*",
                      "dodaj*",
                      "wyślij*",
                      "wysłać",
                      "prześlij*",
                      "zadzwoń",
                      "dostępn*",
                      "zapraszamy",
                      "możesz",
                      "możecie",
                      "złap*",
                      // ro
                      "disponibil*",
                      // de
                      "schreiben",
                      "schreib",
                      "schreibt",
                      "kontaktieren",
                      "kontaktiere",
                      "melden",
                      "meld",
                      "folgen",
                      "folgt",
                      "folge",
                      "finden",
                      "findet",
                      "schicken",
                      "schick",
                      "schickt",
                      "senden",
                      "sende",
                      "erreichen",
                      "erreichbar",
                      "rufen",
                      "ruf",
                      "anrufen",
                      "adden",
                      "hinzufügen",
                      "können",
                      "kannst",
                      // hr, sl
                      "pišite",
                      "piši",
                      "pisati",
                      "javite",
                      "javi",
                      "kontaktirajte",
                      "kontaktiraj",
                      "pratite",
                      "prati",
                      "pronađite",
                      "nađite",
                      "pošaljite",
                      "pošalji",
                      "nazovite",
                      "nazovi",
                      "dostupni",
                      "dodajte",
                      "sledite",
                      "najdete",
                      "pošljite",
                      "pošlji",
                      "pokličite",
                      "pokliči",
                      "dosegljivi",
                      "možete",
                      "lahko",
                      // bg
                      "пишете",
                      "пиши",
                      "пишеш",
                      "свържете",
                      "свържи",
                      "намерете",
                      "намериш",
                      "последвайте",
                      "изпратете",
                      "изпрати",
                      "обадете",
                      "обади",
                      "звъннете",
                      "добавете",
                      "достъпни",
                      "можете",
                      // en: "message", "text" and "call" are nouns too, so they count with their
                      // object only
                      "write",
                      "message us",
                      "message me",
                      "msg us",
                      "msg me",
                      "text us",
                      "text me",
                      "contact",
                      "reach",
                      "call us",
                      "call me",
                      "find us",
                      "find me",
                      "follow",
                      "add us",
                      "add me",
                      "send",
                      "dm",
                      "ping",
                      "available",
                      "join us",
                      "can",
                      "catch me",
                      "catch us",
                      "get in touch",
                      "hit us up",
                      "drop us",
                      "drop me")
                  .pattern());

  // A word after a hyphen is a Romanian clitic ("scrieți-ne", write us), not a negation.
  static final Pattern NEGATION =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])\\p{L}+n't(?![\\p{L}\\p{N}])"
              // "ne" negates in sk, cs, hu, hr, sl, but is "us" before a Romanian verb.
              + "|(?<![\\p{L}\\p{N}-])ne(?![\\p{L}\\p{N}])(?!\\s+(?:"
              + WordList.alternation(ROMANIAN_INVITE)
              + "))"
              + "|(?<!-)"
              + WordList.pattern(
                      // sk, cs
                      "nie",
                      "nepou*",
                      "nekomun*",
                      "nepíš*",
                      "nepiš*",
                      "nemôž*",
                      "nemůž*",
                      "nemá*",
                      "neposk*",
                      "nekontakt*",
                      "neodp*",
                      "nesmi*",
                      "nesmí*",
                      "nevyuž*",
                      "nevie*",
                      "neví*",
                      "nerieš*",
                      "neřeš*",
                      "nejsme",
                      "niesme",
                      "neprac*",
                      "nepodpor*",
                      "nepri*",
                      "nepři*",
                      "nereag*",
                      "nečít*",
                      "nesled*",
                      "nemonitor*",
                      "nedá*",
                      "nechc*",
                      "nevol*",
                      "neposiel*",
                      "neposíl*",
                      "nepošl*",
                      "nepridáv*",
                      "nepřidáv*",
                      "neozý*",
                      "neakcept*",
                      "nikdy",
                      "zakázan*",
                      "namiesto",
                      "namísto",
                      "místo",
                      // hu
                      "nem",
                      "nincs",
                      "nincsen",
                      "soha",
                      "tilos",
                      "helyett",
                      // pl
                      "nigdy",
                      "zabronion*",
                      "zamiast",
                      // ro
                      "nu",
                      "niciodată",
                      "interzis*",
                      // de ("nie" as in pl)
                      "nicht",
                      "kein*",
                      "niemals",
                      "verboten",
                      "untersagt",
                      "statt",
                      "anstatt",
                      // hr, sl
                      "nemamo",
                      "nismo",
                      "nikada",
                      "nikad",
                      "zabranjen*",
                      "umjesto",
                      "nemojte",
                      "nimamo",
                      "nikoli",
                      "prepovedan*",
                      "namesto",
                      "ni",
                      // bg
                      "не",
                      "нямаме",
                      "никога",
                      "забранено",
                      "вместо",
                      "недейте",
                      // en
                      "not",
                      "no",
                      "never",
                      "cannot",
                      "avoid",
                      "instead",
                      "rather",
                      "unable")
                  .pattern());

  // "Don't hesitate to write on WhatsApp" and its kin invite despite the negation.
  static final Pattern HESITATION =
      WordList.pattern(
          "neváhaj*",
          "neváhej*",
          "hesitate",
          "zögern",
          "wahaj*",
          "ezitați",
          "ezita",
          "oklijevaj*",
          "oklevaj*",
          "колебайте",
          "habozz*");

  // A clause with one of these asks for contact here, not elsewhere.
  static final Pattern HERE =
      WordList.pattern(
          "here",
          "hier",
          "sem",
          "tu",
          "tady",
          "zde",
          "ide",
          "itt",
          "tutaj",
          "aici",
          "ovdje",
          "ovde",
          "tukaj",
          "тук",
          "helpdesk*",
          "platform*",
          "platformě",
          "swopify*");

  // Where a clause ends inside a sentence: "Viber nie, ale na WhatsApp nám napíšte".
  static final Pattern CLAUSE_BREAK =
      Pattern.compile(
          "[,;:()]|"
              + WordList.pattern(
                      "but", "however", "ale", "avšak", "však", "aber", "sondern", "doch", "dar",
                      "însă", "ci", "ali", "nego", "već", "ampak", "temveč", "но", "ами", "hanem",
                      "lecz", "jednak", "viszont")
                  .pattern());

  static final Pattern CHANNEL_PREPOSITION =
      Pattern.compile(
          WordList.alternation(
              "na", "cez", "přes", "via", "on", "over", "through", "in", "auf", "über", "per", "pe",
              "prin", "w", "we", "przez", "preko", "po", "prek", "v", "vo", "в", "във", "чрез",
              "на", "do", "into", "zu", "mit"));

  // Words that may stand between a preposition and the name: "na náš WhatsApp", "on our Viber".
  static final Pattern FILLER =
      Pattern.compile(
          WordList.alternation(
              "aj", "i", "tiež", "také", "též", "also", "too", "even", "auch", "și", "is", "tudi",
              "our", "my", "the", "náš*", "naš*", "nasz*", "unser*", "mein*", "nostru", "noastră",
              "nostra", "наш*", "moj*", "mój", "môj", "a", "az"));

  // "We are on": an invitation without a verb of contact.
  static final Pattern PRESENCE =
      Pattern.compile(
          WordList.alternation(
              "sme", "jsme", "are", "re", "jesteśmy", "suntem", "sind", "smo", "сме", "vagyunk"));

  // "WhatsApp me", "viber us": the name used as an English verb.
  static final Pattern OBJECT_PRONOUN = Pattern.compile("[ \\t]+(?:me|us)(?![\\p{L}\\p{N}])");

  private InvitationWords() {}
}
