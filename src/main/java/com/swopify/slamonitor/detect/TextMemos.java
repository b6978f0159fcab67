package com.swopify.slamonitor.detect;

import com.swopify.slamonitor.events.TakeoverReason;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The memos of text analysis of one detector configuration, one per JVM: every operator instance
 * (subtask) of the JVM with that configuration shares them, so a text analysed by one is known to
 * all. The detectors are pure functions of the text, the market's languages and the settings ("the
 * same text always gets the same answer"), so a remembered answer is the answer: outputs are the
 * same with and without the memos, and only the time differs.
 *
 * <p>The configuration is the key: the settings, the languages the language detector is built for
 * and the markets' parcel carriers. A JVM normally runs one job and so holds one entry here; on a
 * Flink cluster the job's classes, this registry with them, go when the job does.
 *
 * <p>The memos hold texts, personal data, in this heap only; see {@link TextMemo}.
 */
public final class TextMemos {
  /** Buyer signals do not depend on the market: their texts have no context. */
  static final List<String> NO_CONTEXT = List.of();

  private static final ConcurrentMap<Configuration, TextMemos> SHARED = new ConcurrentHashMap<>();

  private record Configuration(
      DetectorSettings settings, Set<String> languages, Map<String, Set<String>> carriers) {}

  /**
   * The context of a seller reply: its market (whose parcel carriers' links are allowed) and the
   * market's languages.
   */
  record Market(String code, List<String> languages) {}

  /** Seller replies, in the context of their market. */
  final TextMemo<Market, ReplyAnalysis> replies;

  /** Buyer messages: the serious-violation signals' names by takeover reason. */
  final TextMemo<List<String>, Map<TakeoverReason, List<String>>> messages;

  private TextMemos(int size) {
    replies = new TextMemo<>(size);
    messages = new TextMemo<>(size);
  }

  /**
   * The JVM's memos for detectors with these settings, built for these languages and these markets'
   * parcel carriers.
   */
  static TextMemos shared(
      DetectorSettings settings, Set<String> languages, Map<String, Set<String>> carriers) {
    return SHARED.computeIfAbsent(
        new Configuration(settings, Set.copyOf(languages), Map.copyOf(carriers)),
        configuration -> new TextMemos(settings.textCacheSize()));
  }

  /** How the JVM's memos of seller replies served their lookups, over every configuration. */
  public static TextMemo.Counts repliesOfJvm() {
    return SHARED.values().stream()
        .map(memos -> memos.replies.counts())
        .reduce(TextMemo.Counts.NONE, TextMemo.Counts::plus);
  }

  /** How the JVM's memos of buyer messages served their lookups, over every configuration. */
  public static TextMemo.Counts messagesOfJvm() {
    return SHARED.values().stream()
        .map(memos -> memos.messages.counts())
        .reduce(TextMemo.Counts.NONE, TextMemo.Counts::plus);
  }

  /** Hits and misses of both memos together. */
  TextMemo.Counts counts() {
    return replies.counts().plus(messages.counts());
  }

  void clear() {
    replies.clear();
    messages.clear();
  }
}
