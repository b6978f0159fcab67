package com.swopify.slamonitor.flink;

import com.swopify.slamonitor.events.Breach;
import com.swopify.slamonitor.events.BreachType;
import java.io.IOException;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.apache.flink.types.StringValue;

/** Breaches between the rules that find them and the daily breach counts. */
public final class BreachSerializer extends ImmutableRecordSerializer<Breach> {
  private static final long serialVersionUID = 1L;
  static final int FORMAT = 1;

  @Override
  public void serialize(Breach breach, DataOutputView out) throws IOException {
    StringValue.writeString(breach.breachId(), out);
    BinaryFields.writeEnum(breach.type(), out);
    StringValue.writeString(breach.sellerId(), out);
    StringValue.writeString(breach.market(), out);
    StringValue.writeString(breach.threadId(), out);
    StringValue.writeString(breach.messageId(), out);
    StringValue.writeString(breach.noticeId(), out);
    BinaryFields.writeInstant(breach.occurredAt(), out);
    StringValue.writeString(breach.detailsJson(), out);
  }

  @Override
  public Breach deserialize(DataInputView in) throws IOException {
    return new Breach(StringValue.readString(in), BinaryFields.readEnum(BreachType.values(), in),
        StringValue.readString(in), StringValue.readString(in), StringValue.readString(in),
        StringValue.readString(in), StringValue.readString(in), BinaryFields.readInstant(in),
        StringValue.readString(in));
  }

  @Override
  public TypeSerializerSnapshot<Breach> snapshotConfiguration() {
    return new Snapshot();
  }

  /** Restores this serializer from a checkpoint. */
  public static final class Snapshot extends FormatSnapshot<Breach> {
    public Snapshot() {
      super(FORMAT, BreachSerializer::new);
    }
  }
}
