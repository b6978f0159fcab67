package com.swopify.slamonitor.job;

import com.swopify.slamonitor.config.ConfigException;
import com.swopify.slamonitor.market.Markets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The monitor's entry point on a Flink cluster: the thin job jar's main class, the
 * FlinkDeployment's entryClass, what `flink run` submits. It defines the Kafka job from a job file
 * exactly as {@code run --job} does, without the laptop's command line (and its embedded Flink, dev
 * broker, demo and benchmarks, none of which the thin jar carries).
 *
 * <p>Arguments: {@code --job FILE}, and for a catch-up or a check against replay {@code --bounded
 * --as-of INSTANT}. The {@code HELPDESK_SLA_*} environment variables of {@code run} override the
 * file as they do there. A bad argument or setting fails the submission with one line naming it;
 * the cluster (or the operator's status) reports it.
 */
public final class ClusterEntryPoint {
  private ClusterEntryPoint() {}

  public static void main(String[] args) throws Exception {
    Path jobFile = null;
    boolean bounded = false;
    Instant asOf = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--job" -> jobFile = Path.of(value(args, ++i, "--job"));
        case "--bounded" -> bounded = true;
        case "--as-of" -> asOf = instant(value(args, ++i, "--as-of"));
        default ->
            throw new ConfigException(
                "unknown argument '"
                    + args[i]
                    + "'; expected --job FILE [--bounded --as-of INSTANT]");
      }
    }
    if (jobFile == null) {
      throw new ConfigException("--job FILE is required: the job file (docs/kafka.md)");
    }
    if (bounded != (asOf != null)) {
      throw new ConfigException("--bounded and --as-of INSTANT go together");
    }
    Map<String, String> environment = System.getenv();
    JobSettings settings = JobFile.load(jobFile, environment).with(overrides(environment));
    if (settings.marketsFile() == null) {
      throw new ConfigException(jobFile + ": no markets file: set 'markets' in the job file");
    }
    Markets markets = Markets.load(settings.marketsFile());

    StreamExecutionEnvironment env =
        StreamExecutionEnvironment.getExecutionEnvironment(
            KafkaJob.configuration(settings, bounded));
    env.setParallelism(settings.parallelism());
    KafkaJob.define(
        env, settings, markets, bounded, bounded ? asOf.toEpochMilli() : Long.MAX_VALUE);
    env.execute(settings.name());
  }

  /** The variables {@code run} reads too (its --help lists them). */
  static JobSettings.Overrides overrides(Map<String, String> env) {
    return new JobSettings.Overrides(
        env.get("HELPDESK_SLA_BOOTSTRAP_SERVERS"),
        path(env.get("HELPDESK_SLA_MARKETS")),
        integer(env, "HELPDESK_SLA_PARALLELISM"),
        env.get("HELPDESK_SLA_CHECKPOINT_DIR"),
        integer(env, "HELPDESK_SLA_METRICS_PORT"),
        path(env.get("HELPDESK_SLA_KAFKA_PROPERTIES")));
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new ConfigException(option + " needs a value");
    }
    return args[i];
  }

  private static Instant instant(String value) {
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      throw new ConfigException("--as-of: not an ISO-8601 instant with an offset: " + value);
    }
  }

  private static Path path(String value) {
    return value == null || value.isBlank() ? null : Path.of(value);
  }

  private static Integer integer(Map<String, String> env, String name) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw new ConfigException(name + ": not a whole number: " + value);
    }
  }
}
