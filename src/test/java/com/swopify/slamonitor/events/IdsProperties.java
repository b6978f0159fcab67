package com.swopify.slamonitor.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Ids must stay what they were: the JDK's name-based UUID, for any name. */
class IdsProperties {
  @Property(tries = 3000)
  void theDigestKeptPerThreadGivesTheJdksNameBasedUuid(@ForAll byte[] name) {
    assertThat(Ids.nameUuid(name)).isEqualTo(UUID.nameUUIDFromBytes(name));
  }

  @Property(tries = 1000)
  void anIdIsTheNameBasedUuidOfItsPartsApart(
      @ForAll String kind, @ForAll String part, @ForAll long at) {
    String name = kind + '\u0000' + part + '\u0000' + at;

    assertThat(Ids.of(kind, part, at))
        .isEqualTo(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString());
  }
}
