package com.swopify.slamonitor.bench.delay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.swopify.slamonitor.kafka.FromBeginning;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads the alerts topic as an operator's consumer would and times each probe thread's alerts: from
 * the alert's event time ({@code at}: the at-risk point or the deadline) to the moment the record
 * is read. Alerts of background threads are only counted: they mean the job fell behind.
 */
final class AlertClock implements Runnable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final KafkaConsumer<String, String> consumer;
  private final Delays atRisk = new Delays();
  private final Delays overdue = new Delays();
  private final CountDownLatch ready = new CountDownLatch(1);
  private volatile long backgroundAlerts;

  AlertClock(String bootstrapServers, String alertsTopic) {
    Properties properties = new Properties();
    properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    // Fetch what arrives at once, as an alerting consumer is configured to.
    properties.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "10");
    this.consumer =
        new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer());
    FromBeginning.assign(consumer, List.of(alertsTopic));
  }

  @Override
  public void run() {
    try {
      while (true) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
          time(record.value(), System.currentTimeMillis());
        }
      }
    } catch (WakeupException e) {
      // Stopped: the measurement is over.
    } finally {
      consumer.close(Duration.ofSeconds(5));
    }
  }

  void time(String alertJson, long readAtMillis) {
    JsonNode alert;
    try {
      alert = JSON.readTree(alertJson);
    } catch (IOException e) {
      throw new IllegalStateException("the job wrote an alert that is not JSON", e);
    }
    String threadId = alert.path("threadId").asText();
    if (threadId.equals(SteadyTraffic.READY_THREAD)) {
      ready.countDown();
      return;
    }
    if (!SteadyTraffic.isProbe(threadId)) {
      backgroundAlerts++;
      return;
    }
    long delay = readAtMillis - Instant.parse(alert.path("at").asText()).toEpochMilli();
    switch (alert.path("type").asText()) {
      case "AT_RISK" -> atRisk.add(delay);
      case "OVERDUE" -> overdue.add(delay);
      default -> {} // LATE_REPLY: probes are never answered
    }
  }

  /** Whether the readiness thread's alert came within {@code limit}. */
  boolean awaitReady(Duration limit) throws InterruptedException {
    return ready.await(limit.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Ends {@link #run}, from another thread. */
  void stop() {
    consumer.wakeup();
  }

  Delays atRisk() {
    return atRisk;
  }

  Delays overdue() {
    return overdue;
  }

  long backgroundAlerts() {
    return backgroundAlerts;
  }
}
