package com.swopify.slamonitor.bench;

import com.swopify.slamonitor.flink.RawRecord;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.connector.datagen.source.GeneratorFunction;

/**
 * The bench's input, read by the job's source from memory. The records stay in a static registry of
 * this JVM and the source's function carries only their handle: records put into the job itself
 * ({@code env.fromData}) would be serialized into the job graph, which millions of records do not
 * fit, and reading them from files would measure the disk instead of the job.
 */
final class InMemoryRecords {
  static final String RECORDS_READ = "records-read";

  private static final Map<String, RawRecord[]> REGISTERED = new ConcurrentHashMap<>();

  private InMemoryRecords() {}

  static void register(String handle, RawRecord[] records) {
    REGISTERED.put(handle, records);
  }

  static void unregister(String handle) {
    REGISTERED.remove(handle);
  }

  private static RawRecord[] registered(String handle) {
    RawRecord[] records = REGISTERED.get(handle);
    if (records == null) {
      throw new IllegalStateException("no in-memory records under " + handle + " in this JVM");
    }
    return records;
  }

  /**
   * The source's function: the record at an index, as a DataGeneratorSource asks for them. Counts
   * what it hands out and reports it, with its start, to the run's tally.
   */
  static final class RecordAt implements GeneratorFunction<Long, RawRecord> {
    private static final long serialVersionUID = 1L;

    private final String runId;
    private transient RawRecord[] records;
    private transient long read;

    /**
     * @param runId the run, whose records are registered under its id
     */
    RecordAt(String runId) {
      this.runId = runId;
    }

    @Override
    public void open(SourceReaderContext readerContext) {
      records = registered(runId);
      RunTally.of(runId).started(System.nanoTime());
    }

    @Override
    public RawRecord map(Long index) {
      read++;
      return records[Math.toIntExact(index)];
    }

    @Override
    public void close() {
      RunTally.of(runId).add(RECORDS_READ, read);
    }
  }
}
