package com.swopify.slamonitor.cli;

import com.swopify.slamonitor.job.JobFile;
import com.swopify.slamonitor.job.JobSettings;
import com.swopify.slamonitor.kafka.TopicAdmin;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code topics create|check}: the contract's Kafka topics. */
@Command(
    name = "topics",
    mixinStandardHelpOptions = true,
    description = "Creates or checks the contract's Kafka topics.",
    subcommands = {TopicsCommand.Create.class, TopicsCommand.Check.class})
final class TopicsCommand {
  @Option(
      names = "--job",
      paramLabel = "FILE",
      scope = picocli.CommandLine.ScopeType.INHERIT,
      description =
          "Job file whose topic names and brokers to use (default: the contract's names).")
  Path job;

  @Option(
      names = "--bootstrap-servers",
      paramLabel = "HOST:PORT,...",
      scope = picocli.CommandLine.ScopeType.INHERIT,
      description = "Kafka brokers (default: the job file's, else localhost:9092).")
  String bootstrapServers;

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      defaultValue = "PT30S",
      scope = picocli.CommandLine.ScopeType.INHERIT,
      description =
          "How long to wait for the brokers before giving up (default: ${DEFAULT-VALUE}).")
  Duration timeout;

  JobSettings settings() {
    JobSettings settings =
        job == null
            ? JobSettings.defaults()
            : JobFile.load(Options.readableFile("--job", job), System.getenv());
    return settings.with(new JobSettings.Overrides(bootstrapServers, null, null, null, null, null));
  }

  /** What a command does with the topic admin; a broker that does not answer is a user error. */
  interface AdminCall {
    int run(TopicAdmin admin, JobSettings settings) throws InterruptedException;
  }

  int withAdmin(AdminCall call) throws InterruptedException {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new UserError("--timeout: must be positive, was " + timeout);
    }
    JobSettings settings = settings();
    try (TopicAdmin admin = TopicAdmin.connect(settings.bootstrapServers(), timeout)) {
      return call.run(admin, settings);
    } catch (TopicAdmin.Unreachable e) {
      throw new UserError(
          e.getMessage()
              + " (is the broker running, and are --bootstrap-servers or the job file's right?)");
    }
  }

  @Command(
      name = "create",
      mixinStandardHelpOptions = true,
      description = "Creates the topics that are missing; existing ones are left as they are.")
  static final class Create implements Callable<Integer> {
    @ParentCommand TopicsCommand parent;
    @Spec CommandSpec spec;

    @Option(
        names = "--partitions",
        paramLabel = "N",
        defaultValue = "6",
        description = "Partitions per topic (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(
        names = "--replication-factor",
        paramLabel = "N",
        defaultValue = "1",
        description = "Replicas per partition (default: ${DEFAULT-VALUE}; 3 in production).")
    short replicationFactor;

    @Option(
        names = "--retention",
        paramLabel = "DURATION",
        defaultValue = "P7D",
        description = "How long records are kept (default: ${DEFAULT-VALUE}).")
    Duration retention;

    @Override
    public Integer call() throws Exception {
      Options.positive("--partitions", partitions);
      Options.positive("--replication-factor", replicationFactor);
      return parent.withAdmin(
          (admin, settings) -> {
            List<String> created =
                admin.createMissing(
                    settings.topics().all(), partitions, replicationFactor, retention);
            PrintWriter out = spec.commandLine().getOut();
            for (String topic : settings.topics().all()) {
              out.println(topic + (created.contains(topic) ? ": created" : ": exists"));
            }
            out.flush();
            return 0;
          });
    }
  }

  @Command(
      name = "check",
      mixinStandardHelpOptions = true,
      description =
          "Tells which topics are missing; exit code "
              + CommandLines.EXIT_TOPICS_MISSING
              + " if any is.")
  static final class Check implements Callable<Integer> {
    @ParentCommand TopicsCommand parent;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      return parent.withAdmin(
          (admin, settings) -> {
            List<String> missing = admin.missing(settings.topics().all());
            PrintWriter out = spec.commandLine().getOut();
            for (String topic : settings.topics().all()) {
              out.println(topic + (missing.contains(topic) ? ": missing" : ": ok"));
            }
            out.flush();
            return missing.isEmpty() ? 0 : CommandLines.EXIT_TOPICS_MISSING;
          });
    }
  }
}
