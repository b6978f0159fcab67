package com.swopify.slamonitor.detect.language;

import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Tells which of the configured languages a Helpdesk text is written in (rule R2,
 * WRONG_LANGUAGE), or that it cannot be told. Plain Java: the Flink function that judges replies
 * gets an instance in {@code open()} ({@link #forLanguages}; it is not serializable) and asks
 * {@link #detect} per reply.
 *
 * <p>Detection goes from cheap, certain evidence to statistics, and stops as soon as one language
 * is left:
 *
 * <ol>
 *   <li><b>Length.</b> Fewer than {@code minChars} letters: undecided. Short replies ("ok",
 *       "dakujem") say too little, and an undecided reply is never a breach.
 *   <li><b>Alphabets</b> ({@link LetterScan}). A language stays a candidate only if its alphabet
 *       writes the text's words (one word in ten may be foreign): Cyrillic leaves Bulgarian;
 *       ě ř ů leave Czech; ľ ĺ ŕ ô Slovak; ő ű Hungarian; ą ę ł ń ś ź ż Polish; ă â î ș ț
 *       Romanian; ß German; ć đ rule out Slovene; č š ž rule out English, German, Hungarian,
 *       Polish and Romanian. One candidate left decides with confidence 1.
 *   <li><b>Bulgarian in Latin letters</b> ({@link LatinBulgarian}): two of its marker words
 *       ("shte", "blagodarya", …) make the text Bulgarian, which Lingua cannot recognise.
 *   <li><b>Function words</b> ({@link ConfusablePair}). When only Slovak and Czech, or only
 *       Croatian and Slovene are left, their distinctive function words decide if they clearly
 *       agree.
 *   <li><b>Lingua</b> ({@link LinguaRanker}), asked only about the candidates left, its scores
 *       turned into confidences ({@link Ranking}). If its best two are Slovak and Czech, or
 *       Croatian and Slovene, a clear function-word vote decides between them: without diacritics
 *       Lingua's character statistics confuse these pairs, while their function words differ.
 * </ol>
 *
 * <p>The cheap steps matter: Lingua costs some hundred microseconds a text, the letter scan about
 * a microsecond, and most replies written with diacritics are decided by their letters.
 *
 * <p>Texts are personal data: nothing here logs them or puts them into an exception.
 */
public final class ReplyLanguages {
  private static final ConcurrentMap<Set<SupportedLanguage>, ReplyLanguages> BY_LANGUAGES =
      new ConcurrentHashMap<>();

  private final EnumSet<SupportedLanguage> configured;
  private final LinguaRanker lingua;

  private ReplyLanguages(EnumSet<SupportedLanguage> configured, LinguaRanker lingua) {
    this.configured = configured;
    this.lingua = lingua;
  }

  /**
   * The detector for these ISO 639-1 codes (the markets' configured languages plus "en"), made
   * once per JVM and set; the first call in a JVM loads the Lingua models, so the first record
   * does not pay for them.
   *
   * @throws IllegalArgumentException if the set is empty or holds a language that is not
   *     supported (bg cs de en hr hu pl ro sk sl: the jar carries only their models)
   */
  public static ReplyLanguages forLanguages(Set<String> isoCodes) {
    if (isoCodes.isEmpty()) {
      throw new IllegalArgumentException("no languages to detect");
    }
    EnumSet<SupportedLanguage> languages = EnumSet.noneOf(SupportedLanguage.class);
    for (String code : new TreeSet<>(isoCodes)) {
      languages.add(SupportedLanguage.ofIsoCode(code));
    }
    return BY_LANGUAGES.computeIfAbsent(Set.copyOf(languages),
        key -> new ReplyLanguages(EnumSet.copyOf(key), LinguaRanker.shared()));
  }

  /**
   * The text's language if it can be told: at least {@code minChars} letters and confidence at
   * least {@code minConfidence}; else null (undecided: never a breach).
   */
  public LanguageGuess detect(String text, int minChars, double minConfidence) {
    LetterScan letters = LetterScan.of(text);
    if (letters.letters() < minChars) {
      return null;
    }
    Ranking ranking = rank(text, letters.candidates(configured));
    if (ranking.isEmpty()) {
      return null;
    }
    Ranking.Ranked best = ranking.best();
    return best.confidence() >= minConfidence
        ? new LanguageGuess(best.language().isoCode(), best.confidence())
        : null;
  }

  private Ranking rank(String text, EnumSet<SupportedLanguage> candidates) {
    if (candidates.isEmpty()) {
      return Ranking.NONE; // a script or alphabet of no configured language
    }
    if (candidates.size() == 1) {
      return Ranking.certain(candidates.iterator().next());
    }
    if (candidates.contains(SupportedLanguage.BG) && LatinBulgarian.isLikely(text)) {
      return Ranking.certain(SupportedLanguage.BG);
    }
    Ranking byFunctionWords = FunctionWords.vote(text, candidates);
    if (byFunctionWords != null) {
      return byFunctionWords;
    }
    // Only two close languages left: their function words may settle it without Lingua.
    Ranking even = Ranking.even(candidates);
    boolean onlyAPair = candidates.size() == 2 && even.topTwoPair() != null;
    Ranking ranking = onlyAPair ? even : lingua.rank(text, candidates);
    ConfusablePair pair = ranking.topTwoPair();
    ConfusablePair.Vote vote = pair == null ? null : pair.vote(text);
    if (vote != null) {
      return ranking.decidedBetweenTopTwo(vote);
    }
    return onlyAPair ? lingua.rank(text, candidates) : ranking;
  }
}
