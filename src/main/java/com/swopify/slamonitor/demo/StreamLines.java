package com.swopify.slamonitor.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Collects one stream's records and turns them into the lines of its file, with the Helpdesk's
 * quirks: about 0.3% of records arrive twice (the same line), about 0.05% also arrive as a garbled
 * copy, and lines come in roughly but not exactly chronological order.
 *
 * <p>Garbled lines are extra copies rather than replacements, so every valid record is still there:
 * which threads a run judges does not depend on which record happened to break.
 */
final class StreamLines {
  static final double DUPLICATE_RATE = 0.003;
  static final double MALFORMED_RATE = 0.0005;

  /** How far a line may drift before lines of events that happened earlier. */
  static final long MAX_DISORDER_MILLIS = 4 * 60 * 1000;

  private static final Malformation[] MALFORMATIONS = Malformation.values();
  private static final Comparator<PlacedLine> FILE_ORDER =
      Comparator.comparingLong(PlacedLine::position).thenComparingInt(PlacedLine::sequence);

  private final HelpdeskStream stream;
  private final SplittableRandom rng;
  private final List<PlacedLine> placed = new ArrayList<>();
  private int duplicates;
  private int malformed;

  StreamLines(HelpdeskStream stream, SplittableRandom rng) {
    this.stream = stream;
    this.rng = rng;
  }

  void add(OutgoingRecord record) {
    long at = record.at().toEpochMilli();
    String line = record.fields().render();
    place(at, line);
    if (RandomDraws.chance(rng, DUPLICATE_RATE)) {
      place(at, line);
      duplicates++;
    }
    if (RandomDraws.chance(rng, MALFORMED_RATE)) {
      place(at, MALFORMATIONS[rng.nextInt(MALFORMATIONS.length)].corrupt(record, stream));
      malformed++;
    }
  }

  /** The file's lines; the collector is spent afterwards. */
  List<String> finish() {
    placed.sort(FILE_ORDER);
    List<String> lines = new ArrayList<>(placed.size());
    for (PlacedLine line : placed) {
      lines.add(line.text());
    }
    placed.clear();
    return lines;
  }

  int duplicates() {
    return duplicates;
  }

  int malformed() {
    return malformed;
  }

  private void place(long eventMillis, String text) {
    // A random delay in delivery is what shuffles neighbouring lines: never by more than the bound.
    long position = eventMillis + rng.nextLong(MAX_DISORDER_MILLIS);
    placed.add(new PlacedLine(position, placed.size(), text));
  }

  private record PlacedLine(long position, int sequence, String text) {}
}
