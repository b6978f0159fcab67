package com.swopify.slamonitor.events;

import java.util.ArrayList;
import java.util.List;

/**
 * What the reply-SLA logic needs of one input event on a thread: a buyer message, a seller reply, a
 * case or a "no response needed" mark, flattened into one type so that the three input streams can
 * be keyed by thread and processed by one function. Texts are not carried: detectors read them
 * before this point and leave only their masked findings, so thread state stays small and free of
 * personal data.
 *
 * @param kind what happened
 * @param id the messageId (messages, replies), caseId (cases) or markId (marks)
 * @param at the event time in epoch milliseconds (sentAt, openedAt or markedAt)
 * @param topic the buyer message's topic; null for other kinds
 * @param caseType the case's type; null for other kinds
 * @param automatedBy for an automated reply, what recognised it (e.g. {@code flag}); else null
 * @param findings what the detectors found in the text (masked evidence); empty if nothing. An
 *     automated reply always carries its {@code AUTOMATED_REPLY} finding (one is made from {@code
 *     automatedBy}, with confidence 1, when none is given); findings for review travel here as
 *     well, marked {@link Finding#forReview()}
 * @param fingerprint a reply's normalised-text fingerprint for template detection; 0 if none
 * @param markedMessageId a mark's buyer message; null for other kinds
 */
public record ThreadEvent(
    Kind kind,
    String id,
    String threadId,
    String sellerId,
    String market,
    long at,
    Topic topic,
    CaseType caseType,
    String automatedBy,
    List<Finding> findings,
    long fingerprint,
    String markedMessageId) {

  public ThreadEvent {
    if (automatedBy != null && !hasActionable(findings, Finding.FindingType.AUTOMATED_REPLY)) {
      List<Finding> withAutomated = new ArrayList<>(findings.size() + 1);
      withAutomated.add(automatedFinding(automatedBy, 1.0));
      withAutomated.addAll(findings);
      findings = withAutomated;
    }
    findings = findings.isEmpty() ? List.of() : List.copyOf(findings);
  }

  /** Any event but a mark. */
  public ThreadEvent(
      Kind kind,
      String id,
      String threadId,
      String sellerId,
      String market,
      long at,
      Topic topic,
      CaseType caseType,
      String automatedBy,
      List<Finding> findings,
      long fingerprint) {
    this(
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
        null);
  }

  /** The evidence of an automated reply: what recognised it. */
  public static Finding automatedFinding(String recognisedBy, double confidence) {
    return new Finding(
        Finding.FindingType.AUTOMATED_REPLY,
        Details.object().put("recognisedBy", recognisedBy).json(),
        confidence);
  }

  private static boolean hasActionable(List<Finding> findings, Finding.FindingType type) {
    for (Finding finding : findings) {
      if (finding.type() == type && !finding.forReview()) {
        return true;
      }
    }
    return false;
  }

  /** An event whose text found nothing (or was not analysed). */
  public ThreadEvent(
      Kind kind,
      String id,
      String threadId,
      String sellerId,
      String market,
      long at,
      Topic topic,
      CaseType caseType,
      String automatedBy) {
    this(kind, id, threadId, sellerId, market, at, topic, caseType, automatedBy, List.of(), 0);
  }

  /** The kinds, in the order events of the same instant are processed. */
  public enum Kind {
    /**
     * Comes first: a reply sent at the same instant answers it (ans(m) is the first r >= sentAt).
     */
    BUYER_MESSAGE,
    SELLER_REPLY,
    AUTOMATED_REPLY,
    CASE,
    /**
     * After replies: a reply and a mark at the same instant, the reply ends the wait (contract
     * section 10). Appended, as enum constants are stored by ordinal.
     */
    MARK
  }

  public static ThreadEvent of(BuyerMessage m) {
    return of(m, List.of());
  }

  /** A buyer message and the serious-violation signals found in its text. */
  public static ThreadEvent of(BuyerMessage m, List<Finding> findings) {
    return new ThreadEvent(
        Kind.BUYER_MESSAGE,
        m.messageId(),
        m.threadId(),
        m.sellerId(),
        m.market(),
        m.sentAt().toEpochMilli(),
        m.topic(),
        null,
        null,
        findings,
        0);
  }

  /** A reply; {@code automatedBy} non-null makes it an automated one that answers nothing. */
  public static ThreadEvent of(SellerReply r, String automatedBy) {
    return of(r, automatedBy, List.of(), 0);
  }

  /** A reply with what the detectors found in its text. */
  public static ThreadEvent of(
      SellerReply r, String automatedBy, List<Finding> findings, long fingerprint) {
    return new ThreadEvent(
        automatedBy == null ? Kind.SELLER_REPLY : Kind.AUTOMATED_REPLY,
        r.messageId(),
        r.threadId(),
        r.sellerId(),
        r.market(),
        r.sentAt().toEpochMilli(),
        null,
        null,
        automatedBy,
        findings,
        fingerprint);
  }

  public static ThreadEvent of(CaseEvent c) {
    return new ThreadEvent(
        Kind.CASE,
        c.caseId(),
        c.threadId(),
        c.sellerId(),
        c.market(),
        c.openedAt().toEpochMilli(),
        null,
        c.type(),
        null);
  }

  /** A "no response needed" mark on one of the thread's buyer messages (contract section 9). */
  public static ThreadEvent of(MessageMark k) {
    return new ThreadEvent(
        Kind.MARK,
        k.markId(),
        k.threadId(),
        k.sellerId(),
        k.market(),
        k.markedAt().toEpochMilli(),
        null,
        null,
        null,
        List.of(),
        0,
        k.messageId());
  }

  /**
   * Whether this event takes part in de-duplication (contract: a messageId, or a markId, seen
   * before).
   */
  public boolean hasMessageId() {
    return kind != Kind.CASE;
  }
}
