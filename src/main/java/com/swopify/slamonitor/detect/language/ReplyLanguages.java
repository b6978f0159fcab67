package com.swopify.slamonitor.detect.language;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Tells which of the configured languages a Helpdesk text is written in (rule R2, WRONG_LANGUAGE),
 * or that it cannot be told. Plain Java: the Flink function that judges replies gets an instance in
 * {@code open()} ({@link #forLanguages}; it is not serializable) and asks {@link #detect} per
 * reply. The same text always gets the same answer.
 *
 * <p>Detection goes from cheap, certain evidence to statistics, and stops as soon as the evidence
 * is clear:
 *
 * <ol>
 *   <li><b>Prose</b> ({@link Prose}): addresses, @handles and letter-spaced words are blanked;
 *       fewer than {@code minChars} letters left: undecided. Short replies ("ok", "dakujem") say
 *       too little, and an undecided reply is never a breach.
 *   <li><b>Alphabets</b> ({@link LetterScan}). A language stays a candidate only if its script has
 *       most of the letters and its alphabet writes the words (a foreign name is tolerated):
 *       Cyrillic leaves Bulgarian; ě ř ů leave Czech; ľ ĺ ŕ ô Slovak; ő ű Hungarian; ą ę ł ń ś ź ż
 *       Polish; ă â î ș ț Romanian; ß German; ć đ rule out Slovene; č š ž rule out English, German,
 *       Hungarian, Polish and Romanian. One candidate left: it, with confidence 1.
 *   <li><b>Bulgarian in Latin letters</b> ({@link LatinBulgarian}): two of its marker words
 *       ("shte", "blagodarya", …) make the text Bulgarian, which Lingua cannot recognise.
 *   <li><b>Word vote</b> ({@link FunctionWords}, {@link ServiceWords}, {@link WordVotes}): each
 *       candidate's distinctive function words and everyday customer-service words (closings,
 *       order, parcel, stock, refund, apology), and words only one candidate's alphabet writes, are
 *       votes; a clear majority decides, with its share of the votes as confidence. ({@link
 *       #detectOtherThan} stops here too when all votes went to a market language or its close
 *       partner, after the pair's own vote: see below.)
 *   <li><b>Slovak vs Czech, Croatian vs Slovene</b> ({@link ConfusablePair}): when only such a pair
 *       is left, the vote is repeated with the pair's own, longer word lists.
 *   <li><b>Lingua</b> ({@link LinguaRanker}), asked only about the candidates left, its scores
 *       turned into confidences ({@link Ranking}). If its best two are such a pair, a clear pair
 *       vote decides between them: without diacritics Lingua's character statistics confuse them,
 *       while their function words differ.
 * </ol>
 *
 * <p>The cheap steps matter for throughput: a Lingua call costs hundreds of microseconds of CPU
 * (and hands its work to the common fork-join pool, see {@link LinguaRanker}), the steps before it
 * a few microseconds, and most replies are decided before Lingua is asked: none of the demo
 * marketplace's replies and about one in twenty of the labelled corpus's reach it in {@link
 * #detectOtherThan} (LanguageBenchmark and LinguaShareTest measure both).
 *
 * <p>Texts are personal data: nothing here logs them or puts them into an exception.
 */
public final class ReplyLanguages {
  private static final ConcurrentMap<Set<SupportedLanguage>, ReplyLanguages> BY_LANGUAGES =
      new ConcurrentHashMap<>();

  private final EnumSet<SupportedLanguage> configured;
  private final CandidateRanker lingua;

  private ReplyLanguages(EnumSet<SupportedLanguage> configured, CandidateRanker lingua) {
    this.configured = configured;
    this.lingua = lingua;
  }

  /**
   * The detector for these ISO 639-1 codes (the markets' configured languages plus "en"), made once
   * per JVM and set; the first call in a JVM loads the Lingua models of all supported languages
   * (hundreds of MiB of heap and seconds of loading, docs/detectors.md), so the first record does
   * not pay for them.
   *
   * @throws IllegalArgumentException if the set is empty or holds a language that is not supported
   *     (bg cs de en hr hu pl ro sk sl: the jar carries only their models)
   */
  public static ReplyLanguages forLanguages(Set<String> isoCodes) {
    return BY_LANGUAGES.computeIfAbsent(
        Set.copyOf(languages(isoCodes)),
        key -> new ReplyLanguages(EnumSet.copyOf(key), LinguaRanker.shared()));
  }

  /**
   * A detector that asks {@code statistics} instead of Lingua, not shared: for tests that count or
   * check what reaches the statistical step.
   */
  static ReplyLanguages withStatistics(Set<String> isoCodes, CandidateRanker statistics) {
    return new ReplyLanguages(languages(isoCodes), statistics);
  }

  private static EnumSet<SupportedLanguage> languages(Set<String> isoCodes) {
    if (isoCodes.isEmpty()) {
      throw new IllegalArgumentException("no languages to detect");
    }
    EnumSet<SupportedLanguage> languages = EnumSet.noneOf(SupportedLanguage.class);
    for (String code : new TreeSet<>(isoCodes)) {
      languages.add(SupportedLanguage.ofIsoCode(code));
    }
    return languages;
  }

  /**
   * The text's language if it can be told: at least {@code minChars} letters and confidence at
   * least {@code minConfidence}; else null (undecided: never a breach).
   */
  public LanguageGuess detect(String text, int minChars, double minConfidence) {
    return guess(text, minChars, minConfidence, null);
  }

  /**
   * What rule R2 asks: the text's language if it can be told and is none of the market's languages;
   * else null. It answers like {@link #detect} followed by that check, with one shortcut that
   * spares most Lingua calls: when the word vote is not clear but every vote there is went to a
   * market language (say one Slovak function word and nothing else in an SK reply), nothing speaks
   * for another language, and the answer is null without asking Lingua.
   *
   * @param marketLanguages ISO 639-1 codes, each one of this detector's languages
   */
  public LanguageGuess detectOtherThan(
      Collection<String> marketLanguages, String text, int minChars, double minConfidence) {
    EnumSet<SupportedLanguage> market = EnumSet.noneOf(SupportedLanguage.class);
    for (String code : marketLanguages) {
      market.add(SupportedLanguage.ofIsoCode(code));
    }
    LanguageGuess guess = guess(text, minChars, minConfidence, market);
    return guess == null || market.contains(SupportedLanguage.ofIsoCode(guess.language()))
        ? null
        : guess;
  }

  /** {@code market} null: no shortcut for texts whose words speak for a market language. */
  private LanguageGuess guess(
      String text, int minChars, double minConfidence, EnumSet<SupportedLanguage> market) {
    String prose = Prose.of(text);
    LetterScan letters = LetterScan.of(prose);
    if (letters.letters() < minChars) {
      return null;
    }
    Ranking ranking = rank(prose, letters.letters(), letters.candidates(configured), market);
    if (ranking.isEmpty()) {
      return null;
    }
    Ranking.Ranked best = ranking.best();
    return best.confidence() >= minConfidence
        ? new LanguageGuess(best.language().isoCode(), best.confidence())
        : null;
  }

  private Ranking rank(
      String prose,
      int letters,
      EnumSet<SupportedLanguage> candidates,
      EnumSet<SupportedLanguage> market) {
    if (candidates.isEmpty()) {
      return Ranking.NONE; // a script or alphabet of no configured language
    }
    if (candidates.size() == 1) {
      return Ranking.certain(candidates.iterator().next());
    }
    List<String> words = LowerCaseWords.lowerCase(prose);
    if (configured.contains(SupportedLanguage.BG) && LatinBulgarian.isLikely(words)) {
      return Ranking.certain(SupportedLanguage.BG);
    }
    WordVotes votes = FunctionWords.votes(words, candidates);
    WordVotes.Vote vote = votes.clearWinner();
    if (vote != null) {
      return Ranking.decided(vote.winner(), vote.share());
    }
    Ranking marketSide = market == null ? null : marketSide(votes, words, candidates, market);
    if (marketSide != null) {
      return marketSide;
    }
    // Only two close languages left: their own function words may settle it without Lingua.
    Ranking even = Ranking.even(candidates);
    boolean onlyAPair = candidates.size() == 2 && even.topTwoPair() != null;
    Ranking ranking = onlyAPair ? even : lingua.rank(prose, letters, candidates);
    ConfusablePair pair = ranking.topTwoPair();
    WordVotes.Vote pairVote = pair == null ? null : pair.vote(words);
    if (pairVote != null) {
      return ranking.decidedBetweenTopTwo(pairVote);
    }
    return onlyAPair ? lingua.rank(prose, letters, candidates) : ranking;
  }

  /**
   * For {@link #detectOtherThan}, when the general vote is not clear: if every vote went to a
   * market language or to its close partner (Slovak for a Czech market, Slovene for a Croatian
   * one), nothing speaks for a third language and only the pair is in question. Its own vote
   * decides it (a Slovak reply in the CZ market is still another language); without a clear pair
   * vote the market's language stands only if no vote went to the partner. Null when the words
   * leave the question open: Lingua decides.
   */
  private static Ranking marketSide(
      WordVotes votes,
      List<String> words,
      EnumSet<SupportedLanguage> candidates,
      EnumSet<SupportedLanguage> market) {
    EnumSet<SupportedLanguage> marketAndPartners = EnumSet.copyOf(market);
    for (SupportedLanguage language : market) {
      ConfusablePair pair = ConfusablePair.of(language);
      if (pair != null && candidates.contains(pair.partnerOf(language))) {
        marketAndPartners.add(pair.partnerOf(language));
      }
    }
    if (!votes.allFor(marketAndPartners)) {
      return null;
    }
    boolean open = false;
    for (SupportedLanguage partner : marketAndPartners) {
      if (market.contains(partner)) {
        continue;
      }
      WordVotes.Vote pairVote = ConfusablePair.of(partner).vote(words);
      if (pairVote != null && pairVote.winner() == partner) {
        return Ranking.decided(partner, pairVote.share());
      }
      open |= pairVote == null && votes.anyFor(partner);
    }
    return open ? null : Ranking.NONE;
  }
}
