package com.swopify.slamonitor.kafka;

import com.swopify.slamonitor.events.Alert;
import com.swopify.slamonitor.events.Breach;
import com.swopify.slamonitor.events.BreachCount;
import com.swopify.slamonitor.events.DeadLetter;
import com.swopify.slamonitor.events.FindingReview;
import com.swopify.slamonitor.events.Source;
import com.swopify.slamonitor.events.TakeoverRequest;
import com.swopify.slamonitor.flink.RawRecord;
import com.swopify.slamonitor.flink.SlaJob;
import com.swopify.slamonitor.io.OutputSchemas;
import com.swopify.slamonitor.scorecard.SellerScore;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.api.common.serialization.SerializationSchema;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.KafkaSourceBuilder;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The job's Kafka ends: one source per input topic, one sink per output topic, records keyed as the
 * contract says. Offsets are committed with checkpoints; outputs are written in Kafka transactions
 * (exactly once) unless a setting relaxes the alerts to at-least-once.
 */
public final class KafkaPipeline {
  private KafkaPipeline() {}

  /**
   * @param groupId the consumer group, also the prefix of the sinks' transactional ids
   * @param alertsDelivery exactly-once (default) or at-least-once for consumers that de-duplicate
   *     by alertId and want alerts within seconds instead of one checkpoint interval
   * @param transactionTimeout must exceed the longest checkpoint plus the longest restart, and must
   *     not exceed the brokers' transaction.max.timeout.ms (15 minutes by default)
   * @param bounded stop at the offsets that are the latest when the job starts (tests, catch-up)
   * @param markets the configured market codes (to read event times at the source)
   * @param outOfOrderness how far out of event-time order a partition's records may come
   * @param idleAfter wall-clock quiet after which a partition's time follows the wall clock
   * @param quietLag how far a quiet partition's time trails the wall clock
   */
  public record Settings(
      KafkaConnection kafka,
      Topics topics,
      String groupId,
      DeliveryGuarantee alertsDelivery,
      Duration transactionTimeout,
      boolean bounded,
      Set<String> markets,
      Duration outOfOrderness,
      Duration idleAfter,
      Duration quietLag)
      implements Serializable {

    public Settings {
      markets = Set.copyOf(markets);
    }
  }

  public static DataStream<RawRecord> sources(StreamExecutionEnvironment env, Settings settings) {
    Duration outOfOrderness = settings.outOfOrderness();
    Duration idleAfter = settings.idleAfter();
    Duration quietLag = settings.quietLag();
    // Live: per-partition watermarks; the source tracks each split (from its assignment) and
    // forwards the minimum over those that are not idle. A partition that delivers nothing within
    // idleAfter of its assignment turns idle and stops holding time back, so idleAfter must cover
    // the time the consumer takes to fetch a backlog's first records; see docs/kafka.md.
    // Bounded (a catch-up over a backlog, the tests): like a replay, nothing is decided before
    // the end of the input, so the result cannot depend on which partition is read first.
    WatermarkStrategy<RawRecord> watermarks =
        settings.bounded()
            ? WatermarkStrategy.noWatermarks()
            : WatermarkStrategy.<RawRecord>forGenerator(
                    context ->
                        new QuietTimeWatermarks<>(
                            outOfOrderness, idleAfter, quietLag, System::currentTimeMillis))
                .withTimestampAssigner(new EventTimeOfRecord(settings.markets()));
    Map<String, Source> sourceOfTopic = new HashMap<>();
    settings.topics().inputs().forEach((source, topic) -> sourceOfTopic.put(topic, source));
    // One source for all input topics: its readers get their partitions together, so that no
    // topic's partitions start late and find the others' watermark already ahead of them.
    KafkaSourceBuilder<RawRecord> builder =
        KafkaSource.<RawRecord>builder()
            .setProperties(settings.kafka().properties())
            .setTopics(List.copyOf(sourceOfTopic.keySet()))
            .setGroupId(settings.groupId())
            .setStartingOffsets(OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))
            .setDeserializer(new RawRecordDeserializer(sourceOfTopic));
    if (settings.bounded()) {
      builder.setBounded(OffsetsInitializer.latest());
    }
    DataStream<RawRecord> records =
        env.fromSource(builder.build(), watermarks, "helpdesk topics").uid("kafka-source");
    if (settings.bounded()) {
      return records;
    }
    return records
        .transform(
            "restored time",
            records.getType(),
            new RestoredTime<>(
                idleAfter,
                new CommittedLag(
                    settings.kafka(), settings.groupId(), List.copyOf(sourceOfTopic.keySet()))))
        .uid("restored-time");
  }

  public static void sinks(SlaJob.Outputs outputs, Settings settings) {
    Topics topics = settings.topics();
    counted(outputs.alerts(), "alerts", settings)
        .sinkTo(
            sink(
                settings,
                "alerts",
                topics.alerts(),
                settings.alertsDelivery(),
                OutputSchemas.alerts(),
                (Alert a) -> a.threadId()))
        .name("alerts topic")
        .uid("kafka-sink-alerts");
    counted(outputs.breaches(), "breaches", settings)
        .sinkTo(
            sink(
                settings,
                "breaches",
                topics.breaches(),
                DeliveryGuarantee.EXACTLY_ONCE,
                OutputSchemas.breaches(),
                (Breach b) -> b.sellerId()))
        .name("breaches topic")
        .uid("kafka-sink-breaches");
    counted(outputs.takeovers(), "takeovers", settings)
        .sinkTo(
            sink(
                settings,
                "takeovers",
                topics.takeovers(),
                DeliveryGuarantee.EXACTLY_ONCE,
                OutputSchemas.takeovers(),
                (TakeoverRequest t) -> t.threadId() != null ? t.threadId() : t.sellerId()))
        .name("takeovers topic")
        .uid("kafka-sink-takeovers");
    counted(outputs.breachCounts(), "breach-counts", settings)
        .sinkTo(
            sink(
                settings,
                "breach-counts",
                topics.breachCounts(),
                DeliveryGuarantee.EXACTLY_ONCE,
                OutputSchemas.breachCounts(),
                (BreachCount c) -> c.sellerId()))
        .name("breach counts topic")
        .uid("kafka-sink-breach-counts");
    counted(outputs.deadLetters(), "dead-letters", settings)
        .sinkTo(
            sink(
                settings,
                "dead-letters",
                topics.deadLetters(),
                DeliveryGuarantee.EXACTLY_ONCE,
                OutputSchemas.deadLetters(),
                (DeadLetter d) -> null))
        .name("dead letters topic")
        .uid("kafka-sink-dead-letters");
    counted(outputs.sellerScores(), "seller-scores", settings)
        .sinkTo(
            sink(
                settings,
                "seller-scores",
                topics.sellerScores(),
                DeliveryGuarantee.EXACTLY_ONCE,
                OutputSchemas.sellerScores(),
                (SellerScore s) -> s.sellerId()))
        .name("seller scores topic")
        .uid("kafka-sink-seller-scores");
    counted(outputs.findingReviews(), "finding-reviews", settings)
        .sinkTo(
            sink(
                settings,
                "finding-reviews",
                topics.findingReviews(),
                DeliveryGuarantee.EXACTLY_ONCE,
                OutputSchemas.findingReviews(),
                (FindingReview r) -> r.sellerId()))
        .name("finding reviews topic")
        .uid("kafka-sink-finding-reviews");
  }

  /** The outputs, by the names a bounded run's summary counts them under. */
  public static final List<String> OUTPUTS =
      List.of(
          "alerts",
          "breaches",
          "takeovers",
          "breach-counts",
          "dead-letters",
          "finding-reviews",
          "seller-scores");

  /** How many records a finished bounded run wrote to an output. */
  public static long written(JobExecutionResult result, String output) {
    Long count = result.getAccumulatorResult(CountRecords.PREFIX + output);
    return count == null ? 0 : count;
  }

  /** A bounded run counts its outputs for its summary; a live one has metrics instead. */
  private static <T> DataStream<T> counted(DataStream<T> stream, String output, Settings settings) {
    if (!settings.bounded()) {
      return stream;
    }
    return stream
        .map(new CountRecords<>(output), stream.getType())
        .name(output + " count")
        .uid("count-" + output);
  }

  private static final class CountRecords<T> extends RichMapFunction<T, T> {
    private static final long serialVersionUID = 1L;
    static final String PREFIX = "written-";
    private final String output;
    private transient LongCounter written;

    CountRecords(String output) {
      this.output = output;
    }

    @Override
    public void open(OpenContext context) {
      written = getRuntimeContext().getLongCounter(PREFIX + output);
    }

    @Override
    public T map(T value) {
      written.add(1);
      return value;
    }
  }

  /** The Kafka key of an output record; null for none. */
  interface KeyOf<T> extends Serializable {
    String key(T value);
  }

  private static <T> KafkaSink<T> sink(
      Settings settings,
      String output,
      String topic,
      DeliveryGuarantee guarantee,
      SerializationSchema<T> value,
      KeyOf<T> keyOf) {
    Properties producer = settings.kafka().properties();
    producer.setProperty(
        "transaction.timeout.ms", String.valueOf(settings.transactionTimeout().toMillis()));
    if (guarantee == DeliveryGuarantee.AT_LEAST_ONCE) {
      // At-least-once is chosen for speed: send each record at once instead of waiting to fill
      // a batch (Kafka 4 producers linger 5 ms by default). Outputs are few; throughput is moot.
      producer.setProperty("linger.ms", "0");
    }
    return KafkaSink.<T>builder()
        .setKafkaProducerConfig(producer)
        .setRecordSerializer(new KeyedRecords<>(topic, keyOf, value))
        .setDeliveryGuarantee(guarantee)
        .setTransactionalIdPrefix(settings.groupId() + "-" + output)
        .build();
  }

  /**
   * Output records keyed as the contract says. They carry no timestamp of their own, so the
   * producer stamps them with the wall clock: an output's event time can lie days in the past
   * (retention would delete it at once) or in the future (Kafka 4 brokers refuse timestamps more
   * than an hour ahead); the event time is in the record's fields.
   */
  private static final class KeyedRecords<T> implements KafkaRecordSerializationSchema<T> {
    private static final long serialVersionUID = 1L;
    private final String topic;
    private final KeyOf<T> keyOf;
    private final SerializationSchema<T> value;

    KeyedRecords(String topic, KeyOf<T> keyOf, SerializationSchema<T> value) {
      this.topic = topic;
      this.keyOf = keyOf;
      this.value = value;
    }

    @Override
    public void open(SerializationSchema.InitializationContext context, KafkaSinkContext sink)
        throws Exception {
      value.open(context);
    }

    @Override
    public ProducerRecord<byte[], byte[]> serialize(
        T element, KafkaSinkContext context, Long timestamp) {
      String key = keyOf.key(element);
      return new ProducerRecord<>(
          topic,
          null,
          null,
          key == null ? null : key.getBytes(StandardCharsets.UTF_8),
          value.serialize(element));
    }
  }
}
