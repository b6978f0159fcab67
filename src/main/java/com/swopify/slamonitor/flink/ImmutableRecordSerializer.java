package com.swopify.slamonitor.flink;

import java.io.IOException;
import org.apache.flink.api.common.typeutils.base.TypeSerializerSingleton;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * The common part of the hand-written serializers of the records that cross the job's shuffles,
 * in place of Flink's reflective POJO serializer (12 % of the task threads' time in the profile).
 * The records are immutable Java records: a copy is the record itself, and a "reused" instance is
 * never filled in; every deserialization returns a new record. That is what makes object reuse
 * safe for them (docs/design.md, "Object reuse").
 *
 * <p>Each subclass writes one format, which its {@link FormatSnapshot} records: a later version
 * that changes the layout adds a new format and keeps a reader for the old one.
 */
abstract class ImmutableRecordSerializer<T> extends TypeSerializerSingleton<T> {
  private static final long serialVersionUID = 1L;

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

  @Override
  public final int getLength() {
    return -1;
  }

  @Override
  public final T deserialize(T reuse, DataInputView in) throws IOException {
    return deserialize(in);
  }

  @Override
  public final void copy(DataInputView in, DataOutputView out) throws IOException {
    serialize(deserialize(in), out);
  }
}
