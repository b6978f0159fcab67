package com.swopify.slamonitor.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.swopify.slamonitor.codec.OutputJson;
import com.swopify.slamonitor.events.Breach;
import com.swopify.slamonitor.events.BreachType;
import com.swopify.slamonitor.events.Finding.FindingType;
import com.swopify.slamonitor.events.FindingReview;
import com.swopify.slamonitor.events.Severity;
import com.swopify.slamonitor.events.Source;
import com.swopify.slamonitor.events.TakeoverReason;
import com.swopify.slamonitor.events.TakeoverRequest;
import com.swopify.slamonitor.market.Markets;
import com.swopify.slamonitor.replay.ReplayInputs;
import com.swopify.slamonitor.replay.ReplayRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The detectors in the whole job: a replay over texts on the bundled markets gives the policy
 * breaches and takeovers, with masked evidence, and no output file repeats the personal data it
 * caught.
 */
class DetectorsReplayIT {
  private static final Path INPUT = Path.of("src/test/resources/detectors/replay");

  @TempDir Path tmp;

  private static <T> List<T> read(Path file, Function<String, T> parse) throws Exception {
    return Files.readAllLines(file).stream().filter(l -> !l.isBlank()).map(parse).toList();
  }

  @Test
  void replayOnTextsGivesPolicyBreachesAndTakeoversWithMaskedEvidence() throws Exception {
    Path out = tmp.resolve("out");
    new ReplayRunner(Markets.load(Path.of("jobs/markets.yaml")), 2)
        .run(
            new ReplayInputs()
                .with(Source.MESSAGES, INPUT.resolve("buyer-messages.jsonl"))
                .with(Source.REPLIES, INPUT.resolve("seller-replies.jsonl")),
            Instant.parse("2026-11-30T00:00:00Z"),
            out);

    List<Breach> breaches = read(out.resolve("breaches.jsonl"), OutputJson::readBreach);
    assertThat(breaches)
        .filteredOn(
            b -> b.type() != BreachType.REPLY_OVERDUE && b.type() != BreachType.UNANNOUNCED_ABSENCE)
        .extracting(Breach::type, Breach::threadId, Breach::messageId)
        .containsExactlyInAnyOrder(
            tuple(BreachType.OFF_PLATFORM_CONTACT, "t-1", "r-1"),
            tuple(BreachType.WRONG_LANGUAGE, "t-2", "r-2"),
            tuple(BreachType.AUTOMATED_REPLY, "t-3", "r-3"),
            tuple(BreachType.AUTOMATED_REPLY, "t-10", "r-10"),
            tuple(BreachType.AUTOMATED_REPLY, "t-11", "r-11"),
            tuple(BreachType.AUTOMATED_REPLY, "t-12", "r-12"),
            tuple(BreachType.AUTOMATED_REPLY, "t-13", "r-13"),
            tuple(BreachType.AUTOMATED_REPLY, "t-14", "r-14"));
    assertThat(breaches)
        .filteredOn(b -> b.type() == BreachType.OFF_PLATFORM_CONTACT)
        .singleElement()
        .satisfies(
            b ->
                assertThat(b.detailsJson())
                    .contains(
                        "\"kind\":\"EMAIL\"",
                        "\"kind\":\"PHONE\"",
                        "\"masked\":\"j***@g***.com\""));
    assertThat(breaches)
        .filteredOn(b -> b.type() == BreachType.WRONG_LANGUAGE)
        .singleElement()
        .satisfies(
            b ->
                assertThat(b.detailsJson())
                    .contains("\"detected\":\"cs\"", "\"marketLanguages\":[\"sk\"]"));
    assertThat(breaches)
        .filteredOn(
            b ->
                b.threadId() != null
                    && b.threadId().startsWith("t-1")
                    && b.type() == BreachType.AUTOMATED_REPLY)
        .allSatisfy(b -> assertThat(b.detailsJson()).contains("\"recognisedBy\":\"template\""));
    // The out-of-office text answered nothing: its thread ran out of time.
    assertThat(breaches)
        .extracting(Breach::type, Breach::threadId)
        .contains(tuple(BreachType.REPLY_OVERDUE, "t-3"))
        .doesNotContain(
            tuple(BreachType.REPLY_OVERDUE, "t-1"), tuple(BreachType.REPLY_OVERDUE, "t-2"));

    List<TakeoverRequest> takeovers =
        read(out.resolve("takeovers.jsonl"), OutputJson::readTakeover);
    assertThat(takeovers)
        .filteredOn(t -> t.threadId().equals("t-4"))
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.reason()).isEqualTo(TakeoverReason.LOCKED_DEVICE);
              assertThat(t.severity()).isEqualTo(Severity.SERIOUS);
              assertThat(t.requestedAt()).isEqualTo(Instant.parse("2026-11-23T10:00:00Z"));
              assertThat(t.evidenceJson()).contains("\"messageId\":\"m-4\"", "\"signals\":[");
            });

    // With the default thresholds, these findings are certain enough: the review file is empty.
    assertThat(out.resolve(ReplayRunner.FINDING_REVIEWS)).isEmptyFile();
    for (String file : ReplayRunner.OUTPUT_FILES) {
      assertThat(Files.readString(out.resolve(file)))
          .as(file)
          .doesNotContain("jan.novak", "gmail.com", "0905 123 456", "123 456");
    }
  }

  @Test
  void findingsBelowTheirThresholdGoToTheReviewFileInsteadOfBreachesAndTakeovers()
      throws Exception {
    Map<FindingType, Double> thresholds = new EnumMap<>(DetectorSettings.DEFAULT_REVIEW_THRESHOLDS);
    // Nothing reaches a confidence of 1 from text alone: all such findings go to a person.
    thresholds.put(FindingType.WRONG_LANGUAGE, 1.0);
    thresholds.put(FindingType.LOCKED_DEVICE, 1.0);
    DetectorSettings d = DetectorSettings.defaults();
    DetectorSettings strict =
        new DetectorSettings(
            d.platformDomains(),
            d.languageMinChars(),
            d.languageMinConfidence(),
            d.templateMinThreads(),
            d.templateWindow(),
            d.templateMaxDelay(),
            d.textCacheSize(),
            thresholds);
    Path out = tmp.resolve("strict");
    new ReplayRunner(Markets.load(Path.of("jobs/markets.yaml")), 2)
        .withDetectors(strict)
        .run(
            new ReplayInputs()
                .with(Source.MESSAGES, INPUT.resolve("buyer-messages.jsonl"))
                .with(Source.REPLIES, INPUT.resolve("seller-replies.jsonl")),
            Instant.parse("2026-11-30T00:00:00Z"),
            out);

    assertThat(read(out.resolve("breaches.jsonl"), OutputJson::readBreach))
        .extracting(Breach::type)
        .doesNotContain(BreachType.WRONG_LANGUAGE)
        .contains(BreachType.OFF_PLATFORM_CONTACT, BreachType.AUTOMATED_REPLY);
    assertThat(read(out.resolve("takeovers.jsonl"), OutputJson::readTakeover))
        .extracting(TakeoverRequest::reason)
        .doesNotContain(TakeoverReason.LOCKED_DEVICE);
    List<FindingReview> reviews =
        read(out.resolve(ReplayRunner.FINDING_REVIEWS), OutputJson::readFindingReview);
    assertThat(reviews)
        .extracting(FindingReview::finding, FindingReview::threadId, FindingReview::messageId)
        .containsExactlyInAnyOrder(
            tuple(FindingType.WRONG_LANGUAGE, "t-2", "r-2"),
            tuple(FindingType.LOCKED_DEVICE, "t-4", "m-4"));
    assertThat(reviews)
        .allSatisfy(
            r -> {
              assertThat(r.confidence()).isGreaterThan(0).isLessThan(1);
              assertThat(r.sellerId()).isNotBlank();
              assertThat(r.market()).isNotBlank();
            });
    assertThat(reviews)
        .filteredOn(r -> r.finding() == FindingType.LOCKED_DEVICE)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.at()).isEqualTo(Instant.parse("2026-11-23T10:00:00Z"));
              assertThat(r.evidenceJson()).contains("\"messageId\":\"m-4\"", "\"signals\":[");
            });
    assertThat(Files.readString(out.resolve(ReplayRunner.FINDING_REVIEWS)))
        .doesNotContain("jan.novak", "gmail.com", "0905 123 456", "123 456");
  }
}
