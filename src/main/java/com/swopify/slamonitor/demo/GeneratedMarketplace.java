package com.swopify.slamonitor.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A generated marketplace: the NDJSON lines of the four input streams, in file order, with a few
 * counts about them. Lines include the Helpdesk's quirks (repeated and malformed lines).
 */
public final class GeneratedMarketplace {
  private final GeneratorSettings settings;
  private final Map<HelpdeskStream, List<String>> lines;
  private final int duplicateLines;
  private final int malformedLines;

  GeneratedMarketplace(
      GeneratorSettings settings,
      Map<HelpdeskStream, List<String>> lines,
      int duplicateLines,
      int malformedLines) {
    this.settings = settings;
    this.lines = new EnumMap<>(HelpdeskStream.class);
    for (HelpdeskStream stream : HelpdeskStream.values()) {
      this.lines.put(stream, List.copyOf(lines.getOrDefault(stream, List.of())));
    }
    this.duplicateLines = duplicateLines;
    this.malformedLines = malformedLines;
  }

  public GeneratorSettings settings() {
    return settings;
  }

  public List<String> lines(HelpdeskStream stream) {
    return lines.get(stream);
  }

  public List<String> messages() {
    return lines(HelpdeskStream.MESSAGES);
  }

  public List<String> replies() {
    return lines(HelpdeskStream.REPLIES);
  }

  public List<String> cases() {
    return lines(HelpdeskStream.CASES);
  }

  public List<String> absences() {
    return lines(HelpdeskStream.ABSENCES);
  }

  /** Lines that repeat an earlier line exactly, over all four streams. */
  public int duplicateLines() {
    return duplicateLines;
  }

  /** Lines the monitor must dead-letter (broken JSON, missing time, unknown market, no offset). */
  public int malformedLines() {
    return malformedLines;
  }

  /** All lines of the four streams, quirks included. */
  public int totalLines() {
    int total = 0;
    for (List<String> streamLines : lines.values()) {
      total += streamLines.size();
    }
    return total;
  }

  /**
   * Writes messages.jsonl, replies.jsonl, cases.jsonl and absences.jsonl into {@code dir} (created
   * when missing; existing files are replaced): UTF-8, one record per line.
   */
  public List<WrittenFile> writeTo(Path dir) throws IOException {
    Files.createDirectories(dir);
    List<WrittenFile> written = new ArrayList<>(HelpdeskStream.values().length);
    for (HelpdeskStream stream : HelpdeskStream.values()) {
      Path file = dir.resolve(stream.fileName());
      List<String> streamLines = lines(stream);
      try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        for (String line : streamLines) {
          out.write(line);
          out.write('\n');
        }
      }
      written.add(new WrittenFile(stream, file, streamLines.size()));
    }
    return written;
  }
}
