package com.swopify.slamonitor.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.swopify.slamonitor.config.ConfigException;
import com.swopify.slamonitor.detect.DetectorSettings;
import com.swopify.slamonitor.flink.SlaSettings;
import com.swopify.slamonitor.market.Markets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JobFileTest {
  static final Path BASE = Path.of("/etc/sla");

  static JobSettings parse(String yaml, Map<String, String> env) {
    return JobFile.parse(yaml, "job.yaml", env, BASE);
  }

  @Test
  void theBundledJobFileLoadsWithItsDefaults() {
    JobSettings job = JobFile.load(Path.of("jobs/helpdesk-sla.yaml"), Map.of());
    assertThat(job.bootstrapServers()).isEqualTo("localhost:9092");
    assertThat(job.marketsFile()).isEqualTo(Path.of("jobs/markets.yaml").toAbsolutePath());
    assertThat(job.kafkaPropertiesFile()).isNull();
    assertThat(job.topics().messages()).isEqualTo("helpdesk.buyer-messages");
    assertThat(job.topics().breachCounts()).isEqualTo("sla.breach-counts");
    assertThat(job.transactionTimeout()).isEqualTo(Duration.ofMinutes(15));
    assertThat(job.parallelism()).isEqualTo(2);
    assertThat(job.outOfOrderness()).isEqualTo(Duration.ofSeconds(30));
    assertThat(job.quietLag()).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void quietLagIsItsOwnSettingBesideOutOfOrderness() {
    JobSettings job =
        parse("watermarks: {outOfOrderness: PT2M, idleAfter: PT3S, quietLag: PT0.5S}\n", Map.of());
    assertThat(job.outOfOrderness()).isEqualTo(Duration.ofMinutes(2));
    assertThat(job.idleAfter()).isEqualTo(Duration.ofSeconds(3));
    assertThat(job.quietLag()).isEqualTo(Duration.ofMillis(500));
    assertThat(parse("markets: m.yaml\n", Map.of()).quietLag()).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void environmentVariablesFillTheFile() {
    JobSettings job =
        parse(
            """
        markets: m.yaml
        kafka: {bootstrapServers: "${BROKERS}", propertiesFile: "${PROPS:-client.properties}"}
        """,
            Map.of("BROKERS", "k1:9093,k2:9093"));
    assertThat(job.bootstrapServers()).isEqualTo("k1:9093,k2:9093");
    assertThat(job.kafkaPropertiesFile()).isEqualTo(BASE.resolve("client.properties"));
    assertThat(job.marketsFile()).isEqualTo(BASE.resolve("m.yaml"));
  }

  @Test
  void flagsWinOverTheFile() {
    JobSettings job =
        parse("parallelism: 3\nmetricsPort: 9000\n", Map.of())
            .with(new JobSettings.Overrides("b:1", Path.of("x.yaml"), 8, "s3://cp", 0, null));
    assertThat(job.parallelism()).isEqualTo(8);
    assertThat(job.metricsPort()).isZero();
    assertThat(job.checkpointDir()).isEqualTo("s3://cp");
    assertThat(job.bootstrapServers()).isEqualTo("b:1");
    assertThat(job.marketsFile()).isEqualTo(Path.of("x.yaml"));
  }

  @Test
  void breachCountsCloseOneTemplateWindowAfterTheirDayUnlessTheFileSaysOtherwise() {
    Markets markets = Markets.parse("markets: {SK: {timeZone: UTC, languages: [sk]}}", "m");
    JobSettings byDefault = parse("detectors: {templateWindow: PT2H}\n", Map.of());
    assertThat(byDefault.breachCountDelay()).isNull();
    assertThat(sla(markets, byDefault).breachCountCloseDelay()).isEqualTo(Duration.ofHours(2));
    assertThat(sla(markets, parse("markets: m.yaml\n", Map.of())).breachCountCloseDelay())
        .isEqualTo(Duration.ofHours(1));

    JobSettings set = parse("breachCountDelay: PT10M\n", Map.of());
    assertThat(sla(markets, set).breachCountCloseDelay()).isEqualTo(Duration.ofMinutes(10));
    assertThatThrownBy(() -> parse("breachCountDelay: -PT1M\n", Map.of()))
        .hasMessageContaining("breachCountDelay");
  }

  private static SlaSettings sla(Markets markets, JobSettings job) {
    return SlaSettings.replay(markets, Long.MAX_VALUE)
        .withDetectors(job.detectors())
        .withBreachCountDelay(job.breachCountDelay());
  }

  @Test
  void theMemoOfTextAnalysisIsSizedInTheDetectorsSection() {
    assertThat(parse("markets: m.yaml\n", Map.of()).detectors().textCacheSize())
        .isEqualTo(DetectorSettings.DEFAULT_TEXT_CACHE_SIZE);
    JobSettings job = parse("detectors: {textCacheSize: 0, templateMinThreads: 7}\n", Map.of());
    assertThat(job.detectors().textCacheSize()).isZero();
    assertThat(job.detectors().templateMinThreads()).isEqualTo(7);
    assertThat(parse("detectors: {textCacheSize: 1000}\n", Map.of()).detectors().textCacheSize())
        .isEqualTo(1000);
    assertThatThrownBy(() -> parse("detectors: {textCacheSize: -1}\n", Map.of()))
        .hasMessage("job.yaml: detectors.textCacheSize: must be at least 0, was -1");
    assertThatThrownBy(() -> parse("detectors: {textCacheSize: 2000000}\n", Map.of()))
        .hasMessage("job.yaml: detectors: textCacheSize must be between 0 (off) and 1048576");
  }

  @Test
  void mistakesAreOneLineNamingTheKey() {
    assertThatThrownBy(() -> parse("kafka: {bootstrapServer: x}\n", Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "job.yaml: kafka: unknown key 'bootstrapServer' (allowed: bootstrapServers,"
                + " groupId, propertiesFile, transactionTimeout, alertsDelivery)");
    assertThatThrownBy(() -> parse("checkpoints: {interval: 10s}\n", Map.of()))
        .hasMessage(
            "job.yaml: checkpoints.interval: not an ISO-8601 duration: 10s (e.g. PT10S, PT15M)");
    assertThatThrownBy(() -> parse("parallelism: 0\n", Map.of()))
        .hasMessage("job.yaml: parallelism: must be at least 1, was 0");
    assertThatThrownBy(() -> parse("stateBackend: memory\n", Map.of()))
        .hasMessage("job.yaml: stateBackend: expected hashmap or rocksdb, was memory");
    assertThatThrownBy(() -> parse("kafka: {alertsDelivery: sometimes}\n", Map.of()))
        .hasMessage(
            "job.yaml: kafka.alertsDelivery: expected exactly-once or at-least-once, was sometimes");
    assertThatThrownBy(() -> parse("kafka: {bootstrapServers: \"${NOPE}\"}\n", Map.of()))
        .hasMessage(
            "job.yaml: environment variable NOPE is not set (write ${NOPE:-default} for a default)");
    assertThatThrownBy(() -> parse("parallelism: 2\nparallelism: 3\n", Map.of()))
        .hasMessageStartingWith("job.yaml: not valid YAML")
        .hasMessageContaining("Duplicate field 'parallelism'");
    assertThatThrownBy(() -> parse("watermarks: [PT1S]\n", Map.of()))
        .hasMessage("job.yaml: watermarks: expected a map, found a list");
    assertThatThrownBy(() -> parse("detectors: {reviewThresholds: {WRONG: 0.5}}\n", Map.of()))
        .hasMessageStartingWith(
            "job.yaml: detectors.reviewThresholds: unknown key 'WRONG' (allowed: ");
    assertThat(parse("metricsPort: \"${PORT}\"\n", Map.of("PORT", "9000")).metricsPort())
        .isEqualTo(9000);
    assertThatThrownBy(() -> parse("- a list\n", Map.of()))
        .hasMessage("job.yaml: expected a mapping of job settings");
  }
}
