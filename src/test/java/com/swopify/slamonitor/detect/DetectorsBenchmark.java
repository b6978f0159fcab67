package com.swopify.slamonitor.detect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.swopify.slamonitor.bench.Workload;
import com.swopify.slamonitor.detect.automated.AutoReplyPhrases;
import com.swopify.slamonitor.detect.contact.OffPlatformContacts;
import com.swopify.slamonitor.detect.signals.BuyerSignals;
import com.swopify.slamonitor.events.Source;
import com.swopify.slamonitor.flink.RawRecord;
import java.util.ArrayList;
import java.util.List;
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
 * The per-text cost of the rule-based detectors, one call per text, cycling through a text set:
 * off-platform contact (rule R3) and auto-responder phrasing (R4) on seller replies, serious
 * signals (R7) on buyer messages. Run with {@code bench/jmh.sh DetectorsBenchmark -f 1 -wi 2 -i 3};
 * the score is calls per second, so one over it is the cost of a text.
 *
 * <p>{@code texts}: {@code corpus} is the labelled corpus, rich in positives and hard negatives
 * (the worst case per text); {@code workload} is the texts of the bench's synthetic marketplace,
 * mostly ordinary replies and questions with nothing to find, which is what the job meets.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DetectorsBenchmark {
  /** Enough records for a few thousand texts of every language the generator writes. */
  private static final int WORKLOAD_RECORDS = 20_000;

  @Param({"corpus", "workload"})
  public String texts;

  private final OffPlatformContacts contacts =
      new OffPlatformContacts(DetectorSettings.defaults().platformDomains());
  private final AutoReplyPhrases autoReplies = new AutoReplyPhrases();
  private final BuyerSignals signals = new BuyerSignals();
  private String[] replies;
  private String[] messages;
  private int nextReply;
  private int nextMessage;

  @Setup
  public void setUp() {
    if (texts.equals("corpus")) {
      Corpus corpus = Corpus.load();
      replies = corpus.replies().stream().map(Corpus.Entry::text).toArray(String[]::new);
      messages = corpus.messages().stream().map(Corpus.Entry::text).toArray(String[]::new);
    } else {
      RawRecord[] records = Workload.generate(WORKLOAD_RECORDS).records();
      replies = textsOf(records, Source.REPLIES);
      messages = textsOf(records, Source.MESSAGES);
    }
  }

  private static String[] textsOf(RawRecord[] records, Source source) {
    ObjectMapper json = new ObjectMapper();
    List<String> found = new ArrayList<>();
    for (RawRecord record : records) {
      if (record.source() != source) {
        continue;
      }
      try {
        JsonNode text = json.readTree(record.value()).get("text");
        if (text != null && text.isTextual()) {
          found.add(text.asText());
        }
      } catch (JsonProcessingException e) {
        // The generator writes a few malformed records on purpose; the job drops them too.
      }
    }
    if (found.isEmpty()) {
      throw new IllegalStateException("the workload has no " + source.wireName() + " texts");
    }
    return found.toArray(String[]::new);
  }

  @Benchmark
  public Object contact() {
    String text = replies[nextReply];
    nextReply = nextReply + 1 == replies.length ? 0 : nextReply + 1;
    return contacts.find(text);
  }

  @Benchmark
  public Object autoReply() {
    String text = replies[nextReply];
    nextReply = nextReply + 1 == replies.length ? 0 : nextReply + 1;
    return autoReplies.recognise(text);
  }

  @Benchmark
  public Object signals() {
    String text = messages[nextMessage];
    nextMessage = nextMessage + 1 == messages.length ? 0 : nextMessage + 1;
    return signals.find(text);
  }
}
