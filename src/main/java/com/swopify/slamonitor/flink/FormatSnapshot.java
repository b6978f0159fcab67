package com.swopify.slamonitor.flink;

import java.io.IOException;
import java.util.function.Supplier;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSchemaCompatibility;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * The snapshot of an {@link ImmutableRecordSerializer}: it records the format the serializer
 * wrote, so that a checkpoint (in-flight records of an unaligned checkpoint included) says how to
 * read what it holds. Today every serializer has one format; a version that changes a layout
 * raises its format number and, to keep restoring older checkpoints, returns a serializer for the
 * old format from {@link #restoreSerializer} and "compatible after migration" here.
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

  @Override
  public TypeSerializer<T> restoreSerializer() {
    if (format != currentFormat) {
      throw new IllegalStateException(getClass().getName() + ": records written in format "
          + format + ", which this version cannot read (it reads format " + currentFormat + ")");
    }
    return currentSerializer.get();
  }

  @Override
  public TypeSerializerSchemaCompatibility<T> resolveSchemaCompatibility(
      TypeSerializerSnapshot<T> oldSnapshot) {
    if (oldSnapshot.getClass() == getClass()
        && ((FormatSnapshot<T>) oldSnapshot).format == currentFormat) {
      return TypeSerializerSchemaCompatibility.compatibleAsIs();
    }
    return TypeSerializerSchemaCompatibility.incompatible();
  }
}
