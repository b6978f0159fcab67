package com.swopify.slamonitor.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Checks of command-line values that picocli cannot do, each failing with one clear line. */
final class Options {
  private Options() {}

  static Path readableFile(String option, Path file) {
    if (file == null) {
      return null;
    }
    if (!Files.isRegularFile(file)) {
      throw new UserError(option + ": no such file: " + file);
    }
    if (!Files.isReadable(file)) {
      throw new UserError(option + ": cannot read " + file);
    }
    return file;
  }

  /** An ISO-8601 instant with an offset, as the contract writes them. */
  static Instant instant(String option, String value) {
    if (value == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      throw new UserError(option + ": not an ISO-8601 instant with an offset: " + value
          + " (example: 2026-11-24T09:15:00Z)");
    }
  }

  /** A port to listen on: 1 to 65535. */
  static int port(String option, int value) {
    if (value < 1 || value > 65535) {
      throw new UserError(option + ": not a port (1 to 65535): " + value);
    }
    return value;
  }

  static int positive(String option, int value) {
    if (value < 1) {
      throw new UserError(option + ": must be at least 1, was " + value);
    }
    return value;
  }
}
