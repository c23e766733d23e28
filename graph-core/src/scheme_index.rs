//! Finds the existing schemes (regelingen) that resemble a proposal's text: Okapi BM25 over Dutch
//! stems, with compound words split against the schemes' own vocabulary, so that what an
//! organisation already does can speak for it ("woningisolatie" meets "isolatie van woningen").

use crate::sort::SharedSort;
use rustc_hash::{FxHashMap, FxHashSet};

use crate::data::model::Scheme;
use crate::stem::stem;

/// BM25's term-frequency saturation.
const K1: f64 = 1.2;
/// BM25's length normalisation.
const B: f64 = 0.75;
/// The shortest part of a compound word that counts as a word of its own.
const MIN_PART: usize = 4;

/// Words too common in Dutch policy text to say anything: the whole Snowball stop list for Dutch,
/// the modal verbs, numerals and linking adverbs that every proposal uses ("mogen", "twee",
/// "daarbij"), and the words of the trade itself ("regeling", "wet").
const STOPWORDS: &str = "aan al alle alles als altijd andere anders ben bij binnen daar daarbij daarna daarop \
    dan dat de der deze die dit doch doen door drie dus een eens eerst en er ge geen \
    geweest haar had heb hebben heeft hem het hier hij hoe hun iemand iets ik in is ja jaar \
    jaarlijks je kan kon kreeg kregen krijgen krijgt kunnen maar mag me meer men met mij \
    mijn moet moeten mogelijk mogen na naar niet niets nieuw nieuwe nog nu of om omdat \
    onder ons ook op over per reeds regeling regelingen te tegen ter tien toch toe toen tot \
    tussen twee u uit uw van veel via vier vijf voor vooraf waar waarbij waarin waaronder \
    waarvoor want waren was wat wel welke werd wet wezen wie wil worden wordt zal ze zelf \
    zich zij zijn zo zoals zonder zou zoveel";

/// The lower-case words of a text, without stopwords and numbers.
fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|word| word.chars().count() >= 2 && !word.chars().all(|c| c.is_ascii_digit()))
        .map(str::to_lowercase)
        .filter(|word| !STOPWORDS.split_ascii_whitespace().any(|stop| stop == word))
}

/// Endings that make a word of another word ("gezond-heid", "eigen-schap"): never the head of a
/// compound, however often they stand alone in a text.
const SUFFIXES: &[&str] = &["heid", "schap", "baar", "loos", "lijk", "achtig", "matig"];
/// A head this long (as a stem) is specific enough to count when what stands before it is not a
/// known word ("levenlanglerenkrediet"); a shorter one needs a known word before it, so that
/// "verplicht" does not become "licht".
const LONE_HEAD: usize = 6;

/// The stems of a compound word's parts that the vocabulary knows: its head (the longest known
/// right-hand part) and, where known, what stands before it (with a linking `s` dropped). A head
/// counts only when what stands before it is a known word too, or when the head is long enough
/// to mean something on its own (see [`LONE_HEAD`]).
fn compound_parts(word: &str, vocabulary: &FxHashSet<String>) -> Vec<String> {
    let chars: Vec<char> = word.chars().collect();
    if chars.len() < 2 * MIN_PART {
        return Vec::new();
    }
    for split in MIN_PART.min(chars.len())..=chars.len() - MIN_PART {
        let right: String = chars[split..].iter().collect();
        if SUFFIXES.contains(&right.as_str()) {
            continue;
        }
        let head = stem(&right);
        if !vocabulary.contains(&head) {
            continue;
        }
        let left: String = chars[..split].iter().collect();
        let modifier = [left.as_str(), left.strip_suffix('s').unwrap_or("")]
            .into_iter()
            .filter(|part| part.chars().count() >= MIN_PART)
            .map(stem)
            .find(|part| vocabulary.contains(part));
        if modifier.is_none() && head.chars().count() < LONE_HEAD {
            continue;
        }
        let mut parts = vec![head];
        parts.extend(modifier);
        return parts;
    }
    Vec::new()
}

/// The terms of one word: the known parts of a compound word, then its own stem. Both the
/// schemes and the queries are split, so "huiseigenaren" meets "eigenaren" and the other way
/// round.
fn word_terms(word: &str, vocabulary: &FxHashSet<String>) -> Vec<String> {
    let whole = stem(word);
    let mut terms: Vec<String> = compound_parts(word, vocabulary)
        .into_iter()
        .filter(|part| part != &whole)
        .collect();
    terms.push(whole);
    terms
}

/// The terms of a text (see [`word_terms`]).
fn terms(text: &str, vocabulary: &FxHashSet<String>) -> Vec<String> {
    words(text)
        .flat_map(|word| word_terms(&word, vocabulary))
        .collect()
}

/// The text of a scheme that is searched: its name, what it does and its law.
fn scheme_text(scheme: &Scheme) -> String {
    format!("{} {} {}", scheme.naam, scheme.omschrijving, scheme.wet)
}

/// An inverted index over the schemes of a data set.
#[derive(Clone, Debug, Default)]
pub struct SchemeIndex {
    /// Per term: the schemes it occurs in, with its count there.
    postings: FxHashMap<String, Vec<(u32, u32)>>,
    /// Per scheme: its number of terms.
    lengths: Vec<u32>,
    /// Per scheme: BM25's length normalisation `K1 · (1 − B + B · length / average)`, computed
    /// once here rather than for every posting of every query.
    norms: Vec<f64>,
    vocabulary: FxHashSet<String>,
}

/// The terms of a query with their weights (inverse document frequency).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Query {
    terms: Vec<(String, f64)>,
}

impl Query {
    /// Whether no word of the query occurs in any scheme: nothing to compare.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// The score a scheme would get that holds every query term once at average length: the
    /// sum of the weights. A scale for how much of the query a match covers.
    pub fn full_score(&self) -> f64 {
        self.terms.iter().map(|(_, idf)| idf).sum()
    }
}

impl SchemeIndex {
    /// Indexes the schemes in their order; scores come back in that order.
    pub fn build(schemes: &[Scheme]) -> SchemeIndex {
        let texts: Vec<Vec<String>> = schemes
            .iter()
            .map(|scheme| words(&scheme_text(scheme)).collect())
            .collect();
        // Schemes repeat their words: each distinct word is stemmed and split once.
        let mut stems: FxHashMap<&str, String> = FxHashMap::default();
        for word in texts.iter().flatten() {
            stems.entry(word).or_insert_with(|| stem(word));
        }
        let vocabulary: FxHashSet<String> = stems.values().cloned().collect();
        let mut split: FxHashMap<&str, Vec<String>> = FxHashMap::default();
        let mut postings: FxHashMap<String, Vec<(u32, u32)>> = FxHashMap::default();
        let mut lengths = Vec::with_capacity(texts.len());
        for (doc, words) in texts.iter().enumerate() {
            let doc = u32::try_from(doc).unwrap_or(u32::MAX);
            let mut terms: Vec<String> = Vec::new();
            for word in words {
                terms.extend(
                    split
                        .entry(word)
                        .or_insert_with(|| word_terms(word, &vocabulary))
                        .iter()
                        .cloned(),
                );
            }
            lengths.push(u32::try_from(terms.len()).unwrap_or(u32::MAX));
            let mut counts: FxHashMap<String, u32> = FxHashMap::default();
            for term in terms {
                *counts.entry(term).or_default() += 1;
            }
            for (term, count) in counts {
                postings.entry(term).or_default().push((doc, count));
            }
        }
        for list in postings.values_mut() {
            list.shared_sort();
        }
        let average_length = if lengths.is_empty() {
            0.0
        } else {
            lengths.iter().map(|&l| f64::from(l)).sum::<f64>() / lengths.len() as f64
        };
        let norms = lengths
            .iter()
            .map(|&l| {
                let length = f64::from(l) / average_length.max(1.0);
                K1 * (1.0 - B + B * length)
            })
            .collect();
        SchemeIndex {
            postings,
            lengths,
            norms,
            vocabulary,
        }
    }

    /// The number of schemes indexed.
    pub fn len(&self) -> usize {
        self.lengths.len()
    }

    /// Whether there are no schemes.
    pub fn is_empty(&self) -> bool {
        self.lengths.is_empty()
    }

    /// The query for a text: its distinct terms that occur in some scheme, weighted by BM25's
    /// inverse document frequency.
    pub fn query(&self, text: &str) -> Query {
        self.query_fields(&[(text, 1.0)])
    }

    /// The query for several fields of text, each with a weight (a title may count for more
    /// than a description): a term takes the highest weight of the fields it occurs in, times
    /// its inverse document frequency.
    pub fn query_fields(&self, fields: &[(&str, f64)]) -> Query {
        let n = self.lengths.len() as f64;
        let mut weights: FxHashMap<String, f64> = FxHashMap::default();
        for (text, weight) in fields {
            for term in terms(text, &self.vocabulary) {
                let entry = weights.entry(term).or_insert(0.0);
                *entry = entry.max(*weight);
            }
        }
        let mut query: Vec<(String, f64)> = weights
            .into_iter()
            .filter_map(|(term, weight)| {
                let df = self.postings.get(&term)?.len() as f64;
                let idf = (1.0 + (n - df + 0.5) / (df + 0.5)).ln();
                Some((term, weight * idf))
            })
            .collect();
        // Sorted, so scores sum in one order whatever the text's word order.
        query.shared_sort_by(|a, b| a.0.cmp(&b.0));
        Query { terms: query }
    }

    /// The BM25 score of every scheme for the query; schemes for which `left_out` holds get 0.
    pub fn scores(&self, query: &Query, left_out: impl Fn(usize) -> bool) -> Vec<f64> {
        let mut scores = vec![0.0; self.lengths.len()];
        for (term, idf) in &query.terms {
            let Some(list) = self.postings.get(term) else {
                continue;
            };
            for &(doc, count) in list {
                let doc = doc as usize;
                if left_out(doc) {
                    continue;
                }
                let tf = f64::from(count);
                scores[doc] += idf * tf * (K1 + 1.0) / (tf + self.norms[doc]);
            }
        }
        scores
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::model::{FileKind, RowRef};
    use crate::id::{OrganisationId, SchemeId};

    fn scheme(id: &str, naam: &str, omschrijving: &str) -> Scheme {
        Scheme {
            id: SchemeId::new(id),
            organisatie: OrganisationId::new(id),
            naam: naam.to_owned(),
            omschrijving: omschrijving.to_owned(),
            taken: Vec::new(),
            doelgroepen: Vec::new(),
            wet: String::new(),
            bron: String::new(),
            row: RowRef {
                file: FileKind::Schemes,
                line: 2,
            },
        }
    }

    fn index() -> SchemeIndex {
        SchemeIndex::build(&[
            scheme(
                "lening",
                "Studiefinanciering",
                "Lening en beurs voor studenten voor collegegeld en levensonderhoud",
            ),
            scheme(
                "isolatie",
                "Subsidie verduurzaming",
                "Subsidie voor isolatie van woningen door huiseigenaren",
            ),
            scheme(
                "boete",
                "Verkeersboetes",
                "Inning van boetes voor verkeersovertredingen",
            ),
        ])
    }

    fn best(index: &SchemeIndex, text: &str) -> Option<usize> {
        let scores = index.scores(&index.query(text), |_| false);
        scores
            .iter()
            .enumerate()
            .filter(|(_, s)| **s > 0.0)
            .max_by(|a, b| a.1.total_cmp(b.1))
            .map(|(doc, _)| doc)
    }

    #[test]
    fn inflected_and_compound_words_find_their_scheme() {
        let index = index();
        assert_eq!(best(&index, "Leningen voor volwassen studenten"), Some(0));
        assert_eq!(best(&index, "Woningisolatie door eigenaren"), Some(1));
        assert_eq!(best(&index, "Een boete innen"), Some(2));
        assert_eq!(best(&index, "Vergunning voor een kapsalon"), None);
    }

    #[test]
    fn a_compound_splits_only_into_words_or_a_long_head() {
        let vocabulary: FxHashSet<String> =
            ["licht", "verplicht", "alcohol", "slot", "gezond", "krediet"]
                .into_iter()
                .map(str::to_owned)
                .collect();
        // "verp" is no word and "licht" is short: "verplicht" stays whole.
        assert!(compound_parts("verplicht", &vocabulary).is_empty());
        // Both parts known: split.
        assert_eq!(
            compound_parts("alcoholslot", &vocabulary),
            ["slot", "alcohol"]
        );
        // A derivational ending is never a head.
        let mut with_suffix = vocabulary.clone();
        with_suffix.insert("heid".to_owned());
        assert!(compound_parts("gezondheid", &with_suffix).is_empty());
        // A long head stands on its own even after an unknown word.
        assert_eq!(
            compound_parts("levenlanglerenkrediet", &vocabulary),
            ["krediet"]
        );
    }

    #[test]
    fn stopwords_and_unknown_words_make_an_empty_query() {
        let index = index();
        assert!(
            index
                .query("de nieuwe regeling voor het jaar 2027")
                .is_empty()
        );
        assert!(SchemeIndex::default().query("lening").is_empty());
    }

    #[test]
    fn left_out_schemes_score_nothing_and_the_rest_is_unchanged() {
        let index = index();
        let query = index.query("subsidie voor woningen en een lening");
        let all = index.scores(&query, |_| false);
        let without = index.scores(&query, |doc| doc == 1);
        assert!(all[1] > 0.0);
        assert_eq!(without[1], 0.0);
        assert_eq!(all[0], without[0]);
    }

    #[test]
    fn rarer_words_weigh_more() {
        let index = index();
        let query = index.query("subsidie lening");
        assert!(query.full_score() > 0.0);
        let scores = index.scores(&index.query("voor"), |_| false);
        assert!(scores.iter().all(|s| *s == 0.0), "{scores:?}");
    }
}
