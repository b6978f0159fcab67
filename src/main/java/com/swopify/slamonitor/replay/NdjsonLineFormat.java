package com.swopify.slamonitor.replay;

import com.swopify.slamonitor.codec.NdjsonLines;
import com.swopify.slamonitor.events.Source;
import com.swopify.slamonitor.flink.RawRecord;
import java.io.IOException;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.reader.SimpleStreamFormat;
import org.apache.flink.connector.file.src.reader.StreamFormat;
import org.apache.flink.core.fs.FSDataInputStream;

/**
 * The non-blank lines of an NDJSON input file as raw records of one stream. Each line is decoded on
 * its own ({@link NdjsonLines}): a line that is not UTF-8 becomes a dead letter, and the lines
 * around it are read as usual (Flink's text line format would decode the whole file and silently
 * replace bad bytes).
 */
final class NdjsonLineFormat extends SimpleStreamFormat<RawRecord> {
  private static final long serialVersionUID = 1L;

  private final Source source;

  NdjsonLineFormat(Source source) {
    this.source = source;
  }

  @Override
  public StreamFormat.Reader<RawRecord> createReader(
      Configuration config, FSDataInputStream stream) {
    NdjsonLines lines = new NdjsonLines(stream);
    return new StreamFormat.Reader<>() {
      @Override
      public RawRecord read() throws IOException {
        for (NdjsonLines.Line line = lines.next(); line != null; line = lines.next()) {
          if (!line.text().isBlank()) {
            return RawRecord.ofLine(source, line);
          }
        }
        return null;
      }

      @Override
      public void close() throws IOException {
        stream.close();
      }
    };
  }

  @Override
  public TypeInformation<RawRecord> getProducedType() {
    return TypeInformation.of(RawRecord.class);
  }
}
