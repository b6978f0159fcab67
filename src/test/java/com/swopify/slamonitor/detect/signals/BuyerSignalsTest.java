package com.swopify.slamonitor.detect.signals;

import static com.swopify.slamonitor.events.TakeoverReason.COUNTERFEIT;
import static com.swopify.slamonitor.events.TakeoverReason.DANGEROUS_PRODUCT;
import static com.swopify.slamonitor.events.TakeoverReason.LOCKED_DEVICE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Targeted cases, one rule at a time; the corpus test measures the whole. */
class BuyerSignalsTest {
  private final BuyerSignals signals = new BuyerSignals();

  /** Every text has exactly these signals. */
  private void assertSignals(List<Signal> expected, String... texts) {
    for (String text : texts) {
      assertThat(signals.find(text)).as(text).isEqualTo(expected);
    }
  }

  private List<String> names(String text) {
    return signals.find(text).stream().map(Signal::name).toList();
  }

  @Test
  void namesTheLockSpecifically() {
    assertThat(signals.find("The iPhone is iCloud locked."))
        .containsExactly(new Signal(LOCKED_DEVICE, "activation-lock"));
    assertThat(names("Das iPhone hat eine Aktivierungssperre.")).containsExactly("activation-lock");
    assertThat(names("It asks for the previous owner's Apple ID")).containsExactly("apple-id-lock");
    assertThat(names("Telefon je po resete FRP")).containsExactly("google-account-lock");
    assertThat(names("IMEI je na čiernej listine")).containsExactly("imei-blacklisted");
    assertThat(names("Mobitel je zaključan lozinkom.")).containsExactly("password-locked");
  }

  @Test
  void vendorAccountsCarrierLocksAndManagedPhonesAreLockedDevices() {
    assertThat(
            names(
                "Huawei ID predchádzajúceho majiteľa je stále prihlásené a telefón je"
                    + " zamknutý."))
        .contains("vendor-account-lock");
    assertThat(names("The Galaxy asks for the previous owner's Samsung account."))
        .containsExactly("vendor-account-lock");
    assertThat(names("Das Redmi ist mit einem fremden Mi-Konto gesperrt."))
        .containsExactly("vendor-account-lock");
    // The policy counts a carrier lock on a phone sold as unlocked (the fresh corpus's labels).
    assertThat(names("Je telefón zamknutý na operátora Orange")).containsExactly("carrier-lock");
    assertThat(names("Telefon ma simlocka na Play.")).containsExactly("carrier-lock");
    assertThat(names("The phone is without simlock, works in every network.")).isEmpty();
    assertThat(names("Auf dem iPad ist ein MDM-Profil, entfernen geht nicht."))
        .containsExactly("managed-device");
  }

  @Test
  void somebodyElsesGoodsAndDisclaimersReportNothing() {
    assertSignals(
        List.of(),
        "Another seller sent me an iCloud locked phone, is this one free?",
        "Jiný prodejce tady prodává padělky těch sluchátek, ale ty od vás jsou v pořádku.",
        "Sosedov telefon, kupljen drugje, je bil zaklenjen na omrežje.",
        "Nu spun că e fals, doar că nu găsesc garanția.",
        "I don't think it's fake, the box just looks different.");
  }

  @Test
  void everydayHarmIsDangerous() {
    assertThat(names("E sad, dodirnem lampu i udari me struja.")).contains("electric-shock");
    assertThat(names("My daughter got a shock off the night light.")).contains("electric-shock");
    assertThat(names("Prąd mnie kopnął, gdy dotknąłem obudowy.")).contains("electric-shock");
    assertThat(names("Ko sem ga priklopil, me je stresel tok.")).contains("electric-shock");
    assertThat(names("A játéknak erős vegyszerszaga van.")).containsExactly("chemical-smell");
    assertThat(names("Hračka strašne smrdí chemikáliami.")).containsExactly("chemical-smell");
    assertThat(names("The rail snapped and my toddler cut his hand on it.")).contains("injury");
    assertThat(names("Es wird so heiß, dass man sich die Finger verbrennt.")).contains("burn");
    assertThat(names("Powerbank se toliko zagrijao, sad je sav napuhnut."))
        .contains("swollen-battery");
    assertThat(names("Is it dangerous for children?")).isEmpty();
    assertThat(names("The product is not dangerous.")).isEmpty();
  }

  @Test
  void aGenericLockNeedsADeviceAndGivesWayToASpecificOne() {
    assertThat(names("Telefón je zablokovaný.")).containsExactly("device-locked");
    assertThat(names("Je to zablokované.")).isEmpty();
    assertThat(names("Telefon je zablokovaný na iCloud.")).containsExactly("activation-lock");
  }

  @Test
  void signalsComeInAStableOrderOncePerName() {
    assertThat(signals.find("Fake charger: it smokes, sparks and smokes again, and it is fake."))
        .containsExactly(
            new Signal(COUNTERFEIT, "counterfeit"),
            new Signal(DANGEROUS_PRODUCT, "smoke"),
            new Signal(DANGEROUS_PRODUCT, "sparks"));
  }

  @Test
  void aNegationCancelsTheSignal() {
    assertSignals(
        List.of(),
        "The phone is not locked, works fine.",
        "Telefón nie je zablokovaný.",
        "A telefon nincs zárolva.",
        "Das Handy ist nicht gesperrt.",
        "Телефонът не е заключен.",
        "The battery does not swell.",
        "Es raucht nicht.",
        "Is it iCloud free?");
  }

  @Test
  void notOriginalIsACounterfeitReport() {
    assertSignals(
        List.of(new Signal(COUNTERFEIT, "not-original")),
        "It is not original.",
        "Slúchadlá nie sú originálne.",
        "A parfüm nem eredeti.",
        "Die Sneaker sind nicht original.",
        "Парфюмът не е оригинален.");
  }

  @Test
  void aQuestionAboutIsNoReport() {
    assertSignals(
        List.of(),
        "Is it original, not fake?",
        "Je to originál, nie falzifikát?",
        "Czy to oryginał, nie podróbka?",
        "Je li original, a ne krivotvorina?",
        "Оригинален ли е, а не фалшив?",
        "Is the iPhone iCloud locked?",
        "Ist das Handy gesperrt?");
  }

  @Test
  void aStatementBeforeAQuestionStillCounts() {
    assertThat(names("The phone is iCloud locked, can you send me the password?"))
        .containsExactly("activation-lock");
  }

  @Test
  void aQuestionThatTakesTheProblemAsGivenIsAReport() {
    assertThat(names("Why is my phone locked?")).containsExactly("device-locked");
    assertThat(names("Is it normal that the battery is swollen?"))
        .containsExactly("swollen-battery");
    assertThat(names("Telefon je zablokovaný, čo mám robiť?")).containsExactly("device-locked");
  }

  @Test
  void aConditionIsNoReport() {
    assertThat(signals.find("If the battery ever swells, will you replace it?")).isEmpty();
    assertThat(signals.find("Ak je telefón zablokovaný, vrátim ho.")).isEmpty();
  }

  @Test
  void hardNegativesHaveNoSignal() {
    assertSignals(
        List.of(),
        "I forgot the PIN of my bank app.",
        "Battery life is short.",
        "I bought a smoke detector.",
        "The Fire TV stick works.",
        "The charger gets warm.",
        "It came without the original box.",
        "The description says real leather but it is fake leather.",
        "My bank card was blocked, the phone arrived fine.",
        "The candles burn nicely.",
        "Kontrolka hoří červeně.",
        "Bankovna aplikacija mi je zaključala račun nakon tri kriva PIN-a.");
  }

  @Test
  void dangersInEveryKind() {
    assertThat(names("It smells of burning plastic")).containsExactly("burning-smell");
    assertThat(names("The charger caught fire")).containsExactly("fire");
    assertThat(names("Nabíjačka začala dymiť")).containsExactly("smoke");
    assertThat(names("Z adaptéru šly jiskry")).containsExactly("sparks");
    assertThat(names("Megrázott az áram")).containsExactly("electric-shock");
    assertThat(names("Bateria spuchła")).containsExactly("swollen-battery");
    assertThat(names("The plug melted")).containsExactly("melting");
    assertThat(names("Powerbanka vybuchla")).containsExactly("explosion");
  }

  @Test
  void emptyAndMissingTextsHaveNoSignal() {
    assertThat(signals.find(null)).isEmpty();
    assertThat(signals.find("")).isEmpty();
  }
}
