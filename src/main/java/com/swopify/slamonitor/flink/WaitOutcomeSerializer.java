package com.swopify.slamonitor.flink;

import com.swopify.slamonitor.events.WaitOutcome;
import com.swopify.slamonitor.flink.BinaryFields.Strings;
import java.io.IOException;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/** Decided waits between the reply rules and the seller scorecards. */
public final class WaitOutcomeSerializer extends ImmutableRecordSerializer<WaitOutcome> {
  private static final long serialVersionUID = 1L;
  static final int FORMAT = 1;

  public WaitOutcomeSerializer() {
    super(Snapshot::new);
  }

  @Override
  void write(WaitOutcome outcome, DataOutputView out, Strings strings) throws IOException {
    BinaryFields.writeEnum(outcome.kind(), out);
    strings.write(outcome.sellerId(), out);
    strings.write(outcome.market(), out);
    out.writeLong(outcome.at());
    out.writeLong(outcome.businessMillis());
  }

  @Override
  WaitOutcome read(DataInputView in, Strings strings) throws IOException {
    WaitOutcome.Kind kind = BinaryFields.readEnum(WaitOutcome.Kind.values(), in);
    return new WaitOutcome(kind, strings.read(in), strings.read(in), in.readLong(), in.readLong());
  }

  /** Restores this serializer from a checkpoint. */
  public static final class Snapshot extends FormatSnapshot<WaitOutcome> {
    public Snapshot() {
      super(FORMAT, WaitOutcomeSerializer::new);
    }
  }
}
