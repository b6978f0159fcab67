package com.swopify.slamonitor.demo.live;

import com.swopify.slamonitor.demo.GeneratedMarketplace;
import com.swopify.slamonitor.demo.GeneratorSettings;
import com.swopify.slamonitor.demo.MarketplaceGenerator;
import com.swopify.slamonitor.job.JobSettings;
import com.swopify.slamonitor.job.KafkaJob;
import com.swopify.slamonitor.job.RunningJobs;
import com.swopify.slamonitor.job.StopSignals;
import com.swopify.slamonitor.kafka.DevBroker;
import com.swopify.slamonitor.kafka.ScratchDirectory;
import com.swopify.slamonitor.kafka.TopicAdmin;
import com.swopify.slamonitor.kafka.Topics;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * {@code demo --live}: the monitor as it runs in production, on a laptop. A dev-kafka broker in
 * this process, the contract's topics, the job on an embedded Flink reading and writing them, a
 * generated marketplace played live into the input topics, and the outputs printed as they come.
 */
public final class LiveDemo {
  /** Exactly-once outputs (breaches, takeovers) become visible at each checkpoint. */
  private static final Duration CHECKPOINTS = Duration.ofSeconds(5);

  private static final Duration JOB_START_LIMIT = Duration.ofMinutes(2);
  private static final DateTimeFormatter CLOCK =
      DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

  private final PrintWriter out;

  public LiveDemo(PrintWriter out) {
    this.out = out;
  }

  /** Runs until {@code span} has passed or a stop signal came; prints a summary line. */
  public void run(int port, Duration span, int sellers, long seed, StopSignals stop)
      throws Exception {
    long started = System.nanoTime();
    LiveDemoMarket market = LiveDemoMarket.load();
    GeneratorSettings settings = market.generatorSettings(sellers, seed, span);
    GeneratedMarketplace marketplace = MarketplaceGenerator.generate(settings);
    Topics topics = Topics.defaults();
    LiveTally tally = new LiveTally();
    try (ScratchDirectory scratch = ScratchDirectory.create("demo-live-")) {
      say("starting Kafka on localhost:%d", port);
      try (DevBroker broker = DevBroker.start(port, scratch.path().resolve("kafka"))) {
        try (TopicAdmin admin = TopicAdmin.connect(broker.bootstrapServers())) {
          admin.createMissing(topics.all(), 1, (short) 1, Duration.ofDays(1));
        }
        say(
            "starting the monitor (alerts at-least-once, other outputs every %d s)",
            CHECKPOINTS.toSeconds());
        JobSettings job = job(broker.bootstrapServers(), scratch.path().resolve("checkpoints"));
        StreamExecutionEnvironment env =
            StreamExecutionEnvironment.createLocalEnvironment(1, KafkaJob.configuration(job));
        KafkaJob.define(env, job, market.markets(), false, Long.MAX_VALUE);
        JobClient running = env.executeAsync(job.name());
        try {
          // Traffic starts once the job runs, so that its first records are not a backlog.
          RunningJobs.awaitRunning(running, JOB_START_LIMIT);
          Instant from = Instant.now();
          Instant until = from.plus(span);
          List<LiveRecord> traffic = LiveTraffic.of(marketplace, market.lapse(from), until);
          say(
              "market XD: %d sellers, replies due within %s, played %dx faster than generated;"
                  + " times in UTC",
              settings.sellers(), market.replyWithin(), market.speedup());
          say("traffic until %s, or Ctrl-C", CLOCK.format(until));
          LiveDemoWatch watch = new LiveDemoWatch(broker.bootstrapServers(), topics, out, tally);
          ExecutorService threads = Executors.newFixedThreadPool(2);
          try (LiveDemoFeed feed =
              new LiveDemoFeed(broker.bootstrapServers(), topics, traffic, tally)) {
            threads.execute(watch);
            Future<?> feeding = threads.submit(feed);
            try {
              stop.await(span);
            } finally {
              feeding.cancel(true);
              watch.stop();
              threads.shutdown();
              threads.awaitTermination(30, TimeUnit.SECONDS);
            }
          }
        } finally {
          running.cancel().get();
        }
      }
    }
    out.println(tally.summary(Duration.ofNanos(System.nanoTime() - started)));
    out.flush();
  }

  /** The monitor's job settings for the demo: alerts within seconds, a throwaway checkpoint. */
  static JobSettings job(String bootstrapServers, Path checkpoints) {
    JobSettings defaults = JobSettings.defaults();
    return new JobSettings(
        "helpdesk-sla-monitor-live-demo",
        bootstrapServers,
        "live-demo",
        null,
        defaults.transactionTimeout(),
        false,
        Topics.defaults(),
        null,
        1,
        CHECKPOINTS,
        checkpoints.toUri().toString(),
        "hashmap",
        Duration.ofSeconds(2),
        Duration.ofSeconds(1),
        Duration.ofSeconds(1),
        Duration.ofDays(1),
        0);
  }

  private void say(String format, Object... args) {
    out.printf("demo --live: " + format + "%n", args);
    out.flush();
  }
}
