package com.swopify.slamonitor.cli;

import com.swopify.slamonitor.demo.GeneratedMarketplace;
import com.swopify.slamonitor.demo.GeneratorSettings;
import com.swopify.slamonitor.demo.HelpdeskStream;
import com.swopify.slamonitor.demo.MarketplaceGenerator;
import com.swopify.slamonitor.demo.live.LiveDemo;
import com.swopify.slamonitor.events.Source;
import com.swopify.slamonitor.job.StopSignals;
import com.swopify.slamonitor.kafka.DevBroker;
import com.swopify.slamonitor.market.BundledMarkets;
import com.swopify.slamonitor.market.Markets;
import com.swopify.slamonitor.metrics.MetricsServer;
import com.swopify.slamonitor.replay.InputCounts;
import com.swopify.slamonitor.replay.ReplayInputs;
import com.swopify.slamonitor.replay.ReplayResult;
import com.swopify.slamonitor.replay.ReplayRunner;
import com.swopify.slamonitor.replay.RunSummary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code demo}: the main job on its embedded default. Generates a synthetic marketplace, runs the
 * same pipeline as {@code replay} over it and prints what an operator would want to know.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Generates a synthetic marketplace (sellers who reply fast, slowly, late or never,",
      "automated replies, disputes, serious cases, absences), runs the monitor's job on an",
      "embedded Flink over it, writes inputs and outputs to a folder and prints a summary.",
      "With --live: the monitor against Kafka instead, live: a dev-kafka broker in this",
      "process, a market whose replies are due within two minutes, traffic generated as it",
      "happens, and alerts, breaches and takeovers printed as they fire, until Ctrl-C."
    })
final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--sellers",
      paramLabel = "N",
      description = "Sellers (default: ${DEFAULT-VALUE}).")
  int sellers = GeneratorSettings.DEFAULT_SELLERS;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Threads (default: ${DEFAULT-VALUE}).")
  int threads = GeneratorSettings.DEFAULT_THREADS;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed = GeneratorSettings.DEFAULT_SEED;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Where inputs (input/) and outputs go (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("demo-out");

  @Option(
      names = "--markets",
      paramLabel = "FILE",
      description = "Markets file (default: the bundled ten markets, as jobs/markets.yaml).")
  Path markets;

  @Option(
      names = "--parallelism",
      paramLabel = "N",
      description = "Parallelism of the embedded job (default: ${DEFAULT-VALUE}).")
  int parallelism = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

  @Mixin MetricsOptions metrics;

  @Option(
      names = "--live",
      description = "Run live against Kafka (see above); uses --seed and --sellers.")
  boolean live;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      description = "With --live: the Kafka broker's port on localhost (default: 9092).")
  Integer port;

  @Option(
      names = "--minutes",
      paramLabel = "N",
      description = "With --live: how long the traffic runs, at most a day (default: 10).")
  Integer minutes;

  @Override
  public Integer call() throws Exception {
    if (live) {
      return live();
    }
    if (port != null || minutes != null) {
      throw new UserError("--port and --minutes go with --live");
    }
    PrintWriter stdout = spec.commandLine().getOut();
    Markets config =
        markets == null
            ? BundledMarkets.load()
            : Markets.load(Options.readableFile("--markets", markets));
    Options.positive("--parallelism", parallelism);
    Options.writableFolder("--out", out);
    int metricsPort = metrics.metricsPort(MetricsServer.DEFAULT_PORT);
    int flinkMetricsPort = metrics.flinkMetricsPort();
    GeneratorSettings settings;
    try {
      settings =
          GeneratorSettings.defaults().withSellers(sellers).withThreads(threads).withSeed(seed);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }

    long started = System.nanoTime();
    stdout.printf(
        "[1/3] generating %d sellers, %d threads over %d weeks from %s (seed %d)%n",
        settings.sellers(),
        settings.threads(),
        settings.weeks(),
        settings.start(),
        settings.seed());
    stdout.flush();
    GeneratedMarketplace marketplace = MarketplaceGenerator.generate(settings);
    Path inputDir = out.resolve("input");
    marketplace.writeTo(inputDir);
    stdout.printf("      %d input records written to %s%n", marketplace.totalLines(), inputDir);

    ReplayInputs inputs =
        new ReplayInputs()
            .with(Source.MESSAGES, inputDir.resolve(HelpdeskStream.MESSAGES.fileName()))
            .with(Source.REPLIES, inputDir.resolve(HelpdeskStream.REPLIES.fileName()))
            .with(Source.CASES, inputDir.resolve(HelpdeskStream.CASES.fileName()))
            .with(Source.ABSENCES, inputDir.resolve(HelpdeskStream.ABSENCES.fileName()));
    ReplayResult result;
    try (MetricsServer.Lease served = metrics.serve(metricsPort, spec.commandLine().getErr())) {
      stdout.printf(
          "[2/3] running the monitor on embedded Flink (parallelism %d)%s%n",
          parallelism,
          served.port() == MetricsServer.OFF
              ? ""
              : ", metrics at http://localhost:" + served.port() + "/metrics");
      stdout.flush();
      result =
          withProgress(
              stdout,
              started,
              () ->
                  new ReplayRunner(config, parallelism)
                      .withMetrics(served.port(), flinkMetricsPort)
                      .run(inputs, null, out));
    }

    stdout.printf("[3/3] summary as of %s (outputs in %s)%n%n", result.asOf(), out);
    RunSummary summary =
        RunSummary.of(
            out,
            result,
            InputCounts.messagesByMarket(inputs.files().get(Source.MESSAGES), config.codes()));
    stdout.print(summary.format());
    stdout.printf(
        "  (the generator wrote %d malformed lines on purpose: they are dead letters)%n",
        marketplace.malformedLines());
    stdout.printf("%nDone in %.1f s.%n", (System.nanoTime() - started) / 1e9);
    stdout.flush();
    return 0;
  }

  private int live() throws Exception {
    int brokerPort = Options.port("--port", port == null ? 9092 : port);
    int liveMinutes = minutes == null ? 10 : minutes;
    if (liveMinutes < 1 || liveMinutes > 24 * 60) {
      throw new UserError("--minutes: between 1 and 1440, was " + liveMinutes);
    }
    Options.positive("--sellers", sellers);
    if (!DevBroker.isFree(brokerPort)) {
      throw new UserError(
          "--port: port "
              + brokerPort
              + " is in use (a dev-kafka?); choose"
              + " another with --port");
    }
    new LiveDemo(spec.commandLine().getOut())
        .run(brokerPort, Duration.ofMinutes(liveMinutes), sellers, seed, StopSignals.install());
    return 0;
  }

  /** Prints a line every few seconds while the job runs, so a person knows it is alive. */
  private static <T> T withProgress(PrintWriter stdout, long started, Callable<T> job)
      throws Exception {
    ScheduledExecutorService ticker =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "demo-progress");
              thread.setDaemon(true);
              return thread;
            });
    ticker.scheduleAtFixedRate(
        () -> {
          stdout.printf("      ... running, %.0f s%n", (System.nanoTime() - started) / 1e9);
          stdout.flush();
        },
        5,
        5,
        TimeUnit.SECONDS);
    try {
      return job.call();
    } finally {
      ticker.shutdownNow();
    }
  }
}
