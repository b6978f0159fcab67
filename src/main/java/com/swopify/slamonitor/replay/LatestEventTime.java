package com.swopify.slamonitor.replay;

import com.swopify.slamonitor.codec.InputParser;
import com.swopify.slamonitor.codec.InvalidRecordException;
import com.swopify.slamonitor.codec.NdjsonLines;
import com.swopify.slamonitor.events.EventTimes;
import com.swopify.slamonitor.events.Source;
import com.swopify.slamonitor.market.Markets;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * The default "now" of a replay: the latest event time among the valid input records. Invalid
 * records, lines that are not UTF-8 among them, are skipped here; the job itself sends them to the
 * dead letters.
 */
final class LatestEventTime {
  private LatestEventTime() {}

  static Instant of(ReplayInputs inputs, Markets markets) throws IOException {
    InputParser parser = new InputParser(markets.codes());
    Instant latest = Instant.EPOCH;
    for (Map.Entry<Source, Path> input : inputs.files().entrySet()) {
      try (InputStream in = Files.newInputStream(input.getValue())) {
        NdjsonLines lines = new NdjsonLines(in);
        for (NdjsonLines.Line line = lines.next(); line != null; line = lines.next()) {
          Instant at = line.utf8() ? eventTime(parser, input.getKey(), line.text()) : null;
          if (at != null && at.isAfter(latest)) {
            latest = at;
          }
        }
      }
    }
    return latest;
  }

  private static Instant eventTime(InputParser parser, Source source, String line) {
    if (line.isBlank()) {
      return null;
    }
    try {
      return EventTimes.of(parser.parse(source, line));
    } catch (InvalidRecordException e) {
      return null;
    }
  }
}
