#include "extract/german_lexicon.h"

#include <algorithm>
#include <array>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/utf8.h"

namespace kg::extract {
namespace {

using WordSet = std::unordered_set<std::string_view>;

WordSet split_words(std::string_view list) {
  WordSet words;
  std::size_t pos = 0;
  while (pos < list.size()) {
    while (pos < list.size() && list[pos] == ' ') ++pos;
    std::size_t end = pos;
    while (end < list.size() && list[end] != ' ') ++end;
    if (end > pos) words.insert(list.substr(pos, end - pos));
    pos = end;
  }
  return words;
}

constexpr std::string_view kAbbreviations =
    "z B Nr Dr Mio Mrd Tsd bzw ca Prof St etc usw vgl ggf inkl evtl Tel Fa Hr Fr Str Jh "
    "Mr Mrs Ms Jr Sr Abs Art Bd Bsp d h u a o s S v Chr geb gegr Hrsg max min Mill zzgl "
    "sog ff Dipl Ing Mag rd insb allg Jan Feb Apr Aug Sept Okt Nov Dez Kap Nr Co Inc Corp Ltd "
    "Mass Dres Doz Verf Gebr Bhf Pkt Ziff";

constexpr std::string_view kFunctionWords =
    "der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner "
    "keines er sie es wir ihr ich du man sich sein seine seinen seinem seiner seines ihre ihren "
    "ihrem ihrer ihres unser unsere euer mein meine dein deine dies diese dieser dieses diesem "
    "diesen jene jener jenes welche welcher welches welchem welchen jede jeder jedes jedem jeden "
    "und oder aber doch denn sondern sowie sowohl weder noch als wie wenn weil dass daß ob "
    "obwohl obgleich während nachdem bevor seit seitdem damit sodass falls sobald solange "
    "in im ins an am ans auf aus bei beim mit nach von vom vor zu zum zur über unter für gegen "
    "ohne um durch bis ab laut trotz wegen innerhalb außerhalb dank gemäß zufolge neben "
    "zwischen hinter statt anstatt seitens abseits angesichts mittels samt per pro "
    "auch noch schon nur bereits erst jetzt nun heute gestern morgen derzeit zuletzt künftig "
    "dabei dazu dafür darauf darin daran davon dagegen darüber daher deshalb deswegen außerdem "
    "zudem ebenfalls allerdings jedoch dennoch trotzdem stattdessen zugleich insgesamt rund "
    "etwa knapp fast mehr weniger viel viele vielen mehrere einige alle allen beide beiden "
    "hat haben hatte hatten ist sind war waren wird werden wurde wurden sei seien soll sollen "
    "sollte will wollen wollte kann können konnte muss müssen musste darf dürfen mag möchte "
    "nicht nie niemals so sehr ganz gar genau hier dort da wo wann warum weshalb wer was wem wen "
    "dann danach davor zunächst schließlich später früher damals inzwischen mittlerweile "
    "weiterhin weiter weitere weiteren weiterer vor allem neu neue neuen erstmals erneut "
    "dahinter demnach dadurch ebenso gleichzeitig zusätzlich unterdessen indes ferner "
    "jährlich täglich bislang bisher immer wieder je sowohl zwar nämlich eher vorerst "
    "zwar gemeinsam gemeinsame nach eigenen angaben ihm ihn ihnen uns euch mir mich dir dich "
    "viel wenig sämtliche sämtlichen andere anderen anderer anderes erst besonders "
    "ja nein bitte gut groß großen hoch hohe hohen aktuell aktuelle aktuellen "
    "erste ersten zweite zweiten dritte dritten vierte vierten letzte letzten "
    "vergangene vergangenen nächste nächsten diesjährige laufenden";

constexpr std::string_view kPrepositions =
    "in im ins an am ans auf aus bei beim mit nach von vom vor zu zum zur über unter für gegen "
    "ohne um durch bis ab laut trotz wegen innerhalb außerhalb dank gemäß neben zwischen "
    "hinter seitens mittels samt per pro aufs fürs übers";

// Frequent common nouns of business news, lower-cased; "+" marks plurals.
constexpr std::string_view kNouns =
    "abkommen absatz aktie aktien+ aktionär aktionäre+ amt analyse analysen+ anbieter angebot "
    "angebote+ angaben+ anlage anlagen+ anleger anteil anteile+ anteilen+ antrieb antriebe+ "
    "app apps+ arbeit arbeiten+ auftrag aufträge+ ausbau ausrüstung auto autos+ bank banken+ "
    "bedeutung bereich bereiche+ bereichen+ bericht berichte+ betrieb bilanz börse branche "
    "branchen+ bündnis chef chefin chip chips+ daten+ deal dienst dienste+ display displays+ "
    "dollar druck einstieg elektronik ende energie entscheidung entwicklung erfolg ergebnis "
    "euro fahrzeug fahrzeuge+ fahrzeugen+ feld firma firmen+ fonds forschung frage fragen+ "
    "führung fusion geld gerät geräte+ geräten+ geschäft geschäfte+ gesellschaft gewinn "
    "gespräch gespräche+ gruppe halbleiter handel hersteller industrie investition "
    "investitionen+ jahr jahre+ jahren+ kapital kauf kaufpreis kosten+ konzern konzerne+ "
    "kooperation kooperationen+ kunde kunden+ lizenz lizenzen+ land länder+ ländern+ lauf "
    "leistung lieferung markt märkte+ marke marken+ milliarde milliarden+ million millionen+ "
    "mitarbeiter mitarbeitern+ modell modelle+ monat monate+ monaten+ nachfrage name netz "
    "netze+ netzwerk nutzung partner partnern+ patent patente+ patenten+ plattform "
    "plattformen+ preis preise+ produkt produkte+ produkten+ produktion projekt projekte+ "
    "projekten+ prozent quartal rahmen recht rechte+ rechten+ region regionen+ schutzrecht "
    "segment sektor software sparte sprecher sprecherin standort standorte+ studie system "
    "systeme+ systemen+ tarif technik technologie technologien+ teil teile+ umsatz unternehmen "
    "vertrag verträge+ vereinbarung vorstand wachstum weg wege+ welt werk werke+ wettbewerb "
    "zahl zahlen+ zeit ziel zugriff zukunft zusammenarbeit zusammenkunft beispiel beispiele+ "
    "präsenz preisen+ smartphone smartphones+ wearables+ tablet tablets+ computer server "
    "komponenten+ komponente infrastruktur ausstattung strategie stelle stellen+ platz "
    "verfügung zuge angriff zukauf zustimmung kritiker beobachter branchenbeobachter "
    "gerüchte+ gerücht vorwürfe+ vorwurf klage klagen+ vergleich verfahren ansprüche+ "
    "anspruch seite seiten+ sicht ansicht meinung woche wochen+ tag tage+ tagen+ stunde "
    "mal zahlreiche menschen+ mensch leute+ kapazität kapazitäten+ kapazitäten+ ausfall "
    "anfang mitte hälfte viertel drittel rekord höhe niveau prognose erwartung erwartungen+ "
    "bilanzvorlage büchern+ buch bücher+ abnehmer lieferant lieferanten+ auftraggeber "
    "verkauf verkäufe+ börsengang thema themen+ internet dinge+ ding intelligenz realität "
    "reality beispiel wert werte+ summe betrag basis grund gründe+ folge folgen+ weise "
    "zusammenschluss übernahme übernahmen+ beteiligung beteiligungen+ sitz zentrale "
    "hauptsitz niederlassung niederlassungen+ filiale filialen+ werk fabrik fabriken+ "
    "kraft kräfte+ stahl hafen häfen+ strom gas öl wasser luft licht geschichte version "
    "versionen+ generation serie reihe typ fracht ware waren+ gut güter+ mittel lösung "
    "lösungen+ dienstleistung dienstleistungen+ nachrichten+ nachricht meldung angebote+ "
    "kontrolle mehrheit minderheit aktienmehrheit anleihe schulden+ verlust verluste+ "
    "quartals jahres monats marktes feldes sektors bereichs mitte chance chancen+ risiko "
    "risiken+ problem probleme+ krise foto video radio konto büro thema handy taxi kino "
    "menü info pizza kamera start ziel ziele+ vorjahr vorjahresquartal geschäftsjahr "
    "halbjahr zeitraum runde finanzierungsrunde kapitalrunde bewertung vorstand vorstände+ "
    "aufsichtsrat management team mannschaft personal belegschaft stellen+ arbeitsplätze+ "
    "beschäftigte+ beschäftigten+ tonnen+ tonne kilometer meter stück prozentpunkte+";

// Heads of class nouns that may stand before a name; '*' = may also be the
// whole word, otherwise a compound is required ("Autobauer", not "Bauer").
struct ClassHead {
  std::string_view head;
  bool whole;
  bool generic;
  bool product;
  bool person;
  bool relational;
};
constexpr ClassHead kClassHeads[] = {
    {"hersteller", true, false, false, false, false}, {"konzern", true, false, false, false, false},
    {"unternehmen", true, true, false, false, false}, {"anbieter", true, false, false, false, false},
    {"zulieferer", true, false, false, false, false}, {"ausrüster", true, false, false, false, false},
    {"spezialist", true, false, false, false, false}, {"firma", true, true, false, false, false},
    {"gesellschaft", true, true, false, false, false}, {"gruppe", false, false, false, false, false},
    {"händler", true, false, false, false, false},    {"versorger", true, false, false, false, false},
    {"betreiber", true, false, false, false, false},  {"institut", true, false, false, false, false},
    {"haus", false, false, false, false, false},      {"dienst", false, false, false, false, false},
    {"bauer", false, false, false, false, false},     {"logistiker", true, false, false, false, false},
    {"geber", false, false, false, false, false},     {"kette", false, false, false, false, false},
    {"netzwerk", false, false, false, false, false},  {"airline", true, false, false, false, false},
    {"start-up", true, false, false, false, false},   {"startup", true, false, false, false, false},
    {"fintech", true, false, false, false, false},    {"forscher", false, false, false, false, false},
    {"versender", true, false, false, false, false},  {"discounter", true, false, false, false, false},
    {"holding", true, false, false, false, false},    {"reederei", true, false, false, false, false},
    {"planer", false, false, false, false, false},    {"fertiger", false, false, false, false, false},
    {"produzent", true, false, false, false, false},  {"entwickler", true, false, false, false, false},
    {"dienstleister", true, false, false, false, false}, {"bank", true, false, false, false, false},
    {"versicherer", true, false, false, false, false}, {"verlag", true, false, false, false, false},
    {"agentur", true, false, false, false, false},
    {"verband", true, false, false, false, false},    {"mittelständler", true, false, false, false, false},
    {"marktführer", true, false, false, false, false},
    {"modell", true, false, true, false, false},      {"tarif", true, false, true, false, false},
    {"suv", false, false, true, false, false},        {"präparat", true, false, true, false, false},
    {"mittel", false, false, true, false, false},     {"medikament", true, false, true, false, false},
    {"plattform", true, false, true, false, false},   {"typ", true, false, true, false, false},
    {"smartphone", true, false, true, false, false},  {"serie", true, false, true, false, false},
    {"marke", true, false, true, false, false},       {"kandidat", false, false, true, false, false},
    {"ingenieur", true, false, false, true, false},   {"ingenieurin", true, false, false, true, false},
    {"tüftler", true, false, false, true, false},     {"investor", true, false, false, true, false},
    {"investorin", true, false, false, true, false},  {"immunologe", true, false, false, true, false},
    {"immunologin", true, false, false, true, false}, {"biologe", true, false, false, true, false},
    {"biologin", true, false, false, true, false},    {"virologe", true, false, false, true, false},
    {"virologin", true, false, false, true, false},   {"chemiker", true, false, false, true, false},
    {"chemikerin", true, false, false, true, false},  {"physiker", true, false, false, true, false},
    {"physikerin", true, false, false, true, false},  {"mediziner", true, false, false, true, false},
    {"medizinerin", true, false, false, true, false}, {"informatiker", true, false, false, true, false},
    {"informatikerin", true, false, false, true, false}, {"arzt", true, false, false, true, false},
    {"ärztin", true, false, false, true, false},       {"professor", true, false, false, true, false},
    {"professorin", true, false, false, true, false}, {"erfinderin", true, false, false, true, false},
    {"tüftlerin", true, false, false, true, false},
    {"ökonom", true, false, false, true, false},      {"ökonomin", true, false, false, true, false},
    {"unternehmer", true, false, false, true, false}, {"unternehmerin", true, false, false, true, false},
    {"wissenschaftler", true, false, false, true, false}, {"erfinder", true, false, false, true, false},
    {"konkurrent", true, false, false, false, true},  {"rivale", true, false, false, false, true},
    {"wettbewerber", true, false, false, false, true}, {"partner", true, false, false, false, true},
    {"kunde", true, false, false, false, true},       {"tochter", true, false, false, false, true},
    {"tochtergesellschaft", true, false, false, false, true}, {"abnehmer", true, false, false, false, true},
};

constexpr std::array<std::string_view, 9> kCaseEndings{"", "s", "es", "e", "en", "n", "nen", "innen", "er"};

constexpr std::string_view kFirstNames =
    "Alexander Andreas Anna Anne Annette Barbara Bernd Birgit Christian Christina Christine "
    "Christoph Claudia Daniel David Dieter Dirk Elena Elisabeth Emma Erik Eva Felix Florian "
    "Frank Franz Friedrich Gabriele Georg Gerhard Hans Harald Heike Heiko Heinz Helmut Henrik "
    "Holger Ingo Jan Jana Jens Joachim Johannes Jonas Jörg Jürgen Julia Karin Karl Katharina "
    "Katrin Klaus Kristina Lars Laura Lea Lena Lisa Lukas Manfred Marc Marcel Marco Maria Marie "
    "Marina Mario Markus Martin Matthias Max Maximilian Michael Michaela Monika Nadine Nicole "
    "Niklas Nils Olaf Oliver Patrick Paul Peter Petra Philipp Rainer Ralf Ralph Robert Roland "
    "Rolf Sabine Sandra Sarah Sascha Sebastian Silke Simon Simone Sophie Stefan Stefanie Stephan "
    "Susanne Sven Thomas Thorsten Tim Tobias Torsten Ulrich Ulrike Ute Uwe Volker Werner Wolfgang "
    "Yvonne Judith Miriam Konrad Clara Marius Omar Tom Jeff John James Robert Mary "
    "Patricia Jennifer Linda Elizabeth William Richard Joseph Charles Christopher Mark Donald "
    "Steven Kevin Brian George Edward Ronald Timothy Jason Jeffrey Ryan Jacob Gary Nicholas Eric "
    "Jonathan Larry Justin Scott Brandon Benjamin Samuel Gregory Frank Raymond Alexander Jack "
    "Dennis Jerry Tyler Aaron Jose Henry Adam Douglas Nathan Zachary Kyle Walter Ethan Jeremy "
    "Susan Jessica Karen Nancy Betty Margaret Sandra Ashley Kimberly Emily Donna Michelle Carol "
    "Amanda Melissa Deborah Stephanie Rebecca Sharon Cynthia Kathleen Amy Angela Helen Brenda "
    "Pamela Nicole Emma Samantha Katherine Christine Debra Rachel Catherine Carolyn Janet Ruth "
    "Maria Heather Diane Virginia Julie Joyce Victoria Kelly Christina Lauren Joan Evelyn Olivia "
    "Tim Tom Bill Steve Mike Dave Jim Bob Tony Mark Lisa "
    "Pierre Jean Marie Louis François Antoine Giovanni Giuseppe Luca Alessandro Francesca "
    "Carlos Juan Luis Miguel Pedro Ana Sofia Lucia Javier Pablo Ahmed Mohammed Ali Fatima Mehmet "
    "Ayse Kemal Ivan Olga Natalia Sergei Dmitri Anders Lars Nils Karin Ingrid Astrid Sven Magnus "
    "Erik Jan Piet Willem Daan Sanne Wei Li Ming Hiroshi Takashi Yuki Kenji Min Ji Raj Amit Priya "
    "Ravi Sanjay Vijay Tobias Kurt Otto Hermann Ernst Heinrich Wilhelm Walter "
    "Renate Ursula Ingrid Gisela Helga Hannah Leonie Marlene Johanna Ella Mia Emilia Lina "
    "Ben Leon Paul Finn Elias Noah Luis Felix Henry Anton Theo Emil Jakob Moritz Till Malte "
    "Achim Albert Alfred Andrea Angelika Antje Armin Arne Axel Bastian Benedikt Bettina Björn Brigitte "
    "Carina Carsten Charlotte Cornelia Detlef Doris Dominik Dorothea Edith Elke Erich Esther Fabian "
    "Frauke Friederike Fritz Gerd Gertrud Gregor Gudrun Günter Günther Hanna Hannes Hartmut Heidi "
    "Helene Hendrik Henning Herbert Hildegard Hubert Ilse Inge Irene Iris Isabel Jakob Jannik Jasmin "
    "Jochen Josef Julian Jutta Kai Karsten Kerstin Kirsten Konstantin Lennart Leonhard Lothar Lucas "
    "Ludwig Luise Lutz Magdalena Manuel Manuela Margarete Marion Marlies Martina Melanie Michel Mira "
    "Nina Norbert Oskar Pascal Quentin Regina Reinhard Reinhold Rita Robin Rüdiger Rudolf Ruth Sabrina "
    "Selina Siegfried Sonja Svenja Tanja Theresa Thilo Tilman Valentin Vanessa Vera Viktor "
    "Wiebke Wilfried Willi Xaver Yannick Zoe Ahmet Aylin Deniz Emre Elif Hakan Leyla Murat Selin "
    "Andrzej Katarzyna Piotr Tomasz Agnieszka Jiří Pavel Petr Ivana Matteo Giulia Chiara "
    "Sergio Alejandro Lucía Carmen Ines João Oscar Liam Owen Hiro Haruto Sakura Yuna Arjun Anil Deepak "
    "Sunita Kwame Amara";

constexpr std::string_view kLegalForms =
    "AG GmbH SE KG KGaA OHG UG eG mbH Inc. Inc Ltd. Ltd Corp. Corp Corporation LLC LLP plc PLC "
    "Oyj Oy AB ASA A/S ApS S.A. SA N.V. NV B.V. BV S.p.A. SpA S.r.l. SAS SARL Co. Limited AS";

constexpr std::string_view kNameParts =
    "Mobile Telecom Telekom Devices Research Motors Systems Technologies Technology Group "
    "Holding Holdings Capital Ventures Partners Energie Energy Power Lines Logistik Logistics "
    "Consult Consulting Robotics Semiconductor Semiconductors Therapeutics Insights Bank Global "
    "International Media Labs Solutions Software Networks Electronics Elektrik Elektronik "
    "Pharma Nord Süd Ost West Digital Services Industries Foods Airlines Airways Automotive "
    "Bio Biotech Health Games Studios Entertainment Finance Financial Invest Investments "
    "Security Communications Wireless Interactive Analytics Dynamics Instruments Materials "
    "Chemie Chemicals Bau Immobilien Versicherung Verlag Medien Handel  "
    "Werke Brands Engineering Tech "
    "Cloud Data Computing Micro Motor Auto Cars Air Marine Steel Stahl Solar Wind Pay Payments";

constexpr std::string_view kAcronyms =
    "KI AI AR VR IoT IT TV PC PR CEO CFO CTO COO USA US EU UN UK GB BRD DDR SUV LED LCD OLED "
    "DAX MDAX TecDAX IPO B2B B2C API SDK GPS LTE UMTS WLAN DSL USB CPU GPU RAM SSD HDD CD DVD "
    "ID PDF HTML IPO ETF OK PS KW CO2 NOx DNA RNA mRNA FDA EZB EKZ ISO DIN EN ZDF ARD dpa AFP "
    "Reuters BGH OLG LG EuGH SPD CDU CSU FDP AfD Mio Mrd Nr Dr Prof II III IV";

constexpr std::array<std::string_view, 12> kMonths{"januar", "februar", "märz", "april", "mai", "juni",
                                                   "juli", "august", "september", "oktober",
                                                   "november", "dezember"};

constexpr std::array<std::string_view, 13> kNumberWords{"", "ein", "zwei", "drei", "vier", "fünf",
                                                        "sechs", "sieben", "acht", "neun", "zehn",
                                                        "elf", "zwölf"};

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

}  // namespace

bool GermanLexicon::is_abbreviation(std::string_view word) {
  static const WordSet words = split_words(kAbbreviations);
  return words.contains(word);
}

bool GermanLexicon::is_function_word(std::string_view lower) {
  static const WordSet words = split_words(kFunctionWords);
  return words.contains(lower);
}

bool GermanLexicon::is_preposition(std::string_view lower) {
  static const WordSet words = split_words(kPrepositions);
  return words.contains(lower);
}

NounMatch GermanLexicon::noun_match(std::string_view lower) {
  // Singular and plural forms, without the "+" marker of the list.
  struct Nouns {
    WordSet singular, plural;
  };
  static const Nouns nouns = [] {
    Nouns built;
    for (std::string_view word : split_words(kNouns)) {
      if (word.ends_with("+")) built.plural.insert(word.substr(0, word.size() - 1));
      else built.singular.insert(word);
    }
    return built;
  }();
  if (nouns.singular.contains(lower) || nouns.plural.contains(lower)) return NounMatch::Exact;
  // The longest listed noun the word ends in, at least 4 bytes, after a
  // prefix of at least 3 bytes (a compound).
  const std::size_t hyphen = lower.rfind('-');
  const std::string_view tail = hyphen == std::string_view::npos ? lower : lower.substr(hyphen + 1);
  constexpr std::size_t kLongestNoun = 24;  // bytes; no listed noun is longer
  std::size_t first = hyphen == std::string_view::npos ? 3 : 0;
  if (tail.size() > kLongestNoun) first = std::max(first, tail.size() - kLongestNoun);
  for (std::size_t start = first; start + 4 <= tail.size(); ++start) {
    const std::string_view rest = tail.substr(start);
    if (nouns.plural.contains(rest)) return NounMatch::CompoundPlural;
    if (nouns.singular.contains(rest)) return NounMatch::Compound;
  }
  return NounMatch::None;
}

namespace {

// Every head + case ending, mapped to the (head, ending) pairs that spell it,
// so class_noun looks up each suffix of a word instead of trying every pair.
using ClassHeadIndex = std::unordered_map<std::string, std::vector<std::pair<std::size_t, std::size_t>>>;

const ClassHeadIndex& class_head_index() {
  static const ClassHeadIndex index = [] {
    ClassHeadIndex built;
    for (std::size_t h = 0; h < std::size(kClassHeads); ++h)
      for (std::size_t e = 0; e < kCaseEndings.size(); ++e)
        built[std::string(kClassHeads[h].head) + std::string(kCaseEndings[e])].emplace_back(h, e);
    return built;
  }();
  return index;
}

}  // namespace

std::optional<ClassNoun> GermanLexicon::class_noun(std::string_view form) {
  if (form.empty() || !(starts_upper(form) || form.find('-') != std::string_view::npos)) return std::nullopt;
  const std::string lower = to_lower(form);
  // All (head, ending) pairs the word ends in, tried in list order (heads
  // first, then endings), as the first that fits wins.
  std::vector<std::pair<std::size_t, std::size_t>> candidates;
  const ClassHeadIndex& index = class_head_index();
  for (std::size_t start = 0; start < lower.size(); ++start)
    if (auto it = index.find(lower.substr(start)); it != index.end())
      candidates.insert(candidates.end(), it->second.begin(), it->second.end());
  std::sort(candidates.begin(), candidates.end());
  for (const auto& [h, e] : candidates) {
    const ClassHead& head = kClassHeads[h];
    const std::string_view ending = kCaseEndings[e];
    const std::size_t base_size = lower.size() - ending.size();
    const bool whole = base_size == head.head.size();
    if (whole && !head.whole) continue;
    if (!whole && base_size > head.head.size() && lower[base_size - head.head.size() - 1] == ' ') continue;
    ClassNoun noun;
    noun.base.assign(form.substr(0, form.size() - ending.size()));
    if (ending == "nen" || ending == "innen") noun.base += "in";
    noun.generic = head.generic && whole;
    noun.product = head.product;
    noun.person = head.person;
    noun.relational = head.relational;
    noun.plural = ending == "e" || ending == "en" || ending == "nen" || ending == "innen" ||
                  (ending == "n" && head.head.back() == 'e');
    return noun;
  }
  return std::nullopt;
}

namespace {

// The role of a lower-cased masculine or neutral role noun.
Role base_role(const std::string& lower) {
  if (lower == "chef" || lower == "vorstandschef" || lower == "konzernchef" || lower == "ceo" ||
      lower == "firmenchef" || lower == "unternehmenschef" || ends_with(lower, "vorstandsvorsitzende") ||
      ends_with(lower, "vorstandsvorsitzender") || lower == "geschäftsführer")
    return Role::Ceo;
  if (ends_with(lower, "gründer")) return Role::Founder;
  if (ends_with(lower, "chef") || ends_with(lower, "sprecher") || ends_with(lower, "analyst") ||
      ends_with(lower, "manager") || ends_with(lower, "vorstand") || ends_with(lower, "vorständ") ||
      ends_with(lower, "direktor") || ends_with(lower, "leiter") || ends_with(lower, "geschäftsführer") ||
      lower == "vorsitzender" || lower == "vorsitzende" || lower == "präsident" || lower == "cfo" || lower == "cto")
    return Role::Employee;
  return Role::None;
}

}  // namespace

Role GermanLexicon::role(std::string_view form) {
  std::string lower = to_lower(form);
  const std::size_t hyphen = lower.rfind('-');
  if (hyphen != std::string::npos) lower = lower.substr(hyphen + 1);
  if (const Role role = base_role(lower); role != Role::None) return role;
  // The feminine forms: "Chefin", "Geschäftsführerinnen", "Präsidentin".
  for (std::string_view suffix : {"innen", "in"})
    if (ends_with(lower, suffix) && lower.size() > suffix.size() + 3)
      return base_role(lower.substr(0, lower.size() - suffix.size()));
  return Role::None;
}

bool GermanLexicon::is_first_name(std::string_view form) {
  static const WordSet words = split_words(kFirstNames);
  return words.contains(form);
}

bool GermanLexicon::is_legal_form(std::string_view form) {
  static const WordSet words = split_words(kLegalForms);
  return words.contains(form);
}

bool GermanLexicon::is_name_part(std::string_view form) {
  static const WordSet words = split_words(kNameParts);
  return words.contains(form);
}

bool GermanLexicon::is_common_acronym(std::string_view form) {
  static const WordSet words = split_words(kAcronyms);
  return words.contains(form);
}

int GermanLexicon::month(std::string_view lower) {
  for (std::size_t i = 0; i < kMonths.size(); ++i)
    if (kMonths[i] == lower) return static_cast<int>(i) + 1;
  return 0;
}

int GermanLexicon::number_word(std::string_view lower) {
  if (lower == "eine" || lower == "einer" || lower == "einen" || lower == "einem") return 1;
  for (std::size_t i = 1; i < kNumberWords.size(); ++i)
    if (kNumberWords[i] == lower) return static_cast<int>(i);
  return 0;
}

}  // namespace kg::extract
