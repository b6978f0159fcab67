package com.swopify.slamonitor.demo.live;

import com.swopify.slamonitor.demo.HelpdeskStream;
import com.swopify.slamonitor.events.Source;
import com.swopify.slamonitor.kafka.InputFeed;
import com.swopify.slamonitor.kafka.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The live demo's Helpdesk: sends each record to its input topic when it is due, stamped with the
 * time it is sent, as the Helpdesk stamps its records, so that event time is now.
 */
final class LiveDemoFeed implements Runnable, AutoCloseable {
  private static final Map<HelpdeskStream, Source> SOURCES =
      Map.of(
          HelpdeskStream.MESSAGES,
          Source.MESSAGES,
          HelpdeskStream.REPLIES,
          Source.REPLIES,
          HelpdeskStream.CASES,
          Source.CASES,
          HelpdeskStream.ABSENCES,
          Source.ABSENCES);

  private final InputFeed feed;
  private final List<LiveRecord> records;
  private final LiveTally tally;

  LiveDemoFeed(String bootstrapServers, Topics topics, List<LiveRecord> records, LiveTally tally) {
    this.feed = InputFeed.connect(bootstrapServers, topics, Duration.ZERO);
    this.records = records;
    this.tally = tally;
  }

  /** Sends the records when they are due, until the last or until interrupted. */
  @Override
  public void run() {
    try {
      for (LiveRecord record : records) {
        InputFeed.waitUntil(record.dueAt());
        feed.send(SOURCES.get(record.stream()), record.key(), record.lineAt(Instant.now()));
        tally.sent(record.stream());
      }
    } catch (InterruptedException e) {
      // Stopped: the demo is over.
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    feed.close();
  }
}
