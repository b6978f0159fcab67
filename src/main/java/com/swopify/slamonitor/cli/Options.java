package com.swopify.slamonitor.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Checks of command-line values that picocli cannot do, each failing with one clear line. */
final class Options {
  private Options() {}

  static Path readableFile(String option, Path file) {
    if (file == null) {
      return null;
    }
    if (Files.isDirectory(file)) {
      throw new UserError(option + ": " + file + " is a folder, not a file");
    }
    if (!Files.isRegularFile(file)) {
      throw new UserError(option + ": no such file: " + file);
    }
    if (!Files.isReadable(file)) {
      throw new UserError(option + ": cannot read " + file);
    }
    return file;
  }

  /**
   * A folder to write into, created if missing: a file in its place, or a folder that cannot be
   * created or written, is a user error that says why.
   */
  static Path writableFolder(String option, Path folder) {
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw new UserError(option + ": " + folder + " is a file, not a folder");
    }
    try {
      Files.createDirectories(folder);
      Files.delete(Files.createTempFile(folder, ".write-check-", ""));
    } catch (IOException e) {
      throw new UserError(option + ": cannot write in " + folder + ": " + why(e));
    }
    return folder;
  }

  /** What went wrong with a file, in words: Java's messages are often the bare path. */
  static String why(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason().toLowerCase(Locale.ROOT); // "read-only file system", "not a directory"
    }
    if (e instanceof FileSystemException) {
      // NoSuchFileException -> "no such file", NotDirectoryException -> "not directory", ...
      return e.getClass()
          .getSimpleName()
          .replace("Exception", "")
          .replaceAll("(?<=.)(?=\\p{Upper})", " ")
          .toLowerCase(Locale.ROOT);
    }
    return String.valueOf(e.getMessage());
  }

  /** An ISO-8601 instant with an offset, as the contract writes them. */
  static Instant instant(String option, String value) {
    if (value == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      throw new UserError(
          option
              + ": not an ISO-8601 instant with an offset: "
              + value
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
