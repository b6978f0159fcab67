package com.swopify.slamonitor.demo;

import static com.swopify.slamonitor.demo.RandomDraws.chance;

import com.swopify.slamonitor.events.AbsenceNotice;
import com.swopify.slamonitor.events.AbsenceStatus;
import com.swopify.slamonitor.events.BuyerMessage;
import com.swopify.slamonitor.events.CaseEvent;
import com.swopify.slamonitor.events.SellerReply;
import com.swopify.slamonitor.events.Topic;
import java.time.Instant;
import java.time.ZoneId;
import java.util.SplittableRandom;

/**
 * Writes the input records as the Helpdesk does (contract section 2, field names and order as
 * there): instants sometimes in UTC and sometimes in the market's offset, and optional fields with
 * a default sometimes left out, so consumers meet both forms.
 */
final class HelpdeskFormat {
  private static final double OFFSET_INSTANTS = 0.5;
  private static final double DEFAULT_TOPIC_OMITTED = 0.4;
  private static final double NOT_AUTOMATED_OMITTED = 0.7;
  private static final double ANNOUNCED_OMITTED = 0.5;

  private final GeneratorSettings settings;
  private final SplittableRandom rng;

  HelpdeskFormat(GeneratorSettings settings, SplittableRandom rng) {
    this.settings = settings;
    this.rng = rng;
  }

  OutgoingRecord message(BuyerMessage m) {
    ZoneId zone = zoneOf(m.market());
    boolean topicOmitted = m.topic() == Topic.GENERAL && chance(rng, DEFAULT_TOPIC_OMITTED);
    JsonFields fields =
        new JsonFields()
            .put("messageId", m.messageId())
            .put("threadId", m.threadId())
            .put("sellerId", m.sellerId())
            .put("buyerId", m.buyerId())
            .put("market", m.market())
            .put("sentAt", instant(m.sentAt(), zone))
            .put("orderId", m.orderId())
            .put("topic", topicOmitted || m.topic() == null ? null : m.topic().name())
            .put("language", m.language())
            .put("text", m.text());
    return new OutgoingRecord(fields, m.sentAt(), zone);
  }

  OutgoingRecord reply(SellerReply r) {
    ZoneId zone = zoneOf(r.market());
    JsonFields fields =
        new JsonFields()
            .put("messageId", r.messageId())
            .put("threadId", r.threadId())
            .put("sellerId", r.sellerId())
            .put("market", r.market())
            .put("sentAt", instant(r.sentAt(), zone));
    if (r.automated() || !chance(rng, NOT_AUTOMATED_OMITTED)) {
      fields.put("automated", r.automated());
    }
    fields.put("text", r.text());
    return new OutgoingRecord(fields, r.sentAt(), zone);
  }

  OutgoingRecord caseOpened(CaseEvent c) {
    ZoneId zone = zoneOf(c.market());
    JsonFields fields =
        new JsonFields()
            .put("caseId", c.caseId())
            .put("threadId", c.threadId())
            .put("sellerId", c.sellerId())
            .put("market", c.market())
            .put("openedAt", instant(c.openedAt(), zone))
            .put("type", c.type().name());
    return new OutgoingRecord(fields, c.openedAt(), zone);
  }

  OutgoingRecord absence(AbsenceNotice n) {
    ZoneId zone = zoneOf(n.market());
    boolean statusOmitted = n.status() == AbsenceStatus.ANNOUNCED && chance(rng, ANNOUNCED_OMITTED);
    JsonFields fields =
        new JsonFields()
            .put("noticeId", n.noticeId())
            .put("sellerId", n.sellerId())
            .put("market", n.market())
            .put("notifiedAt", instant(n.notifiedAt(), zone))
            .put("firstDay", n.firstDay().toString())
            .put("lastDay", n.lastDay().toString())
            .put("status", statusOmitted ? null : n.status().name());
    return new OutgoingRecord(fields, n.notifiedAt(), zone);
  }

  private String instant(Instant t, ZoneId zone) {
    return chance(rng, OFFSET_INSTANTS)
        ? InstantText.withMarketOffset(t, zone)
        : InstantText.utc(t);
  }

  private ZoneId zoneOf(String market) {
    return settings.market(market).zone();
  }
}
