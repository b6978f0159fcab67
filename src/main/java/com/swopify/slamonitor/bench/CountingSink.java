package com.swopify.slamonitor.bench;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.apache.flink.api.common.serialization.SerializationSchema;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;

/**
 * A sink that serializes every record as the real sinks do (the contract's JSON, UTF-8) and then
 * drops it, counting records by a name the classifier picks and bytes in total. Serializing keeps
 * the output work in the measurement; dropping keeps the disk or broker out of it. Counts reach the
 * run's {@link RunTally} when the writer closes.
 */
final class CountingSink<T> implements Sink<T> {
  private static final long serialVersionUID = 1L;

  static final String OUTPUT_BYTES = "output-bytes";

  /** Which counter a record goes to. */
  interface Classifier<T> extends Serializable {
    String counterOf(T record);
  }

  private final String runId;
  private final SerializationSchema<T> schema;
  private final Classifier<T> classifier;

  CountingSink(String runId, SerializationSchema<T> schema, Classifier<T> classifier) {
    this.runId = runId;
    this.schema = schema;
    this.classifier = classifier;
  }

  @Override
  public SinkWriter<T> createWriter(WriterInitContext context) {
    return new Writer<>(RunTally.of(runId), schema, classifier);
  }

  private static final class Writer<T> implements SinkWriter<T> {
    private final RunTally tally;
    private final SerializationSchema<T> schema;
    private final Classifier<T> classifier;
    private final Map<String, long[]> counts = new HashMap<>();
    private long bytes;

    Writer(RunTally tally, SerializationSchema<T> schema, Classifier<T> classifier) {
      this.tally = tally;
      this.schema = schema;
      this.classifier = classifier;
    }

    @Override
    public void write(T record, Context context) {
      bytes += schema.serialize(record).length;
      counts.computeIfAbsent(classifier.counterOf(record), name -> new long[1])[0]++;
    }

    @Override
    public void flush(boolean endOfInput) {}

    @Override
    public void close() {
      for (Map.Entry<String, long[]> count : counts.entrySet()) {
        tally.add(count.getKey(), count.getValue()[0]);
      }
      tally.add(OUTPUT_BYTES, bytes);
      tally.ended(System.nanoTime());
    }
  }
}
