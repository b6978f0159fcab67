package com.swopify.slamonitor.flink;

import java.io.IOException;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * The common part of the explicit serializers of the job's mutable keyed state (a thread's, a
 * seller's absences, a scorecard): no Kryo, and a format later versions can read. Every value
 * starts with the version of the format it was written in; a new version adds a branch in the
 * subclass's {@link #read} and keeps reading the old ones, so the snapshot itself never changes and
 * each subclass's {@code Snapshot} only names the serializer. Enums are written by ordinal, so
 * their constants may only ever be appended.
 *
 * <p>State objects are mutable: copies are deep, and deserialization always builds a new one.
 */
abstract class VersionedStateSerializer<T> extends OwnFormatSerializer<T> {
  private static final long serialVersionUID = 1L;

  /** What the state is, for the message when a value is in a format this version cannot read. */
  private final String what;

  private final byte oldestFormat;
  private final byte currentFormat;

  VersionedStateSerializer(String what, byte oldestFormat, byte currentFormat) {
    this.what = what;
    this.oldestFormat = oldestFormat;
    this.currentFormat = currentFormat;
  }

  /** The state's fields in the current format, after its version byte. */
  abstract void write(T state, DataOutputView out) throws IOException;

  /** A new state from what {@link #write} wrote in format {@code version}. */
  abstract T read(DataInputView in, byte version) throws IOException;

  @Override
  public final void serialize(T state, DataOutputView out) throws IOException {
    out.writeByte(currentFormat);
    write(state, out);
  }

  @Override
  public final T deserialize(DataInputView in) throws IOException {
    byte version = in.readByte();
    if (version < oldestFormat || version > currentFormat) {
      throw new IOException(
          what
              + " written in format "
              + version
              + ", which this version of the monitor cannot read (it reads "
              + (oldestFormat == currentFormat
                  ? "format " + currentFormat
                  : "formats " + oldestFormat + " to " + currentFormat)
              + ")");
    }
    return read(in, version);
  }

  @Override
  public final boolean isImmutableType() {
    return false;
  }

  @Override
  public final T copy(T from, T reuse) {
    return copy(from);
  }
}
