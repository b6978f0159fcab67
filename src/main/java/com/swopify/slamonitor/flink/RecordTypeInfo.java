package com.swopify.slamonitor.flink;

import java.util.Objects;
import java.util.function.Supplier;
import org.apache.flink.api.common.serialization.SerializerConfig;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;

/**
 * Type information that stands for one hand-written serializer: an opaque record that Flink neither
 * analyses field by field nor keys by (the job keys with key selectors).
 */
final class RecordTypeInfo<T> extends TypeInformation<T> {
  private static final long serialVersionUID = 1L;

  private final Class<T> type;
  private final SerializableSupplier<TypeSerializer<T>> serializer;

  /** A supplier that can travel with the job graph. */
  interface SerializableSupplier<S> extends Supplier<S>, java.io.Serializable {}

  RecordTypeInfo(Class<T> type, SerializableSupplier<TypeSerializer<T>> serializer) {
    this.type = type;
    this.serializer = serializer;
  }

  @Override
  public boolean isBasicType() {
    return false;
  }

  @Override
  public boolean isTupleType() {
    return false;
  }

  @Override
  public int getArity() {
    return 1;
  }

  @Override
  public int getTotalFields() {
    return 1;
  }

  @Override
  public Class<T> getTypeClass() {
    return type;
  }

  @Override
  public boolean isKeyType() {
    return false;
  }

  @Override
  public TypeSerializer<T> createSerializer(SerializerConfig config) {
    return serializer.get();
  }

  @Override
  public String toString() {
    return type.getSimpleName() + "<hand-written serializer>";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RecordTypeInfo<?> info && info.canEqual(this) && info.type == type;
  }

  @Override
  public int hashCode() {
    return Objects.hash(RecordTypeInfo.class, type);
  }

  @Override
  public boolean canEqual(Object other) {
    return other instanceof RecordTypeInfo;
  }
}
