package com.swopify.slamonitor.demo;

import com.swopify.slamonitor.events.Topic;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * Realistic short Helpdesk texts in the markets' languages. Some are written without diacritics, as
 * many people type on phones. Languages without phrases here (a custom market) fall back to
 * English.
 */
final class Phrasebook {
  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

  /** Obviously fake contact details, the kind rule R3 forbids in a reply. */
  private static final List<String> OFF_PLATFORM_CONTACTS =
      List.of(
          "jan.novak@example.com",
          "Pisite na predajca.shop@example.org",
          "+421 900 123 456",
          "WhatsApp: +420 601 123 456",
          "tel. +36 30 123 4567",
          "kontakt@example.net");

  private static final LanguagePhrases ENGLISH =
      new LanguagePhrases(
          "en",
          true,
          "Hello, when will my order arrive?",
          "The parcel has still not arrived. Could you please check?",
          "I would like to return the item, how do I proceed?",
          "The product does not match the description, please help.",
          "Is this product still in stock?",
          "Thanks for the answer, one more question about the invoice.",
          "Hello, I am still waiting for an answer.",
          List.of(
              "Hello, thank you for your message. We shipped the order today.",
              "The parcel is on its way, the tracking number is in your order.",
              "Sorry for the trouble, we will approve the return.",
              "Yes, the product is in stock. Kind regards",
              "We have received your complaint and will handle it within 30 days."),
          List.of(
              "Hello, I am out of the office. I will reply when I am back.",
              "This is an automatic reply. We have received your message."));

  private static final Map<String, LanguagePhrases> BY_LANGUAGE =
      Map.of(
          "sk",
          new LanguagePhrases(
              "sk",
              true,
              "Dobrý deň, kedy mi príde objednávka?",
              "Dobrý deň, tovar stále nedorazil. Môžete to prosím skontrolovať?",
              "Chcel by som vrátiť tovar, ako mám postupovať?",
              "Výrobok nezodpovedá popisu, prosím o riešenie.",
              "Je tento produkt ešte skladom?",
              "Ďakujem za odpoveď, ešte jedna otázka k faktúre.",
              "Dobrý deň, stále čakám na odpoveď, prosím ozvite sa.",
              List.of(
                  "Dobrý deň, ďakujeme za správu. Objednávku sme dnes odoslali.",
                  "Tovar je na ceste, číslo zásielky nájdete v objednávke.",
                  "Ospravedlňujeme sa za komplikácie, vrátenie vám schválime.",
                  "Áno, produkt je skladom. S pozdravom",
                  "Reklamáciu sme prijali a vybavíme ju do 30 dní."),
              List.of(
                  "Dobrý deň, momentálne som mimo kancelárie. Odpoviem hneď po návrate.",
                  "Toto je automatická odpoveď. Vašu správu sme prijali.")),
          "cs",
          new LanguagePhrases(
              "cs",
              true,
              "Dobrý den, kdy mi přijde objednávka?",
              "Zboží stále nedorazilo, můžete to prosím prověřit?",
              "Chtěla bych vrátit zboží, jak mám postupovat?",
              "Výrobek neodpovídá popisu, prosím o řešení.",
              "Je tento produkt ještě skladem?",
              "Děkuji za odpověď, ještě dotaz k faktuře.",
              "Dobrý den, stále čekám na odpověď, ozvěte se prosím.",
              List.of(
                  "Dobrý den, děkujeme za zprávu. Objednávku jsme dnes odeslali.",
                  "Zboží je na cestě, číslo zásilky najdete v objednávce.",
                  "Omlouváme se za potíže, vrácení vám schválíme.",
                  "Ano, produkt je skladem. S pozdravem",
                  "Reklamaci jsme přijali a vyřídíme ji do 30 dnů."),
              List.of(
                  "Dobrý den, momentálně jsem mimo kancelář. Odpovím hned po návratu.",
                  "Toto je automatická odpověď. Vaši zprávu jsme přijali.")),
          "hu",
          new LanguagePhrases(
              "hu",
              true,
              "Jó napot, mikor érkezik meg a rendelésem?",
              "A csomag még mindig nem érkezett meg. Meg tudná nézni?",
              "Szeretném visszaküldeni a terméket, hogyan tegyem?",
              "A termék nem felel meg a leírásnak, kérem a megoldást.",
              "Van még raktáron ez a termék?",
              "Köszönöm a választ, még egy kérdésem lenne a számláról.",
              "Jó napot, még mindig várom a válaszát.",
              List.of(
                  "Jó napot, köszönjük az üzenetét. A rendelést ma feladtuk.",
                  "A csomag úton van, a követési számot a rendelésben találja.",
                  "Elnézést kérünk a kellemetlenségért, a visszaküldést jóváhagyjuk.",
                  "Igen, a termék raktáron van. Üdvözlettel",
                  "A reklamációt befogadtuk, 30 napon belül intézzük."),
              List.of(
                  "Jó napot, jelenleg nem vagyok az irodában. Visszatérésem után válaszolok.",
                  "Ez egy automatikus válasz. Üzenetét megkaptuk.")),
          "pl",
          new LanguagePhrases(
              "pl",
              true,
              "Dzień dobry, kiedy dotrze moje zamówienie?",
              "Paczka wciąż nie dotarła. Czy mogą Państwo to sprawdzić?",
              "Chciałbym zwrócić towar, jak mam to zrobić?",
              "Produkt nie zgadza się z opisem, proszę o rozwiązanie.",
              "Czy ten produkt jest jeszcze dostępny?",
              "Dziękuję za odpowiedź, mam jeszcze pytanie o fakturę.",
              "Dzień dobry, nadal czekam na odpowiedź, proszę o kontakt.",
              List.of(
                  "Dzień dobry, dziękujemy za wiadomość. Zamówienie wysłaliśmy dzisiaj.",
                  "Paczka jest w drodze, numer przesyłki znajdą Państwo w zamówieniu.",
                  "Przepraszamy za kłopot, zwrot zostanie zaakceptowany.",
                  "Tak, produkt jest dostępny. Pozdrawiamy",
                  "Reklamację przyjęliśmy i rozpatrzymy ją w ciągu 14 dni."),
              List.of(
                  "Dzień dobry, obecnie jestem poza biurem. Odpowiem po powrocie.",
                  "To jest automatyczna odpowiedź. Otrzymaliśmy Twoją wiadomość.")),
          "ro",
          new LanguagePhrases(
              "ro",
              true,
              "Bună ziua, când ajunge comanda mea?",
              "Coletul încă nu a ajuns. Puteți verifica, vă rog?",
              "Aș dori să returnez produsul, cum procedez?",
              "Produsul nu corespunde descrierii, vă rog să rezolvați.",
              "Mai aveți acest produs în stoc?",
              "Mulțumesc pentru răspuns, mai am o întrebare despre factură.",
              "Bună ziua, încă aștept un răspuns, vă rog.",
              List.of(
                  "Bună ziua, vă mulțumim pentru mesaj. Comanda a fost expediată astăzi.",
                  "Coletul este pe drum, numărul de urmărire îl găsiți în comandă.",
                  "Ne cerem scuze pentru neplăcere, returul va fi aprobat.",
                  "Da, produsul este în stoc. Cu stimă",
                  "Am înregistrat reclamația și o rezolvăm în 30 de zile."),
              List.of(
                  "Bună ziua, în prezent sunt în afara biroului. Voi răspunde la întoarcere.",
                  "Acesta este un răspuns automat. Am primit mesajul dumneavoastră.")),
          "de",
          new LanguagePhrases(
              "de",
              true,
              "Guten Tag, wann kommt meine Bestellung an?",
              "Das Paket ist immer noch nicht angekommen. Können Sie das bitte prüfen?",
              "Ich möchte die Ware zurückschicken, wie gehe ich vor?",
              "Der Artikel entspricht nicht der Beschreibung, bitte um eine Lösung.",
              "Ist dieser Artikel noch auf Lager?",
              "Danke für die Antwort, ich habe noch eine Frage zur Rechnung.",
              "Guten Tag, ich warte immer noch auf eine Antwort.",
              List.of(
                  "Guten Tag, vielen Dank für Ihre Nachricht. Die Bestellung wurde heute versandt.",
                  "Das Paket ist unterwegs, die Sendungsnummer finden Sie in der Bestellung.",
                  "Entschuldigen Sie die Unannehmlichkeiten, die Rücksendung wird genehmigt.",
                  "Ja, der Artikel ist auf Lager. Mit freundlichen Grüßen",
                  "Wir haben Ihre Reklamation erhalten und bearbeiten sie innerhalb von 30 Tagen."),
              List.of(
                  "Guten Tag, ich bin derzeit nicht im Büro. Ich antworte nach meiner Rückkehr.",
                  "Dies ist eine automatische Antwort. Wir haben Ihre Nachricht erhalten.")),
          "hr",
          new LanguagePhrases(
              "hr",
              true,
              "Dobar dan, kada stiže moja narudžba?",
              "Paket još nije stigao. Možete li provjeriti?",
              "Želio bih vratiti proizvod, kako da postupim?",
              "Proizvod ne odgovara opisu, molim rješenje.",
              "Imate li još ovaj proizvod na zalihi?",
              "Hvala na odgovoru, imam još pitanje o računu.",
              "Dobar dan, još uvijek čekam odgovor, molim javite se.",
              List.of(
                  "Dobar dan, hvala na poruci. Narudžbu smo danas poslali.",
                  "Paket je na putu, broj pošiljke pronaći ćete u narudžbi.",
                  "Ispričavamo se zbog neugodnosti, povrat će biti odobren.",
                  "Da, proizvod je na zalihi. Lijep pozdrav",
                  "Reklamaciju smo zaprimili i riješit ćemo je u roku od 15 dana."),
              List.of(
                  "Dobar dan, trenutno sam izvan ureda. Odgovorit ću po povratku.",
                  "Ovo je automatski odgovor. Vašu poruku smo primili.")),
          "sl",
          new LanguagePhrases(
              "sl",
              true,
              "Dober dan, kdaj bo prispelo moje naročilo?",
              "Paket še vedno ni prispel. Lahko prosim preverite?",
              "Želim vrniti izdelek, kako naj postopam?",
              "Izdelek ne ustreza opisu, prosim za rešitev.",
              "Ali je ta izdelek še na zalogi?",
              "Hvala za odgovor, imam še vprašanje glede računa.",
              "Dober dan, še vedno čakam na odgovor.",
              List.of(
                  "Dober dan, hvala za sporočilo. Naročilo smo danes odposlali.",
                  "Paket je na poti, številko pošiljke najdete v naročilu.",
                  "Opravičujemo se za nevšečnosti, vračilo bo odobreno.",
                  "Da, izdelek je na zalogi. Lep pozdrav",
                  "Reklamacijo smo prejeli in jo bomo rešili v 30 dneh."),
              List.of(
                  "Dober dan, trenutno sem odsoten. Odgovoril bom po vrnitvi.",
                  "To je samodejni odgovor. Vaše sporočilo smo prejeli.")),
          "bg",
          new LanguagePhrases(
              "bg",
              false,
              "Добър ден, кога ще пристигне поръчката ми?",
              "Пратката все още не е пристигнала. Може ли да проверите?",
              "Искам да върна продукта, как да процедирам?",
              "Продуктът не отговаря на описанието, моля за решение.",
              "Имате ли още този продукт в наличност?",
              "Благодаря за отговора, имам още въпрос за фактурата.",
              "Добър ден, все още чакам отговор.",
              List.of(
                  "Добър ден, благодарим за съобщението. Поръчката беше изпратена днес.",
                  "Пратката е на път, номерът за проследяване е в поръчката.",
                  "Извиняваме се за неудобството, връщането ще бъде одобрено.",
                  "Да, продуктът е наличен. Поздрави",
                  "Приехме рекламацията и ще я решим в срок от 30 дни."),
              List.of(
                  "Добър ден, в момента съм извън офиса. Ще отговоря след завръщането си.",
                  "Това е автоматичен отговор. Получихме вашето съобщение.")),
          "en",
          ENGLISH);

  private Phrasebook() {}

  static LanguagePhrases of(String language) {
    return BY_LANGUAGE.getOrDefault(language, ENGLISH);
  }

  /** A buyer's first message on a topic. */
  static String buyerOpening(LanguagePhrases phrases, Topic topic, SplittableRandom rng) {
    return switch (topic) {
      case GENERAL -> phrases.inStock();
      case ORDER -> rng.nextBoolean() ? phrases.whenArrives() : phrases.thanksAndQuestion();
      case DELIVERY -> rng.nextBoolean() ? phrases.whenArrives() : phrases.notArrived();
      case RETURN -> phrases.returnGoods();
      case COMPLAINT,
          QUALITY_DISPUTE,
          DESCRIPTION_MISMATCH,
          LOCKED_DEVICE,
          COUNTERFEIT,
          DANGEROUS_PRODUCT ->
          phrases.notAsDescribed();
    };
  }

  static String sellerAnswer(LanguagePhrases phrases, SplittableRandom rng) {
    return pickFrom(phrases.sellerAnswers(), rng);
  }

  static String outOfOffice(LanguagePhrases phrases, SplittableRandom rng) {
    return pickFrom(phrases.outOfOffice(), rng);
  }

  static String offPlatformContact(SplittableRandom rng) {
    return pickFrom(OFF_PLATFORM_CONTACTS, rng);
  }

  /** The text as typed without diacritics ("Dakujem za odpoved"); Cyrillic stays as it is. */
  static String withoutDiacritics(LanguagePhrases phrases, String text) {
    if (!phrases.latinScript()) {
      return text;
    }
    return COMBINING_MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
  }

  private static String pickFrom(List<String> texts, SplittableRandom rng) {
    return texts.get(rng.nextInt(texts.size()));
  }
}
