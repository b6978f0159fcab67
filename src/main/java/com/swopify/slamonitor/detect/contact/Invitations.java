package com.swopify.slamonitor.detect.contact;

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
 *       calling, finding, following or adding ("napíšte", "írjon", "zadzwoń", "scrieți",
 *       "schreiben Sie", "pišite", "пишете", "message us"), "available", or "we are on".
 * </ul>
 */
final class Invitations {
  /** How far a sentence is looked at around a mention, each side. */
  static final int REACH = 200;

  private static final Pattern INVITE = WordList.pattern(
      // sk, cs
      "napíšte", "napíš", "napísať", "píšte", "píš", "písať", "kontaktujte", "kontaktuj",
      "kontaktovať", "ozvite", "ozvi", "ozvať", "pošlite", "pošli", "poslať", "zavolajte",
      "zavolaj", "volajte", "sledujte", "sleduj", "nájdete", "nájdeš", "pridajte", "spojte",
      "dostupní", "dostupný", "dispozícii", "napište", "napiš", "napsat", "pište", "ozvěte",
      "pošlete", "poslat", "zavolejte", "volejte", "najdete", "najdeš", "přidejte", "dostupní",
      "dispozici", "prejdime", "přejděme", "môžete", "můžete",
      // hu
      "írjon", "írj", "írjanak", "írjatok", "írjál", "keressen", "keress", "keressenek",
      "kövessen", "kövess", "kövessenek", "megtalál*", "találsz", "találnak", "küldje",
      "küldjön", "küldd", "küldjék", "hívjon", "hívj", "üzenjen", "üzenj", "elérhető*",
      "elérsz", "érjen", "jelentkezzen",
      // pl
      "napisz", "napiszcie", "napisać", "pisz", "piszcie", "pisać", "skontaktuj*", "kontaktuj*",
      "odezwij*", "obserwuj*", "znajdziesz", "znajdziecie", "znajdź*", "dodaj*", "wyślij*",
      "wysłać", "prześlij*", "zadzwoń", "dostępn*", "zapraszamy", "możesz", "możecie",
      // ro
      "scrieți", "scrie", "scrieți-ne", "contactați*", "contactează*", "găsiți", "găsești",
      "urmăriți*", "trimiteți*", "trimite*", "sunați*", "adăugați*", "disponibil*", "puteți",
      // de
      "schreiben", "schreib", "schreibt", "kontaktieren", "kontaktiere", "melden", "meld",
      "folgen", "folgt", "folge", "finden", "findet", "schicken", "schick", "schickt", "senden",
      "sende", "erreichen", "erreichbar", "rufen", "ruf", "anrufen", "adden", "hinzufügen",
      "können", "kannst",
      // hr, sl
      "pišite", "piši", "pisati", "javite", "javi", "kontaktirajte", "kontaktiraj", "pratite",
      "prati", "pronađite", "nađite", "pošaljite", "pošalji", "nazovite", "nazovi", "dostupni",
      "dodajte", "sledite", "najdete", "pošljite", "pošlji", "pokličite", "pokliči",
      "dosegljivi", "možete", "lahko",
      // bg
      "пишете", "пиши", "пишеш", "свържете", "свържи", "намерете", "намериш", "последвайте",
      "изпратете", "изпрати", "обадете", "обади", "звъннете", "добавете", "достъпни", "можете",
      // en
      "write", "message", "msg", "text", "contact", "reach", "call", "find", "follow", "add",
      "send", "dm", "ping", "chat", "available", "join", "can");

  // A word after a hyphen is a Romanian clitic ("scrieți-ne", write us), not a negation.
  private static final Pattern NEGATION = Pattern.compile(
      "(?<![\\p{L}\\p{N}])\\p{L}+n't(?![\\p{L}\\p{N}])|(?<!-)" + WordList.pattern(
          // sk, cs
          "nie", "ne", "nepou*", "nekomun*", "nepíš*", "nepiš*", "nemôž*", "nemůž*", "nemá*",
          "neposk*", "nekontakt*", "neodp*", "nesmi*", "nesmí*", "nevyuž*", "nevie*", "neví*",
          "nerieš*", "neřeš*", "nejsme", "niesme", "neprac*", "nepodpor*", "nepri*", "nepři*",
          "nereag*", "nečít*", "nesled*", "nemonitor*", "nedá*", "nikdy", "zakázan*",
          "namiesto", "namísto", "místo",
          // hu
          "nem", "nincs", "nincsen", "soha", "tilos", "helyett",
          // pl
          "nigdy", "zabronion*", "zamiast",
          // ro
          "nu", "niciodată", "interzis*",
          // de
          "nicht", "kein*", "nie", "niemals", "verboten", "untersagt", "statt", "anstatt",
          // hr, sl
          "nemamo", "nismo", "nikada", "nikad", "zabranjen*", "umjesto", "nemojte", "nimamo",
          "nikoli", "prepovedan*", "namesto", "ni",
          // bg
          "не", "нямаме", "никога", "забранено", "вместо", "недейте",
          // en
          "not", "no", "never", "cannot", "avoid", "instead", "rather", "unable").pattern());

  // "Don't hesitate to write on WhatsApp" and its kin invite despite the negation.
  private static final Pattern HESITATION = WordList.pattern(
      "neváhaj*", "neváhej*", "hesitate", "zögern", "wahaj*", "ezitați", "ezita", "oklijevaj*",
      "oklevaj*", "колебайте", "habozz*");

  // Where a clause ends inside a sentence: "Viber nie, ale na WhatsApp nám napíšte".
  private static final Pattern CLAUSE_BREAK = Pattern.compile(
      "[,;:()]|" + WordList.pattern("but", "however", "ale", "avšak", "však", "aber", "sondern",
          "doch", "dar", "însă", "ci", "ali", "nego", "već", "ampak", "temveč", "но", "ами",
          "hanem", "lecz", "jednak", "viszont").pattern());

  private static final Pattern CHANNEL_PREPOSITION = Pattern.compile(WordList.alternation(
      "na", "cez", "přes", "via", "on", "over", "through", "in", "auf", "über", "per", "pe",
      "prin", "w", "we", "przez", "preko", "po", "prek", "v", "vo", "в", "във", "чрез", "на",
      "do", "into", "zu", "mit"));

  // Words that may stand between a preposition and the name: "na náš WhatsApp", "on our Viber".
  private static final Pattern FILLER = Pattern.compile(WordList.alternation(
      "aj", "i", "tiež", "také", "též", "also", "too", "even", "auch", "și", "is", "tudi",
      "our", "my", "the", "náš*", "naš*", "nasz*", "unser*", "mein*", "nostru", "noastră",
      "nostra", "наш*", "moj*", "mój", "môj", "a", "az"));

  // "We are on": an invitation without a verb of contact.
  private static final Pattern PRESENCE = Pattern.compile(WordList.alternation(
      "sme", "jsme", "are", "re", "jesteśmy", "suntem", "sind", "smo", "сме", "vagyunk"));

  // "WhatsApp me", "viber us": the name used as an English verb.
  private static final Pattern OBJECT_PRONOUN = Pattern.compile("[ \\t]+(?:me|us)(?![\\p{L}\\p{N}])");

  private final FoldedText text;
  // Built on first use: most replies name no messenger at all.
  private Spans invite;
  private Spans negation;
  private Spans hesitation;
  private Spans clauseBreak;

  Invitations(FoldedText text) {
    this.text = text;
  }

  /**
   * Whether the mention at {@code [start, end)} invites the buyer to the messenger. {@code
   * inflected} says the name carries a case ending.
   */
  boolean invites(int start, int end, boolean inflected) {
    int sentenceStart = sentenceStart(text, start);
    int sentenceEnd = sentenceEnd(text, end);
    if (isNegated(sentenceStart, start, end, sentenceEnd)) {
      return false;
    }
    if (usedAsVerb(text, end)) {
      return true;
    }
    int preposition = channelPrepositionBefore(text, start);
    boolean channel = inflected || preposition >= 0 || text.at(skipBlanks(text, end)) == ':';
    if (!channel) {
      return false;
    }
    return (preposition >= 0 && isPresence(text, preposition))
        || invite().anyWithin(sentenceStart, sentenceEnd);
  }

  /** Whether the sentence around {@code [start, end)} asks for contact, not negated there. */
  boolean asksForContact(int start, int end) {
    int sentenceStart = sentenceStart(text, start);
    int sentenceEnd = sentenceEnd(text, end);
    return invite().anyWithin(sentenceStart, sentenceEnd)
        && !isNegated(sentenceStart, start, end, sentenceEnd);
  }

  /** The clause around the mention, inside its sentence, negates it. */
  private boolean isNegated(int sentenceStart, int start, int end, int sentenceEnd) {
    if (clauseBreak == null) {
      clauseBreak = Spans.of(CLAUSE_BREAK, text.folded);
      negation = Spans.of(NEGATION, text.folded);
      hesitation = Spans.of(HESITATION, text.folded);
    }
    int clauseStart = clauseBreak.lastEndWithin(sentenceStart, start);
    int clauseEnd = clauseBreak.firstStartWithin(end, sentenceEnd);
    return negation.anyWithin(clauseStart, clauseEnd)
        && !hesitation.anyWithin(clauseStart, clauseEnd);
  }

  private Spans invite() {
    if (invite == null) {
      invite = Spans.of(INVITE, text.folded);
    }
    return invite;
  }

  private static boolean usedAsVerb(FoldedText text, int end) {
    return OBJECT_PRONOUN.matcher(text.folded).region(end, text.length()).lookingAt();
  }

  /** The start of the channel preposition before the name (fillers skipped), or -1. */
  private static int channelPrepositionBefore(FoldedText text, int start) {
    return wordBefore(text, start, CHANNEL_PREPOSITION);
  }

  /** "sme (aj) na", "we are on": the word before the preposition says presence. */
  private static boolean isPresence(FoldedText text, int preposition) {
    return wordBefore(text, preposition, PRESENCE) >= 0;
  }

  /**
   * The start of the word before {@code end} that matches {@code target}, with at most two
   * {@link #FILLER} words between; -1 when another word comes first.
   */
  private static int wordBefore(FoldedText text, int end, Pattern target) {
    int wordEnd = end;
    for (int words = 0; words < 3; words++) {
      int last = skipBlanksLeft(text, wordEnd);
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
   * Where the sentence holding {@code i} starts: after ". ", "!", "?", ";" or a line break, at
   * most {@link #REACH} chars back.
   */
  static int sentenceStart(FoldedText text, int i) {
    int limit = Math.max(0, i - REACH);
    for (int j = i - 1; j >= limit; j--) {
      if (endsSentence(text, j)) {
        return j + 1;
      }
    }
    return limit;
  }

  static int sentenceEnd(FoldedText text, int i) {
    int limit = Math.min(text.length(), i + REACH);
    for (int j = i; j < limit; j++) {
      if (endsSentence(text, j)) {
        return j;
      }
    }
    return limit;
  }

  private static boolean endsSentence(FoldedText text, int j) {
    char c = text.at(j);
    return c == '!' || c == '?' || c == ';' || c == '\n'
        || (c == '.' && FoldedText.isBlank(text.at(j + 1)));
  }

  private static boolean matches(Pattern pattern, FoldedText text, int from, int to) {
    return pattern.matcher(text.folded).region(from, to).matches();
  }

  private static int skipBlanks(FoldedText text, int i) {
    while (i < text.length() && FoldedText.isBlank(text.at(i))) {
      i++;
    }
    return i;
  }

  private static int skipBlanksLeft(FoldedText text, int i) {
    while (i > 0 && FoldedText.isBlank(text.at(i - 1))) {
      i--;
    }
    return i;
  }
}
