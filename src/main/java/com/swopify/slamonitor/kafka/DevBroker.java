package com.swopify.slamonitor.kafka;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;

/**
 * A real single-node Kafka broker on localhost for people (the {@code dev-kafka} command, the live
 * demo): Kafka's own KRaft server, one process that is broker and controller at once, with the
 * settings a one-node cluster needs for transactions (internal topics with one replica).
 *
 * <p>It is started from {@link KafkaRaftServer} with a configuration of its own rather than from
 * Kafka's test kit: the kit derives the controller quorum from its own listeners, which a fixed
 * client port does not fit. The storage is formatted as {@code kafka-storage format} does it; a
 * data directory that is already formatted is reused, so a broker restarted on it keeps its topics.
 */
public final class DevBroker implements AutoCloseable {
  static final String CLIENT_LISTENER = "PLAINTEXT";
  static final String CONTROLLER_LISTENER = "CONTROLLER";

  /** The file that marks a formatted data directory. */
  public static final String META_PROPERTIES = "meta.properties";

  private static final int NODE_ID = 1;
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

  private final KafkaRaftServer server;
  private final int port;
  private final Path dataDir;

  private DevBroker(KafkaRaftServer server, int port, Path dataDir) {
    this.server = server;
    this.port = port;
    this.dataDir = dataDir;
  }

  /**
   * Formats {@code dataDir} when it is not yet, starts the broker on {@code port} and returns once
   * clients can use it.
   *
   * @throws IllegalStateException when the port is taken or the broker does not come up
   */
  public static DevBroker start(int port, Path dataDir) throws InterruptedException {
    if (!isFree(port)) {
      throw new IllegalStateException("port " + port + " is in use");
    }
    Path logDir = dataDir.toAbsolutePath();
    Map<String, String> config = config(port, freePort(), logDir);
    format(logDir, config);
    KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(config, false), Time.SYSTEM);
    server.startup();
    DevBroker broker = new DevBroker(server, port, logDir);
    try {
      broker.awaitReady();
    } catch (RuntimeException | InterruptedException e) {
      broker.close();
      throw e;
    }
    return broker;
  }

  /**
   * The configuration of a combined broker and controller, as a server.properties would hold it.
   */
  static Map<String, String> config(int port, int controllerPort, Path logDir) {
    Map<String, String> config = new TreeMap<>();
    config.put("process.roles", "broker,controller");
    config.put("node.id", String.valueOf(NODE_ID));
    config.put("controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort);
    config.put(
        "listeners",
        CLIENT_LISTENER
            + "://localhost:"
            + port
            + ","
            + CONTROLLER_LISTENER
            + "://localhost:"
            + controllerPort);
    config.put("advertised.listeners", CLIENT_LISTENER + "://localhost:" + port);
    config.put("controller.listener.names", CONTROLLER_LISTENER);
    config.put("inter.broker.listener.name", CLIENT_LISTENER);
    config.put(
        "listener.security.protocol.map",
        CLIENT_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
    config.put("log.dirs", logDir.toString());
    // One node: the internal topics (consumer offsets, transaction state, share-group state)
    // cannot have the three replicas they ask for by default, and transactions need them.
    config.put("offsets.topic.replication.factor", "1");
    config.put("transaction.state.log.replication.factor", "1");
    config.put("transaction.state.log.min.isr", "1");
    config.put("share.coordinator.state.topic.replication.factor", "1");
    config.put("share.coordinator.state.topic.min.isr", "1");
    // Nobody else will join a consumer group on a laptop: do not wait for them.
    config.put("group.initial.rebalance.delay.ms", "0");
    return config;
  }

  /**
   * Writes meta.properties and the bootstrap metadata, unless the directory holds them already (a
   * restart: its cluster id stays, which a new format would contradict).
   */
  private static void format(Path logDir, Map<String, String> config) {
    if (Files.exists(logDir.resolve(META_PROPERTIES))) {
      return;
    }
    try {
      Files.createDirectories(logDir);
      new Formatter()
          .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
          .setNodeId(NODE_ID)
          .setClusterId(Uuid.randomUuid().toString())
          .setControllerListenerName(config.get("controller.listener.names"))
          .setMetadataLogDirectory(logDir.toString())
          .addDirectory(logDir.toString())
          .run();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the data directory " + logDir, e);
    } catch (Exception e) {
      throw new IllegalStateException("cannot format " + logDir + ": " + e.getMessage(), e);
    }
  }

  /** Waits until the broker has registered with its controller and answers clients. */
  private void awaitReady() throws InterruptedException {
    Properties properties = new Properties();
    properties.setProperty(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
    try (Admin admin = Admin.create(properties)) {
      long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
      while (true) {
        try {
          if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
            return;
          }
        } catch (ExecutionException | TimeoutException e) {
          // Not up yet: the broker is still catching up with the metadata log.
        }
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(
              "the broker on port "
                  + port
                  + " did not become ready"
                  + " within "
                  + READY_TIMEOUT.toSeconds()
                  + " s");
        }
        Thread.sleep(100);
      }
    }
  }

  public String bootstrapServers() {
    return "localhost:" + port;
  }

  public int port() {
    return port;
  }

  public Path dataDir() {
    return dataDir;
  }

  /** Stops the broker and the controller and waits until they have closed their logs. */
  @Override
  public void close() {
    server.shutdown();
    server.awaitShutdown();
  }

  /** Whether nothing listens on {@code port} of the loopback interface. */
  public static boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** A port nothing listens on now, chosen by the operating system. */
  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port on localhost", e);
    }
  }
}
