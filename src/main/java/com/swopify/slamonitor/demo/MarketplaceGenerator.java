package com.swopify.slamonitor.demo;

import com.swopify.slamonitor.events.AbsenceNotice;
import com.swopify.slamonitor.events.BuyerMessage;
import com.swopify.slamonitor.events.CaseEvent;
import com.swopify.slamonitor.events.SellerReply;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generates a synthetic marketplace's Helpdesk traffic for the demo, the generate command and the
 * benchmarks. Deterministic: the same settings always give byte-identical lines, because every
 * random draw comes from one seed, in a fixed order, and nothing depends on hash order or the wall
 * clock.
 */
public final class MarketplaceGenerator {
  private MarketplaceGenerator() {}

  public static GeneratedMarketplace generate(GeneratorSettings settings) {
    SplittableRandom root = new SplittableRandom(settings.seed());
    // Each concern draws from its own split stream, so a change in one (say, a new quirk) leaves
    // the others' draws, and so their output, unchanged.
    SplittableRandom rosterRandom = root.split();
    SplittableRandom absenceRandom = root.split();
    SplittableRandom threadRandom = root.split();
    HelpdeskFormat format = new HelpdeskFormat(settings, root.split());
    Map<HelpdeskStream, StreamLines> streams = new EnumMap<>(HelpdeskStream.class);
    for (HelpdeskStream stream : HelpdeskStream.values()) {
      streams.put(stream, new StreamLines(stream, root.split()));
    }

    List<Seller> sellers = SellerRoster.create(settings, rosterRandom);
    AbsencePlan absences = new AbsencePlanner(settings).plan(sellers, absenceRandom);
    for (AbsenceNotice notice : absences.notices()) {
      streams.get(HelpdeskStream.ABSENCES).add(format.absence(notice));
    }

    WeightedChoice<Seller> sellerOfThread = SellerRoster.byActivity(sellers);
    ConversationSimulator simulator = new ConversationSimulator(settings, absences.silences());
    for (int number = 1; number <= settings.threads(); number++) {
      Seller seller = sellerOfThread.pick(threadRandom);
      Conversation thread = simulator.simulate(number, seller, threadRandom);
      for (BuyerMessage message : thread.messages()) {
        streams.get(HelpdeskStream.MESSAGES).add(format.message(message));
      }
      for (SellerReply reply : thread.replies()) {
        streams.get(HelpdeskStream.REPLIES).add(format.reply(reply));
      }
      for (CaseEvent caseEvent : thread.cases()) {
        streams.get(HelpdeskStream.CASES).add(format.caseOpened(caseEvent));
      }
    }

    Map<HelpdeskStream, List<String>> lines = new EnumMap<>(HelpdeskStream.class);
    int duplicates = 0;
    int malformed = 0;
    for (Map.Entry<HelpdeskStream, StreamLines> entry : streams.entrySet()) {
      StreamLines stream = entry.getValue();
      lines.put(entry.getKey(), stream.finish());
      duplicates += stream.duplicates();
      malformed += stream.malformed();
    }
    return new GeneratedMarketplace(settings, lines, duplicates, malformed);
  }
}
