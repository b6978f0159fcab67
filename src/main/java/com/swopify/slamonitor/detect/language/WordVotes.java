package com.swopify.slamonitor.detect.language;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counting a text's words as votes for the candidate languages, and the rule for a clear result.
 *
 * <p>A word votes for a language when it is one of that language's listed words ({@link
 * FunctionWords}, {@link ConfusablePair}), or else when, of two or more candidates, only that one's
 * alphabet can write it: "potřebuju" votes Czech between Czech and Slovak, "ćete" Croatian between
 * Croatian and Slovene. A vote is clear when the leader has at least {@value #MIN_VOTES} votes and
 * at least {@value #DOMINANCE} times as many as any other candidate; its share of all votes is its
 * confidence (0.75 and up).
 */
final class WordVotes {
  static final int MIN_VOTES = 2;
  static final int DOMINANCE = 3;
  private static final SupportedLanguage[] LANGUAGES = SupportedLanguage.values();

  /** The clear winner of a vote and its share of the votes. */
  record Vote(SupportedLanguage winner, double share) {}

  private final Set<SupportedLanguage> candidates;
  private final int[] votes = new int[LANGUAGES.length];
  private int total;

  private WordVotes(Set<SupportedLanguage> candidates) {
    this.candidates = candidates;
  }

  /** The words' votes for the candidates. */
  static WordVotes count(
      List<String> lowerCaseWords,
      Map<String, SupportedLanguage> listedWords,
      Set<SupportedLanguage> candidates) {
    WordVotes count = new WordVotes(candidates);
    int candidateBits = Alphabets.bits(candidates);
    boolean lettersCanVote = Integer.bitCount(candidateBits) > 1;
    for (String word : lowerCaseWords) {
      SupportedLanguage voted = listedWords.get(word);
      if (voted == null && lettersCanVote) {
        voted = onlyWriter(Alphabets.writersOfWord(word) & candidateBits);
      }
      if (voted != null && candidates.contains(voted)) {
        count.votes[voted.ordinal()]++;
        count.total++;
      }
    }
    return count;
  }

  /** The clear winner; null when the vote is not clear. */
  Vote clearWinner() {
    SupportedLanguage leader = null;
    int leaderVotes = 0;
    int runnerUpVotes = 0;
    for (SupportedLanguage language : candidates) {
      int count = votes[language.ordinal()];
      if (count > leaderVotes) {
        runnerUpVotes = leaderVotes;
        leaderVotes = count;
        leader = language;
      } else if (count > runnerUpVotes) {
        runnerUpVotes = count;
      }
    }
    if (leaderVotes < MIN_VOTES || leaderVotes < DOMINANCE * runnerUpVotes) {
      return null;
    }
    return new Vote(leader, (double) leaderVotes / total);
  }

  /** Whether there are votes and all of them went to {@code languages}. */
  boolean allFor(Set<SupportedLanguage> languages) {
    int forThem = 0;
    for (SupportedLanguage language : languages) {
      forThem += votes[language.ordinal()];
    }
    return total > 0 && forThem == total;
  }

  /** Whether at least one vote went to {@code language}. */
  boolean anyFor(SupportedLanguage language) {
    return votes[language.ordinal()] > 0;
  }

  private static SupportedLanguage onlyWriter(int writers) {
    return Integer.bitCount(writers) == 1
        ? LANGUAGES[Integer.numberOfTrailingZeros(writers)]
        : null;
  }
}
