package com.swopify.slamonitor.flink;

import com.swopify.slamonitor.scorecard.Grade;
import com.swopify.slamonitor.scorecard.Scorebook;
import java.io.IOException;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * The explicit, versioned serializer of one seller's scorecard in one market: no Kryo. Compact,
 * since every seller holds one per market for 90 days: days as gaps from the previous one, counts
 * as variable-length numbers (a byte each below 128), and the breach counts behind a bit mask of
 * the types present. Each record starts with its format version.
 */
public final class ScorebookSerializer extends VersionedStateSerializer<Scorebook> {
  private static final long serialVersionUID = 1L;
  private static final byte FORMAT_V1 = 1;

  /** Counts before the breaches: late, on time, marked, replies. */
  private static final int WAIT_FIELDS = 4;

  private static final int BREACH_TYPES = Scorebook.FIELDS - WAIT_FIELDS;

  static {
    if (BREACH_TYPES > Integer.SIZE) {
      throw new IllegalStateException("more breach types than bits in the scorebook's mask");
    }
  }

  public ScorebookSerializer() {
    super("scorecard state", FORMAT_V1, FORMAT_V1);
  }

  @Override
  public Scorebook createInstance() {
    return new Scorebook();
  }

  @Override
  public Scorebook copy(Scorebook from) {
    return from.copy();
  }

  @Override
  void write(Scorebook book, DataOutputView out) throws IOException {
    out.writeLong(book.nextDay());
    BinaryFields.writeEnum(book.lastGrade(), out);
    BinaryFields.writeVarLong(book.dayCount(), out);
    long previous = 0;
    for (int i = 0; i < book.dayCount(); i++) {
      BinaryFields.writeVarLong(i == 0 ? book.day(i) : book.day(i) - previous, out);
      previous = book.day(i);
      for (int f = 0; f < WAIT_FIELDS; f++) {
        BinaryFields.writeVarLong(book.count(i, f), out);
      }
      BinaryFields.writeVarLong(book.replyMillis(i), out);
      int mask = 0;
      for (int b = 0; b < BREACH_TYPES; b++) {
        if (book.count(i, WAIT_FIELDS + b) != 0) {
          mask |= 1 << b;
        }
      }
      BinaryFields.writeVarLong(mask, out);
      for (int b = 0; b < BREACH_TYPES; b++) {
        if ((mask & (1 << b)) != 0) {
          BinaryFields.writeVarLong(book.count(i, WAIT_FIELDS + b), out);
        }
      }
    }
  }

  @Override
  Scorebook read(DataInputView in, byte version) throws IOException {
    long nextDay = in.readLong();
    Grade lastGrade = BinaryFields.readEnum(Grade.values(), in);
    int count = (int) BinaryFields.readVarLong(in);
    int[] days = new int[count];
    int[] counts = new int[count * Scorebook.FIELDS];
    long[] replyMillis = new long[count];
    long previous = 0;
    for (int i = 0; i < count; i++) {
      long gap = BinaryFields.readVarLong(in);
      days[i] = (int) (i == 0 ? gap : previous + gap);
      previous = days[i];
      for (int f = 0; f < WAIT_FIELDS; f++) {
        counts[i * Scorebook.FIELDS + f] = (int) BinaryFields.readVarLong(in);
      }
      replyMillis[i] = BinaryFields.readVarLong(in);
      int mask = (int) BinaryFields.readVarLong(in);
      for (int b = 0; b < BREACH_TYPES; b++) {
        if ((mask & (1 << b)) != 0) {
          counts[i * Scorebook.FIELDS + WAIT_FIELDS + b] = (int) BinaryFields.readVarLong(in);
        }
      }
    }
    return new Scorebook(days, counts, replyMillis, nextDay, lastGrade);
  }

  @Override
  public TypeSerializerSnapshot<Scorebook> snapshotConfiguration() {
    return new Snapshot();
  }

  /** Restores this serializer from a savepoint; the per-record version handles evolution. */
  public static final class Snapshot extends SimpleTypeSerializerSnapshot<Scorebook> {
    public Snapshot() {
      super(ScorebookSerializer::new);
    }
  }
}
