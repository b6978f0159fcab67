package com.swopify.slamonitor.detect.contact;

import static org.assertj.core.api.Assertions.assertThat;

import com.swopify.slamonitor.detect.Corpus;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MatchStartsTest {
  // Shaped like the at-markers and messenger names: look-behinds, a spoken word with a blank
  // inside, one-char matches, an ending of any length, a look-ahead at the end.
  private static final MatchStarts AT =
      MatchStarts.of(
          Pattern.compile(
              "@|[(\\[] ?(?:at|a) ?[)\\]]|(?<=[ \\t])(?:at|a\\s+rond|кльомба)(?=[ \\t])"));
  private static final MatchStarts NAME =
      MatchStarts.of(
          Pattern.compile(
              "(?<![\\p{L}\\p{N}])(?:wh?ats\\s?app?|ig|вайб[ъе]р)(\\p{L}*+)(?![\\p{N}])"));

  private static List<String> scan(MatchStarts starts, String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = starts.pattern().matcher(text);
    int from = 0;
    while (starts.find(matcher, text, from)) {
      found.add(matcher.start() + "-" + matcher.end());
      from = matcher.end();
    }
    return found;
  }

  private static List<String> plainScan(MatchStarts starts, String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = starts.pattern().matcher(text);
    while (matcher.find()) {
      found.add(matcher.start() + "-" + matcher.end());
    }
    return found;
  }

  private static void assertSameAsPlainScan(String text) {
    for (MatchStarts starts : List.of(AT, NAME)) {
      List<String> plain = plainScan(starts, text);
      assertThat(scan(starts, text)).as("'%s' with %s", text, starts.pattern()).isEqualTo(plain);
      if (!plain.isEmpty()) {
        assertThat(starts.mayOccurIn(text)).as("'%s' with %s", text, starts.pattern()).isTrue();
      }
    }
  }

  @Test
  void findsWhatAPlainScanFindsAtTheEdges() {
    for (String text :
        List.of(
            "@",
            "a@",
            "x @",
            "jan at gmail",
            "jan a rond gmail",
            "jan a  rond x",
            "jan a\tat\tx",
            "at",
            " at",
            " at ",
            "(at)",
            "[a]",
            "( a )",
            "ig",
            "ig ",
            "igen",
            "ig2",
            "whatsapp",
            "wats app:",
            "na WhatsAppe",
            "xig",
            "вайбър",
            "във вайбер",
            "кльомба",
            " кльомба ",
            "\u4e2d@\u4e2d",
            "a rond",
            " a rond",
            "a")) {
      assertSameAsPlainScan(CharFoldedText.fold(text));
    }
  }

  @Test
  void findsWhatAPlainScanFindsInTheCorpus() {
    for (Corpus.Entry entry : Corpus.load().entries()) {
      assertSameAsPlainScan(CharFoldedText.fold(entry.text()));
    }
  }

  @Test
  void ruleOutOrdinaryTextWithoutTryingThePattern() {
    String reply = CharFoldedText.fold("Dobrý deň, tovar sme odoslali a zásielka príde zajtra.");
    assertThat(AT.mayOccurIn(reply)).isFalse();
    assertThat(NAME.mayOccurIn(reply)).isFalse();
    assertThat(AT.mayOccurIn(CharFoldedText.fold("Pišite a rond"))).isTrue();
    // The third char rules out "a " before anything but the spoken at-word.
    assertThat(AT.mayStartAt("x a b", 2)).isFalse();
    assertThat(AT.mayStartAt("x a r", 2)).isTrue();
  }

  @Test
  void charsAboveTheTableAreNeverRuledOut() {
    assertThat(NAME.mayStartAt("\u4e2d", 0)).isTrue();
    assertThat(NAME.mayStartAt("i\u4e2d", 0)).isTrue();
  }
}
