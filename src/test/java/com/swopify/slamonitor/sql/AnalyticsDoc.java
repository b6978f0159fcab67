package com.swopify.slamonitor.sql;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The ready questions of docs/analytics.md: each "## N. title" section's SQL block. */
public final class AnalyticsDoc {
  public static final Path PATH = Path.of("docs/analytics.md");
  private static final Pattern QUESTION =
      Pattern.compile(
          "^## (\\d+)\\. ([^\\n]+)\\n.*?^```sql\\n(.*?)^```", Pattern.MULTILINE | Pattern.DOTALL);

  public record Question(int number, String title, String sql) {
    @Override
    public String toString() {
      return number + ". " + title;
    }
  }

  private AnalyticsDoc() {}

  public static Map<Integer, Question> questions() throws IOException {
    String doc = Files.readString(PATH, StandardCharsets.UTF_8);
    Map<Integer, Question> questions = new LinkedHashMap<>();
    Matcher m = QUESTION.matcher(doc);
    while (m.find()) {
      int number = Integer.parseInt(m.group(1));
      questions.put(number, new Question(number, m.group(2).strip(), m.group(3).strip()));
    }
    return questions;
  }
}
