package com.swopify.slamonitor.detect.language;

import com.swopify.slamonitor.detect.Corpus;
import com.swopify.slamonitor.detect.DetectorSettings;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The per-reply cost of rule R2: {@link ReplyLanguages#detect} with the default settings and all
 * ten languages configured, as the job does. Run with {@code bench/jmh.sh LanguageBenchmark}.
 *
 * <p>{@code replies}: a typical reply of about 80 characters in one language, each taking a
 * different path: Czech ("ř", "ů") and Bulgarian (Cyrillic) are decided by their letters, Slovak,
 * German and Slovene by their words, a diacritic-free Croatian reply with one listed word needs
 * Lingua; {@code corpus} cycles through every reply of the labelled corpora, short ones included,
 * for the average over a mix; {@code corpus-in-market} does the same with {@link
 * ReplyLanguages#detectOtherThan} and each reply's own language as the market's, the common case of
 * rule R2 (a reply in its market's language); {@code demo-in-market} asks the same about the
 * replies of the demo marketplace ({@link DemoReplies}), the bench's workload: Phrasebook texts,
 * some without diacritics, some in another market's language or with contact details.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class LanguageBenchmark {
  private static final Map<String, String> REPLIES =
      Map.of(
          "cs",
              "Dobrý den, zboží jsme dnes předali kurýrovi, doručení čekáme do dvou pracovních dnů.",
          "sk", "Dobrý deň, tovar sme dnes odoslali kuriérom, doručenie by malo byť do dvoch dní.",
          "de", "Guten Tag, wir haben die Ware heute verschickt, die Zustellung dauert zwei Tage.",
          "sl", "Pozdravljeni, blago smo danes oddali kurirju, dostava traja dva delovna dneva.",
          "hr", "Postovani, robu smo poslali kurirom, dostava se ocekuje za dva radna dana.",
          "bg", "Здравейте, изпратихме стоката днес с куриер, доставката е до два работни дни.");

  /** About 4,000 replies: enough for the mix to repeat itself rarely within an iteration. */
  private static final int DEMO_THREADS = 3_000;

  @Param({"cs", "sk", "de", "sl", "hr", "bg", "corpus", "corpus-in-market", "demo-in-market"})
  public String replies;

  /** {@code languageMinChars}: the default setting, or another value ({@code -p minChars=20}). */
  @Param({"default"})
  public String minChars;

  private final DetectorSettings settings = DetectorSettings.defaults();
  private int minLetters;
  private ReplyLanguages detector;
  private String[] texts;
  private List<List<String>> marketLanguages;
  private int next;

  @Setup
  public void setUp() {
    minLetters =
        minChars.equals("default") ? settings.languageMinChars() : Integer.parseInt(minChars);
    detector =
        ReplyLanguages.forLanguages(
            Set.of("bg", "cs", "de", "en", "hr", "hu", "pl", "ro", "sk", "sl"));
    if (replies.startsWith("corpus")) {
      List<Corpus.Entry> corpus = Corpus.load().replies();
      texts = corpus.stream().map(Corpus.Entry::text).toArray(String[]::new);
      marketLanguages = corpus.stream().map(reply -> List.of(reply.lang())).toList();
    } else if (replies.startsWith("demo")) {
      List<DemoReplies.Reply> demo = DemoReplies.generate(DEMO_THREADS).replies();
      texts = demo.stream().map(DemoReplies.Reply::text).toArray(String[]::new);
      marketLanguages = demo.stream().map(DemoReplies.Reply::marketLanguages).toList();
    } else {
      texts = new String[] {REPLIES.get(replies)};
      LanguageGuess guess = detect();
      if (guess == null || !guess.language().equals(replies)) {
        throw new IllegalStateException("the " + replies + " reply is not detected as such");
      }
    }
  }

  @Benchmark
  public LanguageGuess detect() {
    int current = next;
    next = next + 1 == texts.length ? 0 : next + 1;
    return replies.endsWith("-in-market")
        ? detector.detectOtherThan(
            marketLanguages.get(current),
            texts[current],
            minLetters,
            settings.languageMinConfidence())
        : detector.detect(texts[current], minLetters, settings.languageMinConfidence());
  }
}
