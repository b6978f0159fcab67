package com.swopify.slamonitor.bench.delay;

import com.swopify.slamonitor.job.JobSettings;
import com.swopify.slamonitor.job.KafkaJob;
import com.swopify.slamonitor.job.RunningJobs;
import com.swopify.slamonitor.kafka.DevBroker;
import com.swopify.slamonitor.kafka.ScratchDirectory;
import com.swopify.slamonitor.kafka.TopicAdmin;
import com.swopify.slamonitor.kafka.Topics;
import com.swopify.slamonitor.market.Markets;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * {@code bench --alert-delay}: how long after a deadline its alert can be read from Kafka while the
 * job carries a steady load. The real Kafka-mode job runs on the embedded Flink against a broker
 * (its own dev-kafka broker in this process, or {@code --kafka BOOTSTRAP}); {@link SteadyFeed}
 * sends answered background threads at the asked rate with event time = now, and, after a warm-up,
 * a few unanswered probe threads a second; {@link AlertClock} times the probes' AT_RISK and OVERDUE
 * alerts on the alerts topic.
 *
 * <p>The market ({@value SteadyTraffic#MARKET}) is open around the clock with a short reply SLA, so
 * that deadlines fall within the run; business hours do not change the delay, which is the
 * watermark's lag (out-of-orderness on busy partitions) plus the job's and Kafka's latency.
 */
public final class AlertDelayBench {
  private static final Duration JOB_START_LIMIT = Duration.ofMinutes(2);

  /** After the last probe's deadline: time for its alert to arrive before the bench stops. */
  private static final Duration TAIL = Duration.ofSeconds(15);

  private final AlertDelaySettings settings;
  private final PrintWriter out;

  public AlertDelayBench(AlertDelaySettings settings, PrintWriter out) {
    this.settings = settings;
    this.out = out;
  }

  /** Runs the measurement and prints its lines; the last is {@code bench: alert-delay …}. */
  public AlertDelayResult run() throws Exception {
    try (ScratchDirectory scratch = ScratchDirectory.create("alert-delay-")) {
      if (settings.bootstrapServers() != null) {
        return measure(settings.bootstrapServers(), scratch.path(), true);
      }
      try (DevBroker broker =
          DevBroker.start(DevBroker.freePort(), scratch.path().resolve("kafka"))) {
        return measure(broker.bootstrapServers(), scratch.path(), false);
      }
    }
  }

  private AlertDelayResult measure(String bootstrapServers, Path scratch, boolean deleteTopics)
      throws Exception {
    Topics topics =
        Topics.defaults()
            .withPrefix("alert-delay-" + UUID.randomUUID().toString().substring(0, 8) + ".");
    List<String> created = new ArrayList<>();
    try (TopicAdmin admin = TopicAdmin.connect(bootstrapServers)) {
      created.addAll(
          admin.createMissing(topics.all(), settings.parallelism(), (short) 1, Duration.ofDays(1)));
    }
    try {
      return measure(bootstrapServers, topics, scratch);
    } finally {
      if (deleteTopics) {
        try (TopicAdmin admin = TopicAdmin.connect(bootstrapServers)) {
          admin.delete(created);
        }
      }
    }
  }

  private AlertDelayResult measure(String bootstrapServers, Topics topics, Path scratch)
      throws Exception {
    JobSettings job = job(bootstrapServers, topics, scratch.resolve("checkpoints"));
    StreamExecutionEnvironment env =
        StreamExecutionEnvironment.createLocalEnvironment(
            settings.parallelism(), KafkaJob.configuration(job));
    KafkaJob.define(env, job, markets(), false, Long.MAX_VALUE);
    JobClient running = env.executeAsync(job.name());
    try {
      RunningJobs.awaitRunning(running, JOB_START_LIMIT);
      AlertClock clock = new AlertClock(bootstrapServers, topics.alerts());
      Thread clockThread = new Thread(clock, "alert-delay-clock");
      SteadyTraffic traffic =
          new SteadyTraffic(settings.eventsPerSecond(), settings.probesPerSecond());
      long probeFrom = settings.warmUp().toMillis() / SteadyTraffic.TICK_MILLIS;
      long probeUntil = probeFrom + settings.probing().toMillis() / SteadyTraffic.TICK_MILLIS;
      try (SteadyFeed feed =
          new SteadyFeed(bootstrapServers, topics, traffic, probeFrom, probeUntil)) {
        clockThread.start();
        try {
          return measure(feed, clock);
        } finally {
          clock.stop();
          clockThread.join(TimeUnit.SECONDS.toMillis(30));
        }
      }
    } finally {
      running.cancel().get(1, TimeUnit.MINUTES);
    }
  }

  private AlertDelayResult measure(SteadyFeed feed, AlertClock clock) throws Exception {
    // RUNNING says the tasks are deployed, not that they have opened (the language models
    // take seconds to load) or hold their partitions: wait for an alert to come through.
    feed.sendNow(SteadyTraffic.readiness(Instant.now(), settings.replyWithin()));
    if (!clock.awaitReady(JOB_START_LIMIT)) {
      throw new IllegalStateException(
          "the monitor's job wrote no alert within "
              + JOB_START_LIMIT.toSeconds()
              + " s of its start");
    }
    Instant end =
        Instant.now()
            .plus(settings.warmUp())
            .plus(settings.probing())
            .plus(settings.replyWithin())
            .plus(settings.outOfOrderness())
            .plus(TAIL);
    say(
        "%d events/s of answered threads, %d unanswered probe threads/s after %s for %s;"
            + " replies due within %s, out-of-orderness %s, parallelism %d; until %s",
        settings.eventsPerSecond(),
        settings.probesPerSecond(),
        settings.warmUp(),
        settings.probing(),
        settings.replyWithin(),
        settings.outOfOrderness(),
        settings.parallelism(),
        end);
    Thread feedThread = new Thread(feed, "alert-delay-feed");
    feedThread.start();
    Thread.sleep(Math.max(0, Duration.between(Instant.now(), end).toMillis()));
    feedThread.interrupt();
    feedThread.join(TimeUnit.SECONDS.toMillis(30));
    Duration fed = Duration.between(feed.started(), Instant.now());
    AlertDelayResult result =
        new AlertDelayResult(
            feed.sent(),
            feed.failed(),
            fed,
            clock.atRisk(),
            clock.overdue(),
            clock.backgroundAlerts(),
            feed.probes());
    result.print(out);
    return result;
  }

  /** The bench's market: open around the clock, replies due within the setting. */
  Markets markets() {
    StringBuilder yaml =
        new StringBuilder("markets:\n  " + SteadyTraffic.MARKET + ":\n")
            .append("    timeZone: UTC\n    languages: [en]\n    businessHours:\n");
    for (String day :
        List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
      yaml.append("      ").append(day).append(": [\"00:00-24:00\"]\n");
    }
    yaml.append("    replyWithin: ")
        .append(settings.replyWithin())
        .append('\n')
        .append("    atRiskAt: [0.5]\n");
    return Markets.parse(yaml.toString(), "the alert-delay bench's market");
  }

  /** The job as run in production, alerts at-least-once; its own topics and consumer group. */
  private JobSettings job(String bootstrapServers, Topics topics, Path checkpoints) {
    JobSettings defaults = JobSettings.defaults();
    String name = "helpdesk-sla-monitor-alert-delay";
    return new JobSettings(
        name,
        bootstrapServers,
        name + "-" + topics.alerts(),
        null,
        defaults.transactionTimeout(),
        false,
        topics,
        null,
        settings.parallelism(),
        defaults.checkpointInterval(),
        checkpoints.toUri().toString(),
        "hashmap",
        settings.outOfOrderness(),
        defaults.idleAfter(),
        defaults.quietLag(),
        defaults.idRetention(),
        0);
  }

  private void say(String format, Object... args) {
    out.printf("alert delay: " + format + "%n", args);
    out.flush();
  }
}
