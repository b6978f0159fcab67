package com.swopify.slamonitor.detect.automated;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * What the learned part of auto-reply recognition ({@link AutoReplyModel}) reads of a text: hashed
 * binary features, the same at training and at run time.
 *
 * <ul>
 *   <li>the folded words ({@link FoldedText}: no case, no diacritics), digits reduced to one class,
 *       and pairs of neighbouring words of one clause;
 *   <li>the character 3- and 4-grams of each word with its borders, which carry a stem across its
 *       endings, its misspellings and the close languages ("odpovieme", "odpovíme", "odgovorimo"
 *       share most of theirs);
 *   <li>the structure auto-replies share: a date or a date range, a ticket number, a question to
 *       the buyer, a line "sent by", the length, and which of the rule lexicon's groups ({@link
 *       AutoReplyLexicon}: away, received, thanks, promise, concrete answer, courtesy, urgent-cases
 *       sentence) occur, and how many words no phrase explains.
 * </ul>
 */
final class AutoReplyFeatures {
  /** Features are hashed into this many buckets (a power of two). */
  static final int BUCKETS = 1 << 18;

  private static final int MASK = BUCKETS - 1;

  private static final Pattern DATE =
      Pattern.compile(
          "(?<!\\d)\\d{1,2}\\.\\s?\\d{1,2}\\.?(?!\\d)|(?<!\\d)\\d{1,2}/\\d{1,2}(?!\\d)"
              + "|(?<!\\d)\\d{4}-\\d{2}-\\d{2}(?!\\d)");
  private static final Pattern DATE_RANGE =
      Pattern.compile(
          "\\d\\.?\\s?[–—-]\\s?\\d|\\d{1,2}\\.\\s?\\d{0,2}\\.?\\s+\\p{L}{1,5}\\s+\\d{1,2}\\.");
  private static final Pattern TICKET =
      Pattern.compile("#\\s?[\\p{L}\\d-]*\\d|\\b[A-Z]{2,4}-\\d{3,}|\\b\\d{4}[-/]\\d{2,}[-/]?\\d*");
  private static final Pattern SENT_BY = Pattern.compile("(?m)[—–-]\\s*\\p{L}+[^\\n]{0,60}$");

  private static final Phrases[] GROUPS = {
    Phrases.of(AutoReplyLexicon.DECLARATION), Phrases.label(AutoReplyLexicon.AUTOMATION_LABEL),
    Phrases.of(AutoReplyLexicon.AWAY), Phrases.label(AutoReplyLexicon.AWAY_LABEL),
    Phrases.of(AutoReplyLexicon.AFTER_RETURN), Phrases.of(AutoReplyLexicon.RECEIVED),
    Phrases.of(AutoReplyLexicon.THANKS), Phrases.of(AutoReplyLexicon.PROMISE),
    Phrases.of(AutoReplyLexicon.CONCRETE), Phrases.of(AutoReplyLexicon.COURTESY),
    Phrases.of(AutoReplyLexicon.URGENT), Phrases.of(AutoReplyLexicon.MACHINE_SIGN)
  };

  private AutoReplyFeatures() {}

  /** The distinct feature buckets of {@code text}, sorted. */
  static int[] of(String text, FoldedText folded) {
    Collector out = new Collector();
    String f = folded.text();
    String previous = null;
    int words = folded.words();
    for (int w = 0; w < words; w++) {
      int start = folded.wordStart(w);
      int end = start;
      while (end < f.length() && !isSeparator(f.charAt(end))) {
        end++;
      }
      String word = digitsAsOne(f.substring(start, end));
      out.add("w", word);
      if (previous != null) {
        out.add("b", previous + " " + word);
      }
      char after = end < f.length() ? f.charAt(end) : FoldedText.SENTENCE;
      previous = after == FoldedText.WORD ? word : null;
      String bordered = "<" + word + ">";
      for (int n = 3; n <= 4; n++) {
        for (int i = 0; i + n <= bordered.length(); i++) {
          out.add("c", bordered.substring(i, i + n));
        }
      }
    }
    structure(text, folded, words, out);
    return out.sorted();
  }

  private static void structure(String text, FoldedText folded, int words, Collector out) {
    out.add("s", "bias");
    out.add(
        "s", words <= 8 ? "len<=8" : words <= 20 ? "len<=20" : words <= 45 ? "len<=45" : "len>45");
    if (DATE.matcher(text).find()) {
      out.add("s", "date");
    }
    if (DATE_RANGE.matcher(text).find()) {
      out.add("s", "date-range");
    }
    if (TICKET.matcher(text).find()) {
      out.add("s", "ticket");
    }
    if (text.indexOf('?') >= 0) {
      out.add("s", "question");
    }
    if (SENT_BY.matcher(text).find()) {
      out.add("s", "sent-by");
    }
    for (int g = 0; g < GROUPS.length; g++) {
      if (GROUPS[g].in(folded)) {
        out.add("g", Integer.toString(g));
      }
    }
    int unexplained = AutoReplyPhrases.unexplainedWords(folded);
    out.add(
        "s",
        unexplained <= 3
            ? "unexplained<=3"
            : unexplained <= 10 ? "unexplained<=10" : "unexplained>10");
  }

  private static boolean isSeparator(char c) {
    return c == FoldedText.WORD
        || c == FoldedText.CLAUSE
        || c == FoldedText.SENTENCE
        || c == FoldedText.QUESTION;
  }

  private static String digitsAsOne(String word) {
    boolean digit = false;
    for (int i = 0; i < word.length() && !digit; i++) {
      digit = Character.isDigit(word.charAt(i));
    }
    return digit ? word.replaceAll("\\d+", "0") : word;
  }

  /** Distinct buckets, without boxing. */
  private static final class Collector {
    private int[] buckets = new int[256];
    private int size;

    void add(String kind, String value) {
      int h = kind.hashCode() * 0x9E3779B1 + value.hashCode();
      h ^= h >>> 15;
      h *= 0x2C1B3C6D;
      h ^= h >>> 12;
      if (size == buckets.length) {
        buckets = Arrays.copyOf(buckets, size * 2);
      }
      buckets[size++] = h & MASK;
    }

    int[] sorted() {
      int[] all = Arrays.copyOf(buckets, size);
      Arrays.sort(all);
      int distinct = 0;
      for (int i = 0; i < all.length; i++) {
        if (distinct == 0 || all[i] != all[distinct - 1]) {
          all[distinct++] = all[i];
        }
      }
      return Arrays.copyOf(all, distinct);
    }
  }
}
