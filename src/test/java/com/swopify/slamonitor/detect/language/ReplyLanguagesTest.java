package com.swopify.slamonitor.detect.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReplyLanguagesTest {
  private static final Set<String> ALL =
      Set.of("bg", "cs", "de", "en", "hr", "hu", "pl", "ro", "sk", "sl");
  private static final ReplyLanguages DETECTOR = ReplyLanguages.forLanguages(ALL);

  /** A detector of its own per test, whose statistical step only counts its calls. */
  private final CountingStatistics statistics = new CountingStatistics();

  private final ReplyLanguages counted = ReplyLanguages.withStatistics(ALL, statistics);

  private static LanguageGuess detect(String text) {
    return DETECTOR.detect(text, 40, 0.5);
  }

  @Test
  void oneDetectorPerSetOfLanguagesInTheJvm() {
    assertThat(
            ReplyLanguages.forLanguages(
                Set.of("sk", "en", "cs", "hr", "de", "hu", "pl", "ro", "sl", "bg")))
        .isSameAs(DETECTOR);
    assertThat(ReplyLanguages.forLanguages(Set.of("SK", "en")))
        .isSameAs(ReplyLanguages.forLanguages(Set.of("en", "sk")))
        .isNotSameAs(DETECTOR);
  }

  @Test
  void rejectsAnEmptySetAndLanguagesWithoutModels() {
    assertThatThrownBy(() -> ReplyLanguages.forLanguages(Set.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReplyLanguages.forLanguages(Set.of("sk", "it")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("it is not supported");
  }

  @Test
  void textsWithFewerLettersThanMinCharsAreUndecided() {
    String reply = "Ďakujem, tovar príde zajtra ráno."; // 27 letters

    assertThat(DETECTOR.detect(reply, 28, 0.5)).isNull();
    assertThat(DETECTOR.detect(reply, 27, 0.5).language()).isEqualTo("sk");
    assertThat(detect("12345 67890 !!! ??? 12345 67890 +++ ... 12345 67890")).isNull();
  }

  @Test
  void lettersOfOneLanguageOnlyDecideWithFullConfidence() {
    assertThat(detect("Здравейте, пратката вече е на път и ще пристигне в четвъртък."))
        .isEqualTo(new LanguageGuess("bg", 1.0));
    assertThat(detect("Zboží jsme předali dopravci, doručení očekáváme zítra dopoledne."))
        .isEqualTo(new LanguageGuess("cs", 1.0));
    assertThat(detect("A csomagot ma adtuk át, legkésőbb csütörtökön megérkezik hozzád."))
        .isEqualTo(new LanguageGuess("hu", 1.0));
  }

  @Test
  void aForeignNameDoesNotDecideTheLanguage() {
    // "Dvořák" has Czech letters, the rest of the reply is Slovak.
    LanguageGuess guess =
        detect(
            "Dobrý deň, objednávku pre pána Dvořák sme odoslali včera, príde do dvoch pracovných dní.");

    assertThat(guess.language()).isEqualTo("sk");
  }

  @Test
  void slovakAndCzechWithoutDiacriticsAreToldApartByTheirFunctionWords() {
    assertThat(
            detect(
                    "Dobry den, tovar sme odoslali vcera, dakujeme za trpezlivost a prajeme"
                        + " pekny den")
                .language())
        .isEqualTo("sk");
    assertThat(
            detect(
                    "Dobry den, zbozi jsme odeslali vcera, dekujeme za trpelivost a preji"
                        + " hezky den")
                .language())
        .isEqualTo("cs");
  }

  @Test
  void croatianAndSloveneWithoutDiacriticsAreToldApartByTheirFunctionWords() {
    assertThat(
            detect(
                    "Postovani, paket je poslan jucer i bit ce kod vas sutra, hvala na"
                        + " strpljenju")
                .language())
        .isEqualTo("hr");
    assertThat(
            detect(
                    "Pozdravljeni, paket smo poslali vceraj in bo pri vas jutri, hvala za"
                        + " potrpljenje")
                .language())
        .isEqualTo("sl");
  }

  @Test
  void bulgarianInLatinLettersIsBulgarian() {
    assertThat(
            detect(
                "Zdraveite, shte izpratim porachkata utre sutrinta, blagodarya za"
                    + " tarpenieto."))
        .isEqualTo(new LanguageGuess("bg", 1.0));
  }

  @Test
  void linguaDecidesWhatLettersAndFunctionWordsLeaveOpen() {
    // No diacritics and no listed function word: only character statistics can tell.
    LanguageGuess guess =
        detect("Dobra vecer, posiljka stigla, racun prilozen, pozdrav iz" + " Zagreba, Marko");

    assertThat(guess.language()).isEqualTo("hr");
    assertThat(guess.confidence()).isBetween(0.5, 1.0);
  }

  @Test
  void aGuessBelowMinConfidenceIsUndecided() {
    String reply = "Dobra vecer, posiljka stigla, racun prilozen, pozdrav iz Zagreba, Marko";
    double confidence = detect(reply).confidence();

    assertThat(DETECTOR.detect(reply, 40, confidence)).isNotNull();
    assertThat(DETECTOR.detect(reply, 40, Math.nextUp(confidence))).isNull();
  }

  @Test
  void onlyConfiguredLanguagesAreAnswered() {
    ReplyLanguages slovakMarket = ReplyLanguages.forLanguages(Set.of("sk", "en"));
    String czech = "Zboží jsme předali dopravci, doručení očekáváme zítra dopoledne, děkujeme.";

    assertThat(
            slovakMarket
                .detect(
                    "Hello, we shipped the parcel today, it will arrive on" + " Thursday.", 40, 0.5)
                .language())
        .isEqualTo("en");
    // Czech letters fit neither Slovak nor English: nothing to compare with, so undecided.
    assertThat(slovakMarket.detect(czech, 40, 0.5)).isNull();
  }

  @Test
  void detectOtherThanTheMarketsLanguagesFindsForeignReplies() {
    String czech = "Zboží jsme předali dopravci, doručení očekáváme zítra dopoledne, děkujeme.";

    assertThat(DETECTOR.detectOtherThan(List.of("sk"), czech, 40, 0.5))
        .isEqualTo(new LanguageGuess("cs", 1.0));
    assertThat(DETECTOR.detectOtherThan(List.of("cs"), czech, 40, 0.5)).isNull();
    assertThat(DETECTOR.detectOtherThan(List.of("sk"), "Kratko.", 40, 0.5)).isNull();
  }

  @Test
  void detectOtherThanSkipsLinguaWhenAllWordEvidenceIsForTheMarket() {
    // One Slovak function word ("sme") and nothing for any other language: not foreign.
    String reply =
        "Dobry den, produkt stoji 1 249,90 eur, doprava je zdarma, objednavku sme uz"
            + " expedovali";

    assertThat(counted.detectOtherThan(List.of("sk"), reply, 40, 0.0)).isNull();
    assertThat(statistics.calls).isZero();
    // Without the market, the same text goes to the statistics.
    assertThat(counted.detect(reply, 40, 0.0)).isNotNull();
    assertThat(statistics.calls).isOne();
  }

  @Test
  void everydayCustomerServiceWordsDecideShortRepliesWithoutLingua() {
    Map<String, String> replies =
        Map.of(
            "Ano, produkt je skladem. S pozdravem", "cs",
            "Áno, produkt je skladom. S pozdravom", "sk",
            "Da, proizvod je na zalihi. Lijep pozdrav", "hr",
            "Da, izdelek je na zalogi. Lep pozdrav", "sl",
            "Igen, a termek raktaron van. Udvozlettel", "hu",
            "Da, produsul este in stoc. Cu stima", "ro",
            "Tak, produkt jest dostepny. Pozdrawiamy", "pl",
            "Ja, der Artikel ist auf Lager. Mit freundlichen Gruessen", "de",
            "Yes, the product is in stock. Kind regards", "en");

    replies.forEach(
        (reply, language) ->
            assertThat(counted.detect(reply, 20, 0.6).language()).as(reply).isEqualTo(language));
    assertThat(statistics.calls).isZero();
  }

  @Test
  void detectOtherThanDecidesTheClosePairByItsOwnVoteWithoutLingua() {
    // One Slovene service word ("zalogi"), so no clear general vote; the pair vote adds "lep".
    String slovene = "Da, paket je na zalogi. Lep pozdrav";

    assertThat(counted.detectOtherThan(List.of("sl"), slovene, 20, 0.6)).isNull();
    assertThat(counted.detectOtherThan(List.of("hr"), slovene, 20, 0.6))
        .isEqualTo(new LanguageGuess("sl", 1.0));
    // Slovak in the Czech market is another language: "skladom", "pozdravom" against nothing.
    String slovak = "Ano, produkt je skladom. S pozdravom";
    assertThat(counted.detectOtherThan(List.of("cs"), slovak, 20, 0.6))
        .isEqualTo(new LanguageGuess("sk", 1.0));
    assertThat(counted.detectOtherThan(List.of("sk"), slovak, 20, 0.6)).isNull();
    assertThat(statistics.calls).isZero();
  }

  @Test
  void detectOtherThanAsksLinguaWhenThePairsWordsDisagree() {
    // One Slovak ("tovar") and one Czech ("zbozi") word: the pair vote is not clear.
    String mixed = "Tovar a zbozi pripraveny k odberu na prodejne v centre mesta";

    counted.detectOtherThan(List.of("sk"), mixed, 20, 0.6);

    assertThat(statistics.calls).isOne();
  }

  @Test
  void aScriptOfNoConfiguredLanguageIsUndecided() {
    assertThat(detect("Γεια σας, το δέμα στάλθηκε σήμερα και θα φτάσει την Πέμπτη το πρωί."))
        .isNull();
  }

  /** Statistics that count their calls and rank every candidate the same. */
  private static final class CountingStatistics implements CandidateRanker {
    int calls;

    @Override
    public Ranking rank(String prose, int letters, Set<SupportedLanguage> candidates) {
      calls++;
      return Ranking.even(candidates);
    }
  }
}
