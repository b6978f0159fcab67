package com.swopify.slamonitor.detect.language;

import com.github.pemistahl.lingua.api.Language;
import java.util.Arrays;
import java.util.Locale;

/**
 * The languages a market may be configured with, each with its Lingua model and its alphabet.
 *
 * <p>The alphabet is what the letter check in {@link LetterScan} relies on: the letters beyond
 * plain a-z that the language's standard orthography uses (lower case). Plain a-z is treated as
 * writable in every language, Bulgarian included, because brand names, product codes and English
 * tech words appear in every market's replies. Romanian lists both the comma-below letters (ș ț)
 * and the older cedilla forms (ş ţ) that many keyboards still produce. Slovene lists no ć or đ:
 * they occur in Slovene only in foreign names.
 *
 * <p>The shaded jar keeps only these languages' Lingua models (see the shade filter in pom.xml): a
 * language added here needs its models added there.
 */
enum SupportedLanguage {
  BG("bg", Language.BULGARIAN, Script.CYRILLIC, ""),
  CS("cs", Language.CZECH, Script.LATIN, "áčďéěíňóřšťúůýž"),
  DE("de", Language.GERMAN, Script.LATIN, "äöüß"),
  EN("en", Language.ENGLISH, Script.LATIN, ""),
  HR("hr", Language.CROATIAN, Script.LATIN, "čćđšž"),
  HU("hu", Language.HUNGARIAN, Script.LATIN, "áéíóöőúüű"),
  PL("pl", Language.POLISH, Script.LATIN, "ąćęłńóśźż"),
  RO("ro", Language.ROMANIAN, Script.LATIN, "ăâîșşțţ"),
  SK("sk", Language.SLOVAK, Script.LATIN, "áäčďéíĺľňóôŕšťúýž"),
  SL("sl", Language.SLOVENE, Script.LATIN, "čšž");

  enum Script {
    LATIN,
    CYRILLIC
  }

  private final String isoCode;
  private final Language lingua;
  private final Script script;
  private final String extraLetters;

  SupportedLanguage(String isoCode, Language lingua, Script script, String extraLetters) {
    this.isoCode = isoCode;
    this.lingua = lingua;
    this.script = script;
    this.extraLetters = extraLetters;
  }

  /** The language with this ISO 639-1 code (any case). */
  static SupportedLanguage ofIsoCode(String code) {
    String lower = code.toLowerCase(Locale.ROOT);
    for (SupportedLanguage language : values()) {
      if (language.isoCode.equals(lower)) {
        return language;
      }
    }
    throw new IllegalArgumentException(
        "language "
            + code
            + " is not supported; supported are "
            + Arrays.stream(values()).map(l -> l.isoCode).toList());
  }

  static SupportedLanguage ofLingua(Language language) {
    for (SupportedLanguage supported : values()) {
      if (supported.lingua == language) {
        return supported;
      }
    }
    throw new IllegalArgumentException("Lingua answered a language it was not asked about");
  }

  String isoCode() {
    return isoCode;
  }

  Language lingua() {
    return lingua;
  }

  boolean isCyrillic() {
    return script == Script.CYRILLIC;
  }

  /** Whether this language's orthography can write {@code lowerCaseLetter} (a code point). */
  boolean canWrite(int lowerCaseLetter) {
    if (lowerCaseLetter >= 'a' && lowerCaseLetter <= 'z') {
      return true;
    }
    if (Character.UnicodeScript.of(lowerCaseLetter) == Character.UnicodeScript.CYRILLIC) {
      return script == Script.CYRILLIC;
    }
    return extraLetters.indexOf(lowerCaseLetter) >= 0;
  }
}
