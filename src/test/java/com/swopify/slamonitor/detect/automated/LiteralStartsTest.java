package com.swopify.slamonitor.detect.automated;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LiteralStartsTest {
  @Test
  void plainTextIsItsOwnStart() {
    assertThat(LiteralStarts.of("toto je automaticka odpoved"))
        .containsExactly("toto je automaticka odpoved");
  }

  @Test
  void readingStopsAtAClassAnEscapeOrALookAround() {
    assertThat(LiteralStarts.of("automatick[^ ,.?]*+ odpoved")).containsExactly("automatick");
    assertThat(LiteralStarts.of("do \\d+")).containsExactly("do ");
    assertThat(LiteralStarts.of("ab(?=c)")).containsExactly("ab");
    assertThat(LiteralStarts.of("a.c")).containsExactly("a");
  }

  @Test
  void anOptionalCharacterGivesTheStartsWithAndWithoutIt() {
    assertThat(LiteralStarts.of("e ?mail")).containsExactly("e mail", "email");
    assertThat(LiteralStarts.of("e-?+mail")).containsExactly("e-mail", "email");
    // One or more: the first is certain.
    assertThat(LiteralStarts.of("ab+c")).containsExactly("ab");
  }

  @Test
  void aRepeatedCharacterOrGroupEndsTheStart() {
    assertThat(LiteralStarts.of("ab*c")).containsExactly("a");
    assertThat(LiteralStarts.of("ab{0,2}c")).containsExactly("a");
    assertThat(LiteralStarts.of("i am (now|still)+ away")).containsExactly("i am ");
    assertThat(LiteralStarts.of("i am (now|still)* away")).containsExactly("i am ");
  }

  @Test
  void anOptionalGroupGivesTheStartsWithEachBranchAndWithoutIt() {
    assertThat(LiteralStarts.of("(automatyczna )?odpowiedz"))
        .containsExactly("automatyczna odpowiedz", "odpowiedz");
    assertThat(LiteralStarts.of("i am (currently |now )?away"))
        .containsExactly("i am currently away", "i am now away", "i am away");
    assertThat(LiteralStarts.of("(vasu |tvoju )?(poruku|upit)"))
        .containsExactly(
            "vasu poruku", "vasu upit", "tvoju poruku", "tvoju upit", "poruku", "upit");
  }

  @Test
  void tooManyStartsAreCutShort() {
    StringBuilder regex = new StringBuilder("x (");
    for (int i = 0; i < 10; i++) {
      regex.append(i == 0 ? "" : "|").append("a").append(i);
    }
    regex.append(") (");
    for (int i = 0; i < 10; i++) {
      regex.append(i == 0 ? "" : "|").append("b").append(i);
    }
    regex.append(')');
    // 100 starts "x a0 b0" ... "x a9 b9"; cut to "x aN b" there are ten.
    assertThat(LiteralStarts.of(regex.toString())).hasSize(10).contains("x a0 b", "x a9 b");
  }

  @Test
  void beginningWithKeepsTheStartsOfThePrefixNotCoveredByAShorterOne() {
    List<String> starts = List.of("we are", "we ", "war", "i am");
    assertThat(LiteralStarts.beginningWith(starts, "w")).containsExactly("war", "we ");
    assertThat(LiteralStarts.beginningWith(starts, "we")).containsExactly("we ");
    assertThat(LiteralStarts.beginningWith(starts, "ix")).isEmpty();
  }

  @Test
  void aStartNoLongerThanThePrefixLeavesNothingToCheck() {
    assertThat(LiteralStarts.beginningWith(List.of("we", "war"), "we")).isNull();
    assertThat(LiteralStarts.beginningWith(List.of("w", "war"), "wa")).isNull();
    assertThat(LiteralStarts.beginningWith(List.of(""), "wa")).isNull();
  }

  @Test
  void aStartMustEndByTheEndOfTheRange() {
    String[] starts = {"i am "};
    assertThat(LiteralStarts.anyAt(starts, "so i am away", 3, 12)).isTrue();
    assertThat(LiteralStarts.anyAt(starts, "so i am away", 3, 7)).isFalse();
    assertThat(LiteralStarts.anyAt(starts, "so i am away", 2, 12)).isFalse();
  }

  @Test
  void anyAtFindsTheOnePrefixAmongSortedStarts() {
    String[] starts = LiteralStarts.minimal(List.of("we are", "i am ", "im ", "we re", "w"));
    assertThat(starts).containsExactly("i am ", "im ", "w");
    assertThat(LiteralStarts.anyAt(starts, "im here", 0, 7)).isTrue();
    assertThat(LiteralStarts.anyAt(starts, "i am", 0, 4)).isFalse();
    assertThat(LiteralStarts.anyAt(starts, "ima ", 0, 4)).isFalse();
    assertThat(LiteralStarts.anyAt(starts, "x wow", 2, 5)).isTrue();
    assertThat(LiteralStarts.anyAt(starts, "a", 0, 1)).isFalse();
    assertThat(LiteralStarts.anyAt(starts, "zzz", 0, 3)).isFalse();
    assertThat(LiteralStarts.anyAt(new String[0], "zzz", 0, 3)).isFalse();
  }
}
