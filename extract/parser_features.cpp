#include "extract/parser_features.h"

#include <algorithm>
#include <string_view>

#include "extract/morphology.h"

namespace kg::extract {

namespace {

constexpr std::uint8_t kRootUpos = kUposCount;
constexpr std::uint8_t kNoneUpos = kUposCount + 1;
constexpr std::uint8_t kUnknownUpos = kUposCount + 2;

std::uint64_t hash_text(std::string_view text) {
  std::uint64_t h = 0xcbf29ce484222325ull;
  for (const char c : text) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001b3ull;
  }
  return h;
}

inline std::uint64_t mix(std::uint64_t h, std::uint64_t value) {
  h ^= value + 0x9e3779b97f4a7c15ull;
  h *= 0xbf58476d1ce4e5b9ull;
  return h ^ (h >> 31);
}

// Appends the features of one template; key 0 stays free for empty slots.
class FeatureSink {
 public:
  explicit FeatureSink(std::uint64_t* out) : out_(out) {}
  void add(std::uint64_t t, std::uint64_t a) { out_[count_++] = mix(mix(t, a), 0) | 1; }
  void add(std::uint64_t t, std::uint64_t a, std::uint64_t b) { out_[count_++] = mix(mix(mix(t, a), b), 1) | 1; }
  void add(std::uint64_t t, std::uint64_t a, std::uint64_t b, std::uint64_t c) {
    out_[count_++] = mix(mix(mix(mix(t, a), b), c), 2) | 1;
  }
  void add(std::uint64_t t, std::uint64_t a, std::uint64_t b, std::uint64_t c, std::uint64_t d) {
    out_[count_++] = mix(mix(mix(mix(mix(t, a), b), c), d), 3) | 1;
  }
  std::size_t count() const { return count_; }

 private:
  std::uint64_t* out_;
  std::size_t count_ = 0;
};

std::uint64_t distance_bucket(int a, int b) {
  const int d = a < b ? b - a : a - b;
  if (d <= 4) return static_cast<std::uint64_t>(d);
  if (d <= 6) return 5;
  if (d <= 10) return 6;
  return 7;
}

// Verbs and punctuation strictly between words a < b, each counted up to 2.
std::uint64_t between(const ParserWord& a, const ParserWord& a_next, const ParserWord& b) {
  const int verbs = b.verbs_before - a_next.verbs_before, punct = b.punct_before - a_next.punct_before;
  return static_cast<std::uint64_t>(std::min(verbs, 2) * 3 + std::min(punct, 2)) + (a.upos << 4);
}

std::uint64_t count_bucket(int count) { return count < 3 ? static_cast<std::uint64_t>(count) : 3; }

// All morphology of a word in one number.
std::uint64_t morph(const ParserWord& w) {
  return w.case_mask | (w.number << 4) | (w.gender << 6) | (w.person << 9) | (w.verb_form << 12) |
         (static_cast<std::uint64_t>(w.pron_type) << 15);
}

// 0 when either side lacks the feature, 1 when the values can agree, 2 when
// they cannot.
std::uint64_t agreement(std::uint8_t a, std::uint8_t b) {
  if (a == 0 || b == 0) return 0;
  return (a & b) ? 1 : 2;
}

std::uint64_t has_feature(std::string_view feats, std::string_view item) {
  return feats.find(item) != std::string_view::npos;
}

}  // namespace

void parser_words(const Sentence& sentence, std::vector<ParserWord>& atoms) {
  const std::size_t n = sentence.tokens.size();
  atoms.resize(n + 2);
  for (std::size_t i = 0; i < n; ++i) {
    const Token& token = sentence.tokens[i];
    ParserWord& a = atoms[i];
    a.form = hash_text(token.form);
    a.lemma = token.lemma.empty() ? a.form : hash_text(token.lemma);
    const std::string_view form = token.form;
    a.suffix = hash_text(form.substr(form.size() > 4 ? form.size() - 4 : 0)) ^ 0x5bd1e995u;
    const auto upos = parse_upos(token.upos);
    a.upos = upos ? static_cast<std::uint8_t>(*upos) : kUnknownUpos;
    const FeatureSet features = parse_features(token.feats);
    a.case_mask = features[Feature::Case];
    a.number = features[Feature::Number];
    a.gender = features[Feature::Gender];
    a.person = features[Feature::Person];
    a.verb_form = features[Feature::VerbForm];
    a.pron_type = static_cast<std::uint8_t>(has_feature(token.feats, "PronType=Rel") |
                                            (has_feature(token.feats, "Reflex=Yes") << 1) |
                                            (has_feature(token.feats, "PronType=Int") << 2));
  }
  std::uint16_t verbs = 0, punct = 0;
  for (std::size_t i = 0; i < n; ++i) {
    atoms[i].verbs_before = verbs;
    atoms[i].punct_before = punct;
    const auto upos = static_cast<Upos>(atoms[i].upos);
    verbs += upos == Upos::VERB || upos == Upos::AUX;
    punct += upos == Upos::PUNCT;
  }
  const auto none = static_cast<std::uint16_t>(std::min<std::size_t>(n + 1, 0xffff));
  atoms[n] = ParserWord{hash_text("<root>"), hash_text("<root>"), 1, kRootUpos, 0, 0, 0, 0, 0, 0, verbs, punct, none};
  atoms[n + 1] = ParserWord{hash_text("<none>"), hash_text("<none>"), 2, kNoneUpos, 0, 0, 0, 0, 0, 0, 0, 0, none};
  std::uint16_t next = none;
  for (std::size_t i = n; i-- > 0;) {
    atoms[i].next_nominal = next;
    const auto upos = static_cast<Upos>(atoms[i].upos);
    if ((upos == Upos::NOUN || upos == Upos::PROPN || upos == Upos::PRON) && i < 0xffff) next = static_cast<std::uint16_t>(i);
  }
}

std::size_t transition_features(const ParserState& state, const std::vector<ParserWord>& atoms, std::uint64_t* out) {
  FeatureSink f(out);
  const int s0 = state.stack(0), s1 = state.stack(1), s2 = state.stack(2);
  const int b0 = state.buffer(0), b1 = state.buffer(1), b2 = state.buffer(2);
  const int none = state.none();
  auto child = [&](int w, int (ParserState::*which)(int) const) { return w == none ? none : (state.*which)(w); };
  const int s0l = child(s0, &ParserState::leftmost), s0r = child(s0, &ParserState::rightmost);
  const int s0l2 = child(s0, &ParserState::leftmost2), s0r2 = child(s0, &ParserState::rightmost2);
  const int s1l = child(s1, &ParserState::leftmost), s1r = child(s1, &ParserState::rightmost);
  const int b0l = child(b0, &ParserState::leftmost), b0l2 = child(b0, &ParserState::leftmost2);
  const ParserWord &S0 = atoms[s0], &S1 = atoms[s1], &S2 = atoms[s2], &B0 = atoms[b0], &B1 = atoms[b1], &B2 = atoms[b2];
  const ParserWord &S0L = atoms[s0l], &S0R = atoms[s0r], &S0L2 = atoms[s0l2], &S0R2 = atoms[s0r2];
  const ParserWord &S1L = atoms[s1l], &S1R = atoms[s1r], &B0L = atoms[b0l], &B0L2 = atoms[b0l2];
  auto label = [&](int w) -> std::uint64_t { return w == none ? 255 : state.label(w); };
  auto pc = [](const ParserWord& w) -> std::uint64_t { return w.upos | (w.case_mask << 8); };
  std::uint64_t t = 0;

  // Single words.
  for (const ParserWord* w : {&S0, &B0}) {
    f.add(++t, w->form);
    f.add(++t, w->lemma);
    f.add(++t, w->upos);
    f.add(++t, w->form, w->upos);
    f.add(++t, w->lemma, w->upos);
    f.add(++t, pc(*w));
    f.add(++t, w->upos, morph(*w));
  }
  for (const ParserWord* w : {&S1, &B1}) {
    f.add(++t, w->form);
    f.add(++t, w->lemma);
    f.add(++t, w->upos);
    f.add(++t, w->lemma, w->upos);
    f.add(++t, pc(*w));
  }
  for (const ParserWord* w : {&S2, &B2}) {
    f.add(++t, w->upos);
    f.add(++t, w->lemma, w->upos);
  }
  const int children[] = {s0l, s0r, s1l, s1r, b0l};
  for (const int c : children) {
    const ParserWord& w = atoms[c];
    f.add(++t, w.upos);
    f.add(++t, w.lemma);
    f.add(++t, label(c));
    f.add(++t, w.upos, label(c));
  }

  // Pairs of s0 and b0.
  f.add(++t, S0.form, S0.upos, B0.form, B0.upos);
  f.add(++t, S0.form, S0.upos, B0.form);
  f.add(++t, S0.form, B0.form, B0.upos);
  f.add(++t, S0.form, S0.upos, B0.upos);
  f.add(++t, S0.upos, B0.form, B0.upos);
  f.add(++t, S0.form, B0.form);
  f.add(++t, S0.upos, B0.upos);
  f.add(++t, S0.lemma, B0.lemma);
  f.add(++t, S0.lemma, B0.upos);
  f.add(++t, S0.upos, B0.lemma);
  f.add(++t, pc(S0), pc(B0));
  f.add(++t, S0.lemma, S0.upos, B0.lemma, B0.upos);
  // Pairs around s1 and b1.
  f.add(++t, S1.upos, S0.upos);
  f.add(++t, S1.lemma, S0.lemma);
  f.add(++t, S1.lemma, S0.upos);
  f.add(++t, S1.upos, S0.lemma);
  f.add(++t, pc(S1), pc(S0));
  f.add(++t, S1.lemma, S1.upos, S0.lemma, S0.upos);
  f.add(++t, S1.upos, B0.upos);
  f.add(++t, B0.upos, B1.upos);
  f.add(++t, B0.lemma, B1.upos);
  f.add(++t, B0.upos, B1.lemma);

  // Part-of-speech triples.
  f.add(++t, B0.upos, B1.upos, B2.upos);
  f.add(++t, S0.upos, B0.upos, B1.upos);
  f.add(++t, S1.upos, S0.upos, B0.upos);
  f.add(++t, S2.upos, S1.upos, S0.upos);
  f.add(++t, S0.upos, S0L.upos, B0.upos);
  f.add(++t, S0.upos, S0R.upos, B0.upos);
  f.add(++t, S0.upos, B0.upos, B0L.upos);
  f.add(++t, S1.upos, S1R.upos, S0.upos);
  f.add(++t, S1.upos, S0.upos, S0L.upos);
  f.add(++t, S1.upos, S0.upos, S0R.upos);
  f.add(++t, S0.upos, S0L.upos, S0L2.upos);
  f.add(++t, S0.upos, S0R.upos, S0R2.upos);
  f.add(++t, B0.upos, B0L.upos, B0L2.upos);
  f.add(++t, S1.upos, S1L.upos, S0.upos);

  // Distance.
  const std::uint64_t d0 = s0 == none ? 8 : distance_bucket(s0, b0);
  const std::uint64_t d1 = s1 == none ? 8 : distance_bucket(s1, s0);
  f.add(++t, d0, S0.upos);
  f.add(++t, d0, B0.upos);
  f.add(++t, d0, S0.upos, B0.upos);
  f.add(++t, d0, S0.form);
  f.add(++t, d0, B0.form);
  f.add(++t, d1, S1.upos, S0.upos);
  f.add(++t, d1, S1.lemma);
  f.add(++t, d1, S0.lemma);

  // Valency and the labels attached so far.
  const std::uint64_t s0_left = s0 == none ? 4 : count_bucket(state.left_count(s0));
  const std::uint64_t s0_right = s0 == none ? 4 : count_bucket(state.right_count(s0));
  const std::uint64_t b0_left = b0 == none ? 4 : count_bucket(state.left_count(b0));
  const std::uint64_t s1_right = s1 == none ? 4 : count_bucket(state.right_count(s1));
  f.add(++t, S0.upos, s0_left);
  f.add(++t, S0.upos, s0_right);
  f.add(++t, S0.lemma, s0_left);
  f.add(++t, S0.lemma, s0_right);
  f.add(++t, B0.upos, b0_left);
  f.add(++t, B0.lemma, b0_left);
  f.add(++t, S1.upos, s1_right);
  const std::uint64_t s0_left_labels = s0 == none ? 0 : state.left_labels(s0);
  const std::uint64_t s0_right_labels = s0 == none ? 0 : state.right_labels(s0);
  const std::uint64_t b0_left_labels = b0 == none ? 0 : state.left_labels(b0);
  const std::uint64_t s1_labels = s1 == none ? 0 : state.left_labels(s1) | state.right_labels(s1);
  f.add(++t, S0.upos, s0_left_labels);
  f.add(++t, S0.upos, s0_right_labels);
  f.add(++t, B0.upos, b0_left_labels);
  f.add(++t, S1.upos, s1_labels);

  // German morphology: case against the would-be head and its argument
  // frame, and agreement of a subject with its finite verb.
  f.add(++t, S0.case_mask, S0.upos, B0.upos, B0.verb_form);
  f.add(++t, S0.case_mask, S0.upos, B0.lemma);
  f.add(++t, S0.case_mask, S1.lemma);
  f.add(++t, S0.case_mask, S0.upos, S1.upos, S1.verb_form);
  f.add(++t, S0.case_mask, B0.upos, b0_left_labels);
  f.add(++t, S0.case_mask, S1.upos, s1_labels);
  f.add(++t, pc(S0), agreement(S0.number, B0.number), agreement(S0.person, B0.person), B0.upos);
  f.add(++t, pc(S0), agreement(S0.number, S1.number), agreement(S0.person, S1.person), S1.upos);
  f.add(++t, pc(S0), agreement(S0.case_mask, B0.case_mask), agreement(S0.gender, B0.gender), B0.upos);
  f.add(++t, pc(S0), agreement(S0.case_mask, S1.case_mask), agreement(S0.gender, S1.gender), S1.upos);
  f.add(++t, S0.upos, S0.pron_type, B0.upos, B0.verb_form);
  f.add(++t, S0L.lemma, S0.upos, B0.upos);
  f.add(++t, S0L.lemma, S0.upos, S1.upos);
  // The determiner's form shows the case even where the tagger missed it.
  f.add(++t, S0L.form, S0.upos, B0.upos);
  f.add(++t, S0L.form, S0.upos, S1.upos);
  f.add(++t, S0L.form, S0.form);

  // Suffixes stand in for the part of speech when the tagger errs.
  f.add(++t, S0.suffix, B0.suffix);
  f.add(++t, S0.suffix, B0.upos);
  f.add(++t, S0.upos, B0.suffix);
  f.add(++t, S1.suffix, S0.suffix);

  // Verbs and punctuation in between; the auxiliary that carries person
  // and number when b0 or s1 is a participle or infinitive.
  const std::uint64_t s0_b0 = s0 == none ? 99 : between(S0, atoms[s0 + 1], B0);
  const std::uint64_t s1_s0 = s1 == none ? 99 : between(S1, atoms[s1 + 1], S0);
  f.add(++t, s0_b0, B0.upos);
  f.add(++t, s0_b0, B0.upos, S0.case_mask);
  f.add(++t, s1_s0, S0.upos);
  f.add(++t, s1_s0, S0.upos, B0.upos);
  const ParserWord& B0V = b0 == none || state.auxiliary(b0) == none ? B0 : atoms[state.auxiliary(b0)];
  const ParserWord& S1V = s1 == none || state.auxiliary(s1) == none ? S1 : atoms[state.auxiliary(s1)];
  f.add(++t, pc(S0), B0V.lemma, B0.verb_form);
  f.add(++t, pc(S0), S1V.lemma, S1.verb_form);
  f.add(++t, pc(S0), agreement(S0.number, B0V.number), agreement(S0.person, B0V.person), B0V.upos);
  f.add(++t, pc(S0), agreement(S0.number, S1V.number), agreement(S0.person, S1V.person), S1V.upos);
  return f.count();
}

std::size_t label_features(const ParserState& state, const std::vector<ParserWord>& atoms, int head, int dependent,
                           std::uint64_t* out) {
  FeatureSink f(out);
  const ParserWord& H = atoms[head];
  const ParserWord& D = atoms[dependent];
  auto pc = [](const ParserWord& w) -> std::uint64_t { return w.upos | (w.case_mask << 8); };
  const int none = state.none();
  const ParserWord& DL = atoms[state.leftmost(dependent)];
  const ParserWord& DR = atoms[state.rightmost(dependent)];
  const std::uint64_t dir = dependent < head ? 1 : 2;
  const std::uint64_t dist = distance_bucket(head, dependent);
  const std::uint64_t head_labels = state.left_labels(head) | state.right_labels(head);
  const std::uint64_t dep_labels = state.left_labels(dependent) | state.right_labels(dependent);
  const std::uint64_t dl_label = state.leftmost(dependent) == none ? 255 : state.label(state.leftmost(dependent));
  const std::uint64_t dr_label = state.rightmost(dependent) == none ? 255 : state.label(state.rightmost(dependent));
  std::uint64_t t = 1000;

  f.add(++t, 0);
  f.add(++t, D.upos);
  f.add(++t, D.form);
  f.add(++t, D.lemma);
  f.add(++t, D.upos, morph(D));
  f.add(++t, H.upos);
  f.add(++t, H.lemma);
  f.add(++t, H.form);
  f.add(++t, D.upos, H.upos, dir);
  f.add(++t, D.upos, H.upos, dir, dist);
  f.add(++t, D.lemma, H.upos, dir);
  f.add(++t, D.upos, H.lemma, dir);
  f.add(++t, D.form, H.upos);
  f.add(++t, D.lemma, H.lemma);
  f.add(++t, D.upos, morph(D), H.upos, dir);
  f.add(++t, D.case_mask, D.upos, H.lemma);
  f.add(++t, D.case_mask, D.upos, H.upos, head_labels);
  f.add(++t, D.upos, H.upos, head_labels);
  f.add(++t, D.upos, dep_labels);
  f.add(++t, D.upos, H.upos, dep_labels);
  f.add(++t, DL.lemma, D.upos);
  f.add(++t, DL.form, D.upos);
  f.add(++t, DL.form, D.upos, H.upos, dir);
  f.add(++t, DL.form, D.form);
  f.add(++t, atoms[state.leftmost2(dependent)].form, DL.form, D.upos);
  f.add(++t, DL.lemma, D.upos, H.upos);
  f.add(++t, DL.upos, dl_label, D.upos);
  f.add(++t, DR.upos, dr_label, D.upos);
  f.add(++t, D.case_mask | (std::uint64_t{D.upos} << 8), agreement(D.number, H.number), agreement(D.person, H.person), H.upos);
  f.add(++t, D.case_mask, D.upos, H.upos, H.verb_form);
  f.add(++t, D.upos, D.pron_type, H.upos, dir);
  f.add(++t, D.upos, D.verb_form, H.upos, H.verb_form);
  f.add(++t, D.case_mask, D.upos, dir, head == state.root());

  // The finite verb: the auxiliary when there is one.
  const ParserWord& V = state.auxiliary(head) == none ? H : atoms[state.auxiliary(head)];
  f.add(++t, pc(D), V.lemma, H.verb_form);
  f.add(++t, pc(D), agreement(D.number, V.number), agreement(D.person, V.person), V.upos);
  f.add(++t, pc(D), V.lemma, H.lemma);
  const std::uint64_t gap = dependent < head ? between(D, atoms[dependent + 1], H) : between(H, atoms[head + 1], D);
  f.add(++t, gap, D.upos, H.upos, dir);

  // The head's other arguments so far, and what follows the head (a
  // subject before the verb is often followed by the object).
  const std::uint64_t arguments = state.has_subject(head) + 2 * state.has_object(head);
  f.add(++t, pc(D), arguments, dir);
  f.add(++t, DL.form, arguments, dir);
  f.add(++t, D.form, arguments);
  const ParserWord& after = atoms[std::min(head + 1, none)];
  const ParserWord& after2 = atoms[std::min(head + 2, none)];
  f.add(++t, pc(D), pc(after), dir);
  f.add(++t, pc(D), after.form, after2.upos, dir);
  f.add(++t, D.suffix, D.upos, H.upos, dir);
  // The next nominal after the head (for a subject before the verb, often
  // the object), with the case the tagger gave it and its determiner.
  const int next = std::min<int>(H.next_nominal, none);
  const ParserWord& N = atoms[next];
  const ParserWord& ND = atoms[next > 0 && next != none ? next - 1 : none];
  f.add(++t, pc(D), pc(N), dir);
  f.add(++t, pc(D), ND.form, dir);
  f.add(++t, DL.form, ND.form, dir);
  return f.count();
}

}  // namespace kg::extract
