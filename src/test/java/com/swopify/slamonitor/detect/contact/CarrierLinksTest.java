package com.swopify.slamonitor.detect.contact;

import static org.assertj.core.api.Assertions.assertThat;

import com.swopify.slamonitor.detect.DetectorSettings;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tracking links of the carriers of the ten markets are no off-platform contact in their market
 * (one case per carrier); a carrier's link that carries a phone number, an e-mail address or a
 * messenger is; the list is per market, and a market's own list replaces the bundled one.
 */
class CarrierLinksTest {
  private static List<Contact> findIn(String market, String text) {
    return new OffPlatformContacts(
            DetectorSettings.defaults().platformDomains(), CarrierDomains.defaultsFor(market))
        .find(text);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      SK | DHL               | Zásielku sledujte tu: https://www.dhl.com/sk-sk/home/tracking.html?tracking-id=4417263095
      DE | DHL (Deutschland) | Hier ist der Link: https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=00340434161234567890
      DE | Deutsche Post     | Sendungsverfolgung: https://www.deutschepost.de/sendung/simpleQuery.html?form.sendungsnummer=RR123456789DE
      HU | GLS               | A csomag követése: https://gls-group.eu/HU/hu/csomagkovetes?match=51234567890
      CZ | DPD               | Zásilku sledujte na https://tracking.dpd.de/status/cs_CZ/parcel/13905512345678
      PL | InPost            | Śledzenie paczki: https://inpost.pl/sledzenie-przesylek?number=620111349870112345678901
      CZ | Zásilkovna        | Zásilka: https://tracking.packeta.com/cs/?id=Z2045561873
      SK | Packeta           | Sledovanie: https://tracking.packeta.com/sk/Z2045561873
      CZ | Zásilkovna (cz)   | Stav zásilky najdete na www.zasilkovna.cz/vyhledat-zasilku?number=Z2045561873
      CZ | PPL               | Zásilku můžete sledovat zde: https://www.ppl.cz/vyhledat-zasilku?shipmentId=40512345678
      CZ | Česká pošta       | Sledování: https://www.postaonline.cz/trackandtrace/-/zasilka/cislo?parcelNumbers=DR1234567890C
      SK | Slovenská pošta   | Sledujte zásielku: https://tandt.posta.sk/zasielky/RR123456789SK
      HU | Magyar Posta      | Nyomkövetés: https://www.posta.hu/nyomkovetes/nyitooldal?searchvalue=JJH30LBLHU000123456
      HU | Foxpost           | A csomagod itt követheted: https://foxpost.hu/csomagkovetes/?code=CLFOX1234567890
      RO | Fan Courier       | Puteți urmări coletul aici: https://www.fancourier.ro/awb-tracking/?tracking=2345678901234
      RO | Sameday           | AWB: https://sameday.ro/#awb=1ONB24123456789
      BG | Econt             | Проследяване: https://www.econt.com/services/track-shipment/1051234567890
      BG | Speedy            | Пратката: https://www.speedy.bg/bg/track-shipment?shipmentNumber=61234567890
      HR | Hrvatska pošta    | Praćenje pošiljke: https://posiljka.posta.hr/hr/tracking/trackingdata?barcode=CE123456789HR
      SI | Pošta Slovenije   | Sledenje: https://sledenje.posta.si/?trackingNumber=RR123456789SI
      AT | Österreichische Post | Sendungsverfolgung: https://www.post.at/s/sendungsdetails?snr=1012345678901234567890
      DE | UPS               | Tracking: https://www.ups.com/track?loc=de_DE&tracknum=1Z999AA10123456784
      AT | FedEx             | Sendung: https://www.fedex.com/fedextrack/?trknbr=771234567890
      PL | DPD Polska        | Przesyłka: https://tracktrace.dpd.com.pl/parcelDetails?typ=1&p1=1000123456789U
      PL | Poczta Polska     | Śledzenie: https://emonitoring.poczta-polska.pl/?numer=00659007734123456789
      RO | Cargus            | Urmărire: https://www.cargus.ro/personal/urmareste-coletul/?tracking_number=1234567890
      BG | bare Econt domain | Следете пратката в econt.com с номер 1051234567890.
      """)
  void aCarriersTrackingLinkIsNoContact(String market, String carrier, String text) {
    assertThat(findIn(market, text)).as(carrier).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Sledovanie: https://tracking.packeta.com/sk/?id=Z2045561873&phone=0905123456",
        "Tracking: https://www.dhl.de/verfolgen?piececode=0034043416&email=jan%40gmail.com",
        "Link: https://www.dhl.com/track/jan@shop.sk",
        "Stav: https://www.ppl.cz/zasilka?id=40512345678&whatsapp=420605123456",
        "Sledovanie: https://tracking.packeta.com/sk/Z2045561873?ref=%2B421905123456"
      })
  void aCarrierLinkCarryingAContactIsStillOne(String text) {
    assertThat(findIn("SK", text)).isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Sledujte na https://dhl-tracking-sk.com/Z2045561873",
        "Sledovanie: https://packeta.com.zasielky-sk.info/Z2045561873",
        "Info na www.posta-sk.eu"
      })
  void aLookalikeOfACarrierIsAContact(String text) {
    assertThat(findIn("SK", text)).extracting(Contact::kind).containsExactly(ContactKind.LINK);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      SK | Пратката: https://www.econt.com/services/track-shipment/1051234567890
      BG | Zásielka: https://tandt.posta.sk/zasielky/RR123456789SK
      """)
  void anotherCountrysNationalCarrierIsNotOnTheMarketsList(String market, String text) {
    assertThat(findIn(market, text)).extracting(Contact::kind).containsExactly(ContactKind.LINK);
  }

  @org.junit.jupiter.api.Test
  void aMarketsOwnListReplacesTheBundledOne() {
    OffPlatformContacts own =
        new OffPlatformContacts(
            DetectorSettings.defaults().platformDomains(), java.util.Set.of("mykurier.sk"));
    assertThat(own.find("Sledovanie: https://track.mykurier.sk/Z123")).isEmpty();
    assertThat(own.find("Sledovanie: https://tandt.posta.sk/zasielky/RR123456789SK"))
        .extracting(Contact::kind)
        .containsExactly(ContactKind.LINK);
  }
}
