package com.swopify.slamonitor.sql;

import com.swopify.slamonitor.demo.GeneratorSettings;
import com.swopify.slamonitor.demo.HelpdeskStream;
import com.swopify.slamonitor.demo.MarketplaceGenerator;
import com.swopify.slamonitor.events.Source;
import com.swopify.slamonitor.market.Markets;
import com.swopify.slamonitor.replay.ReplayInputs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A generated marketplace for the analytics queries, small enough for a test and big enough that
 * every ready question has an answer: three weeks (week-over-week changes), absences, disputes,
 * automated replies, contact details; plus a few bad records, so there are dead letters to count.
 */
public final class AnalyticsScenario {
  public static final Markets MARKETS = Markets.load(Path.of("jobs/markets.yaml"));
  public static final GeneratorSettings SETTINGS =
      GeneratorSettings.defaults().withSellers(40).withThreads(1200).withWeeks(3).withSeed(42);

  /** The run's "now": the end of the generated weeks. */
  public static final Instant AS_OF = SETTINGS.end();

  private static final String BAD_MESSAGES =
      String.join(
          "\n",
          "this is not json",
          "{\"messageId\":\"bad-1\",\"threadId\":\"t-bad\",\"sellerId\":\"s-bad\",\"market\":\"XX\","
              + "\"sentAt\":\"2026-10-06T10:00:00Z\"}",
          "{\"messageId\":\"bad-2\",\"threadId\":\"t-bad\",\"sellerId\":\"s-bad\",\"market\":\"XX\","
              + "\"sentAt\":\"2026-10-06T11:00:00Z\"}",
          "{\"messageId\":\"bad-3\",\"threadId\":\"t-bad\",\"sellerId\":\"s-bad\",\"market\":\"SK\"}",
          "");
  private static final String BAD_REPLIES =
      String.join(
          "\n",
          "[1, 2, 3]",
          "{\"messageId\":\"bad-r1\",\"threadId\":\"t-bad\",\"sellerId\":\"s-bad\",\"market\":\"SK\","
              + "\"sentAt\":\"2026-10-06T11:00:00\"}",
          "");

  private AnalyticsScenario() {}

  /** Writes the input files under {@code dir}; returns them by input stream. */
  public static Map<Source, Path> writeInputs(Path dir) throws IOException {
    MarketplaceGenerator.generate(SETTINGS).writeTo(dir);
    Map<Source, Path> files = new LinkedHashMap<>();
    files.put(Source.MESSAGES, dir.resolve(HelpdeskStream.MESSAGES.fileName()));
    files.put(Source.REPLIES, dir.resolve(HelpdeskStream.REPLIES.fileName()));
    files.put(Source.CASES, dir.resolve(HelpdeskStream.CASES.fileName()));
    files.put(Source.ABSENCES, dir.resolve(HelpdeskStream.ABSENCES.fileName()));
    Files.writeString(
        files.get(Source.MESSAGES),
        BAD_MESSAGES,
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    Files.writeString(
        files.get(Source.REPLIES), BAD_REPLIES, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    return files;
  }

  public static ReplayInputs replayInputs(Map<Source, Path> files) {
    ReplayInputs inputs = new ReplayInputs();
    files.forEach(inputs::with);
    return inputs;
  }
}
