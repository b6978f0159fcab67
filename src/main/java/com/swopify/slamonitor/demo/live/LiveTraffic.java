package com.swopify.slamonitor.demo.live;

import com.swopify.slamonitor.demo.GeneratedMarketplace;
import com.swopify.slamonitor.demo.HelpdeskStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The generated marketplace as live traffic: each record due when its event time comes round in the
 * time lapse, in the order they are due. Messages, replies and cases only: absence notices speak of
 * whole days, which a time lapse of minutes cannot keep.
 *
 * <p>Lines are read as text, not parsed and written again, so that they reach Kafka exactly as
 * generated, quirks included (a broken line stays broken); only the event time is replaced.
 */
public final class LiveTraffic {
  static final List<HelpdeskStream> STREAMS =
      List.of(HelpdeskStream.MESSAGES, HelpdeskStream.REPLIES, HelpdeskStream.CASES);

  /** The generator writes compact JSON, and ids and instants without escapes. */
  private static final Pattern THREAD_ID = Pattern.compile("\"threadId\":\"([^\"\\\\]*)\"");

  private LiveTraffic() {}

  /** The records due before {@code until}, in the order they are due. */
  public static List<LiveRecord> of(
      GeneratedMarketplace marketplace, TimeLapse lapse, Instant until) {
    return of(marketplace::lines, lapse, until);
  }

  /** As above, from each stream's lines in file order. */
  static List<LiveRecord> of(
      Function<HelpdeskStream, List<String>> linesOf, TimeLapse lapse, Instant until) {
    List<LiveRecord> records = new ArrayList<>();
    for (HelpdeskStream stream : STREAMS) {
      Pattern timeField = Pattern.compile("\"" + stream.timeField() + "\":\"([^\"\\\\]*)\"");
      // A line without a readable event time sits among its stream's neighbours in the file.
      Instant previous = lapse.liveStart();
      for (String line : linesOf.apply(stream)) {
        LiveRecord record = record(stream, line, timeField, lapse, previous);
        previous = record.dueAt();
        if (record.dueAt().isBefore(until)) {
          records.add(record);
        }
      }
    }
    // Stable: records due at the same instant keep their stream's and their file's order.
    records.sort(Comparator.comparing(LiveRecord::dueAt));
    return records;
  }

  private static LiveRecord record(
      HelpdeskStream stream, String line, Pattern timeField, TimeLapse lapse, Instant previous) {
    Matcher threadId = THREAD_ID.matcher(line);
    String key = threadId.find() ? threadId.group(1) : null;
    Matcher time = timeField.matcher(line);
    if (time.find()) {
      Instant generated = instant(time.group(1));
      if (generated != null) {
        return new LiveRecord(stream, lapse.live(generated), key, line, time.start(1), time.end(1));
      }
    }
    return new LiveRecord(stream, previous, key, line, -1, -1);
  }

  private static Instant instant(String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
