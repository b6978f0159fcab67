package com.swopify.slamonitor.bench;

import com.swopify.slamonitor.codec.InputParser;
import com.swopify.slamonitor.codec.InvalidRecordException;
import com.swopify.slamonitor.events.BuyerMessage;
import com.swopify.slamonitor.events.SellerReply;
import com.swopify.slamonitor.flink.RawRecord;
import com.swopify.slamonitor.market.Markets;
import java.util.HashSet;
import java.util.Set;

/**
 * What the workload gives the policy detectors to read: the replies and buyer messages with a text,
 * and how many different texts are among them, which is what the memo of text analysis has to
 * analyse at the least. Counted once, before the runs; the texts themselves are not kept.
 *
 * @param replies seller replies with a text
 * @param distinctReplyTexts different texts among them
 * @param messages buyer messages with a text
 * @param distinctMessageTexts different texts among them
 */
record WorkloadTexts(
    long replies, int distinctReplyTexts, long messages, int distinctMessageTexts) {

  static WorkloadTexts of(Workload workload, Markets markets) {
    InputParser parser = new InputParser(markets.codes());
    long replies = 0;
    long messages = 0;
    Set<String> replyTexts = new HashSet<>();
    Set<String> messageTexts = new HashSet<>();
    for (RawRecord raw : workload.records()) {
      Object parsed;
      try {
        parsed = parser.parse(raw.source(), raw.value());
      } catch (InvalidRecordException e) {
        continue; // a dead letter: no detector reads it
      }
      if (parsed instanceof SellerReply reply && isRead(reply.text())) {
        replies++;
        replyTexts.add(reply.text());
      } else if (parsed instanceof BuyerMessage message && isRead(message.text())) {
        messages++;
        messageTexts.add(message.text());
      }
    }
    return new WorkloadTexts(replies, replyTexts.size(), messages, messageTexts.size());
  }

  /** As the detectors decide: a missing or blank text is not analysed. */
  private static boolean isRead(String text) {
    return text != null && !text.isBlank();
  }
}
