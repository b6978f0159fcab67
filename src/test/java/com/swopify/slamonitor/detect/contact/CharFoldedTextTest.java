package com.swopify.slamonitor.detect.contact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldedTextTest {

  @Test
  void foldsCaseDiacriticsAndTypographyCharForChar() {
    String text = "Zavináč ŁÓDŹ Đurđa ÖRÜLT Ș\u00a0—\uff20 ‘x’ КЛЬОМБА";

    CharFoldedText folded = CharFoldedText.of(text);

    assertThat(folded.folded).isEqualTo("zavinac lodz durda orult s -@ 'x' кльомба");
    assertThat(folded.folded).hasSameSizeAs(text);
  }

  @Test
  void skipsBlanksBothWaysWithinTheLimit() {
    CharFoldedText folded = CharFoldedText.of("a   b");

    assertThat(folded.skipBlanks(1, 10)).isEqualTo(4);
    assertThat(folded.skipBlanks(1, 2)).isEqualTo(3);
    assertThat(folded.skipBlanksBack(4, 10)).isEqualTo(1);
    assertThat(folded.at(-1)).isEqualTo(' ');
    assertThat(folded.at(5)).isEqualTo(' ');
  }
}
