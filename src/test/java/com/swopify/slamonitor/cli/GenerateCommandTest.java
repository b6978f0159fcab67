package com.swopify.slamonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GenerateCommandTest {
  private static final List<String> FILES =
      List.of("messages.jsonl", "replies.jsonl", "cases.jsonl", "absences.jsonl");

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = CommandLines.create(new GenerateCommand());
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  @Test
  void writesTheFourFilesAndReportsTheirRecordCounts(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("market");

    int exit =
        run("--out", target.toString(), "--threads", "300", "--sellers", "20", "--weeks", "2");

    assertThat(exit).isZero();
    assertThat(err.toString()).isEmpty();
    List<String> report = out.toString().lines().toList();
    assertThat(report).hasSize(4);
    for (String name : FILES) {
      Path file = target.resolve(name);
      long lines = Files.readAllLines(file, StandardCharsets.UTF_8).size();
      assertThat(report).contains(file + ": " + lines + " records");
    }
    assertThat(Files.readAllLines(target.resolve("messages.jsonl"))).hasSizeGreaterThan(300);
  }

  @Test
  void theSameOptionsWriteTheSameFiles(@TempDir Path dir) throws IOException {
    String[] options = {
      "--threads", "200", "--sellers", "15", "--seed", "5", "--start", "2026-12-01T00:00:00+01:00"
    };
    assertThat(run(concat("--out", dir.resolve("a").toString(), options))).isZero();
    assertThat(run(concat("--out", dir.resolve("b").toString(), options))).isZero();

    for (String name : FILES) {
      assertThat(Files.readAllBytes(dir.resolve("b").resolve(name)))
          .isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(name)));
    }
  }

  @Test
  void rejectsAThreadCountBelowOne(@TempDir Path dir) {
    int exit = run("--out", dir.toString(), "--threads", "0");

    assertThat(exit).isEqualTo(CommandLines.EXIT_USAGE);
    assertThat(err.toString().trim())
        .isEqualTo("error: number of threads must be between 1 and 2000000, got 0");
    assertThat(dir.resolve("messages.jsonl")).doesNotExist();
  }

  @Test
  void rejectsAStartThatIsNotAnInstant(@TempDir Path dir) {
    int exit = run("--out", dir.toString(), "--start", "2026-10-05");

    assertThat(exit).isEqualTo(CommandLines.EXIT_USAGE);
    assertThat(err.toString()).startsWith("error: ").contains("--start").contains("2026-10-05");
  }

  @Test
  void requiresAnOutputDirectory() {
    int exit = run("--threads", "10");

    assertThat(exit).isEqualTo(CommandLines.EXIT_USAGE);
    assertThat(err.toString()).contains("error: ").contains("--out");
  }

  @Test
  void refusesAnOutputPathThatIsAFile(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("taken"), "x");

    int exit = run("--out", file.toString(), "--threads", "10");

    assertThat(exit).isEqualTo(CommandLines.EXIT_USAGE);
    assertThat(err.toString().trim())
        .isEqualTo("error: --out: " + file + " is a file, not a folder");
  }

  @Test
  void helpListsTheOptionsWithTheirDefaults() {
    int exit = run("--help");

    assertThat(exit).isZero();
    assertThat(out.toString())
        .contains(
            "--out=DIR",
            "--sellers=N",
            "--threads=N",
            "--seed=N",
            "--weeks=N",
            "--start=INSTANT",
            "default: 30000",
            "default: 2026-10-05T00:00:00Z");
  }

  private static String[] concat(String first, String second, String[] rest) {
    String[] all = new String[rest.length + 2];
    all[0] = first;
    all[1] = second;
    System.arraycopy(rest, 0, all, 2, rest.length);
    return all;
  }
}
