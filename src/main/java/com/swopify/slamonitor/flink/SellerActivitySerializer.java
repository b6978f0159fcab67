package com.swopify.slamonitor.flink;

import com.swopify.slamonitor.events.SellerActivity;
import com.swopify.slamonitor.flink.BinaryFields.Strings;
import java.io.IOException;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * Seller activity between the reply rules and the seller-absence rules. The layout is the one the
 * seller-absence state stores its pending activity in ({@link SellerAbsenceStateSerializer} writes
 * it with {@link #write}, its strings as Flink's StringValue).
 */
public final class SellerActivitySerializer extends ImmutableRecordSerializer<SellerActivity> {
  private static final long serialVersionUID = 1L;
  static final int FORMAT = 1;

  public SellerActivitySerializer() {
    super(Snapshot::new);
  }

  @Override
  void write(SellerActivity activity, DataOutputView out, Strings strings) throws IOException {
    BinaryFields.writeEnum(activity.kind(), out);
    strings.write(activity.sellerId(), out);
    strings.write(activity.market(), out);
    strings.write(activity.threadId(), out);
    out.writeLong(activity.at());
  }

  @Override
  SellerActivity read(DataInputView in, Strings strings) throws IOException {
    SellerActivity.Kind kind = BinaryFields.readEnum(SellerActivity.Kind.values(), in);
    return new SellerActivity(
        kind, strings.read(in), strings.read(in), strings.read(in), in.readLong());
  }

  /** Restores this serializer from a checkpoint. */
  public static final class Snapshot extends FormatSnapshot<SellerActivity> {
    public Snapshot() {
      super(FORMAT, SellerActivitySerializer::new);
    }
  }
}
