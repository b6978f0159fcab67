package com.swopify.slamonitor.metrics;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves {@code /metrics} (the JVM's {@link MonitorMetrics} registry, Prometheus text format) over
 * HTTP. Started at most once per port and JVM however many subtasks ask for it: each user holds a
 * {@link Lease}, and the server stops when the last lease is closed. Stopping with its users
 * matters on a Flink cluster: after a failover the job's classes may be loaded afresh, and the new
 * copy of this class must find the port free again.
 */
public final class MetricsServer {
  /** The monitor's port; Flink's own Prometheus reporter keeps its default, 9249. */
  public static final int DEFAULT_PORT = 9464;

  /** Port 0 means: do not serve. */
  public static final int OFF = 0;

  static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private static final Logger LOG = LoggerFactory.getLogger(MetricsServer.class);
  private static final Map<Integer, Running> RUNNING = new HashMap<>();

  private static final class Running {
    final HttpServer server;
    int leases;

    Running(HttpServer server) {
      this.server = server;
    }
  }

  /** A claim on the server of one port; closing it more than once has no further effect. */
  public static final class Lease implements AutoCloseable {
    private final int port;
    private boolean closed;

    private Lease(int port) {
      this.port = port;
    }

    /** The port served, or {@link #OFF}. */
    public int port() {
      return port;
    }

    @Override
    public void close() {
      if (closed) {
        return;
      }
      closed = true;
      if (port != OFF) {
        release(port);
      }
    }
  }

  private MetricsServer() {}

  /**
   * Serves /metrics on {@code port} on all interfaces, or shares the server already serving it in
   * this JVM. Port {@link #OFF} serves nothing and returns a lease that does nothing.
   *
   * @throws IOException if the port cannot be bound (another process holds it, say)
   */
  public static synchronized Lease acquire(int port) throws IOException {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("not a port: " + port);
    }
    if (port == OFF) {
      return none();
    }
    Running running = RUNNING.get(port);
    if (running == null) {
      running = new Running(start(port));
      RUNNING.put(port, running);
    }
    running.leases++;
    return new Lease(port);
  }

  /** A lease that serves nothing. */
  public static Lease none() {
    return new Lease(OFF);
  }

  /**
   * As {@link #acquire}, for the job's operators: if the port cannot be bound, logs why and serves
   * nothing. A task must not fail for it, or it would restart forever over a port; the missing
   * metrics show as a scrape target that is down.
   */
  public static Lease acquireOrWarn(int port) {
    try {
      return acquire(port);
    } catch (IOException e) {
      LOG.warn(
          "Cannot serve /metrics on port {}: {}; this JVM's metrics are not served",
          port,
          e.toString());
      return none();
    }
  }

  private static synchronized void release(int port) {
    Running running = RUNNING.get(port);
    if (running != null && --running.leases == 0) {
      RUNNING.remove(port);
      running.server.stop(0);
    }
  }

  private static HttpServer start(int port) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
    server.createContext("/metrics", MetricsServer::serve);
    // The default executor runs exchanges on the server's own thread: a scrape is short, and
    // scrapes come seconds apart.
    server.start();
    return server;
  }

  private static void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!"GET".equals(exchange.getRequestMethod())
          && !"HEAD".equals(exchange.getRequestMethod())) {
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      if (!"/metrics".equals(exchange.getRequestURI().getPath())) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      byte[] body = MonitorMetrics.scrape().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
      boolean head = "HEAD".equals(exchange.getRequestMethod());
      exchange.sendResponseHeaders(200, head ? -1 : body.length);
      if (!head) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    }
  }
}
