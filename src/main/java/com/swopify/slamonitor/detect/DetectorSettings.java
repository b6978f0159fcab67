package com.swopify.slamonitor.detect;

import com.swopify.slamonitor.events.Finding.FindingType;
import java.io.Serializable;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The tunable thresholds of the policy detectors (rules R2, R3, R4, R7). Every value has a default
 * chosen on the labelled corpus (docs/detectors.md); the job file may override them.
 *
 * @param platformDomains domains (and their subdomains) that are the platform's own: links to them
 *     are not off-platform contact
 * @param languageMinChars replies with fewer letters than this (in their prose: addresses, handles
 *     and letter-spaced words left out) are not judged for language: short texts ("ok", "dakujem")
 *     say too little
 * @param languageMinConfidence the detected language must reach this confidence (0..1) before a
 *     reply is called a WRONG_LANGUAGE breach
 * @param templateMinThreads how many threads of one seller must get the same normalised text, each
 *     quickly after the buyer, before those replies count as automated
 * @param templateWindow the span of event time within which those replies must fall
 * @param templateMaxDelay how soon after the buyer's message a reply must come to count as quick
 * @param textCacheSize entries of each per-JVM memo of text analysis ({@link TextMemo}: one for
 *     replies, one for buyer messages), rounded up to a power of two; 0 turns the memos off
 * @param reviewThresholds per finding type, the confidence (0..1) a finding must reach to be acted
 *     on (a breach, a takeover, a reply that answers nothing); a finding below it goes to a person
 *     as a finding review instead. Every finding type has one.
 */
public record DetectorSettings(
    Set<String> platformDomains,
    int languageMinChars,
    double languageMinConfidence,
    int templateMinThreads,
    Duration templateWindow,
    Duration templateMaxDelay,
    int textCacheSize,
    Map<FindingType, Double> reviewThresholds)
    implements Serializable {

  public static final Set<String> DEFAULT_PLATFORM_DOMAINS =
      Set.of(
          "swopify.com",
          "swopify.sk",
          "swopify.cz",
          "swopify.hu",
          "swopify.pl",
          "swopify.ro",
          "swopify.de",
          "swopify.at",
          "swopify.hr",
          "swopify.si",
          "swopify.bg");

  public static final int DEFAULT_TEXT_CACHE_SIZE = 16_384;

  /** A million entries: beyond that a direct-mapped memo only holds more texts in the heap. */
  public static final int MAX_TEXT_CACHE_SIZE = 1 << 20;

  public DetectorSettings {
    platformDomains = Set.copyOf(platformDomains);
    if (languageMinChars < 1) {
      throw new IllegalArgumentException("languageMinChars must be at least 1");
    }
    if (!(languageMinConfidence >= 0 && languageMinConfidence <= 1)) {
      throw new IllegalArgumentException("languageMinConfidence must be between 0 and 1");
    }
    if (templateMinThreads < 2) {
      throw new IllegalArgumentException("templateMinThreads must be at least 2");
    }
    if (templateWindow.isNegative()
        || templateWindow.isZero()
        || templateMaxDelay.isNegative()
        || templateMaxDelay.isZero()) {
      throw new IllegalArgumentException("templateWindow and templateMaxDelay must be positive");
    }
    if (textCacheSize < 0 || textCacheSize > MAX_TEXT_CACHE_SIZE) {
      throw new IllegalArgumentException(
          "textCacheSize must be between 0 (off) and " + MAX_TEXT_CACHE_SIZE);
    }
    EnumMap<FindingType, Double> thresholds = new EnumMap<>(FindingType.class);
    thresholds.putAll(reviewThresholds);
    for (FindingType type : FindingType.values()) {
      Double threshold = thresholds.get(type);
      if (threshold == null) {
        throw new IllegalArgumentException("reviewThresholds: no threshold for " + type);
      }
      if (!(threshold >= 0 && threshold <= 1)) {
        throw new IllegalArgumentException("reviewThresholds." + type + " must be between 0 and 1");
      }
    }
    reviewThresholds = Collections.unmodifiableMap(thresholds);
  }

  /**
   * The review threshold of each finding type by default: chosen on the tune part of the labelled
   * corpus for precision first (docs/detectors.md, "Confidence and review").
   */
  public static final Map<FindingType, Double> DEFAULT_REVIEW_THRESHOLDS = defaultThresholds();

  private static Map<FindingType, Double> defaultThresholds() {
    EnumMap<FindingType, Double> thresholds = new EnumMap<>(FindingType.class);
    thresholds.put(FindingType.OFF_PLATFORM_CONTACT, 0.5);
    thresholds.put(FindingType.WRONG_LANGUAGE, 0.5);
    thresholds.put(FindingType.LOCKED_DEVICE, 0.5);
    thresholds.put(FindingType.COUNTERFEIT, 0.5);
    thresholds.put(FindingType.DANGEROUS_PRODUCT, 0.5);
    thresholds.put(FindingType.AUTOMATED_REPLY, 0.5);
    return Collections.unmodifiableMap(thresholds);
  }

  /** Whether a finding of this type and confidence goes to a person instead of being acted on. */
  public boolean needsReview(FindingType type, double confidence) {
    return confidence < reviewThresholds.get(type);
  }

  public static DetectorSettings defaults() {
    // Language thresholds chosen on the labelled corpus (docs/detectors.md).
    return new DetectorSettings(
        DEFAULT_PLATFORM_DOMAINS,
        20,
        0.6,
        5,
        Duration.ofHours(1),
        Duration.ofSeconds(30),
        DEFAULT_TEXT_CACHE_SIZE,
        DEFAULT_REVIEW_THRESHOLDS);
  }

  /** These settings with another memo size; 0 turns the memos of text analysis off. */
  public DetectorSettings withTextCacheSize(int entries) {
    return new DetectorSettings(
        platformDomains,
        languageMinChars,
        languageMinConfidence,
        templateMinThreads,
        templateWindow,
        templateMaxDelay,
        entries,
        reviewThresholds);
  }
}
