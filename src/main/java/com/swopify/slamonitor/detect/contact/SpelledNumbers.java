package com.swopify.slamonitor.detect.contact;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phone numbers spelled out in words, in the markets' languages, written to get past the platform's
 * masking of digits: "nula devat jedna osem...", "oh seven seven, double four...", "devedeset osam,
 * šesto dvanaest, nula četiri", "trei sute doisprezece". A run of number words (commas, hyphens and
 * blanks between them) that makes {@value #MIN_DIGITS} to {@value #MAX_DIGITS} digits is a phone
 * number: nothing else in a reply is that long in words. The digits are counted as the words write
 * them: a unit one digit, a teen two, a ten two and the unit after it none more, a hundred three
 * and the tens and units after it none more, "double" and "triple" the next unit twice or three
 * times. Mask: {@code *** (spelled out)}, since no digit of it may be shown either.
 */
final class SpelledNumbers {
  static final int MIN_DIGITS = 8;
  static final int MAX_DIGITS = 15;

  /** The fewest words: shorter runs of number words are counts and sizes. */
  static final int MIN_WORDS = 5;

  static final String MASK = "*** (spelled out)";

  private enum Kind {
    UNIT,
    TEEN,
    TEN,
    HUNDRED,
    TIMES_HUNDRED,
    DOUBLE,
    TRIPLE
  }

  private static final Map<String, Kind> WORDS = new HashMap<>();

  static {
    put(
        Kind.UNIT,
        // sk, cs
        "nula",
        "jedna",
        "jeden",
        "dva",
        "dve",
        "tri",
        "styri",
        "pat",
        "sest",
        "sedem",
        "osem",
        "devat",
        "ctyri",
        "pet",
        "sedm",
        "osm",
        "devet",
        // hu
        "nulla",
        "egy",
        "ketto",
        "ket",
        "harom",
        "negy",
        "ot",
        "hat",
        "het",
        "nyolc",
        "kilenc",
        // pl
        "zero",
        "dwa",
        "trzy",
        "cztery",
        "piec",
        "szesc",
        "siedem",
        "osiem",
        "dziewiec",
        // ro
        "unu",
        "una",
        "doi",
        "doua",
        "trei",
        "patru",
        "cinci",
        "sase",
        "sapte",
        "opt",
        "noua",
        // de
        "null",
        "eins",
        "zwei",
        "drei",
        "vier",
        "funf",
        "sechs",
        "sieben",
        "acht",
        "neun",
        // hr, sl
        "jedan",
        "dvije",
        "cetiri",
        "sedam",
        "osam",
        "nic",
        "ena",
        "stiri",
        // bg
        "нула",
        "едно",
        "една",
        "един",
        "две",
        "два",
        "три",
        "четири",
        "пет",
        "шест",
        "седем",
        "осем",
        "девет",
        // en
        "oh",
        "nought",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine");
    put(
        Kind.TEEN,
        "desat",
        "jedenast",
        "dvanast",
        "trinast",
        "strnast",
        "patnast",
        "sestnast",
        "sedemnast",
        "osemnast",
        "devatnast",
        "deset",
        "jedenact",
        "dvanact",
        "trinact",
        "ctrnact",
        "patnact",
        "sestnact",
        "sedmnact",
        "osmnact",
        "devatenact",
        "tiz",
        "dziesiec",
        "jedenascie",
        "dwanascie",
        "trzynascie",
        "czternascie",
        "pietnascie",
        "szesnascie",
        "siedemnascie",
        "osiemnascie",
        "dziewietnascie",
        "zece",
        "unsprezece",
        "doisprezece",
        "treisprezece",
        "paisprezece",
        "cincisprezece",
        "saisprezece",
        "saptesprezece",
        "optsprezece",
        "nouasprezece",
        "zehn",
        "elf",
        "zwolf",
        "dreizehn",
        "vierzehn",
        "funfzehn",
        "sechzehn",
        "siebzehn",
        "achtzehn",
        "neunzehn",
        "jedanaest",
        "dvanaest",
        "trinaest",
        "cetrnaest",
        "petnaest",
        "sesnaest",
        "sedamnaest",
        "osamnaest",
        "devetnaest",
        "enajst",
        "dvanajst",
        "trinajst",
        "stirinajst",
        "petnajst",
        "sestnajst",
        "sedemnajst",
        "osemnajst",
        "devetnajst",
        "десет",
        "единадесет",
        "дванадесет",
        "тринадесет",
        "четиринадесет",
        "петнадесет",
        "шестнадесет",
        "седемнадесет",
        "осемнадесет",
        "деветнадесет",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen");
    put(
        Kind.TEN,
        "dvadsat",
        "tridsat",
        "styridsat",
        "patdesiat",
        "sestdesiat",
        "sedemdesiat",
        "osemdesiat",
        "devatdesiat",
        "dvacet",
        "tricet",
        "ctyricet",
        "padesat",
        "sedesat",
        "sedmdesat",
        "osmdesat",
        "devadesat",
        "husz",
        "harminc",
        "negyven",
        "otven",
        "hatvan",
        "hetven",
        "nyolcvan",
        "kilencven",
        "dwadziescia",
        "trzydziesci",
        "czterdziesci",
        "piecdziesiat",
        "szescdziesiat",
        "siedemdziesiat",
        "osiemdziesiat",
        "dziewiecdziesiat",
        "douazeci",
        "treizeci",
        "patruzeci",
        "cincizeci",
        "saizeci",
        "saptezeci",
        "optzeci",
        "nouazeci",
        "zwanzig",
        "dreissig",
        "vierzig",
        "funfzig",
        "sechzig",
        "siebzig",
        "achtzig",
        "neunzig",
        "dvadeset",
        "trideset",
        "cetrdeset",
        "pedeset",
        "sezdeset",
        "sedamdeset",
        "osamdeset",
        "devedeset",
        "dvajset",
        "stirideset",
        "petdeset",
        "sestdeset",
        "sedemdeset",
        "osemdeset",
        "devetdeset",
        "двадесет",
        "тридесет",
        "четиридесет",
        "петдесет",
        "шестдесет",
        "седемдесет",
        "осемдесет",
        "деветдесет",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "sixty",
        "seventy",
        "eighty",
        "ninety");
    put(
        Kind.HUNDRED,
        "sto",
        "dvesto",
        "tristo",
        "styristo",
        "patsto",
        "seststo",
        "sedemsto",
        "osemsto",
        "devatsto",
        "dveste",
        "trista",
        "ctyrista",
        "petset",
        "sestset",
        "sedmset",
        "osmset",
        "devetset",
        "szaz",
        "dwiescie",
        "trzysta",
        "czterysta",
        "piecset",
        "szescset",
        "siedemset",
        "osiemset",
        "dziewiecset",
        "hundert",
        "dvjesto",
        "cetiristo",
        "petsto",
        "sesto",
        "sedamsto",
        "osamsto",
        "devetsto",
        "stiristo",
        "sto",
        "двеста",
        "триста",
        "четиристотин",
        "петстотин",
        "шестстотин",
        "седемстотин",
        "осемстотин",
        "деветстотин",
        "сто");
    put(Kind.TIMES_HUNDRED, "sute", "suta", "hundred", "szaz", "hundert");
    put(Kind.DOUBLE, "double", "dupla", "doppel");
    put(Kind.TRIPLE, "triple");
  }

  private static void put(Kind kind, String... words) {
    for (String word : words) {
      WORDS.putIfAbsent(word, kind);
    }
  }

  private SpelledNumbers() {}

  /** The kind of a folded word, with the glued compounds of hu, de and sl ("negyvenketto"). */
  private static Kind kindOf(String word) {
    Kind kind = WORDS.get(word);
    if (kind != null) {
      return kind;
    }
    if (word.length() > 6
        && (word.contains("und") && word.endsWith("zig")
            || word.contains("in") && (word.endsWith("deset") || word.endsWith("dvajset"))
            || word.startsWith("huszon")
            || word.startsWith("tizen"))) {
      return Kind.TEN; // a ten with its unit: two digits
    }
    return null;
  }

  static void find(CharFoldedText text, List<Found> out) {
    String f = text.folded;
    int i = 0;
    while (i < f.length()) {
      if (!Character.isLetter(f.charAt(i)) || (i > 0 && Character.isLetter(f.charAt(i - 1)))) {
        i++;
        continue;
      }
      int end = readRun(text, i, out);
      i = Math.max(end, i + 1);
    }
  }

  /** Reads a run of number words from {@code start}; returns where reading stopped. */
  private static int readRun(CharFoldedText text, int start, List<Found> out) {
    String f = text.folded;
    int digits = 0;
    int words = 0;
    int pendingLow = 0;
    int repeat = 1;
    int i = start;
    int runEnd = start;
    while (i < f.length()) {
      int wordEnd = i;
      while (wordEnd < f.length() && Character.isLetter(f.charAt(wordEnd))) {
        wordEnd++;
      }
      Kind kind = wordEnd > i ? kindOf(f.substring(i, wordEnd)) : null;
      if (kind == null) {
        break;
      }
      words++;
      switch (kind) {
        case UNIT -> {
          if (pendingLow > 0) {
            pendingLow = 0;
          } else {
            digits += repeat;
          }
          repeat = 1;
        }
        case TEEN -> {
          digits += pendingLow >= 2 ? 0 : 2;
          pendingLow = 0;
        }
        case TEN -> {
          digits += pendingLow >= 2 ? 0 : 2;
          pendingLow = 1;
        }
        case HUNDRED -> {
          digits += 3;
          pendingLow = 2;
        }
        case TIMES_HUNDRED -> {
          digits += 2;
          pendingLow = 2;
        }
        case DOUBLE -> repeat = 2;
        case TRIPLE -> repeat = 3;
        default -> throw new IllegalStateException();
      }
      runEnd = wordEnd;
      // Blanks, commas and hyphens may stand between the words; nothing else.
      int next = wordEnd;
      while (next < f.length()
          && next - wordEnd < 3
          && (f.charAt(next) == ' ' || f.charAt(next) == ',' || f.charAt(next) == '-')) {
        next++;
      }
      if (next == wordEnd) {
        break;
      }
      i = next;
    }
    if (words >= MIN_WORDS && digits >= MIN_DIGITS && digits <= MAX_DIGITS) {
      out.add(new Found(start, runEnd, ContactKind.PHONE, MASK));
    }
    return runEnd;
  }
}
