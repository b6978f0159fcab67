package com.swopify.slamonitor.detect;

import static org.assertj.core.api.Assertions.assertThat;

import com.swopify.slamonitor.codec.InputParser;
import com.swopify.slamonitor.events.BuyerMessage;
import com.swopify.slamonitor.events.SellerReply;
import com.swopify.slamonitor.events.ThreadEvent;
import com.swopify.slamonitor.market.Markets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The memo of text analysis changes nothing but the time: over the labelled corpus and the replay
 * inputs of DetectorsReplayIT, in every bundled market, as replies (flagged and not) and as buyer
 * messages, the detectors with the memo give exactly the thread events they give without it, also
 * the second time round (from the memo), with a memo so small that texts keep displacing each
 * other, and from several threads sharing one memo at once.
 */
class DetectorsTextMemoTest {
  private static final Markets MARKETS = Markets.load(Path.of("jobs/markets.yaml"));
  private static final Path REPLAY = Path.of("src/test/resources/detectors/replay");
  private static final Instant SENT_AT = Instant.parse("2026-11-23T10:00:00Z");

  /** Every text as every kind of input: replies flagged and not, and messages, per market. */
  private static List<Object> inputs;

  /** What the detectors without a memo make of each input. */
  private static List<ThreadEvent> uncached;

  @BeforeAll
  static void analyseEveryInputWithoutTheMemo() throws Exception {
    List<String> texts = new ArrayList<>();
    Corpus.load().entries().forEach(entry -> texts.add(entry.text()));
    InputParser parser = new InputParser(MARKETS.codes());
    for (String line : Files.readAllLines(REPLAY.resolve("seller-replies.jsonl"))) {
      texts.add(parser.parseReply(line).text());
    }
    for (String line : Files.readAllLines(REPLAY.resolve("buyer-messages.jsonl"))) {
      texts.add(parser.parseMessage(line).text());
    }
    // Longer than the memo keeps: analysed every time.
    texts.add(0, String.join(" ", texts.subList(0, 40)));
    inputs = new ArrayList<>();
    int n = 0;
    for (String text : texts) {
      for (String market : MARKETS.codes()) {
        n++;
        inputs.add(new SellerReply("r-" + n, "t-" + n, "s-1", market, SENT_AT, false, text));
        inputs.add(new SellerReply("f-" + n, "t-" + n, "s-1", market, SENT_AT, true, text));
        inputs.add(
            new BuyerMessage(
                "m-" + n, "t-" + n, "s-1", market, SENT_AT, "b-1", null, null, null, text));
      }
    }
    uncached = analyseAll(detectors(0), inputs);
  }

  private static Detectors detectors(int textCacheSize) {
    Detectors detectors =
        Detectors.of(MARKETS.texts(), DetectorSettings.defaults().withTextCacheSize(textCacheSize));
    detectors.open();
    return detectors;
  }

  private static List<ThreadEvent> analyseAll(Detectors detectors, List<Object> inputs) {
    return inputs.stream().map(analysis(detectors)).toList();
  }

  private static Function<Object, ThreadEvent> analysis(Detectors detectors) {
    return input ->
        input instanceof SellerReply reply
            ? detectors.analyse(reply)
            : detectors.analyse((BuyerMessage) input);
  }

  @Test
  void withTheMemoEveryInputGetsWhatItGetsWithout() {
    // A size of its own, so that no other test's detectors share (and have filled) the memo.
    Detectors memo = detectors(DetectorSettings.MAX_TEXT_CACHE_SIZE);
    memo.forgetTexts();

    assertThat(analyseAll(memo, inputs)).isEqualTo(uncached);
    TextMemo.Counts firstRound = memo.textMemoCounts();
    assertThat(analyseAll(memo, inputs)).isEqualTo(uncached);
    TextMemo.Counts bothRounds = memo.textMemoCounts();

    // Findings really came out of the memo: the test compares something.
    assertThat(uncached).anySatisfy(event -> assertThat(event.findings()).isNotEmpty());
    assertThat(firstRound.lookups()).isEqualTo(inputs.size());
    // The second round finds nearly every text the memo keeps: about ten thousand keys (text and
    // market languages) in a million slots, of which a few collide and displace each other.
    long kept = inputs.stream().filter(DetectorsTextMemoTest::isKept).count();
    assertThat(kept).isLessThan(inputs.size());
    assertThat(bothRounds.hits() - firstRound.hits()).isBetween(kept * 98 / 100, kept);
  }

  @Test
  void aMemoTooSmallForTheTextsStillAnswersRight() {
    Detectors memo = detectors(4);
    memo.forgetTexts();

    // Within one round texts come back (the same text in the next market, as a message after
    // as a reply) after others displaced them.
    assertThat(analyseAll(memo, inputs)).isEqualTo(uncached);
    assertThat(memo.textMemoCounts().hits()).isPositive();
  }

  @Test
  void operatorInstancesOnSeveralThreadsShareOneMemoSafely() throws Exception {
    // A small memo, so that the threads keep overwriting each other's entries; the first few
    // thousand inputs (the replay's texts are at the end), to keep it quick.
    int threads = 4;
    int count = 3_000;
    detectors(64).forgetTexts();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Void>> runs = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        long seed = t;
        runs.add(
            pool.submit(
                () -> {
                  // Each thread is an operator instance: its own detectors, the JVM's memo.
                  Detectors instance = detectors(64);
                  List<Integer> order = new ArrayList<>();
                  for (int i = 0; i < count; i++) {
                    order.add(i);
                  }
                  Collections.shuffle(order, new Random(seed));
                  Function<Object, ThreadEvent> analyse = analysis(instance);
                  for (int i : order) {
                    assertThat(analyse.apply(inputs.get(i))).isEqualTo(uncached.get(i));
                  }
                  return null;
                }));
      }
      for (Future<Void> run : runs) {
        run.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(detectors(64).textMemoCounts().lookups()).isEqualTo((long) threads * count);
  }

  private static boolean isKept(Object input) {
    String text = input instanceof SellerReply r ? r.text() : ((BuyerMessage) input).text();
    return !text.isBlank() && text.length() <= TextMemo.MAX_TEXT_CHARS;
  }
}
