package com.swopify.slamonitor.detect.automated;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldedTextTest {
  private static String fold(String text) {
    return FoldedText.of(text).text();
  }

  @Test
  void lowerCasesAndStripsDiacriticsInEveryLatinLanguage() {
    assertThat(fold("Ďakujeme Vám")).isEqualTo("dakujeme vam");
    assertThat(fold("Děkujeme, Köszönjük")).isEqualTo("dekujeme,koszonjuk");
    assertThat(fold("Mulțumim Şi Dziękuję")).isEqualTo("multumim si dziekuje");
  }

  @Test
  void spellsOutLettersWithoutADecomposition() {
    assertThat(fold("Grüße Łódź đak Ærø Œuvre")).isEqualTo("grusse lodz dak aero oeuvre");
  }

  @Test
  void foldsCyrillicCaseAndItsOwnDiacritics() {
    assertThat(fold("Това е НАЙ-добрият")).isEqualTo("това е наи добрият");
  }

  @Test
  void keepsTheStrongestSeparatorOfARun() {
    assertThat(fold("Hello,  world ! Is it ok ?! yes")).isEqualTo("hello,world.is it ok?yes");
    assertThat(fold("one (two) three - four – five")).isEqualTo("one,two,three four,five");
  }

  @Test
  void aFullStopAfterADigitIsADateNotASentenceEnd() {
    assertThat(fold("Som mimo do 20.8. Odpoviem")).isEqualTo("som mimo do 20 8 odpoviem");
  }

  @Test
  void apostrophesSeparateSoThatWeReIsNotWere() {
    assertThat(fold("We're away, I’m back")).isEqualTo("we re away,i m back");
  }

  @Test
  void endsWithItsSentenceSeparatorOnly() {
    assertThat(fold("  Is it locked?  ")).isEqualTo("is it locked?");
    assertThat(fold("Locked, ")).isEqualTo("locked");
    assertThat(fold("?!., ")).isEmpty();
  }

  @Test
  void decomposedInputFoldsLikeComposedInput() {
    assertThat(fold("Da\u0301vid")).isEqualTo(fold("Dávid"));
  }

  @Test
  void notesWhereEachWordStarts() {
    FoldedText folded = FoldedText.of("Hello, big  world! ok");
    assertThat(folded.text()).isEqualTo("hello,big world.ok");
    assertThat(folded.words()).isEqualTo(4);
    assertThat(
            new int[] {
              folded.wordStart(0), folded.wordStart(1), folded.wordStart(2), folded.wordStart(3)
            })
        .containsExactly(0, 6, 10, 16);
    assertThat(folded.firstWordFrom(7)).isEqualTo(2);
    assertThat(folded.firstWordFrom(17)).isEqualTo(4);
    assertThat(FoldedText.of(" ... ").words()).isZero();
  }

  @Test
  void combiningMarksAndSoftHyphensStayInsideTheWord() {
    assertThat(FoldedText.of("odpove\u0301\u00ADd\u030C").words()).isEqualTo(1);
  }

  @Test
  void foldLettersLeavesEverythingButLettersAlone() {
    assertThat(FoldedText.foldLetters("(Odpoveď|Správ%) ~\\d+"))
        .isEqualTo("(odpoved|sprav%) ~\\d+");
  }
}
