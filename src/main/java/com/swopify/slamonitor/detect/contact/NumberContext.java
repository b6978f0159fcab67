package com.swopify.slamonitor.detect.contact;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the words just before a number say it is. The nearest cue word within {@link #WINDOW} chars
 * on the same line decides: "tel.", "volajte", "hívjon", "zadzwoń", "sunați", "ruf an" announce a
 * phone; "objednávka", "IBAN", "IMEI", "EAN", "zásielka", "Rechnung", "DHL" announce some other
 * number. The nearest wins because replies mention both ("Pre objednávku 2026-123456 volajte ..."
 * and "Zavolajte kuriérovi, číslo zásielky ...").
 */
final class NumberContext {
  enum Cue {
    PHONE,
    OTHER_NUMBER,
    NONE
  }

  static final int WINDOW = 48;

  private static final Pattern PHONE_WORDS =
      Pattern.compile(
          WordList.alternation(
              // sk, cs
              "tel",
              "telefón*",
              "telefon*",
              "mobil*",
              "mob",
              "volaj*",
              "zavolaj*",
              "volať",
              "zavolať",
              "volejte",
              "zavolejte",
              "volat",
              "zavolat",
              "kontakt*",
              // hu
              "hívj*",
              "hívás*",
              "hívható*",
              "hívd",
              "telefonszám*",
              "mobilszám*",
              // pl
              "zadzwoń*",
              "dzwoń*",
              "komórk*",
              // ro
              "sunați*",
              "sună*",
              "apelați*",
              "apel",
              // de
              "ruf",
              "rufen",
              "ruft",
              "anruf*",
              "handy*",
              "erreichbar",
              // hr, sl
              "nazovi*",
              "nazvati",
              "zovite",
              "pokliči*",
              "kliči*",
              // bg
              "тел",
              "телефон*",
              "моб*",
              "обадете",
              "обади*",
              "звънн*",
              "звъне*",
              // en and the messengers that run on phone numbers
              "phone*",
              "call*",
              "gsm",
              "sms*",
              "esemes*",
              "contact*",
              "whatsapp*",
              "viber*",
              "telegram*",
              "signal"));

  private static final Pattern OTHER_NUMBER_WORDS =
      Pattern.compile(
          WordList.alternation(
              // orders, invoices, complaints
              "objedn*",
              "obj",
              "order*",
              "bestell*",
              "auftrag*",
              "zamówieni*",
              "zamów*",
              "comand*",
              "narudžb*",
              "naročil*",
              "поръчк*",
              "rendelés*",
              "megrendel*",
              "faktúr*",
              "faktur*",
              "invoice*",
              "rechnung*",
              "factur*",
              "фактур*",
              "számla*",
              "račun*",
              "reklamáci*",
              "reklamac*",
              "rma",
              "ticket*",
              "case",
              "prípad*",
              "případ*",
              // parcels and carriers
              "tracking*",
              "track*",
              "sledovac*",
              "sledovan*",
              "zásielk*",
              "zásilk*",
              "balík*",
              "parcel*",
              "package*",
              "paket*",
              "sendung*",
              "przesyłk*",
              "colet*",
              "awb",
              "pošiljk*",
              "пратк*",
              "csomag*",
              "küldemény*",
              "dhl",
              "ups",
              "gls",
              "dpd",
              "packeta",
              "zásielkovň*",
              "zásilkovn*",
              "ppl",
              "inpost",
              "sameday",
              "econt",
              "speedy",
              // bank accounts
              "iban",
              "účet",
              "účtu",
              "účtom",
              "account*",
              "konto*",
              "cont",
              "contul",
              "bankszámla*",
              "сметк*",
              "swift",
              "bic",
              // products and devices
              "ean",
              "sku",
              "imei",
              "serial*",
              "sériov*",
              "seriov*",
              "výrobn*",
              "kód*",
              "kod*",
              "code*",
              "artikel*",
              "artikl*",
              "model*",
              // part, catalogue and batch numbers (hr, sl, ro, bg and the others)
              "šifr*",
              "kataloš*",
              "katalog*",
              "katalóg*",
              "cod",
              "codul",
              "piesă",
              "piesa",
              "piese",
              "referin*",
              "lot",
              "lotul",
              "šarž*",
              "sarz*",
              "partia",
              "partii",
              "партид*",
              "код*",
              "каталож*",
              "артикул*",
              "номенклатур*",
              "cikkszám*",
              "part",
              "parts",
              "ref",
              "reference*",
              "teil*",
              "ersatzteil*",
              "dio",
              "dijel*",
              "del",
              "dela",
              "oznak*",
              "batch*",
              // company registration numbers
              "ičo",
              "ič",
              "dič",
              "nip",
              "regon",
              "krs",
              "cui",
              "cif",
              "oib",
              "ust",
              "uid",
              "adószám*",
              "еик",
              "булстат",
              // prices and amounts
              "cena",
              "cenu",
              "ceny",
              "price",
              "preis*",
              "ár",
              "ára",
              "preț*",
              "cijena",
              "цена",
              "suma*",
              "sum",
              "total*",
              "spolu",
              "celkom",
              "celkem",
              "összeg*"));

  private NumberContext() {}

  /** The nearest cue before {@code start}, on the same line. */
  static Cue before(CharFoldedText text, int start) {
    int limit = Math.max(0, start - WINDOW);
    Matcher phone = PHONE_WORDS.matcher(text.folded);
    Matcher other = OTHER_NUMBER_WORDS.matcher(text.folded);
    int i = start - 1;
    while (i >= limit && text.at(i) != '\n') {
      if (!Character.isLetter(text.at(i))) {
        i--;
        continue;
      }
      int wordEnd = i + 1;
      // A word cut by the bound is too long to be a cue, and stays unmatched.
      int wordLimit = Math.max(0, limit - 24);
      while (i >= wordLimit && Character.isLetter(text.at(i))) {
        i--;
      }
      int wordStart = i + 1;
      if (phone.region(wordStart, wordEnd).matches()) {
        return Cue.PHONE;
      }
      if (other.region(wordStart, wordEnd).matches()) {
        return Cue.OTHER_NUMBER;
      }
    }
    return Cue.NONE;
  }
}
