package com.swopify.slamonitor.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Deterministic output ids: a name-based UUID of the fields that make an output unique, so the same
 * input always yields the same ids, whatever the arrival order or the run.
 */
public final class Ids {
  /**
   * One MD5 digest per thread, reset by each use: {@link UUID#nameUUIDFromBytes} looks the
   * algorithm up in the security providers on every call, which was a quarter of an id's cost, and
   * every alert and breach gets one (docs/benchmarks.md).
   */
  private static final ThreadLocal<MessageDigest> MD5 =
      ThreadLocal.withInitial(
          () -> {
            try {
              return MessageDigest.getInstance("MD5");
            } catch (NoSuchAlgorithmException e) {
              throw new InternalError("MD5 is a required algorithm of every Java platform", e);
            }
          });

  private Ids() {}

  public static String of(String kind, Object... parts) {
    StringBuilder name = new StringBuilder(96).append(kind);
    for (Object part : parts) {
      // A separator that cannot occur in ids keeps ("a|b","c") apart from ("a","b|c").
      name.append('\u0000').append(part);
    }
    return nameUuid(name.toString().getBytes(StandardCharsets.UTF_8)).toString();
  }

  /** Exactly {@link UUID#nameUUIDFromBytes}: an MD5 hash with version 3 and the IETF variant. */
  static UUID nameUuid(byte[] name) {
    byte[] md5 = MD5.get().digest(name);
    md5[6] &= 0x0f;
    md5[6] |= 0x30;
    md5[8] &= 0x3f;
    md5[8] |= (byte) 0x80;
    long most = 0;
    long least = 0;
    for (int i = 0; i < 8; i++) {
      most = (most << 8) | (md5[i] & 0xff);
    }
    for (int i = 8; i < 16; i++) {
      least = (least << 8) | (md5[i] & 0xff);
    }
    return new UUID(most, least);
  }
}
