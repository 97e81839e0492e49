//! Evaluation against a gold file of relations (the format of `shared/eval/seed-gold.json`):
//! match recall and precision, conflicts found, conflict precision, near misses linked.
//!
//! Scoring follows the gold README: a gold mention is covered by every statement whose byte
//! range overlaps its quote by at least 20 bytes (or a third of the quote when shorter); a
//! gold pair is found when statements covering its two mentions are linked.
//!
//! [`suite`] runs every gold file of an eval folder (the seed gold and `dev/`) at once;
//! [`record`] sets the tolls read from the news corpus's shootings against an outside record;
//! [`halves`] reads two events of one kind as one set, where links across them are wrong.

pub mod halves;
pub mod record;
pub mod suite;
pub mod train;

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::Deserialize;

use parallax_engine::model::{Analysis, Relation, Severity, StatementIdx};

/// Why a gold file could not be used.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("cannot parse the gold file: {0}")]
    Parse(#[from] serde_json::Error),
}

#[derive(Debug, Clone, Deserialize)]
pub struct Gold {
    /// The cluster's folder under `corpora/news/` (dev gold only; the seed gold has none).
    #[serde(default)]
    pub folder: Option<String>,
    /// File name -> outlet: exactly the files the gold describes.
    #[serde(default)]
    pub sources: BTreeMap<String, String>,
    pub facts: Vec<GoldFact>,
    pub conflicts: Vec<GoldConflict>,
    pub near_misses: Vec<GoldNearMiss>,
    #[serde(default)]
    pub boilerplate: HashMap<String, Vec<GoldBoilerplate>>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldMention {
    pub source: String,
    pub quote: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldFact {
    pub id: String,
    pub mentions: Vec<GoldMention>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldConflict {
    pub id: String,
    pub kind: String,
    pub severity: String,
    pub a: GoldMention,
    pub b: GoldMention,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldNearMiss {
    pub id: String,
    pub a: GoldMention,
    pub b: GoldMention,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldBoilerplate {
    pub text: String,
}

impl Gold {
    pub fn parse(json: &str) -> Result<Self, EvalError> {
        Ok(serde_json::from_str(json)?)
    }
}

/// The conflict figures of one evaluation, or of several summed: the gold conflicts and
/// how many were found, the conflict links judged and how many were right, the near misses
/// and how many were linked.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ConflictCounts {
    pub conflicts: usize,
    pub conflicts_found: usize,
    pub hard_conflicts: usize,
    pub hard_conflicts_found: usize,
    /// Gold conflicts not found as conflicts whose sides are linked as agreeing figures
    /// with different precision ("at least eight" and "thirteen"): the verdict model shows
    /// a compatible pair as agreement, never as a conflict.
    pub shown_as_precision: usize,
    /// Conflict links between gold-covered statements.
    pub judged_conflict_links: usize,
    /// ... of which the gold lists as a conflict.
    pub right_conflict_links: usize,
    pub near_misses: usize,
    pub near_misses_linked: usize,
}

impl ConflictCounts {
    /// Right conflict links over judged ones; `None` when no conflict link was judged.
    pub fn precision(&self) -> Option<f64> {
        (self.judged_conflict_links > 0)
            .then(|| self.right_conflict_links as f64 / self.judged_conflict_links as f64)
    }
}

impl<'a> std::iter::Sum<&'a ConflictCounts> for ConflictCounts {
    fn sum<I: Iterator<Item = &'a ConflictCounts>>(counts: I) -> Self {
        counts.fold(Self::default(), |total, c| Self {
            conflicts: total.conflicts + c.conflicts,
            conflicts_found: total.conflicts_found + c.conflicts_found,
            hard_conflicts: total.hard_conflicts + c.hard_conflicts,
            hard_conflicts_found: total.hard_conflicts_found + c.hard_conflicts_found,
            shown_as_precision: total.shown_as_precision + c.shown_as_precision,
            judged_conflict_links: total.judged_conflict_links + c.judged_conflict_links,
            right_conflict_links: total.right_conflict_links + c.right_conflict_links,
            near_misses: total.near_misses + c.near_misses,
            near_misses_linked: total.near_misses_linked + c.near_misses_linked,
        })
    }
}

/// The figures of one evaluation.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EvalReport {
    pub gold_pairs: usize,
    pub found_pairs: usize,
    pub judged_links: usize,
    pub right_links: usize,
    pub conflict_counts: ConflictCounts,
    pub mentions_uncovered: usize,
    /// The facts as a reader sees them (every two statements of one fact from different
    /// sources, as if linked): gold pairs found so, and such pairs judged and right.
    pub fact_found_pairs: usize,
    pub fact_judged_pairs: usize,
    pub fact_right_pairs: usize,
    /// Gold ids of pairs not found, conflicts missed, near misses linked, wrong links.
    pub missed_pairs: Vec<String>,
    pub missed_conflicts: Vec<String>,
    pub linked_near_misses: Vec<String>,
    pub wrong_links: Vec<(StatementIdx, StatementIdx)>,
    pub wrong_conflicts: Vec<(StatementIdx, StatementIdx)>,
}

impl EvalReport {
    pub fn match_recall(&self) -> f64 {
        ratio(self.found_pairs, self.gold_pairs)
    }
    pub fn match_precision(&self) -> f64 {
        ratio(self.right_links, self.judged_links)
    }
    /// Recall and precision of the facts as a reader sees them (see
    /// [`EvalReport::fact_found_pairs`]).
    pub fn fact_recall(&self) -> f64 {
        ratio(self.fact_found_pairs, self.gold_pairs)
    }
    pub fn fact_precision(&self) -> f64 {
        ratio(self.fact_right_pairs, self.fact_judged_pairs)
    }
    pub fn conflict_precision(&self) -> f64 {
        self.conflict_counts.precision().unwrap_or(0.0)
    }

    /// The figures as a few readable lines.
    pub fn summary(&self) -> String {
        let c = &self.conflict_counts;
        format!(
            "match recall     {:.2} ({}/{} gold pairs)\n\
             match precision  {:.2} ({}/{} judged links)\n\
             hard conflicts   {}/{}\n\
             all conflicts    {}/{} (and {} shown as agreement with different precision)\n\
             conflict precision {:.2} ({}/{} judged conflict links)\n\
             near misses linked {}/{}\n\
             gold mentions not covered by any statement: {}",
            self.match_recall(),
            self.found_pairs,
            self.gold_pairs,
            self.match_precision(),
            self.right_links,
            self.judged_links,
            c.hard_conflicts_found,
            c.hard_conflicts,
            c.conflicts_found,
            c.conflicts,
            c.shown_as_precision,
            self.conflict_precision(),
            c.right_conflict_links,
            c.judged_conflict_links,
            c.near_misses_linked,
            c.near_misses,
            self.mentions_uncovered,
        )
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// Statements covering a gold mention.
pub fn covering(analysis: &Analysis, mention: &GoldMention) -> Vec<StatementIdx> {
    let Some(si) = analysis
        .sources
        .iter()
        .position(|s| s.file_name == mention.source)
    else {
        return vec![];
    };
    let source = &analysis.sources[si];
    let Some(at) = source.stored_text.find(&mention.quote) else {
        return vec![];
    };
    // Statements carry file offsets.
    let (qs, qe) = source.file_range(at, at + mention.quote.len());
    let need = 20.min(mention.quote.len().div_ceil(3)).max(1);
    analysis
        .statements
        .iter()
        .enumerate()
        .filter(|(_, s)| s.source.0 == si)
        .filter(|(_, s)| s.end.min(qe).saturating_sub(s.start.max(qs)) >= need)
        .map(|(i, _)| StatementIdx(i))
        .collect()
}

/// Every pair of distinct statements, one covering each of two mentions, as `(low, high)`.
fn covering_pairs<'a>(
    xs: &'a [StatementIdx],
    ys: &'a [StatementIdx],
) -> impl Iterator<Item = (StatementIdx, StatementIdx)> + 'a {
    xs.iter()
        .flat_map(move |&x| ys.iter().map(move |&y| (x.min(y), x.max(y))))
        .filter(|(x, y)| x != y)
}

/// The statements covering each mention of a gold fact, and the pairs of its mentions
/// (indices into `mentions`) from different sources: the fact's gold pairs.
fn covered_fact(
    analysis: &Analysis,
    fact: &GoldFact,
) -> (Vec<Vec<StatementIdx>>, Vec<(usize, usize)>) {
    let covers = fact
        .mentions
        .iter()
        .map(|m| covering(analysis, m))
        .collect();
    let n = fact.mentions.len();
    let pairs = (0..n)
        .flat_map(|i| (i + 1..n).map(move |j| (i, j)))
        .filter(|&(i, j)| fact.mentions[i].source != fact.mentions[j].source)
        .collect();
    (covers, pairs)
}

/// The best-scoring pair of statements covering two mentions, with its score.
fn best_scoring(
    features: &[parallax_engine::align::Features],
    xs: &[StatementIdx],
    ys: &[StatementIdx],
) -> Option<(f32, StatementIdx, StatementIdx)> {
    let mut best: Option<(f32, StatementIdx, StatementIdx)> = None;
    for (x, y) in covering_pairs(xs, ys) {
        let s = parallax_engine::align::score::score_pair(&features[x.0], &features[y.0]).score;
        if best.is_none_or(|b| s > b.0) {
            best = Some((s, x, y));
        }
    }
    best
}

/// What the gold says of pairs of statements: which statements it judges (those covering a
/// mention, a conflict side or a near-miss side) and which pairs it holds as one fact or
/// one conflict.
#[derive(Debug, Clone, Default)]
pub struct JudgedPairs {
    pub covered: HashSet<StatementIdx>,
    /// Pairs `(low, high)` the gold has in one fact or one conflict.
    pub right: HashSet<(StatementIdx, StatementIdx)>,
    /// ... of which in one conflict.
    pub conflicts: HashSet<(StatementIdx, StatementIdx)>,
}

/// The gold's judgement of statement pairs of `analysis` (see [`JudgedPairs`]).
pub fn judged_pairs(analysis: &Analysis, gold: &Gold) -> JudgedPairs {
    let mut j = JudgedPairs::default();
    for fact in &gold.facts {
        let (cov, pairs) = covered_fact(analysis, fact);
        for c in &cov {
            j.covered.extend(c);
        }
        for (a, b) in pairs {
            j.right.extend(covering_pairs(&cov[a], &cov[b]));
        }
    }
    for c in &gold.conflicts {
        let (a, b) = (covering(analysis, &c.a), covering(analysis, &c.b));
        j.covered.extend(&a);
        j.covered.extend(&b);
        j.conflicts.extend(covering_pairs(&a, &b));
    }
    j.right.extend(j.conflicts.iter().copied());
    for n in &gold.near_misses {
        j.covered.extend(covering(analysis, &n.a));
        j.covered.extend(covering(analysis, &n.b));
    }
    j
}

/// Score an analysis against the gold relations.
pub fn evaluate(analysis: &Analysis, gold: &Gold) -> EvalReport {
    let mut r = EvalReport::default();
    let linked: HashMap<(StatementIdx, StatementIdx), Relation> = analysis
        .links
        .iter()
        .map(|l| ((l.a.min(l.b), l.a.max(l.b)), l.relation))
        .collect();
    // Links whose figures agree with different precision (a pair kept as "both may be true").
    let with_different_precision: std::collections::HashSet<(StatementIdx, StatementIdx)> =
        analysis
            .links
            .iter()
            .filter(|l| l.relation != Relation::Conflict)
            .filter(|l| {
                l.checks.iter().any(|c| {
                    c.verdict
                        == parallax_engine::model::rule::Verdict::Kept(
                            parallax_engine::model::rule::Rule::SamePrecision,
                        )
                })
            })
            .map(|l| (l.a.min(l.b), l.a.max(l.b)))
            .collect();
    // The strongest relation between statements covering two mentions: a conflict if any.
    let relation = |xs: &[StatementIdx], ys: &[StatementIdx]| -> Option<Relation> {
        covering_pairs(xs, ys)
            .filter_map(|key| linked.get(&key).copied())
            .max_by_key(|r| *r == Relation::Conflict)
    };
    let judged = judged_pairs(analysis, gold);
    // Every two statements of one fact from different sources.
    let mut fact_of: HashMap<StatementIdx, usize> = HashMap::new();
    for (i, f) in analysis.facts.iter().enumerate() {
        for &s in &f.statements {
            fact_of.insert(s, i);
        }
        for (k, &a) in f.statements.iter().enumerate() {
            for &b in &f.statements[k + 1..] {
                if analysis.statement(a).source == analysis.statement(b).source
                    || !(judged.covered.contains(&a) && judged.covered.contains(&b))
                {
                    continue;
                }
                r.fact_judged_pairs += 1;
                r.fact_right_pairs += usize::from(judged.right.contains(&(a.min(b), a.max(b))));
            }
        }
    }
    let one_fact = |xs: &[StatementIdx], ys: &[StatementIdx]| {
        covering_pairs(xs, ys)
            .any(|(x, y)| fact_of.get(&x).is_some_and(|f| fact_of.get(&y) == Some(f)))
    };

    for fact in &gold.facts {
        let (cov, pairs) = covered_fact(analysis, fact);
        r.mentions_uncovered += cov.iter().filter(|c| c.is_empty()).count();
        for (i, j) in pairs {
            r.gold_pairs += 1;
            r.fact_found_pairs += usize::from(one_fact(&cov[i], &cov[j]));
            if relation(&cov[i], &cov[j]).is_some() {
                r.found_pairs += 1;
            } else {
                r.missed_pairs.push(format!(
                    "{}: {} ~ {}",
                    fact.id, fact.mentions[i].source, fact.mentions[j].source
                ));
            }
        }
    }
    for c in &gold.conflicts {
        let (a, b) = (covering(analysis, &c.a), covering(analysis, &c.b));
        r.conflict_counts.conflicts += 1;
        let hard = c.severity == "hard";
        r.conflict_counts.hard_conflicts += usize::from(hard);
        if relation(&a, &b) == Some(Relation::Conflict) {
            r.conflict_counts.conflicts_found += 1;
            r.conflict_counts.hard_conflicts_found += usize::from(hard);
        } else {
            if covering_pairs(&a, &b).any(|key| with_different_precision.contains(&key)) {
                r.conflict_counts.shown_as_precision += 1;
            }
            r.missed_conflicts.push(format!("{} ({})", c.id, c.kind));
        }
    }
    for n in &gold.near_misses {
        let (a, b) = (covering(analysis, &n.a), covering(analysis, &n.b));
        r.conflict_counts.near_misses += 1;
        if relation(&a, &b).is_some() {
            r.conflict_counts.near_misses_linked += 1;
            r.linked_near_misses.push(n.id.clone());
        }
    }
    for l in &analysis.links {
        let key = (l.a.min(l.b), l.a.max(l.b));
        if !(judged.covered.contains(&l.a) && judged.covered.contains(&l.b)) {
            continue;
        }
        r.judged_links += 1;
        if judged.right.contains(&key) {
            r.right_links += 1;
        } else {
            r.wrong_links.push(key);
        }
        if l.relation == Relation::Conflict {
            r.conflict_counts.judged_conflict_links += 1;
            if judged.conflicts.contains(&key) {
                r.conflict_counts.right_conflict_links += 1;
            } else {
                r.wrong_conflicts.push(key);
            }
        }
    }
    r
}

/// A pair of statements as a line for study: its link's score, both texts and the link's
/// reasons (a score of 0 and no reasons when the two are not linked).
pub fn describe_pair(analysis: &Analysis, (a, b): (StatementIdx, StatementIdx)) -> String {
    let link = analysis
        .links
        .iter()
        .find(|l| (l.a, l.b) == (a, b) || (l.a, l.b) == (b, a));
    format!(
        "\n  {:.3} {} | {}\n        [{}]",
        link.map_or(0.0, |l| l.score),
        analysis.statement(a).text,
        analysis.statement(b).text,
        link.map_or(String::new(), |l| l.reasons.join("; "))
    )
}

/// Hard conflicts in an analysis, for quick checks.
pub fn hard_conflicts(analysis: &Analysis) -> usize {
    analysis
        .links
        .iter()
        .filter(|l| {
            l.conflict
                .as_ref()
                .is_some_and(|c| c.severity == Severity::Hard)
        })
        .count()
}

/// For each gold fact pair: its id, the best score any covering statements reach, and the
/// two best-scoring texts. For studying misses (`parallax eval --verbose`).
pub fn pair_scores(analysis: &Analysis, gold: &Gold) -> Vec<(String, f32, String, String)> {
    let features = parallax_engine::align::features::compute(analysis);
    let text = |i: StatementIdx| analysis.statement(i).text.clone();
    let mut out = Vec::new();
    for fact in &gold.facts {
        let (cov, pairs) = covered_fact(analysis, fact);
        for (i, j) in pairs {
            let (score, a, b) = match best_scoring(&features, &cov[i], &cov[j]) {
                Some((s, x, y)) => (s, text(x), text(y)),
                None => (0.0, String::new(), String::new()),
            };
            out.push((fact.id.clone(), score, a, b));
        }
    }
    out
}

/// For each gold conflict: its id, the best score of covering statements, and what the
/// conflict detectors say of that best pair. For studying misses.
pub fn conflict_probe(analysis: &Analysis, gold: &Gold) -> Vec<(String, f32, Option<String>)> {
    let features = parallax_engine::align::features::compute(analysis);
    let readings = parallax_engine::conflict::Readings::of(analysis);
    gold.conflicts
        .iter()
        .map(|c| {
            let (xs, ys) = (covering(analysis, &c.a), covering(analysis, &c.b));
            match best_scoring(&features, &xs, &ys) {
                Some((s, x, y)) => {
                    let (a, b) =
                        parallax_engine::conflict::sides(analysis, &features, &readings, x, y);
                    let finding = parallax_engine::conflict::compare(&a, &b)
                        .map(|f| format!("{:?} {:?}: {}", f.kind, f.severity, f.explanation));
                    (c.id.clone(), s, finding)
                }
                None => (c.id.clone(), 0.0, None),
            }
        })
        .collect()
}
