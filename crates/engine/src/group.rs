//! Event grouping: which articles of a large or mixed set report one event, so that
//! statements are compared within an event only.
//!
//! Each article becomes a weighted bag of its terms (names, stemmed words, concepts, and
//! figures such as ages and counts, which tell apart incidents told in the same words), weighted by how rare a term is in the set and in news at large,
//! and scaled to unit length. Two articles are similar by the cosine of their bags, counted
//! over the terms held by at most [`GroupConfig::max_article_postings`] articles (a term
//! every article uses tells no event apart, and would make the work quadratic); their
//! similarity is damped when their publication dates lie far apart and raised when they
//! lie within a day. Articles are then
//! merged by average linkage: strongest pairs first, two groups joining only when their
//! mean pairwise similarity (a missing pair counts as 0) reaches
//! [`GroupConfig::min_similarity`]. [`bcubed`] scores a grouping against a known one.

use std::collections::HashMap;

use crate::align::features::number_key;
use crate::corpus::Article;
use crate::model::Date;
use crate::text::background;
use crate::text::normalize::{self, TermKind};
use crate::text::quantity;

/// The settings of [`group_articles`]. The defaults were chosen on the news corpus
/// (`../shared/corpora/news`, 6,999 articles in 3,628 folders) by B-cubed F1 against its
/// folders: 0.900 (precision 0.940, recall 0.864); see the README.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupConfig {
    /// Two groups merge when their articles' mean pairwise similarity reaches this.
    pub min_similarity: f32,
    /// A term held by more articles than this proposes no pairs and adds nothing to their
    /// similarity.
    pub max_article_postings: usize,
    /// Articles published further apart than this are compared at a discount
    /// ([`GroupConfig::distant_dates_factor`]).
    pub max_date_gap_days: i64,
    /// The factor applied to the similarity of articles published far apart.
    pub distant_dates_factor: f32,
    /// Articles published at most this many days apart are compared at a premium
    /// ([`GroupConfig::near_dates_factor`]): most reports of one incident come out within
    /// a day of each other.
    pub max_near_date_gap_days: i64,
    /// The factor applied to the similarity of articles published close together.
    pub near_dates_factor: f32,
    /// Only this many statements from the start of an article are read (the facts that
    /// tell an event apart come first; the tail is background and boilerplate).
    pub max_statements_read: usize,
}

impl Default for GroupConfig {
    fn default() -> Self {
        Self {
            min_similarity: 0.2,
            max_article_postings: 800,
            max_date_gap_days: 10,
            distant_dates_factor: 0.1,
            max_near_date_gap_days: 1,
            near_dates_factor: 2.0,
            max_statements_read: 40,
        }
    }
}

/// One group of articles found to report one event.
#[derive(Debug, Clone, PartialEq)]
pub struct EventGroup {
    /// Indices of its articles in the grouped slice, ascending.
    pub articles: Vec<usize>,
    /// The earliest and latest publication dates among its articles, when any is known.
    pub first_date: Option<Date>,
    pub last_date: Option<Date>,
    /// The names its articles share most, as written, for a reader to tell events apart.
    pub label: String,
}

/// How much more a name (a capitalised word: a person, a place, a street) weighs than a
/// word: names tell one incident from another of the same kind.
const NAME_FACTOR: f32 = 1.5;

/// The fewest articles term rarity is measured against (see [`article_vectors`]).
const MIN_REFERENCE_ARTICLES: usize = 1000;

/// An article as a unit-length bag of weighted term ids, sorted by id.
struct ArticleVector {
    terms: Vec<(u32, f32)>,
}

/// Group `articles` into events; every article is in exactly one group. Groups come in the
/// order of their first article; the result depends only on the articles and their order.
pub fn group_articles(articles: &[Article], config: &GroupConfig) -> Vec<EventGroup> {
    let (vectors, surfaces) = article_vectors(articles, config);
    let dates: Vec<Option<Date>> = articles.iter().map(|a| a.source.meta.date).collect();
    let pairs = similar_pairs(&vectors, &dates, config);
    let members = average_linkage(articles.len(), pairs, config.min_similarity);
    members
        .into_iter()
        .map(|articles_of_event| {
            let known: Vec<Date> = articles_of_event.iter().filter_map(|&i| dates[i]).collect();
            EventGroup {
                first_date: known.iter().min().copied(),
                last_date: known.iter().max().copied(),
                label: label(&articles_of_event, &vectors, &surfaces),
                articles: articles_of_event,
            }
        })
        .collect()
}

/// Each article's term vector, and the surface of each term id (for labels). Term weights:
/// `(1 + ln tf)` times the term's rarity in news at large and in this set.
fn article_vectors(
    articles: &[Article],
    config: &GroupConfig,
) -> (Vec<ArticleVector>, Vec<String>) {
    let mut ids: HashMap<String, u32> = HashMap::new();
    let mut surfaces: Vec<String> = Vec::new();
    let mut kinds: Vec<TermKind> = Vec::new();
    let mut counts: Vec<HashMap<u32, f32>> = Vec::with_capacity(articles.len());
    for article in articles {
        let mut tf: HashMap<u32, f32> = HashMap::new();
        let title = article.source.meta.title.as_deref().unwrap_or("");
        let body = article
            .statements
            .iter()
            .filter(|s| s.boilerplate.is_none())
            .take(config.max_statements_read)
            .map(|s| (s.text.as_str(), 1.0));
        for (text, weight) in std::iter::once((title, 1.0)).chain(body) {
            let figures = quantity::extract_quantities(text)
                .into_iter()
                .filter_map(|q| Some((number_key(&q)?, q.text, TermKind::Word)));
            let terms = normalize::terms(text)
                .into_iter()
                .map(|t| (t.key, t.surface, t.kind));
            for (key, surface, kind) in terms.chain(figures) {
                let next = surfaces.len() as u32;
                let id = *ids.entry(key).or_insert_with(|| {
                    surfaces.push(surface);
                    kinds.push(kind);
                    next
                });
                *tf.entry(id).or_default() += weight;
            }
        }
        counts.push(tf);
    }
    let mut df = vec![0u32; surfaces.len()];
    for tf in &counts {
        for &id in tf.keys() {
            df[id as usize] += 1;
        }
    }
    let general: Vec<f32> = {
        let mut by_id = vec![0.0f32; surfaces.len()];
        for (key, &id) in &ids {
            by_id[id as usize] = background::idf(key);
        }
        by_id
    };
    // A small set is weighed as if it were part of a larger collection: in 40 articles of
    // four events, an event's own words are held by a quarter of the set, and a rarity
    // measured in the set alone would count them as common.
    let n = articles.len().max(MIN_REFERENCE_ARTICLES) as f32;
    let vectors = counts
        .into_iter()
        .map(|tf| {
            let mut terms: Vec<(u32, f32)> = tf
                .into_iter()
                .map(|(id, count)| {
                    let local = ((n + 1.0) / (df[id as usize] as f32)).ln().max(0.1);
                    let name_bonus = if kinds[id as usize] == TermKind::Name {
                        NAME_FACTOR
                    } else {
                        1.0
                    };
                    (
                        id,
                        (1.0 + count.ln()) * general[id as usize] * local * name_bonus,
                    )
                })
                .collect();
            terms.sort_unstable_by_key(|&(id, _)| id);
            let norm = terms.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
            if norm > 0.0 {
                terms.iter_mut().for_each(|(_, w)| *w /= norm);
            }
            ArticleVector { terms }
        })
        .collect();
    (vectors, surfaces)
}

/// Pairs `(a, b, similarity)` with `a < b` whose similarity over the informative terms is
/// above zero, sorted by falling similarity (ties by `a`, then `b`).
fn similar_pairs(
    vectors: &[ArticleVector],
    dates: &[Option<Date>],
    config: &GroupConfig,
) -> Vec<(usize, usize, f32)> {
    let term_count = vectors
        .iter()
        .flat_map(|v| v.terms.iter().map(|&(id, _)| id as usize + 1))
        .max()
        .unwrap_or(0);
    let mut postings: Vec<Vec<(u32, f32)>> = vec![Vec::new(); term_count];
    for (i, v) in vectors.iter().enumerate() {
        for &(id, w) in &v.terms {
            postings[id as usize].push((i as u32, w));
        }
    }
    // Only pairs this similar are kept: lower ones cannot lift a group's mean above the bar.
    let min_kept = config.min_similarity * 0.25;
    let mut dot = vec![0.0f32; vectors.len()];
    let mut touched: Vec<usize> = Vec::new();
    let mut pairs = Vec::new();
    for (a, v) in vectors.iter().enumerate() {
        for &(id, wa) in &v.terms {
            let list = &postings[id as usize];
            if list.len() > config.max_article_postings {
                continue;
            }
            for &(b, wb) in list.iter().rev() {
                let b = b as usize;
                if b <= a {
                    break; // postings are in article order
                }
                if dot[b] == 0.0 {
                    touched.push(b);
                }
                dot[b] += wa * wb;
            }
        }
        for &b in &touched {
            let mut similarity = dot[b];
            dot[b] = 0.0;
            if let (Some(x), Some(y)) = (dates[a], dates[b]) {
                let gap = (x - y).num_days().abs();
                if gap > config.max_date_gap_days {
                    similarity *= config.distant_dates_factor;
                } else if gap <= config.max_near_date_gap_days {
                    similarity *= config.near_dates_factor;
                }
            }
            if similarity >= min_kept {
                pairs.push((a, b, similarity));
            }
        }
        touched.clear();
    }
    pairs.sort_by(|x, y| y.2.total_cmp(&x.2).then(x.0.cmp(&y.0)).then(x.1.cmp(&y.1)));
    pairs
}

/// Average-linkage grouping of `count` items over the sparse `pairs` (sorted by falling
/// similarity): the groups, each ascending, in the order of their first item.
fn average_linkage(
    count: usize,
    pairs: Vec<(usize, usize, f32)>,
    min_similarity: f32,
) -> Vec<Vec<usize>> {
    let mut group_of: Vec<usize> = (0..count).collect();
    let mut members: Vec<Vec<usize>> = (0..count).map(|i| vec![i]).collect();
    // Summed similarity between two groups (keyed by the lower group id first).
    let mut between: Vec<HashMap<usize, f32>> = vec![HashMap::new(); count];
    for &(a, b, s) in &pairs {
        *between[a].entry(b).or_default() += s;
        *between[b].entry(a).or_default() += s;
    }
    for &(a, b, _) in &pairs {
        let (ga, gb) = (group_of[a], group_of[b]);
        if ga == gb {
            continue;
        }
        let total = between[ga].get(&gb).copied().unwrap_or(0.0);
        let mean = total / (members[ga].len() * members[gb].len()) as f32;
        if mean < min_similarity {
            continue;
        }
        // Merge the smaller group into the larger.
        let (keep, gone) = if members[ga].len() >= members[gb].len() {
            (ga, gb)
        } else {
            (gb, ga)
        };
        let moved = std::mem::take(&mut members[gone]);
        for &i in &moved {
            group_of[i] = keep;
        }
        members[keep].extend(moved);
        let gone_links = std::mem::take(&mut between[gone]);
        for (other, s) in gone_links {
            if other == keep {
                continue;
            }
            *between[keep].entry(other).or_default() += s;
            let row = &mut between[other];
            row.remove(&gone);
            *row.entry(keep).or_default() += s;
        }
        between[keep].remove(&gone);
    }
    let mut groups: Vec<Vec<usize>> = members.into_iter().filter(|m| !m.is_empty()).collect();
    for g in &mut groups {
        g.sort_unstable();
    }
    groups.sort_unstable_by_key(|g| g[0]);
    groups
}

/// The names a group's articles share most (up to three), as written.
fn label(articles: &[usize], vectors: &[ArticleVector], surfaces: &[String]) -> String {
    let mut weight: HashMap<u32, f32> = HashMap::new();
    for &i in articles {
        for &(id, w) in &vectors[i].terms {
            *weight.entry(id).or_default() += w;
        }
    }
    let mut best: Vec<(u32, f32)> = weight
        .into_iter()
        .filter(|&(id, _)| {
            surfaces[id as usize]
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
        })
        .collect();
    best.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
    let mut names: Vec<&str> = Vec::new();
    for (id, _) in best {
        let surface = surfaces[id as usize].as_str();
        if !names.iter().any(|n| n.eq_ignore_ascii_case(surface)) {
            names.push(surface);
        }
        if names.len() == 3 {
            break;
        }
    }
    names.join(", ")
}

/// B-cubed precision, recall and F1 of a grouping against a reference: `predicted[i]` and
/// `reference[i]` are item `i`'s group in each. Precision is the mean, over items, of the
/// share of the item's predicted group that is in its reference group; recall the reverse.
/// All three are 1 for no items.
pub fn bcubed(predicted: &[usize], reference: &[usize]) -> BCubed {
    let n = predicted.len().min(reference.len());
    if n == 0 {
        return BCubed {
            precision: 1.0,
            recall: 1.0,
            f1: 1.0,
        };
    }
    let mut both: HashMap<(usize, usize), f64> = HashMap::new();
    let mut by_predicted: HashMap<usize, f64> = HashMap::new();
    let mut by_reference: HashMap<usize, f64> = HashMap::new();
    for i in 0..n {
        *both.entry((predicted[i], reference[i])).or_default() += 1.0;
        *by_predicted.entry(predicted[i]).or_default() += 1.0;
        *by_reference.entry(reference[i]).or_default() += 1.0;
    }
    let (mut precision, mut recall) = (0.0, 0.0);
    for i in 0..n {
        let shared = both[&(predicted[i], reference[i])];
        precision += shared / by_predicted[&predicted[i]];
        recall += shared / by_reference[&reference[i]];
    }
    let (precision, recall) = (precision / n as f64, recall / n as f64);
    BCubed {
        precision,
        recall,
        f1: 2.0 * precision * recall / (precision + recall),
    }
}

/// B-cubed figures of a grouping (see [`bcubed`]).
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct BCubed {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

/// Each group's index for each item: the `labels` form of `groups` over `count` items, for
/// [`bcubed`]. Items in no group get a group of their own.
pub fn group_labels(groups: &[EventGroup], count: usize) -> Vec<usize> {
    let mut labels: Vec<usize> = (groups.len()..groups.len() + count).collect();
    for (g, group) in groups.iter().enumerate() {
        for &i in &group.articles {
            if let Some(l) = labels.get_mut(i) {
                *l = g;
            }
        }
    }
    labels
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bcubed_of_known_groupings() {
        let perfect = bcubed(&[0, 0, 1], &[5, 5, 7]);
        assert_eq!(perfect.f1, 1.0);
        // Everything in one group against three singletons: precision 1/3, recall 1.
        let lumped = bcubed(&[0, 0, 0], &[1, 2, 3]);
        assert!((lumped.precision - 1.0 / 3.0).abs() < 1e-9);
        assert_eq!(lumped.recall, 1.0);
        let split = bcubed(&[1, 2, 3], &[0, 0, 0]);
        assert_eq!(split.precision, 1.0);
        assert!((split.recall - 1.0 / 3.0).abs() < 1e-9);
        assert_eq!(bcubed(&[], &[]).f1, 1.0);
    }

    #[test]
    fn average_linkage_does_not_chain_through_one_pair() {
        // 0-1 and 2-3 are strong pairs; one weak bridge 1-2 alone cannot merge them.
        let pairs = vec![(0, 1, 0.9), (2, 3, 0.8), (1, 2, 0.5)];
        assert_eq!(average_linkage(4, pairs, 0.3), vec![vec![0, 1], vec![2, 3]]);
        let pairs = vec![(0, 1, 0.9), (1, 2, 0.5), (0, 2, 0.4)];
        assert_eq!(average_linkage(3, pairs, 0.3), vec![vec![0, 1, 2]]);
    }
}
