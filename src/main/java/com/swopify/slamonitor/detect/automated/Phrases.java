package com.swopify.slamonitor.detect.automated;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A compiled list of phrases, written the way people write ("toto je automatická odpoveď") and
 * matched against {@link FoldedText}. A phrase is a regular expression with a few conveniences, so
 * that lexicons stay readable:
 *
 * <ul>
 *   <li>letters are folded like the text (lower case, no diacritics), so phrases keep their
 *       diacritics; write escapes in lower case only ({@code \d}, never {@code \S});
 *   <li>a space matches the space between two words of one clause (never a comma or a sentence end:
 *       phrases do not reach across clauses);
 *   <li>{@code %} ends a word stem: the rest of the word, any ending ("odpoved%");
 *   <li>{@code ~} before a word: up to three other words of the same clause first ("ich bin ~nicht
 *       im büro" matches "ich bin bis 14 08 nicht im buro");
 *   <li>{@code _} before a word: any number of words of the same clause first (co-occurrence within
 *       a clause: "icloud _gesperrt");
 *   <li>a phrase matches whole words only.
 * </ul>
 *
 * <p><b>Cost.</b> Detectors run on every record, and one alternation of hundreds of phrases tried
 * at every character costs a hundred microseconds a text. So matches are only tried where words
 * start, only where some phrase can begin with the word's first two letters and the text there
 * begins with one of the literal starts of those phrases ("i am ", "we are ", "toto je automatick":
 * see {@link LiteralStarts}), and there only with those phrases, each top-level alternative
 * compiled alone and tried in the list's order (which finds what the whole alternation would). Most
 * words of most texts are passed over by two table look-ups and a binary search among the literal
 * starts, without a regular expression; a Matcher for a large alternation, whose every reset clears
 * all its groups, is never made. Words inside phrases are matched possessively, so nothing
 * backtracks catastrophically.
 */
public final class Phrases {
  /** A character inside a word of folded text. */
  private static final String WORD_CHAR = "[^ ,.?]";

  private static final String STEM_REST = WORD_CHAR + "*+";
  private static final String FEW_WORDS = "(?:" + WORD_CHAR + "++ ){0,3}";
  private static final String ANY_WORDS = "(?:" + WORD_CHAR + "++ )*?";
  private static final String WORD_START = "(?<!" + WORD_CHAR + ")";
  private static final String WORD_END = "(?!" + WORD_CHAR + ")";

  /** Letters and digits a folded word can start with; other scripts use the whole list. */
  private static final String FIRST_CHARS =
      "abcdefghijklmnopqrstuvwxyz0123456789абвгдежзийклмнопрстуфхцчшщъьюяэыё";

  private static final int[] INDEX = new int[0x0460];
  private static final int CHARS = FIRST_CHARS.length();

  static {
    java.util.Arrays.fill(INDEX, -1);
    for (int i = 0; i < CHARS; i++) {
      INDEX[FIRST_CHARS.charAt(i)] = i;
    }
  }

  /** Labels are whole clauses opening or closing the text; other phrases match anywhere. */
  private final boolean label;

  /**
   * By first two characters (index first * CHARS + second): the phrases that can start so, in the
   * order of the list; null where none can.
   */
  private final Bucket[] byFirstTwo;

  /** By first character, for a word whose second character is not indexed (or has none). */
  private final Bucket[] byFirstChar;

  private final Pattern all;

  /** The top-level alternatives, translated, for {@link #anyOf}. */
  private final List<String> alternatives;

  /**
   * One top-level alternative, compiled alone, with the literal starts a text must begin with for
   * it to match there (null: nothing to check). Trying the alternatives of a list one by one, in
   * their order, finds what the whole alternation finds: the first alternative that matches.
   */
  private record Candidate(Pattern pattern, String[] starts) {
    boolean mayStartAt(String text, int start, int to) {
      return starts == null || LiteralStarts.anyAt(starts, text, start, to);
    }
  }

  /**
   * The candidates for words beginning alike, with the literal starts of them all (null when one
   * has none): a word that begins with none of these is passed over after one binary search.
   */
  private record Bucket(Candidate[] candidates, String[] anyStarts) {
    static Bucket of(List<Candidate> viable) {
      // An alternative whose starts all begin otherwise cannot match here after all.
      Candidate[] candidates =
          viable.stream()
              .filter(candidate -> candidate.starts() == null || candidate.starts().length > 0)
              .toArray(Candidate[]::new);
      if (candidates.length == 0) {
        return null;
      }
      List<String> starts = new ArrayList<>();
      for (Candidate candidate : candidates) {
        if (candidate.starts() == null) {
          return new Bucket(candidates, null);
        }
        starts.addAll(List.of(candidate.starts()));
      }
      return new Bucket(candidates, LiteralStarts.minimal(starts));
    }

    boolean mayStartAt(String text, int start, int to) {
      return anyStarts == null || LiteralStarts.anyAt(anyStarts, text, start, to);
    }
  }

  private Phrases(boolean label, List<String> alternatives) {
    this.label = label;
    this.alternatives = List.copyOf(alternatives);
    this.all = compile(alternatives, label);
    this.byFirstChar = new Bucket[CHARS];
    this.byFirstTwo = new Bucket[CHARS * CHARS];
    List<Pattern> single = new ArrayList<>(alternatives.size());
    List<List<String>> starts = new ArrayList<>(alternatives.size());
    for (String alternative : alternatives) {
      single.add(compile(List.of(alternative), label));
      starts.add(LiteralStarts.of(alternative));
    }
    for (int c = 0; c < CHARS; c++) {
      String first = String.valueOf(FIRST_CHARS.charAt(c));
      List<Candidate> viable = new ArrayList<>();
      List<List<Candidate>> viableWithSecond = new ArrayList<>(CHARS);
      for (int d = 0; d < CHARS; d++) {
        viableWithSecond.add(new ArrayList<>());
      }
      for (int i = 0; i < alternatives.size(); i++) {
        if (!canStartWith(single.get(i), first)) {
          continue;
        }
        viable.add(new Candidate(single.get(i), LiteralStarts.beginningWith(starts.get(i), first)));
        for (int d = 0; d < CHARS; d++) {
          String firstTwo = first + FIRST_CHARS.charAt(d);
          if (canStartWith(single.get(i), firstTwo)) {
            viableWithSecond
                .get(d)
                .add(
                    new Candidate(
                        single.get(i), LiteralStarts.beginningWith(starts.get(i), firstTwo)));
          }
        }
      }
      byFirstChar[c] = Bucket.of(viable);
      for (int d = 0; d < CHARS; d++) {
        byFirstTwo[c * CHARS + d] = Bucket.of(viableWithSecond.get(d));
      }
    }
  }

  /** Failing without reading to the end of the prefix means no match can start with it. */
  private static boolean canStartWith(Pattern pattern, String prefix) {
    Matcher probe = pattern.matcher(prefix);
    return probe.lookingAt() || probe.hitEnd();
  }

  /** The phrases, matched anywhere on whole words. */
  public static Phrases of(List<String> phrases) {
    return new Phrases(false, alternatives(phrases));
  }

  /**
   * Every phrase of these lists, matched anywhere on whole words (labels too): where it finds
   * nothing, none of the lists can find anything, so one pass over the words answers for them all
   * in the common case of a text without any of their phrases.
   */
  public static Phrases anyOf(List<Phrases> lists) {
    List<String> alternatives = new ArrayList<>();
    for (Phrases phrases : lists) {
      // A label is a whole first or last clause, so it is a match on whole words as well.
      alternatives.addAll(phrases.alternatives);
    }
    return new Phrases(false, alternatives.stream().distinct().toList());
  }

  /**
   * The phrases as labels: each only as a whole clause, and only as the first or the last clause of
   * the text ("Automatic reply: …", "… Automatische Antwort").
   */
  public static Phrases label(List<String> phrases) {
    return new Phrases(true, alternatives(phrases));
  }

  /** The whole list as one regular expression, for a plain scan of folded text. */
  String regex() {
    return all.pattern();
  }

  /** Whether a phrase occurs in the folded text. */
  public boolean in(FoldedText folded) {
    return in(folded, 0, folded.text().length());
  }

  /** Whether a phrase occurs within {@code [from, to)} of the folded text. */
  public boolean in(FoldedText folded, int from, int to) {
    return find(folded, from, to, new int[2]);
  }

  /**
   * The successive matches in the folded text, none overlapping: {start0, end0, start1, end1, …}.
   */
  public int[] matches(FoldedText folded) {
    List<int[]> found = new ArrayList<>();
    int[] match = new int[2];
    int from = 0;
    while (find(folded, from, folded.text().length(), match)) {
      found.add(match.clone());
      from = Math.max(match[1], match[0] + 1);
    }
    int[] flat = new int[found.size() * 2];
    for (int i = 0; i < found.size(); i++) {
      flat[2 * i] = found.get(i)[0];
      flat[2 * i + 1] = found.get(i)[1];
    }
    return flat;
  }

  /**
   * Finds the first match starting at or after {@code from} and ending by {@code to}; its start and
   * end go into {@code match}.
   */
  public boolean find(FoldedText folded, int from, int to, int[] match) {
    String text = folded.text();
    int lastClause = label ? lastClauseStart(text) : 0;
    for (int word = folded.firstWordFrom(from); word < folded.words(); word++) {
      int start = folded.wordStart(word);
      if (start >= to) {
        break;
      }
      if (label && start != 0 && start != lastClause) {
        continue;
      }
      int first = indexOf(text.charAt(start));
      if (first < 0) {
        if (lookingAt(all, folded.patternInput(), start, to, match)) {
          return true;
        }
        continue;
      }
      Bucket bucket = bucket(text, start, first);
      if (bucket == null || !bucket.mayStartAt(text, start, to)) {
        continue;
      }
      for (Candidate candidate : bucket.candidates()) {
        if (candidate.mayStartAt(text, start, to)
            && lookingAt(candidate.pattern(), folded.patternInput(), start, to, match)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean lookingAt(
      Pattern pattern, CharSequence text, int start, int to, int[] match) {
    Matcher matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    matcher.region(start, to);
    if (!matcher.lookingAt()) {
      return false;
    }
    match[0] = matcher.start();
    match[1] = matcher.end();
    return true;
  }

  /** Where the text's last clause starts (a separator ending the text does not count). */
  private static int lastClauseStart(String text) {
    int end = text.length();
    if (end > 0 && endsClause(text.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && !endsClause(text.charAt(start - 1))) {
      start--;
    }
    return start;
  }

  private static boolean endsClause(char c) {
    return c == FoldedText.CLAUSE || c == FoldedText.SENTENCE || c == FoldedText.QUESTION;
  }

  /** The phrases worth trying at a word start whose first char has index {@code first}. */
  private Bucket bucket(String folded, int start, int first) {
    if (start + 1 < folded.length()) {
      int second = indexOf(folded.charAt(start + 1));
      if (second >= 0) {
        return byFirstTwo[first * CHARS + second];
      }
    }
    return byFirstChar[first];
  }

  private static int indexOf(char c) {
    return c < INDEX.length ? INDEX[c] : -1;
  }

  private static Pattern compile(List<String> alternatives, boolean label) {
    String body = "(?:" + String.join("|", alternatives) + ")";
    return Pattern.compile(
        label ? "(?<![^,.?])" + body + "(?=[,.?]|$)" : WORD_START + body + WORD_END);
  }

  /** Each phrase translated, and split into its top-level alternatives. */
  private static List<String> alternatives(List<String> phrases) {
    if (phrases.isEmpty()) {
      throw new IllegalArgumentException("no phrases");
    }
    List<String> alternatives = new ArrayList<>();
    for (String phrase : phrases) {
      addAlternatives(translate(phrase), alternatives);
    }
    return alternatives;
  }

  private static String translate(String phrase) {
    String folded = FoldedText.foldLetters(phrase.strip());
    StringBuilder regex = new StringBuilder(folded.length() + 16);
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      switch (c) {
        case '%' -> regex.append(STEM_REST);
        case '~' -> regex.append(FEW_WORDS);
        case '_' -> regex.append(ANY_WORDS);
        default -> regex.append(c);
      }
    }
    return regex.toString();
  }

  /**
   * Adds the top-level alternatives of a regular expression; one that is a single group of
   * alternatives ("(locked|blocked|…)") is opened, so that its members are sorted by first letter
   * too.
   */
  private static void addAlternatives(String regex, List<String> alternatives) {
    for (String alternative : splitTopLevel(regex)) {
      if (isOneGroup(alternative)) {
        addAlternatives(alternative.substring(1, alternative.length() - 1), alternatives);
      } else {
        alternatives.add("(?:" + alternative + ")");
      }
    }
  }

  /** Whether the whole expression is one plain group: "(a|b c)", not "(a|b) c" or "(?=a)". */
  private static boolean isOneGroup(String regex) {
    return regex.length() > 2
        && regex.charAt(0) == '('
        && regex.charAt(1) != '?'
        && skip(regex, 0) == regex.length();
  }

  /** Splits a regular expression at its '|' outside groups and character classes. */
  static List<String> splitTopLevel(String regex) {
    List<String> parts = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < regex.length(); i = skip(regex, i)) {
      if (regex.charAt(i) == '|') {
        parts.add(regex.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(regex.substring(start));
    return parts;
  }

  /** Where the construct starting at {@code i} ends: a group, a class, an escape or one char. */
  static int skip(String regex, int i) {
    char c = regex.charAt(i);
    if (c == '\\') {
      return i + 2;
    }
    if (c == '[' || c == '(') {
      char close = c == '[' ? ']' : ')';
      int j = i + 1;
      while (regex.charAt(j) != close) {
        j = c == '[' && regex.charAt(j) != '\\' ? j + 1 : skip(regex, j);
      }
      return j + 1;
    }
    return i + 1;
  }
}
