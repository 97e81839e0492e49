//! Scoring one pair of statements: shared key weight as cosine and as containment, gated so
//! that a pair needs more than one common name to count, with reasons a person can read.

use super::features::{Features, Key, KeyKind, SUM_KEY_PREFIX};
use crate::text::lexicon;

/// Pairs sharing fewer content keys (words, concepts, figures) than this score zero.
const MIN_SHARED_CONTENT: usize = 2;

/// A clause pair needs this many shared content keys (words, concepts, figures) to stand
/// for one fact: more than whole statements need, since clauses are short.
const MIN_CLAUSE_CONTENT: usize = 3;

/// Weight of the best clause match against the whole-statement score: a clause match is
/// weaker evidence (short spans meet by chance more often), so it counts for less.
const CLAUSE_FACTOR: f32 = 0.6;

/// Score factor for statements whose events differ.
const DIFFERENT_EVENTS_FACTOR: f32 = 0.7;

/// The happenings a statement names (its event concepts).
pub fn event_keys(f: &Features) -> Vec<&str> {
    events(f).collect()
}

fn events(f: &Features) -> impl Iterator<Item = &str> {
    f.keys
        .iter()
        .filter(|k| k.kind == KeyKind::Concept && lexicon::is_event_concept(&k.key))
        .map(|k| k.key.as_str())
}

/// The score of a pair and why.
#[derive(Debug, Clone, PartialEq)]
pub struct PairScore {
    pub score: f32,
    pub reasons: Vec<String>,
}

/// Keys both statements have (as each has them), found by walking their sorted key lists
/// together. Both must come from one article set (one [`super::features::compute`]), since
/// keys are compared by their interned ids.
pub fn shared<'f>(a: &'f Features, b: &'f Features) -> Vec<(&'f Key, &'f Key)> {
    let (mut i, mut j) = (0, 0);
    let mut out = Vec::new();
    while i < a.keys.len() && j < b.keys.len() {
        match a.keys[i].id.cmp(&b.keys[j].id) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                out.push((&a.keys[i], &b.keys[j]));
                i += 1;
                j += 1;
            }
        }
    }
    out
}

/// The keys two statements share (as the first statement has them).
pub fn shared_keys<'f>(a: &'f Features, b: &'f Features) -> Vec<&'f Key> {
    shared(a, b).into_iter().map(|(k, _)| k).collect()
}

/// True when the shared keys give a person's age and a name: "Smith, 81" in one outlet and
/// "81-year-old Smith" in another say one thing about one person, which counts as a second
/// piece of evidence beyond the name.
pub fn names_an_age(shared: &[(&Key, &Key)]) -> bool {
    shared.iter().any(|(k, _)| k.key.starts_with("#a"))
        && shared.iter().any(|(k, _)| k.kind == KeyKind::Name)
}

/// How many sums of money the shared keys hold: one sum ("$334 million") is a fact of its
/// own, so it counts as a second piece of evidence beyond its figure, as an age with a
/// name does. A count or a share does not: "100 percent" is no "100 yards".
pub fn sums_shared(shared: &[(&Key, &Key)]) -> usize {
    shared
        .iter()
        .filter(|(k, _)| k.kind == KeyKind::Number && k.key.starts_with(SUM_KEY_PREFIX))
        .count()
}

/// The similarity of two statements in `0..=1`, without reasons (the hot path).
pub fn similarity(a: &Features, b: &Features) -> f32 {
    similarity_and_origin(a, b).0
}

/// The similarity, and whether it comes from one clause of each statement rather than from
/// the whole of both.
fn similarity_and_origin(a: &Features, b: &Features) -> (f32, bool) {
    if a.weight_sum <= 0.0 || b.weight_sum <= 0.0 {
        return (0.0, false);
    }
    let shared = shared(a, b);
    // Evidence beyond names: who and where alone do not make one fact.
    let content = shared
        .iter()
        .filter(|(k, _)| k.kind != KeyKind::Name)
        .count()
        + usize::from(names_an_age(&shared))
        + sums_shared(&shared);
    if content < MIN_SHARED_CONTENT {
        return (0.0, false);
    }
    // Shared weight over the geometric mean of both statements' weight: a short statement
    // inside a long one scores lower than a true paraphrase, but not zero.
    let shared_w: f32 = shared.iter().map(|(k, _)| k.weight).sum();
    let whole = shared_w / (a.weight_sum * b.weight_sum).sqrt();
    // A clause pair scores at most 1, so it cannot beat a whole score above the factor.
    let clause = if whole < CLAUSE_FACTOR {
        CLAUSE_FACTOR * clause_similarity(a, b)
    } else {
        0.0
    };
    let mut score = whole.max(clause);
    let (mut ea, mut eb) = (events(a).peekable(), events(b).peekable());
    if ea.peek().is_some() && eb.peek().is_some() && !ea.any(|e| events(b).any(|x| x == e)) {
        score *= DIFFERENT_EVENTS_FACTOR;
    }
    (score.clamp(0.0, 1.0), clause > whole)
}

/// The best match of a clause of one statement with a clause of the other (or with the
/// whole of the other, when it has one clause), scored like whole statements: one fact
/// told inside two long, many-fact sentences.
pub fn clause_similarity(a: &Features, b: &Features) -> f32 {
    if a.clauses.is_empty() && b.clauses.is_empty() {
        return 0.0;
    }
    let whole_a = [(0..a.keys.len()).collect::<Vec<usize>>()];
    let whole_b = [(0..b.keys.len()).collect::<Vec<usize>>()];
    let ca: &[Vec<usize>] = if a.clauses.is_empty() {
        &whole_a
    } else {
        &a.clauses
    };
    let cb: &[Vec<usize>] = if b.clauses.is_empty() {
        &whole_b
    } else {
        &b.clauses
    };
    let mut best = 0.0f32;
    for x in ca {
        for y in cb {
            let (mut i, mut j) = (0, 0);
            let (mut shared_w, mut content) = (0.0f32, 0);
            while i < x.len() && j < y.len() {
                let (ka, kb) = (&a.keys[x[i]], &b.keys[y[j]]);
                match ka.id.cmp(&kb.id) {
                    std::cmp::Ordering::Less => i += 1,
                    std::cmp::Ordering::Greater => j += 1,
                    std::cmp::Ordering::Equal => {
                        shared_w += ka.weight;
                        content += usize::from(ka.kind != KeyKind::Name);
                        i += 1;
                        j += 1;
                    }
                }
            }
            if content < MIN_CLAUSE_CONTENT {
                continue;
            }
            let wa: f32 = x.iter().map(|&k| a.keys[k].weight).sum();
            let wb: f32 = y.iter().map(|&k| b.keys[k].weight).sum();
            if wa > 0.0 && wb > 0.0 {
                best = best.max(shared_w / (wa * wb).sqrt());
            }
        }
    }
    best
}

/// Score two statements' features in `0..=1`, with the reasons a person reads.
pub fn score_pair(a: &Features, b: &Features) -> PairScore {
    let (score, by_clause) = similarity_and_origin(a, b);
    let mut reasons = reasons(&shared(a, b));
    if by_clause {
        reasons.push("one clause of each sentence tells the same fact".to_string());
    }
    PairScore { score, reasons }
}

fn reasons(shared: &[(&Key, &Key)]) -> Vec<String> {
    let by_kind = |kind: KeyKind, label: &str| -> Option<String> {
        let mut items: Vec<(f32, String)> = shared
            .iter()
            .filter(|(k, _)| k.kind == kind)
            .map(|(ka, kb)| {
                let text = if ka.surface.eq_ignore_ascii_case(&kb.surface) {
                    ka.surface.clone()
                } else {
                    format!("{} ~ {}", ka.surface, kb.surface)
                };
                (ka.weight, text)
            })
            .collect();
        if items.is_empty() {
            return None;
        }
        items.sort_by(|x, y| y.0.total_cmp(&x.0));
        let list: Vec<String> = items.into_iter().take(6).map(|(_, t)| t).collect();
        Some(format!("{label}: {}", list.join(", ")))
    };
    [
        by_kind(KeyKind::Number, "same figures"),
        by_kind(KeyKind::Name, "shared names"),
        by_kind(KeyKind::Concept, "same meaning"),
        by_kind(KeyKind::Word, "shared terms"),
    ]
    .into_iter()
    .flatten()
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Analysis;

    fn features(texts: &[&str]) -> Vec<Features> {
        crate::align::features::compute(&Analysis::of_sentences(texts))
    }

    #[test]
    fn one_fact_inside_two_long_sentences_is_scored_by_its_clauses() {
        let f = features(&[
            "Firefighters rescued twelve miners trapped in the flooded shaft on Sunday, while engineers pumped water from the lower tunnels and the regional governor promised an inquiry into the mine's safety record.",
            "Rescue teams brought twelve trapped miners out of the flooded shaft, a week after heavy rain caused a landslide that cut the only road to the valley and closed two schools.",
            "Heavy rain closed two schools in the valley.",
        ]);
        let pair = score_pair(&f[0], &f[1]);
        assert!(
            pair.reasons.iter().any(|r| r.contains("clause")),
            "{pair:?}"
        );
        assert!(pair.score > similarity_whole_only(&f[0], &f[1]), "{pair:?}");
    }

    #[test]
    fn a_name_with_the_same_age_is_evidence_but_a_name_alone_is_not() {
        let f = features(&[
            "Rescuers said Maria Lopez, 64, had been trapped in her car for six hours.",
            "The driver, 64-year-old Maria Lopez, told reporters she never lost hope.",
            "Maria Lopez thanked the volunteers.",
        ]);
        assert!(similarity(&f[0], &f[1]) > 0.0);
        assert_eq!(similarity(&f[0], &f[2]), 0.0);
    }

    #[test]
    fn a_sum_of_money_is_evidence_but_a_share_of_the_same_value_is_not() {
        let f = features(&[
            "AMD will pay $334 million for SeaMicro, including $281 million in cash.",
            "In a bold move, AMD will acquire low-power server specialist SeaMicro for $334 \
             million, the companies said today.",
            "AMD owns 334 million shares of the company.",
            "This game was without a doubt 100 percent on my shoulders, he said.",
            "The Chiefs had two players rush for over 100 yards apiece.",
        ]);
        assert!(similarity(&f[0], &f[1]) > 0.0);
        // A count of the same value is another figure.
        assert_eq!(similarity(&f[0], &f[2]), 0.0);
        assert_eq!(similarity(&f[3], &f[4]), 0.0);
    }

    #[test]
    fn two_reports_that_no_one_was_harmed_share_the_figure_none() {
        let f = features(&[
            "Aid workers said there were no casualties in the camp.",
            "An activist said no one was killed or injured in the attack.",
            "An activist said the attack on the camp was planned.",
        ]);
        let pair = score_pair(&f[0], &f[1]);
        assert!(
            pair.reasons.iter().any(|r| r == "same figures: none"),
            "{pair:?}"
        );
        assert!(
            !score_pair(&f[1], &f[2])
                .reasons
                .iter()
                .any(|r| r.starts_with("same figures"))
        );
    }

    /// The whole-statement score alone, for comparison.
    fn similarity_whole_only(a: &Features, b: &Features) -> f32 {
        let shared = shared(a, b);
        shared.iter().map(|(k, _)| k.weight).sum::<f32>() / (a.weight_sum * b.weight_sum).sqrt()
    }
}
