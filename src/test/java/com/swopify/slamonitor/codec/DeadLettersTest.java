package com.swopify.slamonitor.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.swopify.slamonitor.events.DeadLetter;
import com.swopify.slamonitor.events.Source;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DeadLettersTest {

  @Test
  void keepsTheSourceNameAndKafkaPosition() {
    DeadLetter letter = DeadLetters.of(Source.ABSENCES, "not JSON", "x", "t", 1, 2L);

    assertThat(letter).isEqualTo(new DeadLetter("absences", "not JSON", "x", "t", 1, 2L));
  }

  @Test
  void keepsARecordOfExactly8KiB() {
    String raw = "x".repeat(8192);

    assertThat(DeadLetters.of(Source.MESSAGES, "r", raw, null, null, null).raw()).isEqualTo(raw);
  }

  @Test
  void cutsTheRawRecordTo8KiBOfUtf8() {
    String raw = "x".repeat(10_000);

    assertThat(rawKept(raw)).isEqualTo("x".repeat(8192));
  }

  @Test
  void neverSplitsAMultiByteCharacter() {
    // 8191 one-byte chars, then a two-byte "é" that would end at byte 8193.
    String raw = "x".repeat(8191) + "é" + "tail";

    String kept = rawKept(raw);

    assertThat(kept).isEqualTo("x".repeat(8191));
  }

  @Test
  void neverSplitsASurrogatePair() {
    String raw = "x".repeat(8190) + "😀" + "tail"; // the emoji needs bytes 8191..8194

    assertThat(rawKept(raw)).isEqualTo("x".repeat(8190));
    assertThat(rawKept("x".repeat(8188) + "😀" + "tail")).endsWith("😀");
  }

  @Test
  void keepsAsMuchAsFitsOfMultiByteText() {
    String raw = "ž".repeat(5000); // 10 000 bytes

    String kept = rawKept(raw);

    assertThat(kept).isEqualTo("ž".repeat(4096));
    assertThat(kept.getBytes(StandardCharsets.UTF_8)).hasSize(8192);
  }

  @Test
  void aMissingRawRecordIsEmpty() {
    assertThat(rawKept(null)).isEmpty();
  }

  private static String rawKept(String raw) {
    return DeadLetters.of(Source.MESSAGES, "reason", raw, null, null, null).raw();
  }
}
