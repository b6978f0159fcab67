package com.swopify.slamonitor.flink;

import com.swopify.slamonitor.flink.BinaryFields.Strings;
import java.io.IOException;
import java.io.Serializable;
import java.util.function.Supplier;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * The common part of the hand-written serializers of the records that cross the job's shuffles, in
 * place of Flink's reflective POJO serializer (12 % of the task threads' time in the profile). The
 * records are immutable Java records: a copy is the record itself, and a "reused" instance is never
 * filled in; every deserialization returns a new record. That is what makes object reuse safe for
 * them (docs/design.md, "Object reuse").
 *
 * <p>Each subclass writes one format, which its {@link FormatSnapshot} records: a later version
 * that changes the layout adds a new format and keeps a reader for the old one. Between operators
 * strings are written as {@link Strings#UTF8}; a state format that stores the same record passes
 * its own string encoding to {@link #write} and {@link #read}.
 */
abstract class ImmutableRecordSerializer<T> extends OwnFormatSerializer<T> {
  private static final long serialVersionUID = 1L;

  /** Builds the serializer's snapshot, of a class of its own that Flink finds by name. */
  interface SnapshotFactory<T> extends Supplier<FormatSnapshot<T>>, Serializable {}

  private final SnapshotFactory<T> snapshot;

  ImmutableRecordSerializer(SnapshotFactory<T> snapshot) {
    this.snapshot = snapshot;
  }

  @Override
  public final TypeSerializerSnapshot<T> snapshotConfiguration() {
    return snapshot.get();
  }

  /** The record's fields in this serializer's layout, with strings as {@code strings}. */
  abstract void write(T record, DataOutputView out, Strings strings) throws IOException;

  /** A new record from what {@link #write} wrote with the same {@code strings}. */
  abstract T read(DataInputView in, Strings strings) throws IOException;

  @Override
  public final void serialize(T record, DataOutputView out) throws IOException {
    write(record, out, Strings.UTF8);
  }

  @Override
  public final T deserialize(DataInputView in) throws IOException {
    return read(in, Strings.UTF8);
  }

  @Override
  public final boolean isImmutableType() {
    return true;
  }

  /** There is no empty record to fill: deserialization always builds a new one. */
  @Override
  public final T createInstance() {
    return null;
  }

  @Override
  public final T copy(T from) {
    return from;
  }

  @Override
  public final T copy(T from, T reuse) {
    return from;
  }
}
