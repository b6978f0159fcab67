package com.swopify.slamonitor.flink;

import com.swopify.slamonitor.events.CaseType;
import com.swopify.slamonitor.events.Finding;
import com.swopify.slamonitor.events.Finding.FindingType;
import com.swopify.slamonitor.events.ThreadEvent;
import com.swopify.slamonitor.events.Topic;
import com.swopify.slamonitor.flink.BinaryFields.Strings;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * Thread events between parsing and the reply rules. The layout is the one thread state stores its
 * pending events in ({@link ThreadStateSerializer} writes them with {@link #write}, its strings as
 * Flink's StringValue), so the two cannot drift apart.
 *
 * <p>Formats: 1, findings as type and evidence; 2, each finding also with its confidence and
 * whether it is for review. Format 1 findings read back with confidence 1, to be acted on (as they
 * were when written); an automated reply's finding is made from its {@code automatedBy}.
 */
public class ThreadEventSerializer extends ImmutableRecordSerializer<ThreadEvent> {
  private static final long serialVersionUID = 1L;
  static final int FORMAT = 2;

  /** How much of the event a layout holds, oldest first. */
  enum Layout {
    /** Thread state format 1: events end before the findings and the fingerprint. */
    NO_FINDINGS,
    /** Findings as type and evidence only. */
    FINDINGS,
    /** Findings with their confidence and review mark. */
    FINDINGS_WITH_CONFIDENCE
  }

  public ThreadEventSerializer() {
    super(Snapshot::new);
  }

  @Override
  void write(ThreadEvent event, DataOutputView out, Strings strings) throws IOException {
    BinaryFields.writeEnum(event.kind(), out);
    strings.write(event.id(), out);
    strings.write(event.threadId(), out);
    strings.write(event.sellerId(), out);
    strings.write(event.market(), out);
    out.writeLong(event.at());
    BinaryFields.writeEnum(event.topic(), out);
    BinaryFields.writeEnum(event.caseType(), out);
    out.writeBoolean(event.automatedBy() != null);
    if (event.automatedBy() != null) {
      strings.write(event.automatedBy(), out);
    }
    out.writeByte(event.findings().size());
    for (Finding finding : event.findings()) {
      BinaryFields.writeEnum(finding.type(), out);
      strings.write(finding.detailsJson(), out);
      out.writeDouble(finding.confidence());
      out.writeBoolean(finding.forReview());
    }
    out.writeLong(event.fingerprint());
    // Only marks carry their message: every other event's layout is the one stored since state
    // format 2, and no stored event is a mark, so old state reads unchanged.
    if (event.kind() == ThreadEvent.Kind.MARK) {
      strings.write(event.markedMessageId(), out);
    }
  }

  @Override
  ThreadEvent read(DataInputView in, Strings strings) throws IOException {
    return read(in, strings, Layout.FINDINGS_WITH_CONFIDENCE);
  }

  /**
   * @param strings how the strings were written
   */
  static ThreadEvent read(DataInputView in, Strings strings, Layout layout) throws IOException {
    ThreadEvent.Kind kind = BinaryFields.readEnum(ThreadEvent.Kind.values(), in);
    String id = strings.read(in);
    String threadId = strings.read(in);
    String sellerId = strings.read(in);
    String market = strings.read(in);
    long at = in.readLong();
    Topic topic = BinaryFields.readEnum(Topic.values(), in);
    CaseType caseType = BinaryFields.readEnum(CaseType.values(), in);
    String automatedBy = in.readBoolean() ? strings.read(in) : null;
    List<Finding> findings = List.of();
    long fingerprint = 0;
    if (layout != Layout.NO_FINDINGS) {
      int count = in.readByte();
      if (count > 0) {
        findings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
          FindingType type = BinaryFields.readEnum(FindingType.values(), in);
          String details = strings.read(in);
          findings.add(
              layout == Layout.FINDINGS
                  ? new Finding(type, details, 1.0)
                  : new Finding(type, details, in.readDouble(), in.readBoolean()));
        }
      }
      fingerprint = in.readLong();
    }
    String markedMessageId = kind == ThreadEvent.Kind.MARK ? strings.read(in) : null;
    return new ThreadEvent(
        kind,
        id,
        threadId,
        sellerId,
        market,
        at,
        topic,
        caseType,
        automatedBy,
        findings,
        fingerprint,
        markedMessageId);
  }

  /** Reads in-flight events of format 1 from a checkpoint taken by an older version. */
  static final class Format1 extends ThreadEventSerializer {
    private static final long serialVersionUID = 1L;

    @Override
    ThreadEvent read(DataInputView in, Strings strings) throws IOException {
      return read(in, strings, Layout.FINDINGS);
    }
  }

  /** Restores this serializer from a checkpoint. */
  public static final class Snapshot extends FormatSnapshot<ThreadEvent> {
    public Snapshot() {
      super(FORMAT, ThreadEventSerializer::new);
    }

    @Override
    protected TypeSerializer<ThreadEvent> serializerOfOlderFormat(int olderFormat) {
      return olderFormat == 1 ? new Format1() : null;
    }
  }
}
