package com.swopify.slamonitor.detect.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MasksTest {

  @Test
  void phoneKeepsTheLeadingDigitsAskedForTheLastTwoAndTheLayout() {
    assertThat(Masks.phone("+421 905 123 456", 4)).isEqualTo("+421 9** *** *56");
    assertThat(Masks.phone("(0)30 1234567", 2)).isEqualTo("(0)3* *****67");
    assertThat(Masks.phone("0905-123-456", 2)).isEqualTo("09**-***-*56");
  }

  @Test
  void emailKeepsFirstCharsAndTheSuffixAsWritten() {
    assertThat(Masks.email("Jan.Novak", List.of("mail", "Gmail", "COM"), 1))
        .isEqualTo("J***@G***.COM");
    assertThat(Masks.email("b", List.of("sklep", "com", "pl"), 2)).isEqualTo("b***@s***.com.pl");
    // A domain that is all suffix still names its first label and keeps the rest.
    assertThat(Masks.email("x", List.of("co", "uk"), 2)).isEqualTo("x***@c***.uk");
  }

  @Test
  void linkAndHandleKeepTheFirstCharOnly() {
    assertThat(Masks.link("mojobchod.sk", "sk")).isEqualTo("m***.sk");
    assertThat(Masks.handle("obchod_sk")).isEqualTo("@o***");
    // A first char outside the BMP is kept whole.
    assertThat(Masks.handle("\uD83D\uDE00shop")).isEqualTo("@\uD83D\uDE00***");
  }
}
