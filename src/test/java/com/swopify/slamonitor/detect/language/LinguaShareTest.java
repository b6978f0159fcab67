package com.swopify.slamonitor.detect.language;

import static org.assertj.core.api.Assertions.assertThat;

import com.swopify.slamonitor.detect.Corpus;
import com.swopify.slamonitor.detect.DetectorSettings;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * How many replies still reach Lingua, the expensive last step, when the job asks {@link
 * ReplyLanguages#detectOtherThan} with the default settings: on the bench's workload (the demo
 * marketplace's replies) and on the labelled corpus. Prints shares, never texts.
 */
class LinguaShareTest {
  private static final Set<String> ALL =
      Set.of("bg", "cs", "de", "en", "hr", "hu", "pl", "ro", "sk", "sl");
  private static final DetectorSettings SETTINGS = DetectorSettings.defaults();

  /**
   * The cheap steps (customer-service words, the pair vote in detectOtherThan) settle nearly every
   * demo reply and most corpus texts without Lingua (shares in docs/detectors.md). The bounds leave
   * room for new corpus texts, not for losing the cheap steps.
   */
  private static final double MAX_DEMO_SHARE = 0.01;

  /** The fresh corpus texts are harder (no diacritics, mixed scripts): a higher bound. */
  private static final double MAX_CORPUS_SHARE = 0.10;

  @Test
  void fewDemoRepliesReachLingua() {
    List<DemoReplies.Reply> replies = DemoReplies.generate(3_000).replies();
    double share = linguaShare(replies);
    System.out.printf("Lingua share, demo replies: %.3f of %d%n", share, replies.size());

    assertThat(replies).hasSizeGreaterThan(2_000);
    assertThat(share).isLessThanOrEqualTo(MAX_DEMO_SHARE);
  }

  @Test
  void fewCorpusRepliesReachLingua() {
    // Each reply in a market of its own language; replies in languages no market has (the fresh
    // language texts: ru, it, tr, ...) have no such market.
    List<DemoReplies.Reply> replies =
        Corpus.load().replies().stream()
            .filter(reply -> ALL.contains(reply.lang()))
            .map(reply -> new DemoReplies.Reply(List.of(reply.lang()), reply.text()))
            .toList();
    double share = linguaShare(replies);
    System.out.printf(
        "Lingua share, corpus replies in their market: %.3f of %d%n", share, replies.size());

    assertThat(share).isLessThanOrEqualTo(MAX_CORPUS_SHARE);
  }

  private static double linguaShare(List<DemoReplies.Reply> replies) {
    AtomicInteger calls = new AtomicInteger();
    CandidateRanker lingua = LinguaRanker.shared();
    ReplyLanguages counting =
        ReplyLanguages.withStatistics(
            ALL,
            (prose, letters, candidates) -> {
              calls.incrementAndGet();
              return lingua.rank(prose, letters, candidates);
            });
    for (DemoReplies.Reply reply : replies) {
      counting.detectOtherThan(
          reply.marketLanguages(),
          reply.text(),
          SETTINGS.languageMinChars(),
          SETTINGS.languageMinConfidence());
    }
    return (double) calls.get() / replies.size();
  }
}
