package com.swopify.slamonitor.flink;

import java.io.IOException;
import java.util.function.Supplier;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSchemaCompatibility;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * The snapshot of an {@link ImmutableRecordSerializer}: it records the format the serializer wrote,
 * so that a checkpoint (in-flight records of an unaligned checkpoint included) says how to read
 * what it holds. A version that changes a layout raises its format number and, to keep restoring
 * older checkpoints, overrides {@link #serializerOfOlderFormat}: {@link #restoreSerializer} then
 * returns a reader of the old format and the new snapshot answers "compatible after migration".
 */
public abstract class FormatSnapshot<T> implements TypeSerializerSnapshot<T> {
  private static final int SNAPSHOT_VERSION = 1;

  private final int currentFormat;
  private final Supplier<TypeSerializer<T>> currentSerializer;
  private int format;

  protected FormatSnapshot(int currentFormat, Supplier<TypeSerializer<T>> currentSerializer) {
    this.currentFormat = currentFormat;
    this.currentSerializer = currentSerializer;
    this.format = currentFormat;
  }

  @Override
  public int getCurrentVersion() {
    return SNAPSHOT_VERSION;
  }

  @Override
  public void writeSnapshot(DataOutputView out) throws IOException {
    out.writeInt(format);
  }

  @Override
  public void readSnapshot(int readVersion, DataInputView in, ClassLoader userCodeClassLoader)
      throws IOException {
    format = in.readInt();
  }

  /** A serializer that reads records of an older format, or null if that format is unknown. */
  protected TypeSerializer<T> serializerOfOlderFormat(int olderFormat) {
    return null;
  }

  @Override
  public TypeSerializer<T> restoreSerializer() {
    if (format == currentFormat) {
      return currentSerializer.get();
    }
    TypeSerializer<T> older = format < currentFormat ? serializerOfOlderFormat(format) : null;
    if (older == null) {
      throw new IllegalStateException(
          getClass().getName()
              + ": records written in format "
              + format
              + ", which this version cannot read (it reads format "
              + currentFormat
              + ")");
    }
    return older;
  }

  @Override
  public TypeSerializerSchemaCompatibility<T> resolveSchemaCompatibility(
      TypeSerializerSnapshot<T> oldSnapshot) {
    if (oldSnapshot.getClass() != getClass()) {
      return TypeSerializerSchemaCompatibility.incompatible();
    }
    int oldFormat = ((FormatSnapshot<T>) oldSnapshot).format;
    if (oldFormat == currentFormat) {
      return TypeSerializerSchemaCompatibility.compatibleAsIs();
    }
    return oldFormat < currentFormat && serializerOfOlderFormat(oldFormat) != null
        ? TypeSerializerSchemaCompatibility.compatibleAfterMigration()
        : TypeSerializerSchemaCompatibility.incompatible();
  }
}
