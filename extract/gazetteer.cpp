#include "extract/gazetteer.h"

#include <string>
#include <unordered_map>
#include <vector>

#include "extract/utf8.h"

namespace kg::extract {
namespace {

struct CountryRow {
  std::string_view name;
  std::string_view adjective;  // stem without ending, lower-cased
  std::string_view demonym;    // plural, as written
};

constexpr CountryRow kCountries[] = {
    {"Deutschland", "deutsch", "Deutschen"}, {"Österreich", "österreichisch", "Österreicher"},
    {"Schweiz", "schweizerisch", "Schweizer"}, {"Frankreich", "französisch", "Franzosen"},
    {"Italien", "italienisch", "Italiener"}, {"Spanien", "spanisch", "Spanier"},
    {"Portugal", "portugiesisch", "Portugiesen"}, {"Niederlande", "niederländisch", "Niederländer"},
    {"Belgien", "belgisch", "Belgier"}, {"Luxemburg", "luxemburgisch", "Luxemburger"},
    {"Dänemark", "dänisch", "Dänen"}, {"Schweden", "schwedisch", "Schweden"},
    {"Norwegen", "norwegisch", "Norweger"}, {"Finnland", "finnisch", "Finnen"},
    {"Island", "isländisch", "Isländer"}, {"Irland", "irisch", "Iren"},
    {"Großbritannien", "britisch", "Briten"}, {"Polen", "polnisch", "Polen"},
    {"Tschechien", "tschechisch", "Tschechen"}, {"Slowakei", "slowakisch", "Slowaken"},
    {"Ungarn", "ungarisch", "Ungarn"}, {"Rumänien", "rumänisch", "Rumänen"},
    {"Bulgarien", "bulgarisch", "Bulgaren"}, {"Griechenland", "griechisch", "Griechen"},
    {"Türkei", "türkisch", "Türken"}, {"Kroatien", "kroatisch", "Kroaten"},
    {"Slowenien", "slowenisch", "Slowenen"}, {"Serbien", "serbisch", "Serben"},
    {"Estland", "estnisch", "Esten"}, {"Lettland", "lettisch", "Letten"},
    {"Litauen", "litauisch", "Litauer"}, {"Ukraine", "ukrainisch", "Ukrainer"},
    {"Russland", "russisch", "Russen"}, {"Belarus", "belarussisch", ""},
    {"USA", "amerikanisch", "Amerikaner"}, {"Kanada", "kanadisch", "Kanadier"},
    {"Mexiko", "mexikanisch", "Mexikaner"}, {"Brasilien", "brasilianisch", "Brasilianer"},
    {"Argentinien", "argentinisch", "Argentinier"}, {"Chile", "chilenisch", "Chilenen"},
    {"Kolumbien", "kolumbianisch", "Kolumbianer"}, {"Peru", "peruanisch", "Peruaner"},
    {"China", "chinesisch", "Chinesen"}, {"Japan", "japanisch", "Japaner"},
    {"Südkorea", "südkoreanisch", "Südkoreaner"}, {"Nordkorea", "nordkoreanisch", "Nordkoreaner"},
    {"Taiwan", "taiwanisch", "Taiwaner"}, {"Indien", "indisch", "Inder"},
    {"Pakistan", "pakistanisch", "Pakistaner"}, {"Indonesien", "indonesisch", "Indonesier"},
    {"Vietnam", "vietnamesisch", "Vietnamesen"}, {"Thailand", "thailändisch", "Thailänder"},
    {"Malaysia", "malaysisch", "Malaysier"}, {"Singapur", "singapurisch", "Singapurer"},
    {"Philippinen", "philippinisch", "Philippiner"}, {"Australien", "australisch", "Australier"},
    {"Neuseeland", "neuseeländisch", "Neuseeländer"}, {"Israel", "israelisch", "Israelis"},
    {"Iran", "iranisch", "Iraner"}, {"Irak", "irakisch", "Iraker"},
    {"Saudi-Arabien", "saudi-arabisch", "Saudis"}, {"Katar", "katarisch", "Katarer"},
    {"Vereinigte Arabische Emirate", "emiratisch", ""}, {"Ägypten", "ägyptisch", "Ägypter"},
    {"Südafrika", "südafrikanisch", "Südafrikaner"}, {"Nigeria", "nigerianisch", "Nigerianer"},
    {"Kenia", "kenianisch", "Kenianer"}, {"Marokko", "marokkanisch", "Marokkaner"},
    {"Hongkong", "hongkonger", ""}, {"Kasachstan", "kasachisch", "Kasachen"},
};

struct CityRow {
  std::string_view name;
  std::string_view country;
  std::string_view region;
  std::string_view adjective;  // irregular city adjective as written; empty = regular "-er"
};

constexpr CityRow kCities[] = {
    {"Berlin", "Deutschland", "Berlin", ""}, {"Hamburg", "Deutschland", "Hamburg", ""},
    {"München", "Deutschland", "Bayern", "Münchner"}, {"Köln", "Deutschland", "Nordrhein-Westfalen", ""},
    {"Frankfurt", "Deutschland", "Hessen", ""}, {"Stuttgart", "Deutschland", "Baden-Württemberg", ""},
    {"Düsseldorf", "Deutschland", "Nordrhein-Westfalen", ""}, {"Leipzig", "Deutschland", "Sachsen", ""},
    {"Dortmund", "Deutschland", "Nordrhein-Westfalen", ""}, {"Essen", "Deutschland", "Nordrhein-Westfalen", "Essener"},
    {"Bremen", "Deutschland", "Bremen", ""}, {"Dresden", "Deutschland", "Sachsen", "Dresdner"},
    {"Hannover", "Deutschland", "Niedersachsen", "Hannoveraner"}, {"Nürnberg", "Deutschland", "Bayern", ""},
    {"Duisburg", "Deutschland", "Nordrhein-Westfalen", ""}, {"Bochum", "Deutschland", "Nordrhein-Westfalen", ""},
    {"Wuppertal", "Deutschland", "Nordrhein-Westfalen", ""}, {"Bielefeld", "Deutschland", "Nordrhein-Westfalen", ""},
    {"Bonn", "Deutschland", "Nordrhein-Westfalen", ""}, {"Münster", "Deutschland", "Nordrhein-Westfalen", "Münsteraner"},
    {"Mannheim", "Deutschland", "Baden-Württemberg", ""}, {"Karlsruhe", "Deutschland", "Baden-Württemberg", "Karlsruher"},
    {"Augsburg", "Deutschland", "Bayern", ""}, {"Wiesbaden", "Deutschland", "Hessen", "Wiesbadener"},
    {"Mönchengladbach", "Deutschland", "Nordrhein-Westfalen", ""}, {"Gelsenkirchen", "Deutschland", "Nordrhein-Westfalen", "Gelsenkirchener"},
    {"Aachen", "Deutschland", "Nordrhein-Westfalen", "Aachener"}, {"Braunschweig", "Deutschland", "Niedersachsen", ""},
    {"Kiel", "Deutschland", "Schleswig-Holstein", ""}, {"Chemnitz", "Deutschland", "Sachsen", ""},
    {"Halle", "Deutschland", "Sachsen-Anhalt", "Hallenser"}, {"Magdeburg", "Deutschland", "Sachsen-Anhalt", ""},
    {"Freiburg", "Deutschland", "Baden-Württemberg", ""}, {"Krefeld", "Deutschland", "Nordrhein-Westfalen", ""},
    {"Mainz", "Deutschland", "Rheinland-Pfalz", ""}, {"Lübeck", "Deutschland", "Schleswig-Holstein", ""},
    {"Erfurt", "Deutschland", "Thüringen", ""}, {"Oberhausen", "Deutschland", "Nordrhein-Westfalen", "Oberhausener"},
    {"Rostock", "Deutschland", "Mecklenburg-Vorpommern", ""}, {"Kassel", "Deutschland", "Hessen", "Kasseler"},
    {"Hagen", "Deutschland", "Nordrhein-Westfalen", "Hagener"}, {"Potsdam", "Deutschland", "Brandenburg", ""},
    {"Saarbrücken", "Deutschland", "Saarland", "Saarbrücker"}, {"Hamm", "Deutschland", "Nordrhein-Westfalen", ""},
    {"Ludwigshafen", "Deutschland", "Rheinland-Pfalz", "Ludwigshafener"}, {"Oldenburg", "Deutschland", "Niedersachsen", ""},
    {"Osnabrück", "Deutschland", "Niedersachsen", "Osnabrücker"}, {"Leverkusen", "Deutschland", "Nordrhein-Westfalen", "Leverkusener"},
    {"Heidelberg", "Deutschland", "Baden-Württemberg", ""}, {"Darmstadt", "Deutschland", "Hessen", "Darmstädter"},
    {"Solingen", "Deutschland", "Nordrhein-Westfalen", "Solinger"}, {"Regensburg", "Deutschland", "Bayern", ""},
    {"Paderborn", "Deutschland", "Nordrhein-Westfalen", ""}, {"Ingolstadt", "Deutschland", "Bayern", "Ingolstädter"},
    {"Würzburg", "Deutschland", "Bayern", ""}, {"Wolfsburg", "Deutschland", "Niedersachsen", ""},
    {"Ulm", "Deutschland", "Baden-Württemberg", ""}, {"Heilbronn", "Deutschland", "Baden-Württemberg", ""},
    {"Pforzheim", "Deutschland", "Baden-Württemberg", ""}, {"Göttingen", "Deutschland", "Niedersachsen", "Göttinger"},
    {"Offenbach", "Deutschland", "Hessen", ""}, {"Bottrop", "Deutschland", "Nordrhein-Westfalen", ""},
    {"Trier", "Deutschland", "Rheinland-Pfalz", ""}, {"Recklinghausen", "Deutschland", "Nordrhein-Westfalen", "Recklinghäuser"},
    {"Reutlingen", "Deutschland", "Baden-Württemberg", "Reutlinger"}, {"Bremerhaven", "Deutschland", "Bremen", "Bremerhavener"},
    {"Koblenz", "Deutschland", "Rheinland-Pfalz", ""}, {"Jena", "Deutschland", "Thüringen", "Jenaer"},
    {"Erlangen", "Deutschland", "Bayern", "Erlanger"}, {"Siegen", "Deutschland", "Nordrhein-Westfalen", "Siegener"},
    {"Cottbus", "Deutschland", "Brandenburg", "Cottbuser"}, {"Schwerin", "Deutschland", "Mecklenburg-Vorpommern", ""},
    {"Wien", "Österreich", "", "Wiener"}, {"Graz", "Österreich", "", ""}, {"Linz", "Österreich", "", ""},
    {"Salzburg", "Österreich", "", ""}, {"Innsbruck", "Österreich", "", ""},
    {"Zürich", "Schweiz", "", "Zürcher"}, {"Genf", "Schweiz", "", "Genfer"}, {"Basel", "Schweiz", "", "Basler"},
    {"Bern", "Schweiz", "", "Berner"}, {"Lausanne", "Schweiz", "", ""},
    {"Paris", "Frankreich", "", "Pariser"}, {"Lyon", "Frankreich", "", ""}, {"Marseille", "Frankreich", "", ""},
    {"London", "Großbritannien", "", "Londoner"}, {"Manchester", "Großbritannien", "", ""},
    {"Edinburgh", "Großbritannien", "", ""}, {"Dublin", "Irland", "", ""},
    {"Amsterdam", "Niederlande", "", ""}, {"Rotterdam", "Niederlande", "", ""}, {"Eindhoven", "Niederlande", "", ""},
    {"Brüssel", "Belgien", "", "Brüsseler"}, {"Antwerpen", "Belgien", "", "Antwerpener"},
    {"Kopenhagen", "Dänemark", "", "Kopenhagener"}, {"Aarhus", "Dänemark", "", ""},
    {"Stockholm", "Schweden", "", ""}, {"Göteborg", "Schweden", "", ""}, {"Malmö", "Schweden", "", ""},
    {"Oslo", "Norwegen", "", ""}, {"Bergen", "Norwegen", "", ""}, {"Helsinki", "Finnland", "", ""},
    {"Espoo", "Finnland", "", ""}, {"Tampere", "Finnland", "", ""},
    {"Warschau", "Polen", "", "Warschauer"}, {"Krakau", "Polen", "", "Krakauer"}, {"Danzig", "Polen", "", ""},
    {"Breslau", "Polen", "", "Breslauer"}, {"Posen", "Polen", "", "Posener"},
    {"Prag", "Tschechien", "", "Prager"}, {"Budapest", "Ungarn", "", ""}, {"Bukarest", "Rumänien", "", ""},
    {"Madrid", "Spanien", "", ""}, {"Barcelona", "Spanien", "", ""}, {"Lissabon", "Portugal", "", ""},
    {"Rom", "Italien", "", "Römer"}, {"Mailand", "Italien", "", "Mailänder"}, {"Turin", "Italien", "", "Turiner"},
    {"Neapel", "Italien", "", ""}, {"Athen", "Griechenland", "", "Athener"}, {"Istanbul", "Türkei", "", ""},
    {"Ankara", "Türkei", "", ""}, {"Moskau", "Russland", "", "Moskauer"}, {"Sankt Petersburg", "Russland", "", ""},
    {"Kiew", "Ukraine", "", "Kiewer"}, {"Tallinn", "Estland", "", ""}, {"Riga", "Lettland", "", ""},
    {"Vilnius", "Litauen", "", ""}, {"Luxemburg", "Luxemburg", "", ""},
    {"New York", "USA", "", ""}, {"Los Angeles", "USA", "", ""}, {"Chicago", "USA", "", ""},
    {"Houston", "USA", "", ""}, {"San Francisco", "USA", "", ""}, {"Seattle", "USA", "", ""},
    {"Boston", "USA", "", ""}, {"Washington", "USA", "", ""}, {"Austin", "USA", "", ""},
    {"Atlanta", "USA", "", ""}, {"Detroit", "USA", "", ""}, {"Miami", "USA", "", ""},
    {"Dallas", "USA", "", ""}, {"San Jose", "USA", "", ""}, {"Toronto", "Kanada", "", ""},
    {"Montreal", "Kanada", "", ""}, {"Vancouver", "Kanada", "", ""}, {"Mexiko-Stadt", "Mexiko", "", ""},
    {"São Paulo", "Brasilien", "", ""}, {"Rio de Janeiro", "Brasilien", "", ""}, {"Buenos Aires", "Argentinien", "", ""},
    {"Peking", "China", "", "Pekinger"}, {"Shanghai", "China", "", ""}, {"Shenzhen", "China", "", ""},
    {"Guangzhou", "China", "", ""}, {"Hangzhou", "China", "", ""}, {"Chengdu", "China", "", ""},
    {"Wuhan", "China", "", ""}, {"Tianjin", "China", "", ""}, {"Tokio", "Japan", "", "Tokioter"},
    {"Osaka", "Japan", "", ""}, {"Kyoto", "Japan", "", ""}, {"Seoul", "Südkorea", "", ""},
    {"Busan", "Südkorea", "", ""}, {"Taipeh", "Taiwan", "", ""}, {"Mumbai", "Indien", "", ""},
    {"Neu-Delhi", "Indien", "", ""}, {"Bangalore", "Indien", "", ""}, {"Jakarta", "Indonesien", "", ""},
    {"Bangkok", "Thailand", "", ""}, {"Sydney", "Australien", "", ""}, {"Melbourne", "Australien", "", ""},
    {"Tel Aviv", "Israel", "", ""}, {"Jerusalem", "Israel", "", ""}, {"Dubai", "Vereinigte Arabische Emirate", "", ""},
    {"Kairo", "Ägypten", "", ""}, {"Johannesburg", "Südafrika", "", ""}, {"Lagos", "Nigeria", "", ""},
};

struct RegionRow {
  std::string_view name;
  std::string_view adjective;
};

constexpr RegionRow kRegions[] = {
    {"Baden-Württemberg", "baden-württembergisch"}, {"Bayern", "bayerisch"}, {"Brandenburg", "brandenburgisch"},
    {"Hessen", "hessisch"}, {"Mecklenburg-Vorpommern", ""}, {"Niedersachsen", "niedersächsisch"},
    {"Nordrhein-Westfalen", "nordrhein-westfälisch"}, {"Rheinland-Pfalz", "rheinland-pfälzisch"},
    {"Saarland", "saarländisch"}, {"Sachsen", "sächsisch"}, {"Sachsen-Anhalt", ""},
    {"Schleswig-Holstein", "schleswig-holsteinisch"}, {"Thüringen", "thüringisch"},
    {"Europa", "europäisch"}, {"Asien", "asiatisch"}, {"Afrika", "afrikanisch"},
    {"Nordamerika", "nordamerikanisch"}, {"Südamerika", "südamerikanisch"}, {"Skandinavien", "skandinavisch"},
};

struct Tables {
  std::vector<Place> places;
  std::unordered_map<std::string, std::size_t> by_name;       // as written
  std::unordered_map<std::string, std::size_t> by_adjective;  // lower-cased stem or city adjective
  std::unordered_map<std::string, std::size_t> by_demonym;    // as written

  Tables() {
    places.reserve(std::size(kCountries) + std::size(kCities) + std::size(kRegions));
    for (const auto& row : kCountries) {
      add_name(row.name, {row.name, PlaceKind::Country, {}, {}});
      if (!row.adjective.empty()) by_adjective.emplace(std::string(row.adjective), places.size() - 1);
      if (!row.demonym.empty()) by_demonym.emplace(std::string(row.demonym), places.size() - 1);
    }
    for (const auto& row : kRegions) {
      add_name(row.name, {row.name, PlaceKind::Region, "Deutschland", {}});
      if (!row.adjective.empty()) by_adjective.emplace(std::string(row.adjective), places.size() - 1);
    }
    for (const auto& row : kCities) {
      if (!add_name(row.name, {row.name, PlaceKind::City, row.country, row.region})) continue;
      const std::size_t index = places.size() - 1;
      std::string adjective(row.adjective);
      if (adjective.empty()) {
        std::string name(row.name);
        if (name.find(' ') != std::string::npos) continue;
        adjective = name.ends_with("en") ? name.substr(0, name.size() - 2) + "er" : name + "er";
        if (name.ends_with("e")) adjective = name + "r";
      }
      by_adjective.emplace(to_lower(adjective), index);
      by_demonym.emplace(adjective, index);
    }
    // "USA" also as "US" and "Vereinigte Staaten".
    by_name.emplace("US", by_name.at("USA"));
    by_name.emplace("Vereinigte Staaten", by_name.at("USA"));
    by_adjective.emplace("us-amerikanisch", by_name.at("USA"));
    by_adjective.emplace("schweizer", by_name.at("Schweiz"));
  }

  bool add_name(std::string_view name, Place place) {
    if (by_name.contains(std::string(name))) return false;
    places.push_back(place);
    by_name.emplace(std::string(name), places.size() - 1);
    return true;
  }
};

const Tables& tables() {
  static const Tables instance;
  return instance;
}

}  // namespace

const Place* Gazetteer::find(std::string_view name) {
  const Tables& t = tables();
  if (auto it = t.by_name.find(std::string(name)); it != t.by_name.end()) return &t.places[it->second];
  if (name.size() > 3 && name.back() == 's') {
    if (auto it = t.by_name.find(std::string(name.substr(0, name.size() - 1))); it != t.by_name.end())
      return &t.places[it->second];
  }
  return nullptr;
}

const Place* Gazetteer::find_adjective(std::string_view form) {
  const Tables& t = tables();
  std::string lower = to_lower(form);
  if (lower.starts_with("us-") || lower == "us") return find("USA");
  if (auto it = t.by_adjective.find(lower); it != t.by_adjective.end()) return &t.places[it->second];
  // Country and region adjectives are lower case and inflected.
  if (starts_upper(form)) return nullptr;
  for (std::string_view ending : {"e", "en", "er", "es", "em"}) {
    if (lower.size() > ending.size() + 3 && lower.ends_with(ending)) {
      const std::string stem = lower.substr(0, lower.size() - ending.size());
      if (auto it = t.by_adjective.find(stem); it != t.by_adjective.end()) return &t.places[it->second];
    }
  }
  return nullptr;
}

const Place* Gazetteer::find_demonym(std::string_view form) {
  const Tables& t = tables();
  if (auto it = t.by_demonym.find(std::string(form)); it != t.by_demonym.end()) return &t.places[it->second];
  return nullptr;
}

}  // namespace kg::extract
