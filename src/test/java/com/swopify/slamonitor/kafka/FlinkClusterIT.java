package com.swopify.slamonitor.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.swopify.slamonitor.demo.GeneratedMarketplace;
import com.swopify.slamonitor.demo.GeneratorSettings;
import com.swopify.slamonitor.demo.MarketplaceGenerator;
import com.swopify.slamonitor.job.JobSettings;
import com.swopify.slamonitor.market.Markets;
import com.swopify.slamonitor.replay.ReplayInputs;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.flink.api.common.JobID;
import org.apache.flink.client.deployment.StandaloneClusterId;
import org.apache.flink.client.program.rest.RestClusterClient;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.runtime.jobmaster.JobResult;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The thin job jar on a real standalone Flink cluster of separate processes (one JobManager, two
 * TaskManagers, started with {@code java -cp} from Flink's artifacts: flink-dist's lib/, less the
 * job's own libraries), as it runs on Kubernetes: the job graph crosses process boundaries, the
 * TaskManagers load the job's classes from the jar the JobManager hands them, state and Kafka
 * transactions survive a TaskManager killed with SIGKILL in the middle of the input. What
 * read_committed consumers see equals the replay of the same input: nothing lost, nothing twice.
 */
class FlinkClusterIT {
  @RegisterExtension static final KafkaTestBroker broker = new KafkaTestBroker();

  private static final String JOB_MANAGER =
      "org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint";
  private static final String TASK_MANAGER =
      "org.apache.flink.runtime.taskexecutor.TaskManagerRunner";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir Path tmp;
  private final List<Process> processes = new ArrayList<>();
  private Path logs;

  @AfterEach
  void stopCluster() {
    processes.forEach(Process::destroyForcibly);
  }

  @Test
  void aTaskManagerKilledMidInputLosesAndRepeatsNothing() throws Exception {
    // The cluster's JVMs start while the input is generated and written. Their logs go outside
    // the temporary directory, so that they outlive a failed run.
    logs =
        Files.createDirectories(
            Path.of("target", "flink-cluster-it", String.valueOf(ProcessHandle.current().pid())));
    Path conf = writeClusterConfiguration();
    int restPort = Integer.parseInt(readConf(conf, "rest.port"));
    processes.add(start("jobmanager", JOB_MANAGER, conf, "384m"));
    Process doomed = start("taskmanager-1", TASK_MANAGER, conf, "576m");
    processes.add(doomed);
    processes.add(start("taskmanager-2", TASK_MANAGER, conf, "576m"));
    GeneratedMarketplace marketplace =
        MarketplaceGenerator.generate(
            GeneratorSettings.defaults().withSellers(25).withThreads(400).withWeeks(2).withSeed(5));
    Path inputDir = tmp.resolve("input");
    marketplace.writeTo(inputDir);
    Instant asOf = GeneratorSettings.defaults().withWeeks(2).end();
    JobSettings job = KafkaModeIT.job(broker, "cluster.", tmp.resolve("checkpoints"));
    ReplayInputs inputs = KafkaModeIT.produceInputs(broker, job, inputDir);
    Path jobFile = writeJobFile(job);

    awaitTaskManagers(restPort, 2);

    Configuration client = new Configuration();
    client.set(RestOptions.ADDRESS, "localhost");
    client.set(RestOptions.PORT, restPort);
    JobID id = flinkRun(conf, "--job", jobFile.toString(), "--bounded", "--as-of", asOf.toString());
    try (RestClusterClient<StandaloneClusterId> cluster =
        new RestClusterClient<>(client, StandaloneClusterId.getInstance())) {

      // Mid-input: a checkpoint is complete (offsets committed), not all input has been read.
      long committed = awaitCommittedInput(job, id, restPort);
      assertThat(committed)
          .as("input offsets committed when the TaskManager is killed")
          .isPositive()
          .isLessThan(marketplace.totalLines());
      doomed.destroyForcibly().waitFor();
      processes.add(start("taskmanager-3", TASK_MANAGER, conf, "576m"));

      JobResult result = cluster.requestJobResult(id).get(5, TimeUnit.MINUTES);
      assertThat(result.isSuccess())
          .as(
              "job result %s; logs in %s",
              result.getSerializedThrowable().map(Object::toString).orElse(""), logs)
          .isTrue();
      JsonNode exceptions = get(restPort, "/jobs/" + id + "/exceptions").path("exceptionHistory");
      assertThat(exceptions.path("entries").size()).as("restarts after the kill").isPositive();
    }
    KafkaModeIT.assertOutputsEqualReplay(
        broker,
        job,
        inputs,
        Markets.load(Path.of("jobs/markets.yaml")),
        asOf,
        tmp.resolve("replay"));
  }

  /**
   * The job file a cluster reads, with Kafka consumer settings that pace the input (one record per
   * fetch, and the broker waits 20 ms before answering one), so the kill lands mid-input.
   */
  private Path writeJobFile(JobSettings job) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("job"));
    Files.copy(Path.of("jobs/markets.yaml"), dir.resolve("markets.yaml"));
    Files.writeString(
        dir.resolve("pacing.properties"),
        """
        max.partition.fetch.bytes=1
        fetch.max.bytes=1
        fetch.min.bytes=1048576
        fetch.max.wait.ms=20
        """);
    StringBuilder topics = new StringBuilder();
    Map<String, String> all =
        Map.ofEntries(
            Map.entry("messages", job.topics().messages()),
            Map.entry("replies", job.topics().replies()),
            Map.entry("absences", job.topics().absences()),
            Map.entry("cases", job.topics().cases()),
            Map.entry("marks", job.topics().marks()),
            Map.entry("alerts", job.topics().alerts()),
            Map.entry("breaches", job.topics().breaches()),
            Map.entry("takeovers", job.topics().takeovers()),
            Map.entry("breachCounts", job.topics().breachCounts()),
            Map.entry("deadLetters", job.topics().deadLetters()),
            Map.entry("findingReviews", job.topics().findingReviews()),
            Map.entry("sellerScores", job.topics().sellerScores()));
    all.forEach((k, v) -> topics.append("  ").append(k).append(": ").append(v).append('\n'));
    Path file = dir.resolve("helpdesk-sla.yaml");
    Files.writeString(
        file,
        """
        name: helpdesk-sla-monitor-cluster-test
        markets: markets.yaml
        parallelism: %d
        kafka:
          bootstrapServers: %s
          groupId: %s
          propertiesFile: pacing.properties
          transactionTimeout: PT5M
          alertsDelivery: exactly-once
        topics:
        %scheckpoints:
          interval: PT1S
          dir: %s
        stateBackend: hashmap
        watermarks:
          outOfOrderness: PT1H
          idleAfter: PT1H
        metricsPort: 0
        """
            .formatted(
                job.parallelism(),
                job.bootstrapServers(),
                job.groupId(),
                topics,
                job.checkpointDir()));
    return file;
  }

  /**
   * config.yaml of a small cluster: 1 slot per TaskManager, no managed memory (heap state). The
   * TaskManagers' memory is spelt out as Flink's start scripts would derive it; their -Xmx is
   * framework plus task heap, their direct memory framework and task off-heap plus network.
   */
  private Path writeClusterConfiguration() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("conf"));
    Files.writeString(
        dir.resolve("config.yaml"),
        """
        jobmanager.rpc.address: localhost
        jobmanager.rpc.port: %d
        jobmanager.bind-host: localhost
        jobmanager.memory.process.size: 640m
        rest.address: localhost
        rest.bind-address: localhost
        rest.port: %d
        taskmanager.host: localhost
        taskmanager.bind-host: localhost
        taskmanager.numberOfTaskSlots: 1
        taskmanager.cpu.cores: 1
        taskmanager.memory.framework.heap.size: 64m
        taskmanager.memory.task.heap.size: 512m
        taskmanager.memory.framework.off-heap.size: 64m
        taskmanager.memory.task.off-heap.size: 0m
        taskmanager.memory.network.min: 32m
        taskmanager.memory.network.max: 32m
        taskmanager.memory.managed.size: 0m
        taskmanager.memory.jvm-metaspace.size: 160m
        taskmanager.memory.jvm-overhead.min: 96m
        taskmanager.memory.jvm-overhead.max: 96m
        heartbeat.interval: 2000
        heartbeat.timeout: 30000
        pekko.startup-timeout: 90 s
        pekko.ask.timeout: 60 s
        pekko.tcp.timeout: 60 s
        restart-strategy.type: fixed-delay
        restart-strategy.fixed-delay.attempts: 50
        restart-strategy.fixed-delay.delay: 1 s
        execution.checkpointing.dir: %s
        """
            .formatted(freePort(), freePort(), tmp.resolve("checkpoints").toUri()));
    Files.writeString(
        dir.resolve("log4j2.properties"),
        """
        rootLogger.level = INFO
        rootLogger.appenderRef.file.ref = file
        appender.file.type = File
        appender.file.name = file
        appender.file.fileName = ${sys:log.file}
        appender.file.layout.type = PatternLayout
        appender.file.layout.pattern = %d{HH:mm:ss.SSS} %-5level %c{1} - %msg%n
        """);
    return dir;
  }

  /**
   * `flink run -d` of the thin jar with these program arguments, in a process of its own on Flink's
   * classpath (as the CLI or the operator's JobManager runs the jar's main class); the JobID it
   * submitted.
   */
  private JobID flinkRun(Path conf, String... arguments) throws Exception {
    String jar = System.getProperty("monitor.job.jar");
    try (JarFile thin = new JarFile(jar)) {
      assertThat(thin.getManifest().getMainAttributes().getValue("Main-Class"))
          .isEqualTo("com.swopify.slamonitor.job.ClusterEntryPoint");
    }
    List<String> command = new ArrayList<>(List.of("run", "--detached", jar));
    command.addAll(List.of(arguments));
    Process run =
        start(
            "flink-run",
            "org.apache.flink.client.cli.CliFrontend",
            conf,
            "256m",
            command.toArray(String[]::new));
    assertThat(run.waitFor(4, TimeUnit.MINUTES))
        .as("flink run finished; logs in %s", logs)
        .isTrue();
    String output = Files.readString(logs.resolve("flink-run.out"));
    assertThat(run.exitValue()).as("flink run: %s", output).isZero();
    Matcher submitted = Pattern.compile("JobID ([0-9a-f]{32})").matcher(output);
    assertThat(submitted.find()).as("flink run: %s", output).isTrue();
    return JobID.fromHexString(submitted.group(1));
  }

  private Process start(String name, String mainClass, Path conf, String heap) throws IOException {
    return start(name, mainClass, conf, heap, "--configDir", conf.toString());
  }

  private Process start(String name, String mainClass, Path conf, String heap, String... args)
      throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap,
                "-XX:MaxDirectMemorySize=128m",
                "-XX:+UseSerialGC",
                // C1 only: these short-lived JVMs start (Pekko's remoting must be up within 10 s, a
                // limit Flink's options do not reach) and run on a shared 2-core machine.
                "-XX:TieredStopAtLevel=1",
                "-Dlog.file=" + logs.resolve(name + ".log"),
                "-Dlog4j.configurationFile=" + conf.resolve("log4j2.properties")));
    command.addAll(List.of(System.getProperty("flink.opens").trim().split("\\s+")));
    command.addAll(List.of("-cp", clusterClasspath(), mainClass));
    command.addAll(List.of(args));
    ProcessBuilder process = new ProcessBuilder(command);
    process.environment().put("FLINK_CONF_DIR", conf.toString());
    return process
        .redirectErrorStream(true)
        .redirectOutput(logs.resolve(name + ".out").toFile())
        .start();
  }

  /** Flink's runtime classpath as the build resolved it (pom: flink-cluster-classpath). */
  private static String clusterClasspath() throws IOException {
    String classpath =
        Files.readString(Path.of(System.getProperty("flink.cluster.classpath"))).trim();
    assertThat(classpath)
        .contains("flink-runtime-")
        .doesNotContain("kafka-clients")
        .doesNotContain("jackson-databind")
        .doesNotContain("helpdesk-sla-monitor");
    return classpath;
  }

  private void awaitTaskManagers(int restPort, int count) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (System.nanoTime() < deadline) {
      try {
        if (get(restPort, "/overview").path("taskmanagers").asInt() >= count) {
          return;
        }
      } catch (IOException notYetUp) {
        // The JobManager's REST endpoint is still starting.
      }
      processes.forEach(
          p -> assertThat(p.isAlive()).as("cluster process; logs in %s", logs).isTrue());
      Thread.sleep(500);
    }
    throw new AssertionError(count + " TaskManagers not registered after 3 min; logs in " + logs);
  }

  /** Waits for a completed checkpoint, then returns the input offsets it committed. */
  private long awaitCommittedInput(JobSettings job, JobID id, int restPort) throws Exception {
    Properties admin = new Properties();
    admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
    try (Admin kafka = Admin.create(admin)) {
      while (System.nanoTime() < deadline) {
        if (completedCheckpoints(restPort, id) > 0) {
          long committed =
              kafka
                  .listConsumerGroupOffsets(job.groupId())
                  .partitionsToOffsetAndMetadata()
                  .get()
                  .values()
                  .stream()
                  .mapToLong(OffsetAndMetadata::offset)
                  .sum();
          if (committed > 0) {
            return committed;
          }
        }
        Thread.sleep(200);
      }
    }
    throw new AssertionError("no checkpoint committed input offsets within 4 min; logs in " + logs);
  }

  private static int completedCheckpoints(int restPort, JobID id) throws InterruptedException {
    try {
      return get(restPort, "/jobs/" + id + "/checkpoints").at("/counts/completed").asInt();
    } catch (IOException notYetRunning) {
      return 0;
    }
  }

  private static JsonNode get(int port, String path) throws IOException, InterruptedException {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(10))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException(path + ": HTTP " + response.statusCode() + " " + response.body());
    }
    return JSON.readTree(response.body());
  }

  private static String readConf(Path conf, String key) throws IOException {
    return Files.readAllLines(conf.resolve("config.yaml")).stream()
        .filter(l -> l.startsWith(key + ":"))
        .findFirst()
        .orElseThrow()
        .substring(key.length() + 1)
        .trim();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
