package com.swopify.slamonitor.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * The thin job jar holds the job and what a Flink cluster lacks, nothing of Flink's runtime, the
 * dev broker or the laptop's tools; the image ships it. That it runs is FlinkClusterIT's part.
 */
class ThinJobJarIT {
  private static final Path JAR = Path.of(System.getProperty("monitor.job.jar"));

  @Test
  void holdsTheJobAndNoneOfFlinksRuntimeOrTheDevBroker() throws Exception {
    List<String> entries;
    try (JarFile jar = new JarFile(JAR.toFile())) {
      assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
          .isEqualTo(ClusterEntryPoint.class.getName());
      entries = jar.stream().map(ZipEntry::getName).toList();
    }
    assertThat(entries)
        .contains(
            "com/swopify/slamonitor/job/ClusterEntryPoint.class",
            "com/swopify/slamonitor/flink/SlaJob.class",
            "org/apache/flink/connector/kafka/source/KafkaSource.class",
            "org/apache/kafka/clients/producer/KafkaProducer.class",
            "com/fasterxml/jackson/databind/ObjectMapper.class",
            "com/github/pemistahl/lingua/api/LanguageDetector.class",
            "language-models/sk/fivegrams.json");
    assertThat(entries)
        .noneMatch(e -> e.startsWith("org/apache/flink/runtime/"))
        .noneMatch(e -> e.startsWith("org/apache/flink/streaming/api/"))
        .noneMatch(e -> e.startsWith("kafka/") && e.endsWith(".class"))
        .noneMatch(e -> e.startsWith("scala/"))
        .noneMatch(e -> e.startsWith("org/apache/kafka/raft/"))
        .noneMatch(e -> e.startsWith("org/apache/logging/log4j/"))
        .noneMatch(e -> e.startsWith("picocli/"))
        .noneMatch(e -> e.startsWith("com/swopify/slamonitor/cli/"))
        .noneMatch(e -> e.startsWith("com/swopify/slamonitor/demo/"))
        .noneMatch(e -> e.startsWith("com/swopify/slamonitor/bench/"))
        .noneMatch(e -> e.startsWith("com/swopify/slamonitor/sql/"))
        .noneMatch(e -> e.startsWith("org/apache/flink/table/"))
        .noneMatch(e -> e.startsWith("com/swopify/slamonitor/kafka/DevBroker"));
    // The command-line jar still carries the embedded engine and the dev broker.
    try (JarFile fat = new JarFile(System.getProperty("monitor.jar"))) {
      assertThat(fat.getEntry("org/apache/flink/runtime/minicluster/MiniCluster.class"))
          .isNotNull();
      assertThat(fat.getEntry("kafka/server/KafkaRaftServer.class")).isNotNull();
    }
  }

  @Test
  void theImageShipsTheThinJarWhereTheChartLooks() throws Exception {
    String dockerfile = Files.readString(Path.of("Dockerfile"));
    assertThat(dockerfile)
        .contains(
            "COPY --chown=flink:flink target/helpdesk-sla-monitor-job.jar "
                + "/opt/flink/usrlib/helpdesk-sla-monitor-job.jar")
        .doesNotContain("target/helpdesk-sla-monitor.jar");
    String chart =
        Files.readString(Path.of("helm/helpdesk-sla-monitor/templates/flinkdeployment.yaml"));
    assertThat(chart)
        .contains("jarURI: local:///opt/flink/usrlib/helpdesk-sla-monitor-job.jar")
        .contains("entryClass: " + ClusterEntryPoint.class.getName());
  }
}
