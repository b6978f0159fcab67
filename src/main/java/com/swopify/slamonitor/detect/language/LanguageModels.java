package com.swopify.slamonitor.detect.language;

import java.util.Locale;

/**
 * Which ISO 639-1 codes the reply-language check has models for. A market may be configured with
 * any ISO 639-1 code (contract section 4); one whose languages are not all known here gets no
 * language check at all, since checking a reply against only part of its market's languages would
 * call the rest wrong.
 */
public final class LanguageModels {
  private LanguageModels() {}

  /** Whether replies can be checked against this language. */
  public static boolean available(String isoCode) {
    String lower = isoCode.toLowerCase(Locale.ROOT);
    for (SupportedLanguage language : SupportedLanguage.values()) {
      if (language.isoCode().equals(lower)) {
        return true;
      }
    }
    return false;
  }
}
