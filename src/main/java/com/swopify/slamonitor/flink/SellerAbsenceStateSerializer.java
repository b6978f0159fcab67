package com.swopify.slamonitor.flink;

import com.swopify.slamonitor.absence.KnownNotice;
import com.swopify.slamonitor.absence.SellerAbsenceState;
import com.swopify.slamonitor.absence.SilentStretch;
import com.swopify.slamonitor.events.AbsenceNotice;
import com.swopify.slamonitor.events.AbsenceStatus;
import com.swopify.slamonitor.events.SellerActivity;
import com.swopify.slamonitor.flink.BinaryFields.Strings;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.apache.flink.types.StringValue;

/**
 * The explicit, versioned serializer of a seller's absence state: no Kryo, and a format later
 * versions can read (each record starts with its format version, as in {@link
 * ThreadStateSerializer}). Enums are written by ordinal, so their constants may only ever be
 * appended; dates as epoch days.
 */
public final class SellerAbsenceStateSerializer
    extends VersionedStateSerializer<SellerAbsenceState> {
  private static final long serialVersionUID = 1L;
  private static final byte FORMAT_V1 = 1;

  /** Pending activity: its layout, with strings as StringValue. */
  private static final SellerActivitySerializer ACTIVITY = new SellerActivitySerializer();

  public SellerAbsenceStateSerializer() {
    super("seller absence state", FORMAT_V1, FORMAT_V1);
  }

  @Override
  public SellerAbsenceState createInstance() {
    return new SellerAbsenceState();
  }

  @Override
  public SellerAbsenceState copy(SellerAbsenceState from) {
    return from.deepCopy();
  }

  @Override
  void write(SellerAbsenceState state, DataOutputView out) throws IOException {
    out.writeInt(state.pendingNotices().size());
    for (AbsenceNotice notice : state.pendingNotices()) {
      writeNotice(notice, out);
    }
    out.writeInt(state.pendingActivity().size());
    for (SellerActivity activity : state.pendingActivity()) {
      ACTIVITY.write(activity, out, Strings.STRING_VALUE);
    }
    out.writeInt(state.notices().size());
    for (KnownNotice known : state.notices().values()) {
      writeNotice(known.current(), out);
      out.writeInt(known.businessDays());
      out.writeBoolean(known.takeoverRequested());
    }
    out.writeInt(state.stretches().size());
    for (SilentStretch stretch : state.stretches().values()) {
      StringValue.writeString(stretch.market(), out);
      out.writeLong(stretch.since());
      out.writeBoolean(stretch.reported());
      out.writeLong(stretch.nextCheckAt());
      out.writeInt(stretch.waitingThreads().size());
      for (String threadId : stretch.waitingThreads()) {
        StringValue.writeString(threadId, out);
      }
    }
  }

  @Override
  SellerAbsenceState read(DataInputView in, byte version) throws IOException {
    int count = in.readInt();
    List<AbsenceNotice> pendingNotices = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      pendingNotices.add(readNotice(in));
    }
    count = in.readInt();
    List<SellerActivity> pendingActivity = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      pendingActivity.add(ACTIVITY.read(in, Strings.STRING_VALUE));
    }
    count = in.readInt();
    Map<String, KnownNotice> notices = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      AbsenceNotice notice = readNotice(in);
      notices.put(notice.noticeId(), new KnownNotice(notice, in.readInt(), in.readBoolean()));
    }
    count = in.readInt();
    Map<String, SilentStretch> stretches = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      String market = StringValue.readString(in);
      long since = in.readLong();
      boolean reported = in.readBoolean();
      long nextCheckAt = in.readLong();
      int threads = in.readInt();
      Set<String> waiting = new HashSet<>();
      for (int t = 0; t < threads; t++) {
        waiting.add(StringValue.readString(in));
      }
      stretches.put(market, new SilentStretch(market, since, waiting, reported, nextCheckAt));
    }
    return new SellerAbsenceState(pendingNotices, pendingActivity, notices, stretches);
  }

  @Override
  public TypeSerializerSnapshot<SellerAbsenceState> snapshotConfiguration() {
    return new Snapshot();
  }

  private static void writeNotice(AbsenceNotice notice, DataOutputView out) throws IOException {
    StringValue.writeString(notice.noticeId(), out);
    StringValue.writeString(notice.sellerId(), out);
    StringValue.writeString(notice.market(), out);
    out.writeLong(notice.notifiedAt().toEpochMilli());
    out.writeInt(notice.notifiedAt().getNano() % 1_000_000);
    out.writeLong(notice.firstDay().toEpochDay());
    out.writeLong(notice.lastDay().toEpochDay());
    out.writeByte(notice.status().ordinal());
  }

  private static AbsenceNotice readNotice(DataInputView in) throws IOException {
    String noticeId = StringValue.readString(in);
    String sellerId = StringValue.readString(in);
    String market = StringValue.readString(in);
    Instant notifiedAt = Instant.ofEpochMilli(in.readLong()).plusNanos(in.readInt());
    LocalDate firstDay = LocalDate.ofEpochDay(in.readLong());
    LocalDate lastDay = LocalDate.ofEpochDay(in.readLong());
    AbsenceStatus status = AbsenceStatus.values()[in.readByte()];
    return new AbsenceNotice(noticeId, sellerId, market, notifiedAt, firstDay, lastDay, status);
  }

  /** Restores this serializer from a savepoint; the per-record version handles evolution. */
  public static final class Snapshot extends SimpleTypeSerializerSnapshot<SellerAbsenceState> {
    public Snapshot() {
      super(SellerAbsenceStateSerializer::new);
    }
  }
}
