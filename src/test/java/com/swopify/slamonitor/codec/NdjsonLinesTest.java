package com.swopify.slamonitor.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines decoded one by one: a line that is not UTF-8 is flagged, its neighbours are not. */
class NdjsonLinesTest {
  private static List<NdjsonLines.Line> lines(byte[] bytes) throws IOException {
    NdjsonLines lines = new NdjsonLines(new ByteArrayInputStream(bytes));
    List<NdjsonLines.Line> all = new ArrayList<>();
    for (NdjsonLines.Line line = lines.next(); line != null; line = lines.next()) {
      all.add(line);
    }
    return all;
  }

  @Test
  void linesEndAsReadLineEndsThem() throws IOException {
    assertThat(lines("a\nb\r\nc\rd".getBytes(StandardCharsets.UTF_8)))
        .extracting(NdjsonLines.Line::text)
        .containsExactly("a", "b", "c", "d");
    assertThat(lines("a\n\nb\n".getBytes(StandardCharsets.UTF_8)))
        .extracting(NdjsonLines.Line::text)
        .containsExactly("a", "", "b");
    assertThat(lines(new byte[0])).isEmpty();
  }

  @Test
  void onlyTheLineWithABadByteIsNotUtf8() throws IOException {
    byte[] bytes = {
      'o', 'k', '\n', 'c', 'a', 'f', (byte) 0xE9, '\n', (byte) 0xC5, (byte) 0xA1, '\n', (byte) 0xC3
    };
    List<NdjsonLines.Line> lines = lines(bytes);
    assertThat(lines).extracting(NdjsonLines.Line::utf8).containsExactly(true, false, true, false);
    assertThat(lines.get(1).text()).isEqualTo("caf\uFFFD");
    assertThat(lines.get(2).text()).isEqualTo("š");
  }

  @Test
  void aLongLineCrossesTheBuffer() throws IOException {
    String longLine = "é".repeat(100_000);
    assertThat(lines((longLine + "\nx").getBytes(StandardCharsets.UTF_8)))
        .containsExactly(new NdjsonLines.Line(longLine, true), new NdjsonLines.Line("x", true));
  }
}
