package com.swopify.slamonitor.bench.delay;

import com.swopify.slamonitor.events.Source;
import com.swopify.slamonitor.kafka.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Sends {@link SteadyTraffic} tick by tick on a fixed schedule until stopped; probes between
 * ticks {@code probeFrom} (inclusive) and {@code probeUntil}. A tick that comes late is sent at once, so the
 * average rate holds while the broker or the machine hiccups.
 */
final class SteadyFeed implements Runnable, AutoCloseable {
  private final KafkaProducer<String, String> producer;
  private final SteadyTraffic traffic;
  private final Map<Source, String> topics;
  private final long probeFrom;
  private final long probeUntil;
  private final AtomicLong sent = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private volatile long probes;
  private volatile Instant started;

  SteadyFeed(String bootstrapServers, Topics topics, SteadyTraffic traffic, long probeFrom,
      long probeUntil) {
    Properties properties = new Properties();
    properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    properties.put(ProducerConfig.ACKS_CONFIG, "all");
    // A tick's records leave together; waiting longer would only add to the measured delay.
    properties.put(ProducerConfig.LINGER_MS_CONFIG, "2");
    this.producer = new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
    this.traffic = traffic;
    this.topics = topics.inputs();
    this.probeFrom = probeFrom;
    this.probeUntil = probeUntil;
  }

  @Override
  public void run() {
    long start = System.nanoTime();
    started = Instant.now();
    try {
      for (long tick = 0; !Thread.currentThread().isInterrupted(); tick++) {
        long due = start + tick * SteadyTraffic.TICK_MILLIS * 1_000_000;
        long wait = due - System.nanoTime();
        if (wait > 0) {
          Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
        boolean probing = tick >= probeFrom && tick < probeUntil;
        for (SteadyTraffic.Send send : traffic.tick(tick, probing, Instant.now())) {
          if (SteadyTraffic.isProbe(send.key())) {
            probes++;
          }
          producer.send(new ProducerRecord<>(topics.get(send.source()), send.key(), send.value()),
              (metadata, error) -> (error == null ? sent : failed).incrementAndGet());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Sends one record now, outside the schedule. */
  void sendNow(SteadyTraffic.Send send) {
    producer.send(new ProducerRecord<>(topics.get(send.source()), send.key(), send.value()));
    producer.flush();
  }

  /** Records the broker acknowledged. */
  long sent() {
    return sent.get();
  }

  /** Probe threads opened. */
  long probes() {
    return probes;
  }

  long failed() {
    return failed.get();
  }

  /** When sending began; null before. */
  Instant started() {
    return started;
  }

  @Override
  public void close() {
    producer.close(Duration.ofSeconds(10));
  }
}
