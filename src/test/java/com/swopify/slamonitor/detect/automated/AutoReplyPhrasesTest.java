package com.swopify.slamonitor.detect.automated;

import static com.swopify.slamonitor.detect.automated.AutoReplyPhrases.AUTO_RESPONDER;
import static com.swopify.slamonitor.detect.automated.AutoReplyPhrases.OUT_OF_OFFICE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;

/** Targeted cases, one rule at a time; the corpus test measures the whole. */
class AutoReplyPhrasesTest {
  private final AutoReplyPhrases phrases = new AutoReplyPhrases();

  /** Every text is recognised as {@code kind} (null: not automated). */
  private void assertRecognisedAs(String kind, String... texts) {
    for (String text : texts) {
      assertThat(phrases.recognise(text)).as(text).isEqualTo(kind);
    }
  }

  @Test
  void aTextThatSaysAMachineWroteItIsAnAutoResponder() {
    assertRecognisedAs(
        AUTO_RESPONDER,
        "This is an automated reply.",
        "Toto je automatická odpoveď.",
        "toto je automaticka odpoved",
        "Toto je automatická odpověď.",
        "Ez egy automatikus válasz.",
        "To jest automatyczna odpowiedź.",
        "Acesta este un răspuns automat.",
        "Dies ist eine automatische Antwort.",
        "Ovo je automatski odgovor.",
        "To je samodejni odgovor.",
        "Това е автоматичен отговор.",
        "Diese Nachricht wurde automatisch generiert.",
        "Automatische Antwort: Wir melden uns.");
  }

  @Test
  void beingAwayNowOrLaterIsOutOfOffice() {
    assertRecognisedAs(
        OUT_OF_OFFICE,
        "I am out of the office until 12 August. I will reply after my return.",
        "Ich bin bis 14.08. nicht im Büro.",
        "Jestem poza biurem do poniedziałku.",
        "Som mimo kancelárie do 20.8. Po návrate Vám odpoviem.",
        "Sunt în concediu până luni. Voi răspunde după întoarcere.",
        "В отпуск съм до 15 септември.",
        "Automatic reply: I am on holiday until Monday.");
  }

  @Test
  void anAcknowledgementWithAPromiseIsAnAutoResponder() {
    assertRecognisedAs(
        AUTO_RESPONDER,
        "ďakujeme za správu, odpovieme vám čo najskôr",
        "Thank you for your message! We will get back to you as soon as possible.",
        "We have received your message and will reply within 24 hours.",
        "Vielen Dank für Ihre Nachricht! Wir melden uns schnellstmöglich bei Ihnen.");
  }

  @Test
  void absenceInThePastIsNoSign() {
    assertRecognisedAs(
        null,
        "I was out of office last week, sorry, the parcel left today.",
        "Bol som minulý týždeň na dovolenke, balík odišiel dnes.",
        "Minulý týden jsem byla na dovolené, omlouvám se.");
  }

  @Test
  void productsCalledAutomaticAreNoSign() {
    assertRecognisedAs(
        null,
        "It is an automatic watch, it does not need a battery.",
        "Áno, je to automatická práčka s plnením spredu.",
        "Ja, das Modellauto hat ein Automatikgetriebe.",
        "Ez egy automatikus kávéfőző.");
  }

  @Test
  void negatedOrMentionedAutomationIsNoDeclaration() {
    assertRecognisedAs(
        null,
        "This is not an automatic reply, I am here: the parcel left today.",
        "Sorry about the automatic reply you got earlier, the jacket is available in L.",
        "Toto nie je automatická odpoveď.");
  }

  @Test
  void replyingToTheCarrierIsNoPromiseToTheBuyer() {
    assertThat(
            phrases.recognise(
                "Thanks for your message. We will reply to the carrier and ask where the parcel is."))
        .isNull();
  }

  @Test
  void somethingConcreteOutweighsBeingAwayOrAPromise() {
    assertThat(
            phrases.recognise(
                "I'm away from the shop until Friday, but the order was shipped yesterday."))
        .isNull();
    assertThat(
            phrases.recognise(
                "Thank you for your message, we will answer in more detail later, but the refund was"
                    + " already approved today."))
        .isNull();
  }

  @Test
  void anAnswerBesideAnAwayPhraseIsAnAnswer() {
    assertThat(phrases.recognise("Hi, I'm away until Monday. The item is brand new and unopened."))
        .isNull();
    assertThat(phrases.recognise("Som na dovolenke, ale áno, tá veľkosť vám bude sedieť."))
        .isNull();
  }

  @Test
  void anUrgentContactIsPartOfTheNotice() {
    assertThat(
            phrases.recognise(
                "Dobrý deň, som na dovolenke do 20.8. V naliehavých prípadoch"
                    + " kontaktujte kolegu z oddelenia predaja."))
        .isEqualTo(OUT_OF_OFFICE);
  }

  @Test
  void aClosingLabelIsAsDecisiveAsAnOpeningOne() {
    assertThat(phrases.recognise("Ich bin bis Freitag nicht erreichbar. Automatische Antwort"))
        .isEqualTo(OUT_OF_OFFICE);
  }

  @Test
  void aSignatureAfterTheClosingFormulaIsNoAnswer() {
    assertThat(
            phrases.recognise(
                "Jelenleg szabadságon vagyok augusztus 20-ig. Visszatérésem után"
                    + " válaszolok. Üdvözlettel, Kata Nagy"))
        .isEqualTo(OUT_OF_OFFICE);
  }

  @Test
  void emptyAndMissingTextsAreNotAutomated() {
    assertThat(phrases.recognise((String) null)).isNull();
    assertThat(phrases.recognise("")).isNull();
    assertThat(phrases.recognise(" ?! ")).isNull();
  }

  @Test
  void theDemoGeneratorsAutomaticRepliesAreRecognised() {
    // The texts demo.Phrasebook sends for auto-responders, so demo runs show rule R4 from text.
    assertThat(
            phrases.recognise(
                "Dobrý deň, momentálne som mimo kancelárie. Odpoviem hneď po" + " návrate."))
        .isEqualTo(OUT_OF_OFFICE);
    assertThat(phrases.recognise("To je samodejni odgovor. Vaše sporočilo smo prejeli."))
        .isEqualTo(AUTO_RESPONDER);
    assertThat(phrases.recognise("Dober dan, trenutno sem odsoten. Odgovoril bom po vrnitvi."))
        .isEqualTo(OUT_OF_OFFICE);
  }

  @Test
  void aLongTextIsReadInLinearSteps() {
    // The characters the phrase patterns read, for a soft candidate (it takes every pattern and
    // the word accounting): twice the text, at most about twice the reads, and a few per char.
    long shorter = patternReads(1500);
    long longer = patternReads(3000);
    int longerChars = FoldedText.of(softCandidate(3000)).text().length();
    System.out.printf(
        "pattern reads: %d for 1500 repeats, %d for 3000 (%d chars)%n",
        shorter, longer, longerChars);
    assertThat((double) longer / shorter).isLessThan(2.2);
    assertThat(longer).isLessThan(20L * longerChars);
  }

  private long patternReads(int repeats) {
    LongAdder reads = new LongAdder();
    phrases.recognise(FoldedText.of(softCandidate(repeats)).countingReads(reads));
    return reads.sum();
  }

  private static String softCandidate(int repeats) {
    return "Ďakujeme za správu, ".repeat(repeats) + "odpovieme vám čo najskôr.";
  }
}
