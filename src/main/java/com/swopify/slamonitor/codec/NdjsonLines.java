package com.swopify.slamonitor.codec;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The lines of an NDJSON input, read as bytes and decoded one line at a time, so that a line that
 * is not UTF-8 is only that line's problem (a reader that decodes the whole stream stops at the
 * first bad byte, or silently replaces it). Lines end at {@code \n}, {@code \r\n} or {@code \r}, as
 * {@link java.io.BufferedReader#readLine} ends them. Not thread-safe; does not close the stream.
 */
public final class NdjsonLines {
  /** One line: its text, or, when its bytes are not UTF-8, their lenient decoding. */
  public record Line(String text, boolean utf8) {}

  private static final int BUFFER = 64 * 1024;

  private final InputStream in;
  private final byte[] buffer = new byte[BUFFER];
  private int position;
  private int limit;
  private byte[] line = new byte[256];
  private boolean skipLineFeed;

  public NdjsonLines(InputStream in) {
    this.in = in;
  }

  /** The next line, or null at the end of the input. */
  public Line next() throws IOException {
    int length = 0;
    boolean any = false;
    while (true) {
      if (position == limit) {
        limit = in.read(buffer, 0, BUFFER);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          return any ? decode(length) : null;
        }
      }
      byte b = buffer[position++];
      if (skipLineFeed) {
        skipLineFeed = false;
        if (b == '\n') {
          continue;
        }
      }
      if (b == '\n' || b == '\r') {
        skipLineFeed = b == '\r';
        return decode(length);
      }
      any = true;
      if (length == line.length) {
        line = Arrays.copyOf(line, length * 2);
      }
      line[length++] = b;
    }
  }

  private Line decode(int length) {
    String text = Utf8.strict(line, 0, length);
    return text != null ? new Line(text, true) : new Line(Utf8.lenient(line, 0, length), false);
  }
}
