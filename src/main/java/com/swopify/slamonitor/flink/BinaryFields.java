package com.swopify.slamonitor.flink;

import java.io.IOException;
import java.time.Instant;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * Field encodings the hand-written serializers share. Enums are written by ordinal (so their
 * constants may only ever be appended), null as -1; strings go through Flink's
 * {@code StringValue}, which writes null as well.
 */
final class BinaryFields {
  private static final byte NULL_ENUM = -1;

  private BinaryFields() {}

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
