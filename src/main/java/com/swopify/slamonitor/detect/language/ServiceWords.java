package com.swopify.slamonitor.detect.language;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everyday customer-service words of each language, for the same vote as the {@link
 * FunctionWords}: greetings and closings, yes, thanks and apologies, and the Helpdesk's nouns and
 * verbs (order, parcel, stock, goods, product, return, refund, complaint, invoice, delivery,
 * shipped). Replies are short and made of such words ("Áno, produkt je skladom. S pozdravom"),
 * often with hardly a function word, so without them the close pairs and diacritic-free texts
 * went to Lingua.
 *
 * <p>Every word is a distinctive word of its language, in its written form and, where that is
 * also free, its diacritic-free form; none is a common word of another supported language. Left
 * out on purpose: words the languages share ("produkt", "paket", "faktura", "hvala", "dostava",
 * "račun", "pošiljka", "proizvod", "objednávku", "dnes", "tak"), Slovak "pozdravom" (also
 * the Croatian and Slovene instrumental: "srdačnim pozdravom"; it is a Slovak/Czech pair word,
 * {@link ConfusablePair}), Czech "ano" (Slovak "áno" typed without its accent) and Slovene "lep"
 * (a rare Czech noun; a Croatian/Slovene pair word), stripped forms that are another language's
 * word (Czech "vraceni" is Croatian "vraćeni"; Slovene "resili" Czech "řešili"; Polish "fakture"
 * Croatian), Croatian "napon" (voltage), German "Lager" and "Artikel" (Croatian "na lageru",
 * Slovene "artikel"), English "kind" (German "Kind").
 */
final class ServiceWords {
  private static final Map<SupportedLanguage, List<String>> WORDS = words();

  private ServiceWords() {}

  /** The words of each language, lower case. */
  static Map<SupportedLanguage, List<String>> all() {
    return WORDS;
  }

  private static Map<SupportedLanguage, List<String>> words() {
    Map<SupportedLanguage, List<String>> words = new EnumMap<>(SupportedLanguage.class);
    words.put(SupportedLanguage.EN, List.of("regards", "sincerely", "yes", "sorry", "apologise",
        "apologize", "apologies", "inconvenience", "order", "orders", "parcel", "package",
        "shipped", "shipping", "delivery", "tracking", "stock", "product", "item", "refund",
        "return", "complaint", "invoice", "received"));
    words.put(SupportedLanguage.DE, List.of("freundlichen", "freundliche", "grüßen", "gruessen",
        "grüße", "gruesse", "entschuldigen", "entschuldigung", "unannehmlichkeiten", "bestellung",
        "bestellnummer", "sendung", "sendungsnummer", "versandt", "versendet", "zustellung",
        "lieferung", "lagernd", "verfügbar", "verfuegbar", "ware", "rücksendung", "ruecksendung",
        "rückerstattung", "rueckerstattung", "erstattung", "erstatten", "geld", "reklamation",
        "rechnung", "nachricht"));
    words.put(SupportedLanguage.CS, List.of("pozdravem", "omlouváme", "omlouvame", "omlouvám",
        "omlouvam", "omluvu", "potíže", "potize", "komplikace", "skladem", "zboží", "zbozi",
        "zásilka", "zasilka", "zásilku", "zasilku", "zásilky", "zasilky", "objednávce",
        "objednavce", "odeslali", "odesláno", "odeslano", "odešleme", "odesleme", "doručení",
        "doruceni", "dopravce", "zítra", "zitra", "přejeme", "vrácení", "peníze", "penize",
        "reklamace", "reklamaci", "vyřídíme", "vyridime", "díky", "diky", "zprávu", "zpravu",
        "zprávy", "zpravy", "odpovíme", "odpovime", "odpovím", "odpovim", "pracovních",
        "pracovnich", "pořádku", "poradku"));
    words.put(SupportedLanguage.SK, List.of("áno", "vďaka", "vdaka", "prajeme", "ospravedlňujeme",
        "ospravedlnujeme", "ospravedlňujem", "ospravedlnujem", "komplikácie", "komplikacie",
        "skladom", "tovar", "tovaru", "zásielka", "zasielka", "zásielku", "zasielku", "zásielky",
        "zasielky", "objednávke", "objednavke", "nájdete", "odoslali", "odoslaná", "odoslana",
        "odoslaný", "odoslany", "odošleme", "odosleme", "doručenie", "dorucenie", "kuriérom",
        "zajtra", "vrátenie", "vratenie", "vrátenia", "vratenia", "peniaze", "zľava", "zlava",
        "reklamácia", "reklamacia", "reklamáciu", "reklamaciu", "reklamácie", "reklamacie",
        "faktúra", "faktúru", "faktúry"));
    words.put(SupportedLanguage.PL, List.of("pozdrawiam", "pozdrawiamy", "dzień", "dzien",
        "przepraszamy", "przepraszam", "kłopot", "klopot", "zamówienie", "zamowienie",
        "zamówienia", "zamowienia", "zamówieniu", "zamowieniu", "paczka", "paczkę", "paczke",
        "paczki", "przesyłka", "przesylka", "przesyłki", "przesylki", "przesyłkę", "przesylke",
        "wysłaliśmy", "wyslalismy", "wysyłka", "wysylka", "dostępny", "dostepny", "dostępne",
        "dostepne", "magazynie", "zwrot", "zwrotu", "pieniądze", "pieniadze", "reklamacja",
        "reklamację", "reklamacje", "reklamacji", "wiadomość", "wiadomosc", "państwa",
        "panstwa"));
    words.put(SupportedLanguage.RO, List.of("bună", "buna", "ziua", "stimă", "stima", "scuze",
        "comanda", "comandă", "comenzii", "coletul", "colet", "coletului", "livrare", "livrarea",
        "expediat", "expediată", "expediata", "stoc", "produsul", "produsului", "produse",
        "returul", "rambursare", "rambursarea", "factura", "factură", "numărul", "numarul",
        "mesajul", "mesaj"));
    words.put(SupportedLanguage.HU, List.of("üdvözlettel", "udvozlettel", "tisztelettel", "igen",
        "elnézést", "elnezest", "kérünk", "kerunk", "kérem", "kerem", "kellemetlenségért",
        "kellemetlensegert", "rendelés", "rendeles", "rendelést", "rendelest", "rendelését",
        "rendeleset", "rendelésben", "rendelesben", "csomag", "csomagot", "csomagja", "úton",
        "uton", "feladtuk", "futár", "futar", "raktáron", "raktaron", "termék", "termek",
        "terméket", "termeket", "termékek", "termekek", "visszaküldés", "visszakuldes",
        "visszaküldést", "visszakuldest", "visszatérítés", "visszaterites", "reklamáció",
        "reklamacio", "reklamációt", "reklamaciot", "számla", "szamla", "számlát", "szamlat",
        "belül", "belul", "találja", "talalja", "megkapja"));
    words.put(SupportedLanguage.HR, List.of("dobar", "lijep", "lijepi", "srdačan", "srdacan",
        "srdačno", "srdacno", "poštovanjem", "postovanjem", "ispričavamo", "ispricavamo",
        "isprika", "ispriku", "neugodnosti", "zbog", "narudžba", "narudzba", "narudžbu",
        "narudzbu", "narudžbe", "narudzbe", "narudžbi", "narudzbi", "pošiljku", "posiljku", "putu",
        "pronaći", "pronaci", "zalihi", "zaliha", "zalihe", "povrat", "novac", "novca",
        "zaprimili", "riješit", "rijesit", "riješiti", "rijesiti", "poruka", "poruku", "poruci"));
    words.put(SupportedLanguage.SL, List.of("dober", "spoštovani", "spostovani", "spoštovanjem",
        "spostovanjem", "opravičujemo", "opravicujemo", "opravičilo", "opravicilo", "nevšečnosti",
        "nevsecnosti", "naročilo", "narocilo", "naročila", "narocila", "naročilu", "narocilu",
        "pošiljko", "posiljko", "številka", "stevilka", "številko", "stevilko", "odposlali",
        "izdelek", "izdelka", "izdelke", "izdelki", "zalogi", "vračilo", "vracilo", "vračila",
        "vracila", "denar", "prejeli", "rešili", "sporočilo", "sporocilo", "sporočila",
        "sporocila"));
    return words;
  }
}
