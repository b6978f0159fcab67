package com.swopify.slamonitor.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.swopify.slamonitor.calendar.CalendarChange;
import com.swopify.slamonitor.calendar.TimeRange;
import com.swopify.slamonitor.calendar.WeeklyHours;
import com.swopify.slamonitor.events.Breach;
import com.swopify.slamonitor.events.BreachType;
import com.swopify.slamonitor.events.CaseType;
import com.swopify.slamonitor.events.Finding;
import com.swopify.slamonitor.events.Finding.FindingType;
import com.swopify.slamonitor.events.FindingReview;
import com.swopify.slamonitor.events.SellerActivity;
import com.swopify.slamonitor.events.ThreadEvent;
import com.swopify.slamonitor.events.ThreadEvent.Kind;
import com.swopify.slamonitor.events.Topic;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;

/** The hand-written serializers of the records between operators: every field comes back. */
class RecordSerializersTest {

  @Test
  void threadEventsRoundTripWithFindingsAndFingerprint() throws IOException {
    ThreadEvent reply =
        new ThreadEvent(
            Kind.AUTOMATED_REPLY,
            "r-1",
            "t-1",
            "s-1",
            "SK",
            2_000L,
            null,
            null,
            "flag",
            List.of(
                new Finding(
                    FindingType.OFF_PLATFORM_CONTACT, "{\"masked\":\"j***@g***.com\"}", 0.87),
                new Finding(FindingType.WRONG_LANGUAGE, "{\"detected\":\"cs\"}", 0.87)),
            0x1234_5678_9abc_def0L);
    ThreadEvent message =
        new ThreadEvent(
            Kind.BUYER_MESSAGE, "m-1", "t-1", "s-1", "CZ", 1_000L, Topic.ORDER, null, null);
    ThreadEvent dispute =
        new ThreadEvent(
            Kind.CASE, "c-1", "t-1", "s-1", "PL", -5L, null, CaseType.QUALITY_DISPUTE, null);

    assertRoundTrip(EventTypes.threadEvent(), reply, message, dispute);
  }

  @Test
  void threadEventsRoundTripWithNullFields() throws IOException {
    ThreadEvent empty =
        new ThreadEvent(
            null,
            null,
            null,
            null,
            null,
            0L,
            null,
            null,
            null,
            List.of(new Finding(null, null, 0.87)),
            0);

    assertRoundTrip(EventTypes.threadEvent(), empty);
  }

  @Test
  void stringsOfAnyLengthAndScriptRoundTrip() throws IOException {
    String longText = "{\"masked\":\"" + "Žluťoučký kůň 🐎 ".repeat(2_000) + "\"}";
    ThreadEvent event =
        new ThreadEvent(
            Kind.BUYER_MESSAGE,
            "",
            "vlákno-1",
            "s".repeat(127),
            "s".repeat(128),
            1L,
            Topic.GENERAL,
            null,
            null,
            List.of(new Finding(FindingType.WRONG_LANGUAGE, longText, 0.87)),
            0);

    assertRoundTrip(EventTypes.threadEvent(), event);
  }

  @Test
  void sellerActivityRoundTrips() throws IOException {
    assertRoundTrip(
        EventTypes.sellerActivity(),
        new SellerActivity(SellerActivity.Kind.WAIT_OPENED, "s-1", "SK", "t-1", 1_000L),
        new SellerActivity(SellerActivity.Kind.REPLIED, "s-2", "HU", "t-2", Long.MAX_VALUE),
        new SellerActivity(null, null, null, null, Long.MIN_VALUE));
  }

  @Test
  void breachesRoundTripToTheNanosecond() throws IOException {
    assertRoundTrip(
        EventTypes.breach(),
        new Breach(
            "b-1",
            BreachType.REPLY_OVERDUE,
            "s-1",
            "SK",
            "t-1",
            "m-1",
            null,
            Instant.parse("2026-11-02T09:15:30.123456789Z"),
            "{\"dueAt\":\"2026-11-02\"}",
            null),
        new Breach(
            "b-2",
            BreachType.UNANNOUNCED_ABSENCE,
            "s-1",
            "SK",
            null,
            null,
            "n-1",
            Instant.ofEpochSecond(-1, 999_999_999),
            "{}",
            null),
        new Breach(null, null, null, null, null, null, null, null, null, null),
        new Breach(
            "b-3",
            BreachType.REPLY_OVERDUE,
            "s-1",
            "SK",
            "t-1",
            "m-1",
            null,
            Instant.parse("2026-11-02T09:15:30Z"),
            "{}",
            "c-1"));
  }

  @Test
  void breachesInFlightInFormatOneAreReadAfterMigration() throws IOException {
    DataOutputSerializer snapshot = new DataOutputSerializer(16);
    snapshot.writeInt(1);
    TypeSerializerSnapshot<Breach> older = new BreachSerializer.Snapshot();
    older.readSnapshot(
        1, new DataInputDeserializer(snapshot.getCopyOfBuffer()), getClass().getClassLoader());
    assertThat(
            new BreachSerializer.Snapshot()
                .resolveSchemaCompatibility(older)
                .isCompatibleAfterMigration())
        .isTrue();

    // A format-1 breach: no calendar change after its details.
    DataOutputSerializer out = new DataOutputSerializer(128);
    BinaryFields.Strings.UTF8.write("b-1", out);
    out.writeByte(BreachType.REPLY_OVERDUE.ordinal());
    for (String field : java.util.Arrays.asList("s-1", "SK", "t-1", "m-1", null)) {
      BinaryFields.Strings.UTF8.write(field, out);
    }
    BinaryFields.writeInstant(Instant.ofEpochSecond(60), out);
    BinaryFields.Strings.UTF8.write("{}", out);
    assertThat(
            older.restoreSerializer().deserialize(new DataInputDeserializer(out.getCopyOfBuffer())))
        .isEqualTo(
            new Breach(
                "b-1",
                BreachType.REPLY_OVERDUE,
                "s-1",
                "SK",
                "t-1",
                "m-1",
                null,
                Instant.ofEpochSecond(60),
                "{}",
                null));
  }

  @Test
  void calendarChangesRoundTripEveryKind() throws IOException {
    Instant published = Instant.parse("2026-11-01T00:00:00Z");
    assertRoundTrip(
        EventTypes.calendarChange(),
        CalendarChange.holidayAdded("c-1", "PL", published, LocalDate.parse("2026-12-24")),
        CalendarChange.holidayRemoved("c-2", "SK", published, LocalDate.parse("2026-09-15")),
        CalendarChange.hoursChanged(
            "c-3",
            "CZ",
            published,
            WeeklyHours.of(
                Map.of(
                    DayOfWeek.MONDAY,
                        List.of(TimeRange.parse("08:00-12:00"), TimeRange.parse("13:00-16:00")),
                    DayOfWeek.SATURDAY, List.of(TimeRange.parse("00:00-24:00")))),
            LocalDate.parse("2026-12-01")),
        new CalendarChange(
            "c-4",
            "HU",
            published,
            CalendarChange.Kind.EXEMPTION,
            null,
            null,
            null,
            Instant.parse("2026-11-20T10:00:00Z"),
            Instant.parse("2026-11-20T13:45:00Z"),
            "s-42",
            "Helpdesk outage"));
  }

  @Test
  void copiesAreTheImmutableRecordsThemselves() {
    TypeSerializer<SellerActivity> serializer = serializerOf(EventTypes.sellerActivity());
    SellerActivity activity =
        new SellerActivity(SellerActivity.Kind.REPLIED, "s-1", "SK", "t-1", 1_000L);

    assertThat(serializer.isImmutableType()).isTrue();
    assertThat(serializer.copy(activity)).isSameAs(activity);
  }

  @Test
  void aSnapshotRestoresTheSerializerOfItsFormat() throws IOException {
    TypeSerializer<ThreadEvent> serializer = serializerOf(EventTypes.threadEvent());
    DataOutputSerializer out = new DataOutputSerializer(64);
    TypeSerializerSnapshot.writeVersionedSnapshot(out, serializer.snapshotConfiguration());

    TypeSerializerSnapshot<ThreadEvent> restored =
        TypeSerializerSnapshot.readVersionedSnapshot(
            new DataInputDeserializer(out.getCopyOfBuffer()), getClass().getClassLoader());

    assertThat(restored.restoreSerializer()).isEqualTo(serializer);
    assertThat(
            serializer
                .snapshotConfiguration()
                .resolveSchemaCompatibility(restored)
                .isCompatibleAsIs())
        .isTrue();
  }

  @Test
  void eventsInFlightInFormatOneAreReadAfterMigration() throws IOException {
    DataOutputSerializer snapshot = new DataOutputSerializer(16);
    snapshot.writeInt(1);
    TypeSerializerSnapshot<ThreadEvent> older = new ThreadEventSerializer.Snapshot();
    older.readSnapshot(
        1, new DataInputDeserializer(snapshot.getCopyOfBuffer()), getClass().getClassLoader());
    assertThat(
            new ThreadEventSerializer.Snapshot()
                .resolveSchemaCompatibility(older)
                .isCompatibleAfterMigration())
        .isTrue();

    // A format-1 event: findings as type and evidence, strings as UTF-8.
    DataOutputSerializer out = new DataOutputSerializer(128);
    out.writeByte(Kind.SELLER_REPLY.ordinal());
    for (String field : List.of("r-1", "t-1", "s-1", "SK")) {
      BinaryFields.Strings.UTF8.write(field, out);
    }
    out.writeLong(2_000L);
    out.writeByte(-1);
    out.writeByte(-1);
    out.writeBoolean(false);
    out.writeByte(1);
    out.writeByte(FindingType.OFF_PLATFORM_CONTACT.ordinal());
    BinaryFields.Strings.UTF8.write("{\"contacts\":[]}", out);
    out.writeLong(5L);
    byte[] written = out.getCopyOfBuffer();
    ThreadEvent expected =
        new ThreadEvent(
            Kind.SELLER_REPLY,
            "r-1",
            "t-1",
            "s-1",
            "SK",
            2_000L,
            null,
            null,
            null,
            List.of(new Finding(FindingType.OFF_PLATFORM_CONTACT, "{\"contacts\":[]}", 1.0)),
            5L);
    assertThat(older.restoreSerializer().deserialize(new DataInputDeserializer(written)))
        .isEqualTo(expected);
  }

  @Test
  void findingReviewsRoundTrip() throws IOException {
    assertRoundTrip(
        TypeInformation.of(FindingReview.class),
        new FindingReview(
            "rv-1",
            FindingType.WRONG_LANGUAGE,
            "t-1",
            "r-1",
            "s-1",
            "SK",
            java.time.Instant.ofEpochMilli(7L),
            0.64,
            "{\"detected\":\"cs\"}"));
  }

  @Test
  void aSnapshotOfAnUnknownFormatIsRefusedRatherThanMisread() throws IOException {
    DataOutputSerializer out = new DataOutputSerializer(64);
    out.writeInt(BreachSerializer.FORMAT + 1);
    TypeSerializerSnapshot<Breach> future = new BreachSerializer.Snapshot();
    future.readSnapshot(
        1, new DataInputDeserializer(out.getCopyOfBuffer()), getClass().getClassLoader());

    assertThatThrownBy(future::restoreSerializer).isInstanceOf(IllegalStateException.class);
    assertThat(new BreachSerializer.Snapshot().resolveSchemaCompatibility(future).isIncompatible())
        .isTrue();
    assertThat(
            new BreachSerializer.Snapshot()
                .resolveSchemaCompatibility(castSnapshot(new SellerActivitySerializer.Snapshot()))
                .isIncompatible())
        .isTrue();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static TypeSerializerSnapshot<Breach> castSnapshot(TypeSerializerSnapshot<?> snapshot) {
    return (TypeSerializerSnapshot) snapshot;
  }

  @SafeVarargs
  private static <T> void assertRoundTrip(TypeInformation<T> type, T... records)
      throws IOException {
    TypeSerializer<T> serializer = serializerOf(type);
    DataOutputSerializer out = new DataOutputSerializer(256);
    for (T record : records) {
      serializer.serialize(record, out);
    }
    DataInputDeserializer in = new DataInputDeserializer(out.getCopyOfBuffer());
    for (T record : records) {
      // Deserializing "into" an earlier record must not change it: object reuse relies on that.
      T reuse = records[0];
      assertThat(serializer.deserialize(reuse, in)).isEqualTo(record).isNotSameAs(record);
    }
    assertThat(in.available()).isZero();
    assertThat(records[0]).isEqualTo(serializerOf(type).copy(records[0]));
  }

  private static <T> TypeSerializer<T> serializerOf(TypeInformation<T> type) {
    return type.createSerializer(new SerializerConfigImpl());
  }
}
