package com.swopify.slamonitor.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The silences of every seller, by roster index. Few sellers have any, and those have few. */
final class SellerSilences {
  private final List<List<Silence>> bySeller;

  SellerSilences(int sellers) {
    bySeller = new ArrayList<>(sellers);
    for (int i = 0; i < sellers; i++) {
      bySeller.add(List.of());
    }
  }

  void add(int sellerIndex, Silence silence) {
    List<Silence> current = bySeller.get(sellerIndex);
    List<Silence> updated = new ArrayList<>(current.size() + 1);
    updated.addAll(current);
    updated.add(silence);
    bySeller.set(sellerIndex, updated);
  }

  /** The end of the seller's silence that covers {@code t}, or null when the seller is around. */
  Instant silentUntil(int sellerIndex, Instant t) {
    for (Silence silence : bySeller.get(sellerIndex)) {
      if (silence.covers(t)) {
        return silence.until();
      }
    }
    return null;
  }

  List<Silence> of(int sellerIndex) {
    return bySeller.get(sellerIndex);
  }
}
