package com.swopify.slamonitor.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Creates the sellers: each in one market, with a profile and a share of the threads. */
final class SellerRoster {
  /** Auto-responders whose tool sits outside the Helpdesk, so their replies carry no flag. */
  private static final double UNFLAGGED_AUTOMATION = 0.2;

  /** Spread of seller sizes (the log-normal's sigma): a few big sellers and a long tail. */
  private static final double ACTIVITY_SIGMA = 1.0;

  private SellerRoster() {}

  static List<Seller> create(GeneratorSettings settings, SplittableRandom rng) {
    WeightedChoice.Builder<MarketSpec> marketBuilder = WeightedChoice.builder();
    settings.markets().forEach(market -> marketBuilder.add(market, market.weight()));
    WeightedChoice<MarketSpec> markets = marketBuilder.build();
    WeightedChoice<SellerProfile> profiles = SellerProfile.mix();

    List<Seller> sellers = new ArrayList<>(settings.sellers());
    for (int i = 0; i < settings.sellers(); i++) {
      MarketSpec market = markets.pick(rng);
      SellerProfile profile = profiles.pick(rng);
      boolean flagged =
          profile != SellerProfile.AUTO_RESPONDER || !RandomDraws.chance(rng, UNFLAGGED_AUTOMATION);
      double activity = RandomDraws.logNormal(rng, ACTIVITY_SIGMA);
      sellers.add(new Seller(i, IdFormat.seller(i), market, profile, flagged, activity));
    }
    return sellers;
  }

  /** Picks the seller of a new thread, bigger sellers more often. */
  static WeightedChoice<Seller> byActivity(List<Seller> sellers) {
    WeightedChoice.Builder<Seller> builder = WeightedChoice.builder();
    sellers.forEach(seller -> builder.add(seller, seller.activity()));
    return builder.build();
  }
}
