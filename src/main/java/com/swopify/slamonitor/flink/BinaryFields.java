package com.swopify.slamonitor.flink;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.apache.flink.types.StringValue;

/**
 * Field encodings the hand-written serializers share. Enums are written by ordinal (so their
 * constants may only ever be appended), null as -1. Strings, null included, in one of two {@link
 * Strings encodings}.
 */
final class BinaryFields {
  private static final byte NULL_ENUM = -1;

  private BinaryFields() {}

  /** How a serializer writes strings; a format sticks to one. */
  enum Strings {
    /** Flink's {@code StringValue}: a char at a time. The state formats written so far use it. */
    STRING_VALUE {
      @Override
      void write(String value, DataOutputView out) throws IOException {
        StringValue.writeString(value, out);
      }

      @Override
      String read(DataInputView in) throws IOException {
        return StringValue.readString(in);
      }
    },
    /**
     * The UTF-8 bytes after their count plus one (0: null) as a variable-length number: whole
     * arrays copied instead of a call per char, which made string handling most of the serializers'
     * time in the profile (ids are ASCII, for which Java's UTF-8 coding is a copy).
     */
    UTF8 {
      @Override
      void write(String value, DataOutputView out) throws IOException {
        if (value == null) {
          out.writeByte(0);
          return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        writeVarInt(bytes.length + 1, out);
        out.write(bytes);
      }

      @Override
      String read(DataInputView in) throws IOException {
        int lengthPlusOne = readVarInt(in);
        if (lengthPlusOne == 0) {
          return null;
        }
        byte[] bytes = new byte[lengthPlusOne - 1];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
      }
    };

    abstract void write(String value, DataOutputView out) throws IOException;

    abstract String read(DataInputView in) throws IOException;
  }

  /** Seven bits a byte, low bits first; the high bit says another byte follows. */
  private static void writeVarInt(int value, DataOutputView out) throws IOException {
    while ((value & ~0x7f) != 0) {
      out.writeByte((value & 0x7f) | 0x80);
      value >>>= 7;
    }
    out.writeByte(value);
  }

  private static int readVarInt(DataInputView in) throws IOException {
    int value = 0;
    for (int shift = 0; shift < Integer.SIZE; shift += 7) {
      int b = in.readUnsignedByte();
      value |= (b & 0x7f) << shift;
      if ((b & 0x80) == 0) {
        return value;
      }
    }
    throw new IOException("malformed length: more than five bytes");
  }

  /** A non-negative long, seven bits a byte as {@link #writeVarInt}: small counts take a byte. */
  static void writeVarLong(long value, DataOutputView out) throws IOException {
    if (value < 0) {
      throw new IllegalArgumentException("negative: " + value);
    }
    while ((value & ~0x7fL) != 0) {
      out.writeByte((int) (value & 0x7f) | 0x80);
      value >>>= 7;
    }
    out.writeByte((int) value);
  }

  static long readVarLong(DataInputView in) throws IOException {
    long value = 0;
    for (int shift = 0; shift < Long.SIZE; shift += 7) {
      int b = in.readUnsignedByte();
      value |= (long) (b & 0x7f) << shift;
      if ((b & 0x80) == 0) {
        return value;
      }
    }
    throw new IOException("malformed number: more than ten bytes");
  }

  static void writeEnum(Enum<?> value, DataOutputView out) throws IOException {
    out.writeByte(value == null ? NULL_ENUM : value.ordinal());
  }

  static <E extends Enum<E>> E readEnum(E[] values, DataInputView in) throws IOException {
    byte ordinal = in.readByte();
    return ordinal == NULL_ENUM ? null : values[ordinal];
  }

  /** An instant to the nanosecond, or null. */
  static void writeInstant(Instant instant, DataOutputView out) throws IOException {
    out.writeBoolean(instant != null);
    if (instant != null) {
      out.writeLong(instant.getEpochSecond());
      out.writeInt(instant.getNano());
    }
  }

  static Instant readInstant(DataInputView in) throws IOException {
    return in.readBoolean() ? Instant.ofEpochSecond(in.readLong(), in.readInt()) : null;
  }
}
