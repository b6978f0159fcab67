package com.swopify.slamonitor.codec;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Input bytes as text. Records must be UTF-8 (contract section 1); a record that is not is a dead
 * letter ({@link #NOT_UTF8}) and must never stop a run, so bytes are decoded strictly, record by
 * record, and a failure is an answer, not an exception.
 */
public final class Utf8 {
  /** The dead-letter reason of a record whose bytes are not UTF-8. */
  public static final String NOT_UTF8 = "not UTF-8";

  private Utf8() {}

  /** The text of {@code length} bytes from {@code offset}, or null when they are not UTF-8. */
  public static String strict(byte[] bytes, int offset, int length) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, length))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** The text with each byte sequence that is not UTF-8 replaced by U+FFFD: for dead letters. */
  public static String lenient(byte[] bytes, int offset, int length) {
    return new String(bytes, offset, length, StandardCharsets.UTF_8);
  }
}
