package com.swopify.slamonitor.detect.language;

import com.swopify.slamonitor.codec.InputParser;
import com.swopify.slamonitor.codec.InvalidRecordException;
import com.swopify.slamonitor.demo.GeneratedMarketplace;
import com.swopify.slamonitor.demo.GeneratorSettings;
import com.swopify.slamonitor.demo.MarketSpec;
import com.swopify.slamonitor.demo.MarketplaceGenerator;
import com.swopify.slamonitor.events.SellerReply;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The seller replies of the demo's synthetic marketplace, the bench's workload: Phrasebook texts in
 * the markets' languages, some typed without diacritics, some in another market's language, some
 * with contact details or out-of-office texts. Each with its market's language, as the job asks
 * {@link ReplyLanguages#detectOtherThan}.
 */
record DemoReplies(List<Reply> replies) {
  /** A reply's text and the languages of the market it was sent in. */
  record Reply(List<String> marketLanguages, String text) {}

  /** The replies of a marketplace of {@code threads} threads (seed fixed: always the same). */
  static DemoReplies generate(int threads) {
    GeneratorSettings settings = GeneratorSettings.defaults().withThreads(threads);
    GeneratedMarketplace marketplace = MarketplaceGenerator.generate(settings);
    Set<String> markets =
        settings.markets().stream().map(MarketSpec::code).collect(Collectors.toSet());
    InputParser parser = new InputParser(markets);
    List<Reply> replies = new ArrayList<>();
    for (String line : marketplace.replies()) {
      SellerReply reply;
      try {
        reply = parser.parseReply(line);
      } catch (InvalidRecordException malformed) {
        continue; // the generator's deliberately malformed lines
      }
      if (reply.text() != null && !reply.text().isBlank()) {
        replies.add(new Reply(List.of(settings.market(reply.market()).language()), reply.text()));
      }
    }
    return new DemoReplies(List.copyOf(replies));
  }
}
