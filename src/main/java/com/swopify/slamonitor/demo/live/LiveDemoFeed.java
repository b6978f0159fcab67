package com.swopify.slamonitor.demo.live;

import com.swopify.slamonitor.demo.HelpdeskStream;
import com.swopify.slamonitor.events.Source;
import com.swopify.slamonitor.kafka.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The live demo's Helpdesk: sends each record to its input topic when it is due, stamped with the
 * time it is sent, as the Helpdesk stamps its records, so that event time is now.
 */
final class LiveDemoFeed implements Runnable, AutoCloseable {
  private static final Map<HelpdeskStream, Source> SOURCES = Map.of(
      HelpdeskStream.MESSAGES, Source.MESSAGES, HelpdeskStream.REPLIES, Source.REPLIES,
      HelpdeskStream.CASES, Source.CASES, HelpdeskStream.ABSENCES, Source.ABSENCES);

  private final KafkaProducer<String, String> producer;
  private final List<LiveRecord> records;
  private final Map<Source, String> topics;
  private final LiveTally tally;

  LiveDemoFeed(String bootstrapServers, Topics topics, List<LiveRecord> records,
      LiveTally tally) {
    Properties properties = new Properties();
    properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    properties.put(ProducerConfig.ACKS_CONFIG, "all");
    properties.put(ProducerConfig.LINGER_MS_CONFIG, "0");
    this.producer = new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
    this.records = records;
    this.topics = topics.inputs();
    this.tally = tally;
  }

  /** Sends the records when they are due, until the last or until interrupted. */
  @Override
  public void run() {
    try {
      for (LiveRecord record : records) {
        long wait = Duration.between(Instant.now(), record.dueAt()).toMillis();
        if (wait > 0) {
          Thread.sleep(wait);
        }
        String topic = topics.get(SOURCES.get(record.stream()));
        producer.send(new ProducerRecord<>(topic, record.key(), record.lineAt(Instant.now())));
        tally.sent(record.stream());
      }
    } catch (InterruptedException e) {
      // Stopped: the demo is over.
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    producer.close(Duration.ofSeconds(5));
  }
}
