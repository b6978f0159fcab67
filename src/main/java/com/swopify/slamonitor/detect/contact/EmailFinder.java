package com.swopify.slamonitor.detect.contact;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * E-mail addresses, plain and obfuscated. The search is anchored on the at-markers, then the local
 * part is read leftwards and the domain rightwards, each for a bounded number of chars, so the cost
 * stays linear in the text whatever it holds.
 *
 * <p>At-markers: {@code @}; a word for it in brackets ({@code (at)}, {@code [zavináč]}, {@code
 * (a)}, {@code {kukac}}, ...); or a word for it between blanks ("jan zavinac gmail.com"). Dots may
 * be written as words too, bracketed or between blanks ("seznam [dot] cz", "gmail bodka com").
 * Letters spaced out one by one ("j a n @ g m a i l . c o m") are joined.
 *
 * <p>An obfuscated address must end in a known top-level domain. The English word "at" between
 * blanks is also ordinary English ("reach us at shop.sk", where the bare domain is reported as a
 * link instead): it makes an address only when the local part is not a pronoun and the domain is
 * obfuscated, is a mail provider, or the local part has a digit, dot or underscore.
 */
final class EmailFinder {
  private static final int MAX_LOCAL = 64;
  private static final int MAX_LABELS = 10;
  private static final int MAX_LABEL = 63;
  // Blanks allowed around an at-marker: "jan @ gmail.com", "jan  (at)  gmail.com".
  private static final int MAX_BLANKS = 3;

  // Names of "@" per language (sk/cs, hu, pl, de, sl, hr, bg, ro, en). Spoken between blanks.
  private static final String[] AT_WORDS = {
    "zavináč", "zavinač", "kukac", "małpa", "małpka", "klammeraffe", "afna", "majmuna",
    "majmunče", "majmun", "кльомба", "маймунка", "маймуна", "arond", "a rond", "at"
  };
  // Too common as words to mean "@" unless bracketed.
  private static final String[] BRACKETED_ONLY_AT_WORDS = {"a", "et", "@", "ат"};
  private static final String[] DOT_WORDS = {
    "dot", "bodka", "tečka", "pont", "kropka", "punct", "punkt", "točka", "pika", "точка", "punto",
    "тчк"
  };

  private static final MatchStarts AT_MARKER =
      MatchStarts.of(
          Pattern.compile(
              "@"
                  + "|[(\\[{<] ?(?:"
                  + WordList.alternation(AT_WORDS)
                  + "|"
                  + WordList.alternation(BRACKETED_ONLY_AT_WORDS)
                  + ") ?[)\\]}>]"
                  + "|(?<=[ \\t])(?:"
                  + WordList.alternation(AT_WORDS)
                  + ")(?=[ \\t])"));
  private static final Pattern DOT_MARKER =
      Pattern.compile(
          "\\."
              + "|[ \\t]{0,3}[(\\[{<] ?(?:"
              + WordList.alternation(DOT_WORDS)
              + "|\\.) ?[)\\]}>]"
              + "[ \\t]{0,3}"
              + "|[ \\t]{1,3}(?:"
              + WordList.alternation(DOT_WORDS)
              + ")[ \\t]{1,3}"
              + "|[ \\t]{0,3}\\.[ \\t]{1,3}|[ \\t]{1,3}\\.");

  // Objects of "at" in English sentences, never the local part of an address.
  private static final Set<String> PRONOUNS =
      Set.of("me", "us", "you", "him", "her", "them", "it", "home", "work", "least", "all", "once");

  private enum Marker {
    SIGN,
    BRACKETED,
    SPOKEN
  }

  private EmailFinder() {}

  static void find(CharFoldedText text, AllowedDomains platform, List<Found> out) {
    if (!AT_MARKER.mayOccurIn(text.folded)) {
      return; // most replies: no "@", no bracket, no word for it
    }
    Matcher marker = AT_MARKER.pattern().matcher(text.folded);
    Matcher dot = DOT_MARKER.matcher(text.folded);
    int from = 0;
    while (AT_MARKER.find(marker, text.folded, from)) {
      Found email = readAround(text, marker.start(), marker.end(), marker.group(), dot, platform);
      if (email != null) {
        out.add(email);
      }
      from = marker.end();
    }
  }

  private static Marker markerOf(String group) {
    if (group.equals("@")) {
      return Marker.SIGN;
    }
    char first = group.charAt(0);
    return first == '(' || first == '[' || first == '{' || first == '<'
        ? Marker.BRACKETED
        : Marker.SPOKEN;
  }

  private static Found readAround(
      CharFoldedText text,
      int at,
      int atEnd,
      String markerText,
      Matcher dot,
      AllowedDomains platform) {
    Marker marker = markerOf(markerText);
    boolean blankBefore = CharFoldedText.isBlank(text.at(at - 1));
    boolean blankAfter = CharFoldedText.isBlank(text.at(atEnd));
    boolean spaced =
        marker != Marker.BRACKETED
            && blankBefore
            && blankAfter
            && isSingleCharToken(text, at - 2)
            && isSingleCharToken(text, atEnd + 1);
    // A lone "@" glued to one side only ("ig: @shop") is a handle, not an address.
    boolean skipBlanks = marker != Marker.SIGN || (blankBefore && blankAfter);
    int localEnd = skipBlanks ? text.skipBlanksBack(at, MAX_BLANKS) : at;
    int domainStart = skipBlanks ? text.skipBlanks(atEnd, MAX_BLANKS) : atEnd;

    StringBuilder local = new StringBuilder();
    int localStart =
        spaced ? readSpacedLeft(text, localEnd, local) : readLocal(text, localEnd, local);
    if (localStart < 0 || local.length() == 0) {
      return null;
    }
    Domain domain = readDomain(text, domainStart, spaced, dot);
    if (domain == null) {
      return null;
    }
    domain = domain.endingAtLastKnownTld();
    boolean obfuscated = marker != Marker.SIGN || domain.obfuscatedDot() || spaced;
    String tld = domain.folded().get(domain.folded().size() - 1);
    if (obfuscated ? !DomainNames.isKnownTld(tld) : !DomainNames.looksLikeTld(tld)) {
      return null;
    }
    String foldedLocal = CharFoldedText.fold(local.toString());
    if (markerText.equals("at") && !plausibleAfterEnglishAt(foldedLocal, domain)) {
      return null;
    }
    if (platform.covers(String.join(".", domain.folded()))) {
      return null;
    }
    String masked =
        Masks.email(local.toString(), domain.written(), DomainNames.suffixLabels(domain.folded()));
    return new Found(localStart, domain.end(), ContactKind.EMAIL, masked);
  }

  private static boolean plausibleAfterEnglishAt(String local, Domain domain) {
    if (PRONOUNS.contains(local)) {
      return false;
    }
    boolean userLike = local.chars().anyMatch(c -> Character.isDigit(c) || c == '.' || c == '_');
    String name = domain.folded().get(domain.folded().size() - 2);
    return domain.obfuscatedDot() || userLike || DomainNames.isMailProvider(name);
  }

  private static boolean isSingleCharToken(CharFoldedText text, int i) {
    return CharFoldedText.isWordChar(text.at(i))
        && !CharFoldedText.isWordChar(text.at(i - 1))
        && !CharFoldedText.isWordChar(text.at(i + 1));
  }

  private static boolean isLocalChar(char c) {
    return CharFoldedText.isWordChar(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
  }

  /** Reads the local part ending at {@code end} into {@code local}; its start, or -1. */
  private static int readLocal(CharFoldedText text, int end, StringBuilder local) {
    int start = end;
    while (start > 0 && isLocalChar(text.at(start - 1))) {
      start--;
      if (end - start > MAX_LOCAL) {
        return -1;
      }
    }
    while (start < end && !CharFoldedText.isWordChar(text.at(start))) {
      start++;
    }
    if (start == end || text.at(end - 1) == '.') {
      return -1;
    }
    local.append(text.original, start, end);
    return start;
  }

  /** Joins single chars spaced out leftwards of {@code end}: "j a n". */
  private static int readSpacedLeft(CharFoldedText text, int end, StringBuilder local) {
    int i = end - 1;
    int start = end;
    while (isSingleCharToken(text, i) && end - i <= 2 * MAX_LOCAL) {
      local.insert(0, text.original.charAt(i));
      start = i;
      if (text.at(i - 1) != ' ') {
        break;
      }
      i -= 2;
    }
    return start;
  }

  /** The labels of a domain as written and folded, with the end offset of each label. */
  private record Domain(
      List<String> written, List<String> folded, List<Integer> ends, boolean obfuscatedDot) {
    int end() {
      return ends.get(ends.size() - 1);
    }

    /**
     * Cut after the last label that is a known top-level domain, if one is followed by more:
     * "jan@gmail.com.Dakujem" is a sentence typed without a space after the address.
     */
    Domain endingAtLastKnownTld() {
      for (int k = folded.size() - 1; k >= 1; k--) {
        if (DomainNames.isKnownTld(folded.get(k))) {
          return k == folded.size() - 1
              ? this
              : new Domain(
                  written.subList(0, k + 1),
                  folded.subList(0, k + 1),
                  ends.subList(0, k + 1),
                  obfuscatedDot);
        }
      }
      return this;
    }
  }

  private static Domain readDomain(CharFoldedText text, int start, boolean spaced, Matcher dot) {
    List<String> written = new ArrayList<>(3);
    List<String> folded = new ArrayList<>(3);
    List<Integer> ends = new ArrayList<>(3);
    boolean obfuscatedDot = false;
    int pos = start;
    while (written.size() < MAX_LABELS) {
      int labelEnd = spaced ? readSpacedLabel(text, pos) : readLabel(text, pos);
      if (labelEnd == pos) {
        break;
      }
      String label =
          spaced
              ? joinSpaced(text.original, pos, labelEnd)
              : text.original.substring(pos, labelEnd);
      if (!DomainNames.isLabel(CharFoldedText.fold(label))) {
        break;
      }
      written.add(label);
      folded.add(CharFoldedText.fold(label));
      ends.add(labelEnd);
      dot.region(labelEnd, text.length());
      if (!dot.lookingAt() || !CharFoldedText.isWordChar(text.at(dot.end()))) {
        break;
      }
      obfuscatedDot |= dot.end() - labelEnd > 1;
      pos = dot.end();
    }
    return written.size() < 2 ? null : new Domain(written, folded, ends, obfuscatedDot);
  }

  private static int readLabel(CharFoldedText text, int start) {
    int i = start;
    while (i < text.length()
        && i - start < MAX_LABEL
        && (CharFoldedText.isWordChar(text.at(i)) || text.at(i) == '-')) {
      i++;
    }
    return i;
  }

  /** The end of a label spelled out as single chars with single spaces: "g m a i l". */
  private static int readSpacedLabel(CharFoldedText text, int start) {
    int i = start;
    while (isSingleCharToken(text, i) && i - start < 2 * MAX_LABEL) {
      int next = i + 2;
      if (text.at(i + 1) != ' ' || !isSingleCharToken(text, next)) {
        return i + 1;
      }
      i = next;
    }
    return i;
  }

  private static String joinSpaced(String original, int start, int end) {
    StringBuilder joined = new StringBuilder();
    for (int i = start; i < end; i += 2) {
      joined.append(original.charAt(i));
    }
    return joined.toString();
  }
}
