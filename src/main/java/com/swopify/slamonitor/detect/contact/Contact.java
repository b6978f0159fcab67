package com.swopify.slamonitor.detect.contact;

import java.util.Objects;

/**
 * One off-platform contact found in a reply.
 *
 * @param kind what it is
 * @param masked the evidence, masked so that it never spreads the contact itself (see {@link
 *     OffPlatformContacts} for the masks)
 */
public record Contact(ContactKind kind, String masked) {
  public Contact {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(masked, "masked");
  }
}
