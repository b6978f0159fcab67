package com.swopify.slamonitor.detect.contact;

/** What kind of off-platform contact a reply carries. */
public enum ContactKind {
  EMAIL,
  PHONE,
  LINK,
  /** A messenger or social-network channel: a handle, an invitation, or a link such as wa.me. */
  MESSENGER
}
