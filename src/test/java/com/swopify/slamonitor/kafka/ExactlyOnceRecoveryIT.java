package com.swopify.slamonitor.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.swopify.slamonitor.demo.GeneratedMarketplace;
import com.swopify.slamonitor.demo.GeneratorSettings;
import com.swopify.slamonitor.demo.MarketplaceGenerator;
import com.swopify.slamonitor.flink.RawRecord;
import com.swopify.slamonitor.flink.SlaJob;
import com.swopify.slamonitor.flink.SlaSettings;
import com.swopify.slamonitor.job.JobSettings;
import com.swopify.slamonitor.job.KafkaJob;
import com.swopify.slamonitor.market.Markets;
import com.swopify.slamonitor.replay.ReplayInputs;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exactly once through failures: tasks fail at random points several times, the job restarts from
 * its last checkpoint, and what read_committed consumers see equals a run without failures, record
 * for record: no duplicates, nothing missing.
 */
class ExactlyOnceRecoveryIT {
  @RegisterExtension static final KafkaTestBroker broker = new KafkaTestBroker();

  @TempDir static Path tmp;

  /**
   * Fails the task at given record counts, counted across restarts (the MiniCluster is one JVM).
   */
  static final class FailAt implements MapFunction<RawRecord, RawRecord> {
    private static final long serialVersionUID = 1L;
    static final AtomicLong SEEN = new AtomicLong();
    static volatile Set<Long> failAt = Set.of();

    @Override
    public RawRecord map(RawRecord record) throws Exception {
      long n = SEEN.incrementAndGet();
      if (failAt.contains(n)) {
        throw new IllegalStateException("injected failure at record " + n);
      }
      // A little slower than Kafka can deliver, so that checkpoints complete between failures.
      Thread.sleep(1);
      return record;
    }
  }

  @Test
  void outputsThroughFailuresEqualARunWithout() throws Exception {
    GeneratedMarketplace marketplace =
        MarketplaceGenerator.generate(
            GeneratorSettings.defaults().withSellers(25).withThreads(400).withWeeks(2).withSeed(7));
    Path inputDir = tmp.resolve("input");
    marketplace.writeTo(inputDir);
    Markets markets = Markets.load(Path.of("jobs/markets.yaml"));

    JobSettings job = KafkaModeIT.job(broker, "eo.", tmp.resolve("checkpoints"));
    ReplayInputs inputs = KafkaModeIT.produceInputs(broker, job, inputDir);
    Instant asOf = GeneratorSettings.defaults().withWeeks(2).end();

    Random random = new Random(11);
    Set<Long> failures = new TreeSet<>();
    while (failures.size() < 4) {
      failures.add(200L + random.nextInt(marketplace.totalLines()));
    }
    FailAt.SEEN.set(0);
    FailAt.failAt = failures;

    Configuration conf = KafkaJob.configuration(job);
    conf.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
    conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 10);
    conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofMillis(200));
    StreamExecutionEnvironment env =
        StreamExecutionEnvironment.createLocalEnvironment(job.parallelism(), conf);
    KafkaPipeline.Settings kafka = KafkaModeIT.kafkaSettings(job, markets);
    DataStream<RawRecord> failing =
        KafkaPipeline.sources(env, kafka)
            .map(new FailAt(), TypeInformation.of(RawRecord.class))
            .uid("fail-at");
    KafkaPipeline.sinks(
        SlaJob.defineWorkflow(
            new SlaSettings(markets, asOf.toEpochMilli(), job.idRetention(), job.metricsPort()),
            failing),
        kafka);
    env.execute("exactly once through failures");
    assertThat(FailAt.SEEN.get())
        .as("records read, re-reads after restarts included")
        .isGreaterThan(marketplace.totalLines());

    KafkaModeIT.assertOutputsEqualReplay(broker, job, inputs, markets, asOf, tmp.resolve("replay"));
  }
}
