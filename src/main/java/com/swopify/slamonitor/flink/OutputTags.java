package com.swopify.slamonitor.flink;

import com.swopify.slamonitor.calendar.CalendarChange;
import com.swopify.slamonitor.events.AbsenceNotice;
import com.swopify.slamonitor.events.Breach;
import com.swopify.slamonitor.events.DeadLetter;
import com.swopify.slamonitor.events.FindingReview;
import com.swopify.slamonitor.events.QuickReply;
import com.swopify.slamonitor.events.SellerActivity;
import com.swopify.slamonitor.events.TakeoverRequest;
import com.swopify.slamonitor.events.WaitOutcome;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.util.OutputTag;

/** Every side output of the job, declared once. */
public final class OutputTags {
  private OutputTags() {}

  public static final OutputTag<DeadLetter> DEAD_LETTERS =
      new OutputTag<>("dead-letters", TypeInformation.of(DeadLetter.class));

  public static final OutputTag<AbsenceNotice> ABSENCE_NOTICES =
      new OutputTag<>("absence-notices", EventTypes.absenceNotice());

  /** Calendar changes, for every subtask of the rules that decide with calendars. */
  public static final OutputTag<CalendarChange> CALENDAR_CHANGES =
      new OutputTag<>("calendar-changes", EventTypes.calendarChange());

  public static final OutputTag<Breach> BREACHES = new OutputTag<>("breaches", EventTypes.breach());

  public static final OutputTag<SellerActivity> SELLER_ACTIVITY =
      new OutputTag<>("seller-activity", EventTypes.sellerActivity());

  /** Quick non-automated replies, for template recognition per seller. */
  public static final OutputTag<QuickReply> QUICK_REPLIES =
      new OutputTag<>("quick-replies", TemplateReplyFunction.quickReplyType());

  /** Decided waits and the replies that ended them, for the seller scorecards. */
  public static final OutputTag<WaitOutcome> WAIT_OUTCOMES =
      new OutputTag<>("wait-outcomes", EventTypes.waitOutcome());

  public static final OutputTag<TakeoverRequest> TAKEOVERS =
      new OutputTag<>("takeovers", TypeInformation.of(TakeoverRequest.class));

  /** Findings below their detector's review threshold, for a person (not breaches). */
  public static final OutputTag<FindingReview> FINDING_REVIEWS =
      new OutputTag<>("finding-reviews", TypeInformation.of(FindingReview.class));
}
