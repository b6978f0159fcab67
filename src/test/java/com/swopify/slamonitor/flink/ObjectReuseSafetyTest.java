package com.swopify.slamonitor.flink;

import static org.assertj.core.api.Assertions.assertThat;

import com.swopify.slamonitor.calendar.WeeklyHours;
import com.swopify.slamonitor.events.Breach;
import com.swopify.slamonitor.events.SellerActivity;
import com.swopify.slamonitor.events.Source;
import com.swopify.slamonitor.events.ThreadEvent;
import com.swopify.slamonitor.market.Markets;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.dag.Transformation;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;

/**
 * The job runs with object reuse, which is safe only while every record passed between its
 * operators is immutable: a chained operator then gets the very object its upstream emitted, and
 * heap state keeps references to the events it holds (docs/design.md, "Object reuse"). This walks
 * the job's dataflow and checks every stream's type: a Java record whose components are immutable
 * (strings, instants, dates, enums, primitives and their boxes, records of those, and lists, which
 * the records copy into unmodifiable ones).
 */
class ObjectReuseSafetyTest {
  // WeeklyHours is a final class whose only field is filled once, with unmodifiable lists, by
  // its factory: immutable, though not a record.
  private static final Set<Class<?>> IMMUTABLE =
      Set.of(
          String.class,
          Instant.class,
          LocalDate.class,
          Integer.class,
          Long.class,
          Boolean.class,
          WeeklyHours.class);

  @Test
  void theJobRunsWithObjectReuse() {
    assertThat(SlaJob.baseConfiguration().get(PipelineOptions.OBJECT_REUSE)).isTrue();
  }

  @Test
  void everyStreamOfTheJobCarriesImmutableRecords() {
    StreamExecutionEnvironment env =
        StreamExecutionEnvironment.getExecutionEnvironment(SlaJob.baseConfiguration());
    DataStream<RawRecord> input =
        env.fromData(List.of(RawRecord.ofLine(Source.MESSAGES, "{}")), recordType());
    SlaJob.Outputs outputs =
        SlaJob.defineWorkflow(
            SlaSettings.replay(Markets.load(Path.of("jobs/markets.yaml")), 0L)
                .withoutTextAnalysis(),
            input);
    List<DataStream<?>> streams =
        List.of(
            outputs.alerts(),
            outputs.breaches(),
            outputs.takeovers(),
            outputs.breachCounts(),
            outputs.deadLetters(),
            outputs.absenceNotices(),
            outputs.sellerActivity());

    Set<Class<?>> types = new HashSet<>();
    Deque<Transformation<?>> open = new ArrayDeque<>();
    streams.forEach(stream -> open.add(stream.getTransformation()));
    Set<Transformation<?>> seen = new HashSet<>();
    while (!open.isEmpty()) {
      Transformation<?> transformation = open.pop();
      if (seen.add(transformation)) {
        types.add(transformation.getOutputType().getTypeClass());
        open.addAll(transformation.getInputs());
      }
    }

    assertThat(types)
        .contains(RawRecord.class, ThreadEvent.class, SellerActivity.class, Breach.class);
    for (Class<?> type : types) {
      assertImmutable(type, type.getSimpleName());
    }
  }

  private static void assertImmutable(Type type, String path) {
    if (type instanceof ParameterizedType generic) {
      assertThat(generic.getRawType()).as(path).isEqualTo(List.class);
      assertImmutable(generic.getActualTypeArguments()[0], path + "[]");
      return;
    }
    Class<?> cls = (Class<?>) type;
    if (cls.isPrimitive() || cls.isEnum() || IMMUTABLE.contains(cls)) {
      return;
    }
    assertThat(cls.isRecord()).as(path + " is a record").isTrue();
    for (RecordComponent component : cls.getRecordComponents()) {
      assertImmutable(component.getGenericType(), path + "." + component.getName());
    }
  }

  private static TypeInformation<RawRecord> recordType() {
    return TypeInformation.of(RawRecord.class);
  }
}
