#include "extract/discourse.h"

#include <algorithm>

#include "extract/gazetteer.h"

namespace kg::extract {
namespace {

bool contains(const std::vector<std::string>& names, const std::string& name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

}  // namespace

void Discourse::mention(const std::string& name, std::size_t position, bool subject) {
  Entity& entity = entities_[name];
  entity.last = position;
  ++entity.count;
  if (subject) last_subject_ = name, entity.last_subject = position + 1;
}

void Discourse::learn_country(const std::string& name, const std::string& country) {
  Entity& entity = entities_[name];
  if (entity.country.empty()) entity.country = country;
}

void Discourse::learn_city(const std::string& name, const std::string& city) {
  Entity& entity = entities_[name];
  if (entity.city.empty()) entity.city = city;
  if (const Place* place = Gazetteer::find(city); place && entity.country.empty()) entity.country = place->country;
}

void Discourse::learn_class(const std::string& name, const std::string& class_noun) {
  Entity& entity = entities_[name];
  if (!contains(entity.classes, class_noun)) entity.classes.push_back(class_noun);
}

std::optional<std::string> Discourse::resolve(const DescriptionCue& cue,
                                              const std::vector<std::string>& excluded) const {
  const std::string* best = nullptr;
  int best_agreement = -1;
  std::size_t best_last = 0;
  for (const auto& [name, entity] : entities_) {
    if (contains(excluded, name) || entity.count == 0) continue;
    // 3: a known attribute agrees; 1: nothing known; mismatch: not a candidate.
    int agreement = 1;
    if (!cue.country.empty()) {
      if (entity.country == cue.country) agreement = 3;
      else if (!entity.country.empty()) continue;
    }
    if (!cue.city.empty()) {
      if (entity.city == cue.city) agreement = 3;
      else if (!entity.city.empty()) continue;
      else if (cue.class_noun.empty()) continue;  // "die Leipziger" needs a known city
    }
    if (!cue.class_noun.empty() && contains(entity.classes, cue.class_noun)) agreement += 1;
    // Recency, with a bonus for having been a subject: topics are referred to again.
    constexpr std::size_t kSubjectBonus = 15;
    const std::size_t salience =
        std::max(entity.last, entity.last_subject ? entity.last_subject - 1 + kSubjectBonus : 0);
    if (agreement > best_agreement || (agreement == best_agreement && salience > best_last)) {
      best = &name;
      best_agreement = agreement;
      best_last = salience;
    }
  }
  if (!best) return std::nullopt;
  return *best;
}

std::optional<std::string> Discourse::topic(const std::vector<std::string>& excluded) const {
  if (!last_subject_.empty() && !contains(excluded, last_subject_)) return last_subject_;
  const std::string* best = nullptr;
  std::size_t best_count = 0;
  for (const auto& [name, entity] : entities_) {
    if (contains(excluded, name) || entity.count == 0) continue;
    if (entity.count > best_count) best = &name, best_count = entity.count;
  }
  if (!best) return std::nullopt;
  return *best;
}

void Discourse::new_paragraph() {
  source.clear();
  time.clear();
  market.clear();
  market_share = false;
}

}  // namespace kg::extract
