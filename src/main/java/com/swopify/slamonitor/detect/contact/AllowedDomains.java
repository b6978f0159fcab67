package com.swopify.slamonitor.detect.contact;

import java.io.Serializable;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Domains a link may go to: the platform's own, or the parcel carriers'. A host that is one of
 * them, or a subdomain of one, is allowed.
 */
final class AllowedDomains implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Set<String> domains;

  AllowedDomains(Set<String> domains) {
    this.domains =
        domains.stream()
            .map(domain -> CharFoldedText.fold(domain.trim().toLowerCase(Locale.ROOT)))
            .filter(domain -> !domain.isEmpty())
            .collect(Collectors.toUnmodifiableSet());
  }

  /** {@code foldedHost} is lower case, without scheme, port or trailing dot. */
  boolean covers(String foldedHost) {
    String host = foldedHost;
    while (true) {
      if (domains.contains(host)) {
        return true;
      }
      int dot = host.indexOf('.');
      if (dot < 0) {
        return false;
      }
      host = host.substring(dot + 1);
    }
  }
}
