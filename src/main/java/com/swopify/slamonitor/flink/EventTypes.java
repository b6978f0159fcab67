package com.swopify.slamonitor.flink;

import com.swopify.slamonitor.calendar.CalendarChange;
import com.swopify.slamonitor.events.AbsenceNotice;
import com.swopify.slamonitor.events.AbsenceStatus;
import com.swopify.slamonitor.events.Breach;
import com.swopify.slamonitor.events.BreachCount;
import com.swopify.slamonitor.events.BreachType;
import com.swopify.slamonitor.events.SellerActivity;
import com.swopify.slamonitor.events.ThreadEvent;
import com.swopify.slamonitor.events.WaitOutcome;
import com.swopify.slamonitor.scorecard.SellerScore;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;

/**
 * Type information for the records between operators. The busy ones (every event, every decision)
 * have hand-written serializers: Flink's reflective POJO serializer was an eighth of the task
 * threads' time. The rare ones with local dates spell their fields out, because Flink's type
 * extractor treats LocalDate fields of a record as generic types (Kryo), which this job forbids;
 * that gives Flink's own LocalDate serializer instead, inside an ordinary POJO serializer that can
 * evolve with the record.
 */
public final class EventTypes {
  private EventTypes() {}

  public static TypeInformation<ThreadEvent> threadEvent() {
    return new RecordTypeInfo<>(ThreadEvent.class, ThreadEventSerializer::new);
  }

  public static TypeInformation<SellerActivity> sellerActivity() {
    return new RecordTypeInfo<>(SellerActivity.class, SellerActivitySerializer::new);
  }

  public static TypeInformation<WaitOutcome> waitOutcome() {
    return new RecordTypeInfo<>(WaitOutcome.class, WaitOutcomeSerializer::new);
  }

  public static TypeInformation<SellerScore> sellerScore() {
    return new RecordTypeInfo<>(SellerScore.class, SellerScoreSerializer::new);
  }

  public static TypeInformation<CalendarChange> calendarChange() {
    return new RecordTypeInfo<>(CalendarChange.class, CalendarChangeSerializer::new);
  }

  public static TypeInformation<Breach> breach() {
    return new RecordTypeInfo<>(Breach.class, BreachSerializer::new);
  }

  public static TypeInformation<BreachCount> breachCount() {
    return Types.POJO(
        BreachCount.class,
        Map.of(
            "sellerId", Types.STRING,
            "market", Types.STRING,
            "type", Types.ENUM(BreachType.class),
            "day", Types.LOCAL_DATE,
            "count", Types.LONG));
  }

  public static TypeInformation<AbsenceNotice> absenceNotice() {
    return Types.POJO(
        AbsenceNotice.class,
        Map.of(
            "noticeId", Types.STRING,
            "sellerId", Types.STRING,
            "market", Types.STRING,
            "notifiedAt", Types.INSTANT,
            "firstDay", Types.LOCAL_DATE,
            "lastDay", Types.LOCAL_DATE,
            "status", Types.ENUM(AbsenceStatus.class)));
  }
}
