package com.swopify.slamonitor.events;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Deterministic output ids: a name-based UUID of the fields that make an output unique, so the
 * same input always yields the same ids, whatever the arrival order or the run.
 */
public final class Ids {
  private Ids() {}

  public static String of(String kind, Object... parts) {
    StringBuilder name = new StringBuilder(96).append(kind);
    for (Object part : parts) {
      // A separator that cannot occur in ids keeps ("a|b","c") apart from ("a","b|c").
      name.append('\u0000').append(part);
    }
    return UUID.nameUUIDFromBytes(name.toString().getBytes(StandardCharsets.UTF_8)).toString();
  }
}
