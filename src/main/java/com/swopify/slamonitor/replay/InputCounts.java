package com.swopify.slamonitor.replay;

import com.swopify.slamonitor.codec.InputParser;
import com.swopify.slamonitor.codec.InvalidRecordException;
import com.swopify.slamonitor.codec.NdjsonLines;
import com.swopify.slamonitor.events.BuyerMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Counts of the valid, distinct input records, for run summaries. */
public final class InputCounts {
  private InputCounts() {}

  /** Valid buyer messages per market, each messageId once. */
  public static Map<String, Long> messagesByMarket(Path messages, Set<String> markets)
      throws IOException {
    InputParser parser = new InputParser(markets);
    Set<String> seen = new HashSet<>();
    Map<String, Long> counts = new TreeMap<>();
    try (InputStream in = Files.newInputStream(messages)) {
      NdjsonLines lines = new NdjsonLines(in);
      for (NdjsonLines.Line line = lines.next(); line != null; line = lines.next()) {
        if (!line.utf8() || line.text().isBlank()) {
          continue; // a dead letter of the job's, or no record
        }
        try {
          BuyerMessage message = parser.parseMessage(line.text());
          if (seen.add(message.messageId())) {
            counts.merge(message.market(), 1L, Long::sum);
          }
        } catch (InvalidRecordException e) {
          // Counted among the dead letters by the job itself.
        }
      }
    }
    return counts;
  }
}
