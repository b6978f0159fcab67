package com.swopify.slamonitor.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.flink.api.common.serialization.SerializationSchema;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;

/**
 * Writes one NDJSON file on the local file system, for replays on the embedded engine. Run it with
 * parallelism 1: every writer would open the same file. The file appears when the job starts and is
 * complete when the job has finished; callers write into a staging folder and move the files into
 * place only after success.
 */
public final class NdjsonFileSink<T> implements Sink<T> {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final SerializationSchema<T> schema;

  public NdjsonFileSink(Path file, SerializationSchema<T> schema) {
    this.file = file.toString();
    this.schema = schema;
  }

  @Override
  public SinkWriter<T> createWriter(WriterInitContext context) throws IOException {
    return new Writer<>(Files.newOutputStream(Path.of(file)), schema);
  }

  private static final class Writer<T> implements SinkWriter<T> {
    private final OutputStream out;
    private final SerializationSchema<T> schema;

    Writer(OutputStream out, SerializationSchema<T> schema) {
      this.out = new BufferedOutputStream(out, 1 << 16);
      this.schema = schema;
    }

    @Override
    public void write(T element, Context context) throws IOException {
      out.write(schema.serialize(element));
      out.write('\n');
    }

    @Override
    public void flush(boolean endOfInput) throws IOException {
      out.flush();
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }
}
