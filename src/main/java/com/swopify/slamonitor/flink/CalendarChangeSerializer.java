package com.swopify.slamonitor.flink;

import com.swopify.slamonitor.calendar.CalendarChange;
import com.swopify.slamonitor.calendar.TimeRange;
import com.swopify.slamonitor.calendar.WeeklyHours;
import com.swopify.slamonitor.flink.BinaryFields.Strings;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * Calendar changes, on their way to every subtask of the rules and in the broadcast state that
 * keeps them (a state format: the calendar in force is rebuilt from it after a restore).
 */
public final class CalendarChangeSerializer extends ImmutableRecordSerializer<CalendarChange> {
  private static final long serialVersionUID = 1L;
  static final int FORMAT = 1;
  private static final long NO_DATE = Long.MIN_VALUE;

  public CalendarChangeSerializer() {
    super(Snapshot::new);
  }

  @Override
  void write(CalendarChange change, DataOutputView out, Strings strings) throws IOException {
    strings.write(change.changeId(), out);
    strings.write(change.market(), out);
    BinaryFields.writeInstant(change.publishedAt(), out);
    BinaryFields.writeEnum(change.kind(), out);
    writeDate(change.date(), out);
    writeHours(change.businessHours(), out);
    writeDate(change.effectiveFrom(), out);
    BinaryFields.writeInstant(change.from(), out);
    BinaryFields.writeInstant(change.to(), out);
    strings.write(change.sellerId(), out);
    strings.write(change.reason(), out);
  }

  @Override
  CalendarChange read(DataInputView in, Strings strings) throws IOException {
    return new CalendarChange(
        strings.read(in),
        strings.read(in),
        BinaryFields.readInstant(in),
        BinaryFields.readEnum(CalendarChange.Kind.values(), in),
        readDate(in),
        readHours(in),
        readDate(in),
        BinaryFields.readInstant(in),
        BinaryFields.readInstant(in),
        strings.read(in),
        strings.read(in));
  }

  private static void writeDate(LocalDate date, DataOutputView out) throws IOException {
    out.writeLong(date == null ? NO_DATE : date.toEpochDay());
  }

  private static LocalDate readDate(DataInputView in) throws IOException {
    long day = in.readLong();
    return day == NO_DATE ? null : LocalDate.ofEpochDay(day);
  }

  /** Null as -1; else, for each weekday in order, its ranges' count and their minutes. */
  private static void writeHours(WeeklyHours hours, DataOutputView out) throws IOException {
    if (hours == null) {
      out.writeByte(-1);
      return;
    }
    out.writeByte(DayOfWeek.values().length);
    for (DayOfWeek day : DayOfWeek.values()) {
      List<TimeRange> ranges = hours.on(day);
      out.writeShort(ranges.size());
      for (TimeRange range : ranges) {
        out.writeShort(range.startMinute());
        out.writeShort(range.endMinute());
      }
    }
  }

  private static WeeklyHours readHours(DataInputView in) throws IOException {
    int days = in.readByte();
    if (days < 0) {
      return null;
    }
    Map<DayOfWeek, List<TimeRange>> week = new EnumMap<>(DayOfWeek.class);
    for (int d = 0; d < days; d++) {
      int count = in.readShort();
      List<TimeRange> ranges = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        ranges.add(new TimeRange(in.readShort(), in.readShort()));
      }
      week.put(DayOfWeek.of(d + 1), ranges);
    }
    return WeeklyHours.of(week);
  }

  /** Restores this serializer from a checkpoint. */
  public static final class Snapshot extends FormatSnapshot<CalendarChange> {
    public Snapshot() {
      super(FORMAT, CalendarChangeSerializer::new);
    }
  }
}
