package com.swopify.slamonitor.detect.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The shaded jar keeps exactly the Lingua models of the supported languages, and they work from it:
 * {@link LanguageModelFootprint} runs with the jar's classes and models (the test classes hold none
 * of either) and recognises a reply in each language.
 */
class ShadedJarLanguagesIT {
  private static final Path JAR =
      Path.of(System.getProperty("monitor.jar", "target/helpdesk-sla-monitor.jar"));

  @Test
  void jarHoldsTheModelsOfTheSupportedLanguagesOnly() throws IOException {
    Set<String> models = new TreeSet<>();
    try (ZipFile jar = new ZipFile(JAR.toFile())) {
      jar.stream()
          .map(ZipEntry::getName)
          .filter(name -> name.startsWith("language-models/") && !name.endsWith("/"))
          .forEach(models::add);
    }
    Set<String> expected = new TreeSet<>();
    for (SupportedLanguage language : SupportedLanguage.values()) {
      for (String ngrams : List.of("unigrams", "bigrams", "trigrams", "quadrigrams", "fivegrams")) {
        expected.add("language-models/" + language.isoCode() + "/" + ngrams + ".json");
      }
    }
    assertThat(models).isEqualTo(expected);
  }

  @Test
  void jarRecognisesAReplyInEveryLanguage() throws IOException, InterruptedException {
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            JAR + System.getProperty("path.separator") + "target/test-classes",
            LanguageModelFootprint.class.getName());
    Path out = Files.createTempFile("footprint", ".txt");
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("finished").isTrue();
    String output = Files.readString(out, StandardCharsets.UTF_8);

    assertThat(process.exitValue()).as(output).isZero();
    for (SupportedLanguage language : SupportedLanguage.values()) {
      assertThat(output).contains(language.isoCode() + " reply detected as " + language.isoCode());
    }
  }
}
