package com.swopify.slamonitor.detect.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.swopify.slamonitor.detect.DetectorSettings;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Targeted cases per format and per hard negative, with the exact mask of each. The corpus test
 * measures quality; these pin down the rules.
 */
class OffPlatformContactsTest {
  private final OffPlatformContacts detector =
      new OffPlatformContacts(DetectorSettings.defaults().platformDomains());

  private List<Contact> find(String text) {
    return detector.find(text);
  }

  private static Contact contact(ContactKind kind, String masked) {
    return new Contact(kind, masked);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      Napíšte na jan.novak@gmail.com prosím.          | j***@g***.com
      E-mail: JAN.NOVAK@GMAIL.COM                     | J***@G***.COM
      jan at gmail dot com                            | j***@g***.com
      jan(zavináč)gmail.com                           | j***@g***.com
      jan(zavinac)gmail(bodka)com                     | j***@g***.com
      jan [at] seznam [dot] cz                        | j***@s***.cz
      jan(a)centrum.sk                                | j***@c***.sk
      j a n @ g m a i l . c o m                       | j***@g***.com
      jan.novak @ gmail.com                           | j***@g***.com
      szabo.bela kukac freemail pont hu               | s***@f***.hu
      adam.nowak małpa onet kropka pl                 | a***@o***.pl
      kontakt(at)mein-shop.de                         | k***@m***.de
      info klammeraffe spielwaren-huber punkt de      | i***@s***.de
      ion.popescu arond yahoo punct com               | i***@y***.com
      ivan.horvat majmuna gmail tocka com             | i***@g***.com
      maja.novak afna gmail pika com                  | m***@g***.com
      georgi.ivanov кльомба abv точка bg              | g***@a***.bg
      иван маймунка abv.bg                            | и***@a***.bg
      biuro@sklep.com.pl                              | b***@s***.com.pl
      servis@mail.elektro-shop.co.uk                  | s***@e***.co.uk
      Write me at jan.novak at gmail dot com          | j***@g***.com
      Píšte na jan@gmail.com.Ďakujem                  | j***@g***.com
      """)
  void emailAddressesPlainAndObfuscated(String text, String masked) {
    assertThat(find(text)).containsExactly(contact(ContactKind.EMAIL, masked));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      Volajte +421 905 123 456                        | +421 9** *** *56
      Zavolajte mi na 0905/123 456                    | 09**/*** *56
      0905-123-456                                    | 09**-***-*56
      Mobil: 0911222333                               | 09******33
      Ruf an: (0)30 1234567                           | (0)3* *****67
      Tel. +49 (0)30 1234567                          | +49 (0)3* *****67
      Hívjon: +36 30 123 4567                         | +36 3* *** **67
      06 30 123 4567                                  | 06 ** *** **67
      a 06 30 412 7788-as számon                      | 06 ** *** **88
      0630/221-4455                                   | 06**/***-**55
      Zadzwoń +48 601 234 567                         | +48 6** *** *67
      tel. 22 618 44 90                               | 2* *** ** 90
      601 234 889                                     | 6** *** *89
      Sunați-mă la 0721.234.567                       | 07**.***.*67
      +40 721 234 567                                 | +40 7** *** *67
      +49 151 23456789                                | +49 1** ******89
      +385 91 234 5678                                | +385 9* *** **78
      +386 41 234 567                                 | +386 4* *** *67
      +359 88 123 4567                                | +359 8* *** **67
      00421 905 123 456                               | 00421 9** *** *56
      tel:+421911222333                               | +4219******33
      Kontakt telefon: 01 4567 890                    | 01 **** *90
      za spešno: тел. 02 987 6543                     | 02 *** **43
      Text me at 07700 900123                         | 07*** ****23
      Call +1 (555) 010-9999                          | +1 (5**) ***-**99
      zavolejte 777 312 908                           | 7** *** *08
      """)
  void phoneNumbersInternationalAndNational(String text, String masked) {
    assertThat(find(text)).containsExactly(contact(ContactKind.PHONE, masked));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      Navštívte www.mojobchod.sk                      | m***.sk
      mojobchod.sk/reklamacie                         | m***.sk
      https://bit.ly/xyz                              | b***.ly
      http://shop.example-store.de:8080/a?b=c         | s***.de
      Viac na MOJOBCHOD.SK                            | M***.SK
      detaily na Obchod-Elektro.cz                    | O***.cz
      objednajte na e-shop24.hu/akcio                 | e***.hu
      https://www.swopify-fans.sk/forum               | s***.sk
      """)
  void linksAndBareDomains(String text, String masked) {
    assertThat(find(text)).containsExactly(contact(ContactKind.LINK, masked));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      napíšte mi na whatsapp                          | whatsapp
      Napis mi na vocap                               | whatsapp
      pošlite fotky na whatsapku                      | whatsapp
      Schreiben Sie uns per WhatsApp.                 | whatsapp
      Scrieți-ne pe WhatsApp.                         | whatsapp
      Napisz do nas na WhatsAppie.                    | whatsapp
      Írjon nekünk Viberen!                           | viber
      Pišite nam na Viber.                            | viber
      Пишете ни във Viber.                            | viber
      Napíšte nám na Signal.                          | signal
      můžete nám napsat i přes Messenger              | messenger
      find us on facebook                             | facebook
      Sme aj na Facebooku.                            | facebook
      Pridajte si ma na fb                            | facebook
      DM us on Insta                                  | instagram
      ig: @obchod_sk                                  | instagram @o***
      Instagram: @obchod_sk                           | instagram @o***
      Sledujte nás na Instagrame @gadgety_sk          | instagram @g***
      @gadgety_sk na Instagrame                       | instagram @g***
      Sledujte nás na TikToku @elektro_novak          | tiktok @e***
      Follow us @urbanwear_eu                         | @u***
      t.me/obchod_sk                                  | telegram @o***
      wa.me/421905123456                              | whatsapp
      m.me/obchodsk                                   | messenger @o***
      https://www.instagram.com/Obchod_SK/            | instagram @O***
      facebook.com/groups/123456                      | facebook
      viber://chat?number=%2B421905123456             | viber
      Don't hesitate to message us on WhatsApp.       | whatsapp
      Neváhajte nás kontaktovať cez WhatsApp.         | whatsapp
      Whatsapp me if anything                         | whatsapp
      Napíšte nám, prosím, na WhatsApp.               | whatsapp
      Pošlite nám fotky, najlepšie na WhatsApp.       | whatsapp
      Viber nepoužívame, napíšte nám na WhatsApp.     | whatsapp
      """)
  void messengerInvitationsHandlesAndLinks(String text, String masked) {
    assertThat(find(text)).containsExactly(contact(ContactKind.MESSENGER, masked));
  }

  @Test
  void aMessengerWithANumberIsBothAMessengerAndAPhone() {
    assertThat(find("Pište nám na Viber 0905 123 456"))
        .containsExactly(
            contact(ContactKind.MESSENGER, "viber"), contact(ContactKind.PHONE, "09** *** *56"));
    assertThat(find("WhatsApp: +421 948 220 731"))
        .containsExactly(
            contact(ContactKind.MESSENGER, "whatsapp"),
            contact(ContactKind.PHONE, "+421 9** *** *31"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "We do not use WhatsApp, please stay in the Helpdesk.",
        "Nepoužívame WhatsApp, píšte prosím sem.",
        "WhatsApp nepoužívame, komunikujte s nami iba tu.",
        "Nepíšte nám prosím na WhatsApp, odpovedáme len v Helpdesku.",
        "Kontaktujte nás cez Helpdesk, nie cez WhatsApp.",
        "Fotky môžete poslať sem, nie na WhatsApp ani e-mail.",
        "Nechceme komunikovať cez WhatsApp, prosím píšte sem.",
        "Nu folosim WhatsApp, vă rugăm să ne scrieți aici.",
        "Wir nutzen kein WhatsApp, bitte schreiben Sie uns hier im Helpdesk.",
        "Nie używamy WhatsAppa, prosimy o kontakt tutaj.",
        "Nem használunk Vibert, kérjük, írjon itt.",
        "Ne koristimo WhatsApp, pišite nam ovdje.",
        "Ne uporabljamo Vibra, pišite nam tukaj.",
        "Не използваме Viber, пишете ни тук.",
        "Telefón podporuje WhatsApp aj Viber.",
        "The phone supports WhatsApp and Signal out of the box.",
        "Signal je tu slabý, skúste neskôr.",
        "Ak ste nám písali cez WhatsApp, správu sme nedostali.",
        "Správu z WhatsAppu sme preposlali do Helpdesku.",
        "We received your message via WhatsApp, but please use the Helpdesk.",
        "Ihre Nachricht per WhatsApp haben wir erhalten, bitte schreiben Sie uns hier.",
        "Ak máte WhatsApp, pošlite fotky sem do správy.",
        "Kúpili ste tovar cez Facebook Marketplace? Potom vám nevieme pomôcť.",
        "Produkt je kompatibilný s aplikáciou Messenger.",
        "Szia, igen, a csomag holnap érkezik.",
      })
  void mereMentionsOfMessengersAreNoContact(String text) {
    assertThat(find(text)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "objednávka 2026-123456 je na ceste",
        "Vaša objednávka #SW-48213977 bola odoslaná.",
        "Vaša objednávka č. 0123456789 bola zrušená.",
        "Číslo objednávky: 0905 123 456",
        "Zásielka Packeta Z 123 4567 890",
        "DHL 1234567890",
        "UPS 1Z999AA10123456784",
        "GLS 12345678901, DPD 01234567890123",
        "Slovenská pošta RR123456789SK",
        "Balík č. 0905 1234 5678 bude doručený zajtra.",
        "Sendungsnummer 00340434161234567890",
        "Cena 1 299,00 €",
        "12.990 Ft",
        "249 zł",
        "1.299 Kč",
        "1 299,- Kč",
        "Cena je 1 190 000 Ft",
        "€ 1 299 000",
        "Dátum 24.11.2026, otvorené 8:00-16:00",
        "Objednané 24. 11. 2026 o 14:35, doručené 2026-11-28.",
        "a csomag 2026.11.24-én érkezik",
        "IBAN SK89 7500 0000 0000 1234 5671",
        "HU42 1177 3016 1111 1018 0000 0000",
        "Platba na IBAN SK3112000000198742637541",
        "Účet: 2000145399/0800",
        "a számlaszám 11773016-11111018",
        "EAN 8588006241234",
        "SKU AB-1234-XL",
        "IMEI 356938035643809",
        "IMEI 35 693803 564380 9",
        "výrobné číslo SN 0203 4455 6677",
        "IČO: 12345678, DIČ 2020123456",
        "Variabilný symbol 2026123456",
        "ID transakcie 0012345678",
        "PSČ 811 01, Bratislava",
        "Verzia firmvéru 1.2.3.4567, build 20261124.",
        "Kapacita 5000 mAh, rozmer 146.7 x 71.5 x 7.8 mm",
        "faktura.pdf, foto.jpg, dokument.docx, archiv.zip",
        "napr. z.B. s.r.o. d.o.o. Sp. z o.o. atď.",
        "Cena 3.14 a verzia 2.1.3",
        "Hotovo.To je všetko.",
        "Model iPhone 15.Pro",
        "Viac na help.swopify.sk a swopify.sk/reklamacie",
        "https://www.swopify.hu/segitseg",
        "Podpora: podpora@swopify.sk",
        "podpora (at) swopify (dot) cz",
      })
  void hardNegativesAreNoContact(String text) {
    assertThat(find(text)).isEmpty();
  }

  @Test
  void platformDomainsComeFromTheSettingsAndCoverTheirSubdomains() {
    OffPlatformContacts custom = new OffPlatformContacts(Set.of("Shop.Example"));

    assertThat(custom.find("https://help.shop.example/faq")).isEmpty();
    assertThat(custom.find("info@shop.example")).isEmpty();
    assertThat(custom.find("www.swopify.sk")).containsExactly(contact(ContactKind.LINK, "s***.sk"));
    assertThat(custom.find("www.notshop.example.sk"))
        .containsExactly(contact(ContactKind.LINK, "n***.sk"));
  }

  @Test
  void contactsComeInTextOrderAndEachReadingOnce() {
    String text =
        "Volajte 0905 123 456 alebo píšte na jan@shop.sk, "
            + "web www.shop.sk, ig: @shop_sk, wa.me/421905123456";

    assertThat(find(text))
        .containsExactly(
            contact(ContactKind.PHONE, "09** *** *56"),
            contact(ContactKind.EMAIL, "j***@s***.sk"),
            contact(ContactKind.LINK, "s***.sk"),
            contact(ContactKind.MESSENGER, "instagram @s***"),
            contact(ContactKind.MESSENGER, "whatsapp"));
  }

  @Test
  void masksKeepNeitherTheAddressNorTheNumber() {
    String text = "maria.kovacova@posta-online.sk, +421 948 220 731, www.kovacova-shop.sk/x";

    List<Contact> contacts = find(text);

    assertThat(contacts)
        .extracting(Contact::masked)
        .allSatisfy(
            masked ->
                assertThat(masked)
                    .doesNotContain("maria", "kovacova", "posta", "948", "220", "731", "/x"));
  }

  @Test
  void emptyTextHasNoContactAndNullIsRefused() {
    assertThat(find("")).isEmpty();
    assertThat(find("Dobrý deň, ďakujeme, tovar je na ceste.")).isEmpty();
    assertThatThrownBy(() -> find(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void adversarialTextsOf64KiBAreReadWithoutBacktracking() {
    String[] units = {
      "a@",
      "a.",
      "1 ",
      "+1 ",
      "(at) ",
      "a at ",
      "@a ",
      "whatsapp na ",
      "a.a",
      "0905 ",
      "j a n @ ",
      "www.",
      "@a.",
      "(0)",
      "nie ",
      "aaaa@aaaa.",
      "1-",
      "a-"
    };
    for (String unit : units) {
      String text = unit.repeat(65536 / unit.length() + 1).substring(0, 65536);
      List<Contact> contacts = find(text);
      // Only the runs of "aaaa@aaaa." are addresses (one per run); nothing else reads as contact.
      if (unit.equals("aaaa@aaaa.")) {
        assertThat(contacts)
            .hasSize(65536 / unit.length() / 2 + 1)
            .allMatch(c -> c.kind() == ContactKind.EMAIL);
      } else if (unit.equals("www.")) {
        assertThat(contacts).containsExactly(contact(ContactKind.LINK, "w***.www"));
      } else {
        assertThat(contacts).as(unit).isEmpty();
      }
    }
    String long64k = "Napíšte nám na WhatsApp. ".repeat(2700);
    assertThat(find(long64k)).hasSize(2700);
  }

  @Test
  void survivesJavaSerialization() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(detector);
    }
    OffPlatformContacts copy;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (OffPlatformContacts) in.readObject();
    }

    assertThat(copy.find("jan@gmail.com a help.swopify.sk"))
        .containsExactly(contact(ContactKind.EMAIL, "j***@g***.com"));
  }
}
