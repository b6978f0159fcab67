package com.swopify.slamonitor.detect.signals;

import static com.swopify.slamonitor.events.TakeoverReason.COUNTERFEIT;
import static com.swopify.slamonitor.events.TakeoverReason.DANGEROUS_PRODUCT;
import static com.swopify.slamonitor.events.TakeoverReason.LOCKED_DEVICE;

import com.swopify.slamonitor.detect.automated.Phrases;
import java.util.List;

/**
 * The words of serious violations in buyer messages, in the ten market languages, in the syntax of
 * {@link Phrases}, and the words {@link BuyerSignals} reads their context with. Rules come in a
 * stable order, the order of the signals found: by reason, the most specific first; a fallback
 * ("device-locked") last within its reason.
 */
final class SignalLexicon {
  private SignalLexicon() {}

  // ---- Building blocks, used inside phrases ----

  /** A device is locked or blocked (participles and adjectives, never the noun "lock"). */
  private static final String LOCKED =
      "(locked|blocked|zablokovan%|blokovan%|zamknut%|zamčen%"
          + "|zamkl%|uzamknut%|uzamčen%|uzamkl%|zárolt%|zárolva|lezárva|lezárt%|le van zárva|letiltott"
          + "|letiltva|zablokowan%|zablokował%|blocat%|blocată|gesperrt%|blockiert%|zaključan%"
          + "|zaključal%|blokiran%|zaklenjen%|zaklenil%|заключен%|заключи%|блокиран%|блокира%)";

  /** The lock itself, as a noun: only next to iCloud, an account or a password. */
  private static final String LOCK =
      "(lock|locks|blokáci%|blokác%|blokád%|zámok|zámek|zámkom"
          + "|zámkem|zár|zárolás%|blokad%|blocare%|blocaj%|sperre|zaključavanj%|zaklep%|заключване"
          + "|блокиране|блокировка)";

  /** Whose account it is: somebody else's, the previous owner's. */
  private static final String PREVIOUS_OWNER =
      "(previous owner%|old owner%|former owner%"
          + "|previously synced|someone else%|somebody else%|not mine|predchádzajúc% majiteľ%"
          + "|pôvodn% majiteľ%|predošl% majiteľ%|cudz%|předchozí% majitel%|původní% majitel%|cizí%"
          + "|előző tulajdonos%|korábbi tulajdonos%|idegen%|poprzedni% właściciel%|cudz%|fostul%"
          + " proprietar%|proprietarul% anterior|altcuiva|vorbesitzer%|vorherig% besitzer%|fremd%"
          + "|früher% besitzer%|prethodn% vlasnik%|bivš% vlasnik%|tuđ%|prejšnj% lastnik%|tuj%"
          + "|предишни% собственик%|чужд%)";

  /** A secret that unlocks a device. */
  private static final String SECRET =
      "(password%|passcode%|pin|pin code|pattern|screen lock"
          + "|heslo|heslom|hesla|kód|kódem|kódom|jelszó%|jelszav%|hasło|hasłem|hasła|kod%|parol%"
          + "|passwort%|kennwort%|lozink%|šifr%|geslo|geslom|gesla|парола%|код%|пин)";

  private static final String APPLE_ID = "apple ?id%";
  private static final String GOOGLE_ACCOUNT =
      "(google (account%|účet|účtu|fiók%|konto|kont%"
          + "|cont%|račun%|акаунт%|профил%)|(konta|kontem|kontu|konto|contul|contului|cont|účet"
          + "|účtu|účtem|fiókja|računa|račun) google)";
  private static final String BLACKLISTED =
      "(blacklist%|black list%|barred|reported stolen"
          + "|stolen|lost|čiern% listin%|čiernom zozname|čern% listin%|tiltólist%|feketelist%"
          + "|czarn% list%|lista neagră|listei negre|schwarz% liste|crn% list%|črn% seznam%"
          + "|черен списък|черния списък|ukraden%|kradnut%|kradený|kradzion%|furat%|gestohlen%"
          + "|украден%|открадн%)";

  /** Vendor accounts that lock a phone to its owner, besides Apple's and Google's. */
  private static final String VENDOR_ACCOUNT =
      "(huawei ?id|(huawei|samsung|xiaomi|honor|oppo"
          + "|realme) (account%|konto|kont%|účet|účtu|fiók%|cont%|račun%|акаунт%|профил%)"
          + "|(konta|kontem|kontu|konto|contul|contului|cont|účet|účtu|účtem|fiókja|računa|račun)"
          + " (samsung|xiaomi|huawei|mi)|mi ?account%|mi ?cloud)";

  /** Xiaomi's short "Mi" account: only with somebody else's ("ein fremdes Mi-Konto"). */
  private static final String MI_ACCOUNT = "mi (konto|kont%|účet|účtu|fiók%|cont%|račun%)";

  /** A mobile network or carrier, for a carrier lock. */
  private static final String NETWORK =
      "(network|carrier|operator%|operátor%|sieť%|siet%"
          + "|síť%|sit|hálózat%|sieci|sieć|siec|rețea%|retea%|netz%|mrež%|omrežj%|мрежа%|оператор%)";

  /** A phone managed by a company (MDM): it cannot be set up as the buyer's own. */
  private static final String MANAGED =
      "(mdm|remote management|managed by (an |a |your |the )?"
          + "(organi[sz]ation|company)|belongs to (an |a )?organi[sz]ation|spravovan% organizac%"
          + "|firemn% profil%|firmenprofil%|gehört einer organisation|szervezet% (által )?kezel%"
          + "|zarządzan% przez (organizacj%|firm%)|gestionat% de (o )?organizați%|profil firm%"
          + "|upravlja organizacij%|управлява се от организация|корпоративен профил)";

  /** What a generic "it is locked" must be about, somewhere in the message. */
  static final List<String> DEVICES =
      List.of(
          "phone%|iphone%|smartphone%|mobile|tablet%|ipad%|laptop%|notebook%|macbook%|smartwatch"
              + "|watch|device|handset|samsung|xiaomi|galaxy|pixel|huawei|console",
          "telef%|mobil%|zariaden%|zařízen%|készülék%|urządzen%|dispozitiv%|gerät%|handy|uređaj%"
              + "|naprav%|телефон%|устройств%|таблет%|лаптоп%|počítač%|számítógép%|komputer%"
              + "|računal%|компютър%");

  /**
   * What a lock may be about that is not a device, or that the policy does not mean: a card, an
   * account, a parcel, the mobile network (a SIM lock is not an Apple ID, Google or IMEI lock).
   */
  private static final List<String> NOT_A_DEVICE_LOCK =
      List.of(
          "bank%|card%|kart%|kártyá%|cardul|karte%|kartic%|карта|order%|objednávk%|rendelés%"
              + "|zamówieni%|comand%|bestellung%|narudžb%|naročil%|поръчк%",
          "parcel%|package%|balík%|csomag%|paczk%|colet%|paket%|пакет%|пратка%|door%|dvere|dveře"
              + "|ajtó%|drzwi|ușa|tür%|vrata|врата",
          "simlock%|sim lock%|sim|carrier%|network%|operator%|operátor%|sieť%|síť%|hálózat%|sieci"
              + "|rețea%|netz%|mrež%|omrežj%|мрежа|оператор%",
          "account%|účet|účtu|konto|fiók%|cont|contul|račun|računa|profil%|профил%|акаунт%"
              + "|app|apps|aplikac%|alkalmazás%|aplikacj%|aplicați%|приложение%|login|log in");

  /** Words of counterfeit goods. */
  private static final String FAKE =
      "(fake%|counterfeit%|knock ?off%|knockoff%|replica%"
          + "|bootleg%|forgery|forged|imitation|falzifikát%|napodobenin%|fejk%|falošn%|padělek|padělk%"
          + "|padělan%|imitáci%|imitace|hamisítvány%|hamisított%|hamis|hamisak|hamisnak|utánzat%"
          + "|podróbk%|podrobion%|podrabian%|falsyfikat%|imitacj%|contrafăcut%|contrafacere"
          + "|falsificat%|fals|falsă|falși|imitați%|fälschung%|gefälscht%|plagiat%|nachahmung"
          + "|krivotvorin%|krivotvoren%|lažn%|lažan|falsifikat%|imitacij%|ponaredek|ponaredk%"
          + "|ponarejen%|фалшив%|фалшификат%|менте|имитация|реплика|replik%|koppint%|gefaelscht%"
          + "|faelschung%|falshiv%|falshifikat%|реплик%)";

  /** Where "fake" is a material or is not about the goods ("fake leather", "a fake review"). */
  private static final List<String> NOT_FAKE_GOODS =
      List.of(
          "leather|fur|suede|koža|kože|kožou|kůže|kůži|kožen%|bőr%|skór%|skóra|skóry|piele|leder"
              + "|pelz|usnje|usnja|кожа|кожена",
          "tracking|review%|recenz%|értékelés%|opini%|bewertung%|number|číslo|szám%|numer%"
              + "|număr%|nummer|broj%|številk%|номер|account|profil%|photo%|foto%|fotk%|news"
              + "|address|adres%|cím%|adress%");

  /** Packaging and accessories: "not in the original box" says nothing about the goods. */
  private static final List<String> PACKAGING =
      List.of(
          "box|packaging|package|charger|cable|case|receipt|invoice|krabic%|balen%|obal%|nabíjačk%"
              + "|nabíječk%|kábel|kabel%|doboz%|csomagolás%|töltő%|pudeł%|pudełk%|opakowan%"
              + "|ładowark%|cutie|cutia|ambalaj%|încărcător%|verpackung%|karton%|ladekabel"
              + "|ladegerät%|kutij%|ambalaž%|punjač%|embalaž%|škatl%|polnil%|кутия%|опаковк%"
              + "|зарядн%");

  /** A battery, to go with swelling. */
  private static final String BATTERY =
      "(batter%|bater%|akku%|akumul%|akkumul%|acumul%" + "|батери%|power ?bank%)";

  private static final String SWOLLEN =
      "(swollen|swelling|swelled|swell|swells|bloated"
          + "|puffed|puffy|bulging|bulged|expanded|nafúk%|nafúkl%|nafúknut%|nafouk%|napuch%"
          + "|napuchl%|napuchnut%|megdagad%|felfúj%|felpuffad%|megduzzad%|felpúposod%|spuchn%"
          + "|spuchł%|napuchn%|napuchł%|wybrzusz%|umfl%|aufgebläht%|bläht|aufgequollen%"
          + "|geschwollen%|napuhn%|nabubr%|napihn%|поду%|изду%|надут%)";

  /** Melting is dangerous on mains things, not on chocolate. */
  private static final String MELTED =
      "(melted|melting|melts|roztavil%|roztopil%|roztaven%"
          + "|roztekl%|megolvadt|elolvadt|olvad%|stopił%|roztopił%|stopion%|topit%|topită"
          + "|geschmolzen|schmilzt|schmolz|rastopi%|otopio|istopio|stopil%|raztopil%|разтопи%"
          + "|стопи%)";

  private static final String MAINS_PART =
      "(plug|socket|outlet|cable|cord|wire|charger"
          + "|extension (cord|lead)|power strip|predlžovačk%|prodlužovačk%|hosszabbító%"
          + "|przedłużacz%|prelungitor%|verlängerung%|mehrfachsteckdose%|produžn% kabel%"
          + "|podaljš%|разклонител%"
          + "|adapter|plastic|connector|port|zástrčk%|zásuvk%|kábel|kabel%|nabíjačk%|nabíječk%"
          + "|adaptér%|konektor%|plast%|dugó%|konnektor%|vezeték%|töltő%|műanyag%|wtyczk%|gniazd%"
          + "|przewód%|ładowark%|plastik%|ștecăr%|priz%|cablu%|încărcător%|stecker%|steckdose%"
          + "|ladegerät%|netzteil%|utikač%|utičnic%|punjač%|vtič%|vtičnic%|polnil%|щепсел%"
          + "|контакт%|кабел%|зарядн%|пластмас%)";

  /** Things that burn or smoke on purpose, and products named after fire and smoke. */
  private static final List<String> MEANT_TO_BURN =
      List.of(
          "candle%|fireplace|grill%|bbq|barbecue|incense|sviečk%|svíčk%|krb%|gyertyá%|kandalló%"
              + "|świec%|kominek|lumânăr%|șemineu|kerze%|kamin%|svijeć%|kamin|sveč%|kamin%|свещ%"
              + "|камин%",
          "fire tv|fire stick|firestick|kindle fire|fire hd|fire red",
          "detector%|alarm%|hlásič%|detektor%|čidl%|érzékelő%|czujnik%|melder%|javljalnik%"
              + "|детектор%|датчик%",
          "cigar%|tobacco|smoker%|weed|salmon|ham|cheese|glass|grey|gray|colou?r|cigaret%|údené"
              + "|údený|uzen%|dohán%"
              + "|sonka|kolbász|sajt|papieros%|țigar%|zigarett%|geräuchert%|raucher%|dimljen%"
              + "|cigaret%|цигар%|пушач%");

  // ---- The rules ----

  static final List<SignalRule> RULES =
      List.of(
          SignalRule.pair(LOCKED_DEVICE, "activation-lock", "icloud%", LOCKED + "|" + LOCK),
          SignalRule.of(
              LOCKED_DEVICE,
              "activation-lock",
              "activation lock%|aktivačn% (zámok|zámek|zámkom|zámkem)|aktiválási zár%"
                  + "|blokad% aktywacji|(blocare%|blocaj%) (de )?activare|aktivierungssperre"
                  + "|zaključavanj% aktivacije|aktivacijsk% zaklep%|zaklep% aktivacij%"
                  + "|zámok aktivácie|zámek aktivace|blokad% aktivacij%|заключване за активиране"
                  + "|активационн% заключване",
              "find my (iphone|ipad|phone|device) (is )?(still )?(on|enabled|active|turned on"
                  + "|activated)"),
          SignalRule.pair(
              LOCKED_DEVICE, "apple-id-lock", APPLE_ID, LOCKED + "|" + LOCK + "|" + PREVIOUS_OWNER),
          SignalRule.of(
              LOCKED_DEVICE, "google-account-lock", "frp( lock)?|factory reset protection"),
          SignalRule.pair(
              LOCKED_DEVICE,
              "google-account-lock",
              GOOGLE_ACCOUNT,
              LOCKED + "|" + LOCK + "|" + PREVIOUS_OWNER),
          SignalRule.pair(
              LOCKED_DEVICE, "imei-blacklisted", "imei%", LOCKED + "|" + LOCK + "|" + BLACKLISTED),
          SignalRule.pair(LOCKED_DEVICE, "password-locked", SECRET, LOCKED + "|" + PREVIOUS_OWNER)
              .unlessInClause(NOT_A_DEVICE_LOCK),
          SignalRule.pair(
              LOCKED_DEVICE,
              "vendor-account-lock",
              VENDOR_ACCOUNT,
              LOCKED + "|" + LOCK + "|" + PREVIOUS_OWNER),
          SignalRule.pair(LOCKED_DEVICE, "vendor-account-lock", MI_ACCOUNT, PREVIOUS_OWNER),
          SignalRule.of(
              LOCKED_DEVICE,
              "carrier-lock",
              "simlock%|sim lock%|netlock%|net lock%|network lock%|carrier lock%|hálózatfügg%"
                  + "|sieťov% zámok|síťov% zámek|blokad% (sim|operator%)"),
          SignalRule.pair(LOCKED_DEVICE, "carrier-lock", NETWORK, LOCKED),
          SignalRule.of(LOCKED_DEVICE, "managed-device", MANAGED),
          SignalRule.of(LOCKED_DEVICE, "device-locked", LOCKED)
              .requiringInText(DEVICES)
              .unlessInClause(NOT_A_DEVICE_LOCK)
              .asFallback(),
          SignalRule.of(COUNTERFEIT, "counterfeit", FAKE).unlessInClause(NOT_FAKE_GOODS),
          SignalRule.of(
                  COUNTERFEIT,
                  "not-original",
                  "(not|isn t|isnt|aren t|arent|wasn t|wasnt|never|no longer) (an |the |a |really"
                      + " |even )?(original|genuine|authentic)",
                  "(don t|dont|do not) think (it s|its|it is|this is|they are|they re|these are)"
                      + " (an |the )?(original|genuine|authentic)",
                  "doubt (it s|its|it is|this is|that it is|they are) (an |the )?(original|genuine"
                      + "|authentic)",
                  "non ?original|non ?genuine|unoriginal",
                  "(nie je|nie sú|nebol|nebola|nebolo|neboli|není|nejsou|nebyl%|nie) (to |ten |tá"
                      + " |tie |tohle )?(originál%|originaln%|pravý|pravé|pravá|praví)",
                  "neoriginál%|neoriginaln%|nepravý|nepravé|nepravá",
                  "nem (az )?(eredeti|valódi|igazi)",
                  "(nie jest|nie są|nie był%|nie) (to )?(oryginaln%|oryginał%|prawdziw%)",
                  "nieoryginaln%",
                  "(nu este|nu e|nu sunt|nu a fost|nu) (un |o )?(original%|autentic%|veritabil%)",
                  "(nicht|kein|keine|nie) (das |ein |wirklich )?(original|originale|originales"
                      + "|originalware|echt|echte|echter|echtes|authentisch%)",
                  "(nije|nisu|ne) (to )?(original%|pravi|prava|pravo|autentičn%)",
                  "(ni|niso) (original%|pristen|pristn%)",
                  "не (е |са )?(оригинал%|истинск%|автентичн%)")
              .negationIsPartOfIt()
              .unlessInClause(PACKAGING),
          SignalRule.of(
              DANGEROUS_PRODUCT,
              "burning-smell",
              "(burning|burnt|burned) (smell|odou?r|plastic)|smell% (of |like )?(burn%|burnt"
                  + "|burned|melted plastic|melting plastic)|smells burnt",
              "(smrdí|smrdel%|zapácha|zápach|cítiť|cítim|vonia|je cítit|cítím|páchne) ~(spálen%"
                  + "|spálenin%|horen%|pálen%|hořen%)|spálenin%",
              "égett szag%|égett műanyag%|égésszag%",
              "swąd%|(zapach|czuć|śmierdzi) ~(spalenizn%|spalon%|palon%)|spalenizn%",
              "miroase a ars|miros de (ars|plastic ars)",
              "(riecht|roch|geruch|stinkt) ~(verbrannt%|angebrannt%|verschmort%|brand%)|brandgeruch"
                  + "|verschmort%|angekokelt|verkohlt",
              "(miris|smrdi|miriše) ~(paljevin%|izgorjel%|spaljen%)",
              "(smrdi|vonj|diši) ~(po zažganem|zažgan%|po zagorelem)",
              "мирише на (изгоряло|изгорял%|пушек)"),
          SignalRule.of(
                  DANGEROUS_PRODUCT,
                  "fire",
                  // Something catching fire, not the word "fire" or "flames" (a Fire TV, a flame
                  // print),
                  // and not the bare "it burns": lights "burn" in several of these languages
                  // ("kontrolka
                  // hoří", "lampica gori", "pali się dioda"), candles too.
                  "caught fire|catch(es)? fire|burst into flames|(on|in) fire|in flames|flames (came|shot"
                      + "|coming|burst)|(started|starting) (a |to )?(fire|burn%)|set (itself )?on fire"
                      + "|went up in flames|(saw|see|were|was) flames",
                  "(začal%|začína) (horieť|hořet)|zhorel%|shořel%|vzňal%|vzplan%|zapálil% sa|chytil%"
                      + " (oheň|plameň|plamen)|(vyšľahol|šľahal%|vyšlehl%|šlehal%) (oheň|plameň%|plamen%)"
                      + "|v (plameňoch|plamenech)",
                  "lángra kapott|lángol%|lángokban|tüzet fogott|égni kezdett",
                  "zapalił się|zaczął się palić|stanął w (ogniu|płomieniach)|w płomieniach"
                      + "|(buchnął|buchnęły) (ogień|płomienie)",
                  "a luat foc|ia foc|în flăcări|a început să ardă|a ars",
                  "feuer gefangen|(hat|fing|fängt) ~feuer|(hat|hatte) gebrannt|in flammen|flammen"
                      + " (schlugen|kamen)|brand (ausgebrochen|entstanden)",
                  "zapalio se|zapalila se|zapalilo se|izgorio|izgorjel%|u plamenu|buknuo (je )?(požar"
                      + "|plamen)",
                  "se je vnel%|se je vžgal%|zagorel%|v plamenih",
                  "изгоря|запали се|се запали|пламна|в пламъци")
              .unlessInClause(MEANT_TO_BURN),
          SignalRule.of(
                  DANGEROUS_PRODUCT,
                  "smoke",
                  "smoke|smoking|smoked|smokes",
                  "dym|dymu|dymom|dymí|dymil%|dymiť|zadymil%|kouř|kouře|kouřem|kouří|kouřil%|kouřit"
                      + "|zakouřil%",
                  "füst|füstöl%|füstje|füstöt|füstölg%",
                  "dymi|dymił%|dymić|dymem",
                  "fum|fumul|fumegă|fumega|fumegat",
                  "rauch|rauchte|raucht|geraucht|qualm%",
                  "dim|dima|dimi|dimilo|dimio|zadimio|zadimilo",
                  "kadi|kadilo|kaditi|zakadil%",
                  "дим|дими|димеше|пуши|пушеше|задими")
              .unlessInClause(MEANT_TO_BURN),
          SignalRule.of(
              DANGEROUS_PRODUCT,
              "sparks",
              "spark|sparks|sparked|sparking",
              "iskra|iskry|iskre|iskri|iskrí|iskrilo|iskrila|iskril|iskrzy|iskrzył%|iskrzenie"
                  + "|iskrenje|iskrenie|iskrami|iskier|jiskry|jiskra|jiskří|jiskřilo|jiskřil%"
                  + "|jiskřit|jiskření|szikr%|scânte%",
              "funken|funkte|funkt|funkenflug|funkenschlag|искри|искра|искреше|искрят"),
          SignalRule.of(
              DANGEROUS_PRODUCT,
              "electric-shock",
              "electric shock|shocks? from|shocked me|shocks me|electrocuted",
              "(kopol|kopla|kopne|kope|zasiahol|zasiahla|dal|dala|dáva) (ma |mě |mne )?(elektrický"
                  + " )?(prúd|proud)|dostal% (som |jsem )?(ranu|ránu|šok)( prúdom| proudem)?"
                  + "|elektrick% (šok|úder|ranu|ránu|rana|rána)|úraz elektrickým proudem",
              "(megrázott|megráz|ráz|megcsapott) az áram|áramütés%",
              "poraził% (mnie )?prąd%|porażenie prądem|kopnął (mnie )?prąd|kopie prąd|razi prądem",
              "m a (electrocutat|curentat)|electrocutat%|curentat%|șoc electric|dă curent",
              "stromschlag%|elektrischen schlag|(hat mir )?eine gewischt|gewischt bekommen",
              "(udar|udara|udarila|udario) (me )?(struj%)|strujni udar|trese struja|(me )?udarila"
                  + " struja",
              "udar elektrike|električni udar|stresla (me )?elektrika|me je streslo|stresa elektrika"
                  + "|udari (me |ga |ju |nas )?struja|udarila (me |ga |ju )?struja",
              "(kopl|kopnul|kopnula|kopol|kopla) (mě |ma |mne |ho |ju |ji )?(elektrický )?(proud|prúd)"
                  + "|megcsíp% az áram|prąd (mnie |go |ją )?(kopnął|kopie|poraził)"
                  + "|(me je |ga je )?(stresel|streslo|udaril) tok|tok (me |ga )?je (stresel|udaril)"
                  + "|ток (ме |го )?(удари|хвана|тресна)|(ме |го )(удари|хвана|тресна) ток",
              "got a shock|got shocked|gave (me|him|her|us) a shock|a shock off|(einen )?schlag"
                  + " (bekommen|gekriegt|gekriegt)|a luat curent|a luat (un )?șoc|ia curent"
                  + "|dostal% (jsem |som )?(ránu|ranu)|megrázta|megrázott|poraził%|kopnął",
              "удари ме ток|токов удар|удря ток|хваща ток|удар от ток"),
          SignalRule.pair(DANGEROUS_PRODUCT, "swollen-battery", BATTERY, SWOLLEN),
          SignalRule.of(
              DANGEROUS_PRODUCT,
              "chemical-smell",
              "vegyszerszag%|chemiegeruch%|chemical smell%|chemical odou?r%|smell% (of|like)"
                  + " chemicals|mirosul? (de |a )?chimic%|miroase a chimicale"),
          SignalRule.pair(
              DANGEROUS_PRODUCT,
              "chemical-smell",
              "(chemikál%|chemikali%|chemick%|chemie|chemii|chemią|chimicale|chimic%|kemikalij%"
                  + "|kemikalije|topil%|himikal%|химикал%|химическ%|vegyszer%|chemicals|chemical)",
              "(smrd%|zápach%|zapach%|pach%|páchn%|szag%|bűz%|smell%|stink%|geruch%|stinkt|riecht"
                  + "|miros%|miroase|miris%|vonj%|mirish%|мирис%|мирише|вони|śmierdz%|cuchn%)"),
          SignalRule.of(
              DANGEROUS_PRODUCT,
              "injury",
              "cut (his|her|my|their|its|our) (hand|hands|finger%|lip%|foot|feet|leg|arm|skin)"
                  + "|cut (himself|herself|myself|themselves)|porezal%|pořezal%|megvágt%|skaleczył%"
                  + "|s a tăiat|s a taiat|hat sich geschnitten|sich geschnitten|porezao|urezal%"
                  + "|поряза%|порязал%"),
          SignalRule.of(
              DANGEROUS_PRODUCT,
              "burn",
              "verbrenn%|verbrannt%|(burned|burnt) (my|his|her|their) (finger%|hand%|skin)"
                  + "|(burned|burnt) a hole|popálil%|popálen%|megégett%|megégette|poparzył%"
                  + "|poparzon%|m am ars|opekao|opekl%|opekel|изгорих|propálil%|propalil%|progorio"
                  + "|progorjel%|progorel%|durchgebrannt|átégett%|przepalił%|a ars (o )?gaur%"),
          SignalRule.of(
              DANGEROUS_PRODUCT,
              "dangerous",
              "(is|it s|its|this is|that s|thats|it is) (really |very |extremely |so |quite )?"
                  + "dangerous|nebezpečn%|veszélyes%|niebezpieczn%|periculos%|periculoas%"
                  + "|gefährlich%|opasn%|nevarn%|опасн%"),
          SignalRule.pair(DANGEROUS_PRODUCT, "melting", MELTED, MAINS_PART),
          SignalRule.of(
              DANGEROUS_PRODUCT,
              "explosion",
              "explod%|blew up|vybuchl%|vybuchla|vybuchlo|felrobban%|robbant|eksplod%|wybuchł%"
                  + "|wybuchła|a explodat|explodat%|explodiert%|explodierte|eksplodira%"
                  + "|eksplodiral%|експлодира%|избухна%|гръмна"));

  // ---- Reading the context ----

  /** Words that deny what follows them ("not locked", "nie je zablokovaný", "kein Original"). */
  static final List<String> NEGATORS =
      List.of(
          "not|no|never|without|isnt|isn|arent|aren|wasnt|wasn|werent|weren|hasnt|hasn|havent|haven"
              + "|doesnt|doesn|dont|don|didnt|didn|nor|neither|nothing",
          "nie|ne|nebol|nebola|nebolo|neboli|bez|žiaden|žiadn%|ani|nikdy|nemá|nemajú|není|neni"
              + "|nebyl|nebyla|nebylo|žádný|žádná|žádné|nikdy|nemají",
          "nem|nincs|nincsen|soha|semmi",
          "żaden|żadna|żadne|żadnej|nigdy",
          "nu|fără|niciun|nicio|nici|niciodată",
          "nicht|kein|keine|keinen|keiner|keinem|ohne|nie|niemals|nichts",
          "nije|nisu|nema|nikakav|nikakva|nikakvo|nikad|nikada|nisam|ni",
          "ni|niso|nima|brez|noben|nobena|nobeno|nikoli|nisem",
          "не|няма|без|нито|никога|нямат");

  /**
   * Words that deny what stands just before them ("iCloud free", "zárolás nélkül", German "es
   * raucht nicht").
   */
  static final List<String> NEGATORS_AFTER = List.of("free|frei|nélkül|mentes|mentesen|nicht");

  /**
   * Somebody else's goods: a sentence about another seller or the buyer's earlier device reports
   * nothing about this order ("another seller sent me a locked phone, is this one free?").
   */
  static final List<String> OTHER_PARTY =
      List.of(
          "another seller|other seller%|different seller|other shop%|my (previous|old|last) (phone"
              + "|device|one)|alt vânzător|alt vanzator|alți vânzători|alt magazin|jiný prodejce"
              + "|jiného prodejce|jiní prodejci|iný predajca|iného predajcu|inny sprzedawca"
              + "|innego sprzedawcy|inni sprzedawcy|(ein|einem|einen) anderen? (verkäufer|händler"
              + "|shop)|andere verkäufer|egy másik eladó%|másik eladó%|drugi prodavač%|drugog"
              + " prodavača|drug prodajalec|drugega prodajalca|друг продавач|друг търговец"
              + "|predchádzajúci telefón|předchozí telefon|poprzedni telefon|korábbi telefonom"
              + "|telefonul anterior|mein (vorheriges|altes) (handy|telefon|smartphone)"
              + "|prethodni mobitel|prejšnji telefon|предишния ми телефон|neighbou?r%|sused%|soused%"
              + "|szomszéd%|sąsiad%|vecin%|nachbar%|susjed%|sosed%|съсед%|bought elsewhere"
              + "|kupljen% drugje|kupljen% drugdje|kúpen% inde|koupen% jinde|máshol vett"
              + "|kupion% gdzie indziej|woanders gekauft|купен другаде");

  /**
   * A buyer saying that he does not claim something ("I don't think it's fake", "nu spun că e
   * fals", "ne mislim, da je ponaredek"): negates a match later in the sentence.
   */
  static final List<String> NOT_CLAIMING =
      List.of(
          "i don t think|i dont think|i do not think|i m not saying|im not saying|not saying"
              + "|nu spun|nu zic|nu cred|ne mislim|ne trdim|ne tvrdim|ne kažem|nemyslím|nemyslim"
              + "|neříkám|nehovorím|nemyslím si|nem hiszem|nem mondom|nie sądzę|nie twierdzę"
              + "|nie mówię|ich glaube nicht|ich sage nicht|ich behaupte nicht|не мисля|не казвам");

  /** Words that make their clause hypothetical ("if the battery swells"). */
  static final List<String> CONDITIONALS =
      List.of(
          "if|whether|ak|keby|pokud|jestli|jestliže|kdyby|ha|jeśli|jeżeli|gdyby|czy|dacă|wenn|falls"
              + "|ukoliko|če|ако");

  /** Words that open a yes/no question ("Is it original?", "Czy to oryginał?"). */
  static final List<String> QUESTION_OPENERS =
      List.of(
          "is|are|was|were|do|does|did|will|would|can|could|has|have|should|may",
          "je|sú|su|bude|má|máte|môže|môžete|jsou|může|můžete|czy|este|e|sunt|ist|sind|hat|haben"
              + "|kann|können|wird|gibt|kommt|ali|dali|да|има");

  /** Particles that make any clause a question, wherever they stand ("Je li original?"). */
  static final List<String> QUESTION_PARTICLES = List.of("li|ли|czy");

  /**
   * A question that takes the problem as given ("Why is it locked?", "Is it normal that the battery
   * is swollen?", "What should I do?") reports it; other questions ask about it.
   */
  static final List<String> PRESUPPOSING =
      List.of(
          "why|how come|what (should|can|do|shall) (i|we) do|what now|is (it|this|that) normal"
              + "|how is (it|this|that) possible",
          "prečo|čo (mám|máme) (robiť|teraz robiť|spraviť|urobiť)|čo s tým|je (to )?normálne"
              + "|ako je (to )?možné",
          "proč|co (mám|máme) (dělat|teď dělat|udělat)|co s tím|je (to )?normální"
              + "|jak je (to )?možné",
          "miért|mit (tegyek|csináljak|tehetek)|normális (ez|hogy)|hogy lehet",
          "dlaczego|czemu|co (mam|mamy) (zrobić|robić|teraz zrobić)|czy to (jest )?normalne"
              + "|jak to możliwe",
          "de ce|ce (să|sa) fac|(este|e) normal|cum e posibil",
          "warum|wieso|weshalb|was (soll|kann) ich (tun|machen)|ist (das|es) normal"
              + "|wie kann das sein",
          "zašto|što (da|trebam) (radim|učinim|napravim)|je li (to )?normalno|kako je (to )?moguće",
          "zakaj|kaj naj (naredim|storim)|ali je (to )?normalno|kako je (to )?mogoče",
          "защо|какво да (правя|направя)|нормално ли е|как е възможно");
}
