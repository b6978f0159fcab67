package com.swopify.slamonitor.demo;

import static com.swopify.slamonitor.demo.RandomDraws.chance;
import static com.swopify.slamonitor.demo.RandomDraws.logUniform;
import static com.swopify.slamonitor.demo.RandomDraws.uniform;

import com.swopify.slamonitor.events.BuyerMessage;
import com.swopify.slamonitor.events.CaseEvent;
import com.swopify.slamonitor.events.CaseType;
import com.swopify.slamonitor.events.SellerReply;
import com.swopify.slamonitor.events.Topic;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Plays out one Helpdesk thread. A buyer opens it in the market's daytime; the seller's profile
 * decides when (and whether) its person answers; the buyer may write again before the answer (one
 * wait with several messages) or after it (a second wait). Auto-responders answer every message
 * within seconds, sloppy sellers break the language or channel rule now and then, silent sellers
 * answer after their silence or never. Events after the period's end are left out, as in an export
 * taken at that moment.
 */
final class ConversationSimulator {
  private static final WeightedChoice<Integer> MESSAGES_PER_THREAD =
      WeightedChoice.<Integer>builder().add(1, 55).add(2, 28).add(3, 12).add(4, 5).build();

  /** An unanswered buyer writes again before the answer comes this often. */
  private static final double NUDGE_BEFORE_ANSWER = 0.4;

  private static final Duration NUDGE_MIN = Duration.ofMinutes(20);
  private static final Duration NUDGE_MAX = Duration.ofHours(30);
  private static final Duration BUYER_RESPONSE_MIN = Duration.ofMinutes(5);
  private static final Duration BUYER_RESPONSE_MAX = Duration.ofHours(36);

  private static final Duration AUTO_REPLY_MIN = Duration.ofSeconds(3);
  private static final Duration AUTO_REPLY_MAX = Duration.ofSeconds(45);

  /** A seller back from a silence catches up within a few business hours, or drops the thread. */
  private static final double NEVER_BACK_FROM_SILENCE = 0.35;

  private static final int SILENCES_FOLLOWED = 4;
  private static final Duration CATCH_UP_MIN = Duration.ofHours(1);
  private static final Duration CATCH_UP_MAX = Duration.ofHours(10);

  private static final double WRONG_LANGUAGE = 0.15;
  private static final double OFF_PLATFORM_CONTACT = 0.12;

  private static final double FOREIGN_BUYER = 0.03;
  private static final double BUYER_ID_KNOWN = 0.95;
  private static final double LANGUAGE_KNOWN = 0.9;
  private static final double TEXT_WITHHELD = 0.02;
  private static final double BUYER_TYPES_PLAIN = 0.3;
  private static final double SELLER_TYPES_PLAIN = 0.1;
  private static final double ORDER_ON_GENERAL_QUESTION = 0.2;
  private static final double ORDER_ON_OTHER_TOPICS = 0.85;

  private static final Duration CASE_AFTER_MIN = Duration.ofHours(2);
  private static final Duration CASE_AFTER_MAX = Duration.ofDays(6);

  private static final String FOREIGN_LANGUAGE = "en";

  private final GeneratorSettings settings;
  private final SellerSilences silences;

  /** Every language a sloppy seller might slip into, in the settings' order. */
  private final List<String> languages;

  ConversationSimulator(GeneratorSettings settings, SellerSilences silences) {
    this.settings = settings;
    this.silences = silences;
    Set<String> distinct = new LinkedHashSet<>();
    settings.markets().forEach(market -> distinct.add(market.language()));
    distinct.add(FOREIGN_LANGUAGE);
    this.languages = List.copyOf(distinct);
  }

  /** The thread numbered {@code threadNumber} (from 1) of the given seller. */
  Conversation simulate(int threadNumber, Seller seller, SplittableRandom rng) {
    return new Script(threadNumber, seller, rng).play();
  }

  /** The state of one thread while it is played out. */
  private final class Script {
    private final int threadNumber;
    private final String threadId;
    private final Seller seller;
    private final SplittableRandom rng;
    private final ZoneId zone;
    private final Instant end = settings.end();
    private final LanguagePhrases sellerPhrases;
    private final LanguagePhrases buyerPhrases;
    private final Topic topic;
    private final String buyerId;
    private final String orderId;
    private final List<BuyerMessage> messages = new ArrayList<>(4);
    private final List<SellerReply> replies = new ArrayList<>(4);

    Script(int threadNumber, Seller seller, SplittableRandom rng) {
      this.threadNumber = threadNumber;
      this.threadId = IdFormat.thread(threadNumber);
      this.seller = seller;
      this.rng = rng;
      this.zone = seller.market().zone();
      this.sellerPhrases = Phrasebook.of(seller.market().language());
      this.buyerPhrases =
          chance(rng, FOREIGN_BUYER) ? Phrasebook.of(FOREIGN_LANGUAGE) : sellerPhrases;
      this.topic = TopicMix.pick(rng);
      this.buyerId = IdFormat.buyer(rng.nextLong(1, 10_000_000));
      double orderShare =
          topic == Topic.GENERAL ? ORDER_ON_GENERAL_QUESTION : ORDER_ON_OTHER_TOPICS;
      this.orderId =
          chance(rng, orderShare) ? IdFormat.order(rng.nextLong(1, 1_000_000_000)) : null;
    }

    Conversation play() {
      Instant opened = DailyRhythm.buyerMessageAt(rng, zone, settings.start(), end);
      Instant t = opened;
      buyerWrites(t, Phrasebook.buyerOpening(buyerPhrases, topic, rng));
      Instant answer = humanAnswerAfter(t);
      int total = MESSAGES_PER_THREAD.pick(rng);
      for (int k = 1; k < total; k++) {
        Instant nudgeAt = t.plus(logUniform(rng, NUDGE_MIN, NUDGE_MAX));
        boolean nudge =
            answer == null || (chance(rng, NUDGE_BEFORE_ANSWER) && nudgeAt.isBefore(answer));
        if (nudge) {
          t = nudgeAt;
          if (!t.isBefore(end)) {
            break;
          }
          buyerWrites(t, buyerPhrases.nudge());
        } else {
          sellerAnswers(answer);
          t = answer.plus(logUniform(rng, BUYER_RESPONSE_MIN, BUYER_RESPONSE_MAX));
          answer = null;
          if (!t.isBefore(end)) {
            break;
          }
          buyerWrites(t, buyerPhrases.thanksAndQuestion());
          answer = humanAnswerAfter(t);
        }
      }
      if (answer != null) {
        sellerAnswers(answer);
      }
      return new Conversation(messages, replies, caseAfter(opened));
    }

    private void buyerWrites(Instant at, String phrase) {
      String text =
          chance(rng, TEXT_WITHHELD) ? null : typed(buyerPhrases, phrase, BUYER_TYPES_PLAIN);
      messages.add(
          new BuyerMessage(
              IdFormat.buyerMessage(threadId, messages.size() + 1),
              threadId,
              seller.id(),
              seller.market().code(),
              at,
              chance(rng, BUYER_ID_KNOWN) ? buyerId : null,
              orderId,
              topic,
              chance(rng, LANGUAGE_KNOWN) ? buyerPhrases.language() : null,
              text));
      if (seller.profile() == SellerProfile.AUTO_RESPONDER) {
        // A tool outside the Helpdesk sends the same out-of-office text, but unflagged.
        reply(
            at.plus(uniform(rng, AUTO_REPLY_MIN, AUTO_REPLY_MAX)),
            seller.automationFlagged(),
            Phrasebook.outOfOffice(sellerPhrases, rng));
      }
    }

    private void sellerAnswers(Instant at) {
      LanguagePhrases phrases = sellerPhrases;
      boolean sloppy = seller.profile() == SellerProfile.SLOPPY;
      if (sloppy && chance(rng, WRONG_LANGUAGE)) {
        phrases = Phrasebook.of(otherLanguage());
      }
      String text = typed(phrases, Phrasebook.sellerAnswer(phrases, rng), SELLER_TYPES_PLAIN);
      if (sloppy && chance(rng, OFF_PLATFORM_CONTACT)) {
        text = text + " " + Phrasebook.offPlatformContact(rng);
      }
      reply(at, false, text);
    }

    private void reply(Instant at, boolean automated, String text) {
      if (at.isBefore(end)) {
        replies.add(
            new SellerReply(
                IdFormat.sellerReply(threadId, replies.size() + 1),
                threadId,
                seller.id(),
                seller.market().code(),
                at,
                automated,
                text));
      }
    }

    /** When the seller's person answers a wait that started at {@code from}; null: never. */
    private Instant humanAnswerAfter(Instant from) {
      Optional<Duration> delay = seller.profile().humanReplyDelay(rng);
      if (delay.isEmpty()) {
        return null;
      }
      Instant at = DailyRhythm.sellerAwake(BusinessWeek.plus(from, delay.get(), zone), zone, rng);
      // Silences can sit back to back; following a few of them is enough to leave them all.
      for (int i = 0; i < SILENCES_FOLLOWED; i++) {
        Instant back = silences.silentUntil(seller.index(), at);
        if (back == null) {
          return at;
        }
        if (chance(rng, NEVER_BACK_FROM_SILENCE)) {
          return null;
        }
        Duration catchUp = uniform(rng, CATCH_UP_MIN, CATCH_UP_MAX);
        at = DailyRhythm.sellerAwake(BusinessWeek.plus(back, catchUp, zone), zone, rng);
      }
      return at;
    }

    private List<CaseEvent> caseAfter(Instant opened) {
      CaseType type = TopicMix.caseFor(topic, rng);
      if (type == null) {
        return List.of();
      }
      Instant at = opened.plus(logUniform(rng, CASE_AFTER_MIN, CASE_AFTER_MAX));
      if (!at.isBefore(end)) {
        return List.of();
      }
      return List.of(
          new CaseEvent(
              IdFormat.caseOf(threadNumber),
              threadId,
              seller.id(),
              seller.market().code(),
              at,
              type));
    }

    private String typed(LanguagePhrases phrases, String text, double plainShare) {
      return chance(rng, plainShare) ? Phrasebook.withoutDiacritics(phrases, text) : text;
    }

    /** A language other than the market's; the market's own when there is no other. */
    private String otherLanguage() {
      String own = seller.market().language();
      if (languages.size() < 2) {
        return own;
      }
      String picked = languages.get(rng.nextInt(languages.size() - 1));
      // Drawing from all but the last and swapping the own language for the last keeps it uniform.
      return picked.equals(own) ? languages.get(languages.size() - 1) : picked;
    }
  }
}
