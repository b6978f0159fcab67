package com.swopify.slamonitor.cli;

import com.swopify.slamonitor.job.StopSignals;
import com.swopify.slamonitor.kafka.DevBroker;
import com.swopify.slamonitor.kafka.ScratchDirectory;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dev-kafka}: a single-node Kafka broker on localhost for trying the monitor out, until
 * Ctrl-C. Not for production: one replica of everything, no security.
 */
@Command(
    name = "dev-kafka",
    mixinStandardHelpOptions = true,
    description = {
      "Starts a single-node Kafka broker (KRaft, broker and controller in one) on localhost and",
      "runs it until Ctrl-C or SIGTERM. For trying the monitor out: one replica, no security."
    })
final class DevKafkaCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      description = "Port for Kafka clients (default: ${DEFAULT-VALUE}).")
  int port = 9092;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description =
          "Where the broker keeps its data, kept for the next start (default: a"
              + " temporary directory, deleted when the broker stops).")
  Path dataDir;

  @Override
  public Integer call() throws Exception {
    Options.port("--port", port);
    if (!DevBroker.isFree(port)) {
      throw new UserError(
          "--port: port " + port + " is in use (another Kafka?); choose another" + " with --port");
    }
    if (dataDir != null) {
      checkDataDir(dataDir);
    }
    PrintWriter out = spec.commandLine().getOut();
    StopSignals stop = StopSignals.install();
    if (dataDir != null) {
      run(dataDir, stop, out);
    } else {
      try (ScratchDirectory scratch = ScratchDirectory.create("dev-kafka-")) {
        run(scratch.path(), stop, out);
      }
    }
    return 0;
  }

  private void run(Path data, StopSignals stop, PrintWriter out) throws InterruptedException {
    try (DevBroker broker = DevBroker.start(port, data)) {
      out.printf(
          "dev-kafka: ready on %s (data in %s)%n", broker.bootstrapServers(), broker.dataDir());
      out.flush();
      stop.await();
      out.println("dev-kafka: stopping");
      out.flush();
    }
    out.println("dev-kafka: stopped");
    out.flush();
  }

  /** A data directory is new, empty, or one a broker wrote before: never someone's other files. */
  private static void checkDataDir(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    if (!Files.isDirectory(dir)) {
      throw new UserError("--data-dir: not a directory: " + dir);
    }
    boolean empty;
    try (Stream<Path> entries = Files.list(dir)) {
      empty = entries.findAny().isEmpty();
    }
    if (!empty && !Files.exists(dir.resolve(DevBroker.META_PROPERTIES))) {
      throw new UserError(
          "--data-dir: "
              + dir
              + " holds other files, not a Kafka broker's data;"
              + " give an empty or new directory");
    }
  }
}
