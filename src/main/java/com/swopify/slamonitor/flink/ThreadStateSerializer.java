package com.swopify.slamonitor.flink;

import com.swopify.slamonitor.events.ThreadEvent;
import com.swopify.slamonitor.flink.BinaryFields.Strings;
import com.swopify.slamonitor.sla.OpenWait;
import com.swopify.slamonitor.sla.ThreadState;
import com.swopify.slamonitor.sla.WaitDetails;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.apache.flink.types.StringValue;

/**
 * The explicit, versioned serializer of a thread's state: no Kryo, and a format that later versions
 * can read. Every record starts with its format version; a new version adds a branch in {@link
 * #read} and keeps reading the old ones. Enums are written by ordinal, so their constants may only
 * ever be appended.
 */
public final class ThreadStateSerializer extends VersionedStateSerializer<ThreadState> {
  private static final long serialVersionUID = 1L;

  /** Format 1: pending events without detector findings. */
  private static final byte FORMAT_V1 = 1;

  /** Format 2: pending events carry their detector findings and text fingerprint. */
  private static final byte FORMAT_V2 = 2;

  /**
   * Format 3: smaller. The open wait does not repeat the thread id (the key has it), and holds
   * neither of the two bookkeeping instants that nothing reads (decided-through, last event).
   */
  private static final byte FORMAT_V3 = 3;

  /** Format 4: findings carry their confidence and whether they are for review. */
  private static final byte FORMAT_V4 = 4;

  /**
   * Format 5: marks (contract section 9). After the format 4 fields, the wait details: the waiting
   * messages after the oldest, the handover instant, and the marks waiting for their message; a
   * single false when the thread has none.
   */
  private static final byte FORMAT_V5 = 5;

  private static final byte CURRENT = FORMAT_V5;

  /** Pending events: their layout, with strings as StringValue, as in every format so far. */
  private static final ThreadEventSerializer EVENTS = new ThreadEventSerializer();

  public ThreadStateSerializer() {
    super("thread state", FORMAT_V1, CURRENT);
  }

  @Override
  public ThreadState createInstance() {
    return new ThreadState();
  }

  @Override
  public ThreadState copy(ThreadState from) {
    return from.deepCopy();
  }

  @Override
  void write(ThreadState state, DataOutputView out) throws IOException {
    List<ThreadEvent> pending = state.pending();
    out.writeInt(pending.size());
    for (ThreadEvent event : pending) {
      EVENTS.write(event, out, Strings.STRING_VALUE);
    }
    OpenWait wait = state.openWait();
    out.writeBoolean(wait != null);
    if (wait != null) {
      StringValue.writeString(wait.messageId(), out);
      StringValue.writeString(wait.sellerId(), out);
      StringValue.writeString(wait.market(), out);
      out.writeLong(wait.receivedAt());
      long[] deadlines = wait.deadlines();
      out.writeByte(deadlines.length);
      for (long deadline : deadlines) {
        out.writeLong(deadline);
      }
    }
    out.writeByte(state.firedDeadlines());
    out.writeInt(state.requestedTakeovers());
    out.writeInt(state.seenCount());
    for (int i = 0; i < state.seenCount(); i++) {
      StringValue.writeString(state.seenId(i), out);
      out.writeLong(state.seenAt(i));
    }
    WaitDetails details = state.details();
    out.writeBoolean(details != null);
    if (details != null) {
      out.writeInt(details.waitingCount());
      for (int i = 0; i < details.waitingCount(); i++) {
        StringValue.writeString(details.waitingId(i), out);
        out.writeLong(details.waitingAt(i));
      }
      out.writeLong(details.handedAt());
      out.writeInt(details.markCount());
      for (int i = 0; i < details.markCount(); i++) {
        StringValue.writeString(details.markedId(i), out);
        out.writeLong(details.markedAt(i));
      }
    }
  }

  private static WaitDetails readDetails(DataInputView in) throws IOException {
    if (!in.readBoolean()) {
      return null;
    }
    int waiting = in.readInt();
    String[] waitingIds = new String[waiting];
    long[] waitingAt = new long[waiting];
    for (int i = 0; i < waiting; i++) {
      waitingIds[i] = StringValue.readString(in);
      waitingAt[i] = in.readLong();
    }
    long handedAt = in.readLong();
    int marks = in.readInt();
    String[] markedIds = new String[marks];
    long[] markedAt = new long[marks];
    for (int i = 0; i < marks; i++) {
      markedIds[i] = StringValue.readString(in);
      markedAt[i] = in.readLong();
    }
    return new WaitDetails(waitingIds, waitingAt, handedAt, markedIds, markedAt);
  }

  @Override
  ThreadState read(DataInputView in, byte version) throws IOException {
    ThreadEventSerializer.Layout layout =
        version < FORMAT_V2
            ? ThreadEventSerializer.Layout.NO_FINDINGS
            : version < FORMAT_V4
                ? ThreadEventSerializer.Layout.FINDINGS
                : ThreadEventSerializer.Layout.FINDINGS_WITH_CONFIDENCE;
    int pendingCount = in.readInt();
    List<ThreadEvent> pending = new ArrayList<>(pendingCount);
    for (int i = 0; i < pendingCount; i++) {
      pending.add(ThreadEventSerializer.read(in, Strings.STRING_VALUE, layout));
    }
    OpenWait wait = null;
    if (in.readBoolean()) {
      if (version < FORMAT_V3) {
        // The thread id, which the state's key holds.
        StringValue.readString(in);
      }
      String messageId = StringValue.readString(in);
      String sellerId = StringValue.readString(in);
      String market = StringValue.readString(in);
      long receivedAt = in.readLong();
      long[] deadlines = new long[in.readByte()];
      for (int i = 0; i < deadlines.length; i++) {
        deadlines[i] = in.readLong();
      }
      wait = new OpenWait(messageId, sellerId, market, receivedAt, deadlines);
    }
    int firedDeadlines = in.readByte();
    int requestedTakeovers = in.readInt();
    int seenCount = in.readInt();
    String[] seenIds = new String[seenCount];
    long[] seenAt = new long[seenCount];
    for (int i = 0; i < seenCount; i++) {
      seenIds[i] = StringValue.readString(in);
      seenAt[i] = in.readLong();
      // The open wait's message is the first id seen, usually: one string for both.
      if (wait != null && seenIds[i].equals(wait.messageId())) {
        seenIds[i] = wait.messageId();
      }
    }
    if (version < FORMAT_V3) {
      // Decided-through and last event time, which nothing read.
      in.readLong();
      in.readLong();
    }
    // Before format 5 there were no marks: a wait's later messages were not kept, as the clock
    // never left the oldest.
    WaitDetails details = version >= FORMAT_V5 ? readDetails(in) : null;
    return new ThreadState(
        pending, wait, firedDeadlines, requestedTakeovers, seenIds, seenAt, seenCount, details);
  }

  @Override
  public TypeSerializerSnapshot<ThreadState> snapshotConfiguration() {
    return new Snapshot();
  }

  /** Restores this serializer from a savepoint; the per-record version handles evolution. */
  public static final class Snapshot extends SimpleTypeSerializerSnapshot<ThreadState> {
    public Snapshot() {
      super(ThreadStateSerializer::new);
    }
  }
}
