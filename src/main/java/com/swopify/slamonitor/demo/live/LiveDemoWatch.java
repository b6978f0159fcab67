package com.swopify.slamonitor.demo.live;

import com.swopify.slamonitor.kafka.FromBeginning;
import com.swopify.slamonitor.kafka.Topics;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The live demo's operator: reads the monitor's output topics as their consumers would
 * (read_committed) and prints a line for each record as it comes.
 */
final class LiveDemoWatch implements Runnable {
  private final KafkaConsumer<String, String> consumer;
  private final Topics topics;
  private final PrintWriter out;
  private final LiveTally tally;

  LiveDemoWatch(String bootstrapServers, Topics topics, PrintWriter out, LiveTally tally) {
    Properties properties = new Properties();
    properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    this.consumer =
        new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer());
    this.topics = topics;
    this.out = out;
    this.tally = tally;
    FromBeginning.assign(consumer, topics.outputs());
  }

  /** Prints what comes until {@link #stop}; closes the consumer then. */
  @Override
  public void run() {
    try {
      while (true) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
          LiveOutput output = LiveOutput.of(record.topic(), topics);
          out.println(output.line(record.value(), Instant.now()));
          tally.seen(output);
        }
        out.flush();
      }
    } catch (WakeupException e) {
      // Stopped: the demo is over.
    } finally {
      consumer.close(Duration.ofSeconds(5));
    }
  }

  /** Ends {@link #run}, from another thread. */
  void stop() {
    consumer.wakeup();
  }
}
