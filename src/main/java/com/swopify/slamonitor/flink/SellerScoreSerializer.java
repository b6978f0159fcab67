package com.swopify.slamonitor.flink;

import com.swopify.slamonitor.flink.BinaryFields.Strings;
import com.swopify.slamonitor.scorecard.Grade;
import com.swopify.slamonitor.scorecard.ScoreWindow;
import com.swopify.slamonitor.scorecard.SellerScore;
import java.io.IOException;
import java.time.LocalDate;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/** Seller scorecards between their function and the sinks. */
public final class SellerScoreSerializer extends ImmutableRecordSerializer<SellerScore> {
  private static final long serialVersionUID = 1L;
  static final int FORMAT = 1;

  public SellerScoreSerializer() {
    super(Snapshot::new);
  }

  @Override
  void write(SellerScore score, DataOutputView out, Strings strings) throws IOException {
    strings.write(score.sellerId(), out);
    strings.write(score.market(), out);
    out.writeLong(score.day().toEpochDay());
    for (ScoreWindow window : new ScoreWindow[] {score.p7d(), score.p30d(), score.p90d()}) {
      out.writeLong(window.waits());
      out.writeLong(window.onTime());
      out.writeLong(window.markedWaits());
      out.writeLong(window.replies());
      out.writeLong(window.replyMillis());
      out.writeByte(window.breaches().length);
      for (long count : window.breaches()) {
        out.writeLong(count);
      }
    }
    BinaryFields.writeEnum(score.grade(), out);
    BinaryFields.writeEnum(score.previousGrade(), out);
  }

  @Override
  SellerScore read(DataInputView in, Strings strings) throws IOException {
    String sellerId = strings.read(in);
    String market = strings.read(in);
    LocalDate day = LocalDate.ofEpochDay(in.readLong());
    ScoreWindow[] windows = new ScoreWindow[3];
    for (int w = 0; w < windows.length; w++) {
      long waits = in.readLong();
      long onTime = in.readLong();
      long marked = in.readLong();
      long replies = in.readLong();
      long millis = in.readLong();
      long[] breaches = new long[in.readByte()];
      for (int b = 0; b < breaches.length; b++) {
        breaches[b] = in.readLong();
      }
      windows[w] = new ScoreWindow(waits, onTime, marked, replies, millis, breaches);
    }
    return new SellerScore(
        sellerId,
        market,
        day,
        windows[0],
        windows[1],
        windows[2],
        BinaryFields.readEnum(Grade.values(), in),
        BinaryFields.readEnum(Grade.values(), in));
  }

  /** Restores this serializer from a checkpoint. */
  public static final class Snapshot extends FormatSnapshot<SellerScore> {
    public Snapshot() {
      super(FORMAT, SellerScoreSerializer::new);
    }
  }
}
