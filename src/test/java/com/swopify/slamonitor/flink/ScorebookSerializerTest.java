package com.swopify.slamonitor.flink;

import static org.assertj.core.api.Assertions.assertThat;

import com.swopify.slamonitor.events.BreachType;
import com.swopify.slamonitor.events.WaitOutcome;
import com.swopify.slamonitor.scorecard.Scorebook;
import com.swopify.slamonitor.scorecard.ScorecardSettings;
import com.swopify.slamonitor.scorecard.SellerScore;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;

/** The scorecard state: bounded by days, not events, and read back to the same records. */
class ScorebookSerializerTest {
  private static final LocalDate FIRST = LocalDate.parse("2026-09-01");

  /** A busy seller: 90 days with a hundred waits each, a few late, marks and two breach types. */
  static Scorebook busySeller() {
    Scorebook book = new Scorebook();
    for (int d = 0; d < Scorebook.WINDOW_DAYS; d++) {
      LocalDate day = FIRST.plusDays(d);
      for (int i = 0; i < 100; i++) {
        WaitOutcome.Kind kind =
            i % 20 == 0
                ? WaitOutcome.Kind.OVERDUE
                : i % 7 == 0 ? WaitOutcome.Kind.MARKED : WaitOutcome.Kind.REPLIED_IN_TIME;
        book.add(new WaitOutcome(kind, "s-1", "SK", 0, 5 * 3_600_000L + i * 1_001L), day, true);
      }
      book.add(BreachType.REPLY_OVERDUE, day, true);
      book.add(BreachType.OFF_PLATFORM_CONTACT, day, true);
    }
    return book;
  }

  @Test
  void ninetyBusyDaysTakeAtMostTwoKibibytes() throws IOException {
    byte[] bytes = serialize(busySeller());

    assertThat(bytes.length).isLessThanOrEqualTo(2048);
  }

  @Test
  void readsBackToTheSameRecords() throws IOException {
    Scorebook book = busySeller();
    Scorebook copy =
        new ScorebookSerializer().deserialize(new DataInputDeserializer(serialize(book)));

    long lastDay = FIRST.plusDays(Scorebook.WINDOW_DAYS - 1).toEpochDay();
    assertThat(records(copy, lastDay)).isEqualTo(records(book, lastDay));
    assertThat(records(copy, lastDay)).hasSize(Scorebook.WINDOW_DAYS);
  }

  static byte[] serialize(Scorebook book) throws IOException {
    DataOutputSerializer out = new DataOutputSerializer(256);
    new ScorebookSerializer().serialize(book, out);
    return out.getCopyOfBuffer();
  }

  private static List<SellerScore> records(Scorebook book, long lastDay) {
    List<SellerScore> records = new ArrayList<>();
    book.copy().closeThrough(lastDay, "s-1", "SK", ScorecardSettings.DEFAULTS, records::add);
    return records;
  }
}
