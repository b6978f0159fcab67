package com.swopify.slamonitor.flink;

import static com.swopify.slamonitor.flink.BinaryFields.Strings.UTF8;

import com.swopify.slamonitor.events.Breach;
import com.swopify.slamonitor.events.BreachType;
import java.io.IOException;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/** Breaches between the rules that find them and the daily breach counts. */
public final class BreachSerializer extends ImmutableRecordSerializer<Breach> {
  private static final long serialVersionUID = 1L;
  static final int FORMAT = 1;

  @Override
  public void serialize(Breach breach, DataOutputView out) throws IOException {
    UTF8.write(breach.breachId(), out);
    BinaryFields.writeEnum(breach.type(), out);
    UTF8.write(breach.sellerId(), out);
    UTF8.write(breach.market(), out);
    UTF8.write(breach.threadId(), out);
    UTF8.write(breach.messageId(), out);
    UTF8.write(breach.noticeId(), out);
    BinaryFields.writeInstant(breach.occurredAt(), out);
    UTF8.write(breach.detailsJson(), out);
  }

  @Override
  public Breach deserialize(DataInputView in) throws IOException {
    return new Breach(UTF8.read(in), BinaryFields.readEnum(BreachType.values(), in),
        UTF8.read(in), UTF8.read(in), UTF8.read(in),
        UTF8.read(in), UTF8.read(in), BinaryFields.readInstant(in),
        UTF8.read(in));
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
