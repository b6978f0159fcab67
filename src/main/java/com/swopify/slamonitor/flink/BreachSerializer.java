package com.swopify.slamonitor.flink;

import com.swopify.slamonitor.events.Breach;
import com.swopify.slamonitor.events.BreachType;
import com.swopify.slamonitor.flink.BinaryFields.Strings;
import java.io.IOException;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/** Breaches between the rules that find them and the daily breach counts. */
public class BreachSerializer extends ImmutableRecordSerializer<Breach> {
  private static final long serialVersionUID = 1L;
  static final int FORMAT = 2;

  @Override
  void write(Breach breach, DataOutputView out, Strings strings) throws IOException {
    strings.write(breach.breachId(), out);
    BinaryFields.writeEnum(breach.type(), out);
    strings.write(breach.sellerId(), out);
    strings.write(breach.market(), out);
    strings.write(breach.threadId(), out);
    strings.write(breach.messageId(), out);
    strings.write(breach.noticeId(), out);
    BinaryFields.writeInstant(breach.occurredAt(), out);
    strings.write(breach.detailsJson(), out);
    strings.write(breach.calendarChangeId(), out);
  }

  @Override
  Breach read(DataInputView in, Strings strings) throws IOException {
    return read(in, strings, true);
  }

  static Breach read(DataInputView in, Strings strings, boolean withChangeId) throws IOException {
    return new Breach(
        strings.read(in),
        BinaryFields.readEnum(BreachType.values(), in),
        strings.read(in),
        strings.read(in),
        strings.read(in),
        strings.read(in),
        strings.read(in),
        BinaryFields.readInstant(in),
        strings.read(in),
        withChangeId ? strings.read(in) : null);
  }

  /** Reads in-flight breaches of format 1, from before breaches named a calendar change. */
  static final class Format1 extends BreachSerializer {
    private static final long serialVersionUID = 1L;

    @Override
    Breach read(DataInputView in, Strings strings) throws IOException {
      return read(in, strings, false);
    }
  }

  public BreachSerializer() {
    super(Snapshot::new);
  }

  /** Restores this serializer from a checkpoint. */
  public static final class Snapshot extends FormatSnapshot<Breach> {
    public Snapshot() {
      super(FORMAT, BreachSerializer::new);
    }

    @Override
    protected TypeSerializer<Breach> serializerOfOlderFormat(int olderFormat) {
      return olderFormat == 1 ? new Format1() : null;
    }
  }
}
