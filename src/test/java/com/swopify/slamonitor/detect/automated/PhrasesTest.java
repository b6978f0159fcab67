package com.swopify.slamonitor.detect.automated;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhrasesTest {
  private static boolean in(String phrase, String text) {
    return Phrases.of(List.of(phrase)).in(FoldedText.of(text));
  }

  @Test
  void lettersOfAPhraseAreFoldedLikeTheText() {
    assertThat(in("automatická odpoveď", "AUTOMATICKA ODPOVED")).isTrue();
    assertThat(in("automaticka odpoved", "Automatická odpoveď")).isTrue();
  }

  @Test
  void phrasesMatchWholeWordsOnly() {
    assertThat(in("lock", "unlocked")).isFalse();
    assertThat(in("lock", "locks")).isFalse();
    assertThat(in("lock%", "locks")).isTrue();
    assertThat(in("zablokovan%", "nezablokovaný")).isFalse();
  }

  @Test
  void aSpaceNeverCrossesAClauseOrASentence() {
    assertThat(in("automatic reply", "automatic, reply")).isFalse();
    assertThat(in("automatic reply", "automatic. Reply")).isFalse();
    assertThat(in("automatic reply", "automatic   reply")).isTrue();
  }

  @Test
  void aTildeSkipsUpToThreeWords() {
    assertThat(in("ich bin ~nicht im büro", "Ich bin bis 14.08. nicht im Büro")).isTrue();
    assertThat(in("ich bin ~nicht im büro", "Ich bin a b c d nicht im Büro")).isFalse();
    assertThat(in("ich bin ~nicht im büro", "Ich bin, nicht im Büro")).isFalse();
  }

  @Test
  void anUnderscoreSkipsAnyWordsOfTheClause() {
    assertThat(in("icloud _gesperrt", "iCloud ist leider seit gestern gesperrt")).isTrue();
    assertThat(in("icloud _gesperrt", "iCloud ist ok, Handy gesperrt")).isFalse();
  }

  @Test
  void aLabelIsAWholeFirstOrLastClause() {
    Phrases label = Phrases.label(List.of("automatic reply"));
    assertThat(label.in(FoldedText.of("Automatic reply: I am away"))).isTrue();
    assertThat(label.in(FoldedText.of("Automatic reply"))).isTrue();
    assertThat(label.in(FoldedText.of("I am away. Automatic reply."))).isTrue();
    assertThat(label.in(FoldedText.of("Automatic reply was a mistake"))).isFalse();
    assertThat(label.in(FoldedText.of("Sorry, automatic reply: it was a mistake"))).isFalse();
    assertThat(label.in(FoldedText.of("Sorry for the automatic reply."))).isFalse();
  }

  @Test
  void matchesAreSuccessiveAndDoNotOverlap() {
    Phrases phrases = Phrases.of(List.of("a b|b c"));
    assertThat(phrases.matches(FoldedText.of("a b c, b c"))).containsExactly(0, 3, 6, 9);
  }

  @Test
  void findLooksOnlyWithinTheGivenRange() {
    Phrases phrases = Phrases.of(List.of("smoke"));
    FoldedText text = FoldedText.of("no smoke, smoke");
    int[] match = new int[2];
    assertThat(phrases.find(text, 4, text.text().length(), match)).isTrue();
    assertThat(text.text()).isEqualTo("no smoke,smoke");
    assertThat(match).containsExactly(9, 14);
    assertThat(phrases.in(text, 0, 8)).isTrue();
    assertThat(phrases.in(text, 0, 7)).isFalse();
  }

  @Test
  void otherScriptsAreMatchedToo() {
    assertThat(in("автоматичен отговор", "Това е АВТОМАТИЧЕН отговор")).isTrue();
    assertThat(in("返信", "自動返信 です")).isFalse();
    assertThat(in("自動返信", "自動返信 です")).isTrue();
  }
}
