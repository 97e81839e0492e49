//! Facts: groups of linked statements with a per-source stance (the claim-by-source matrix).
//!
//! Links are merged greedily, strongest first, into groups that hold at most two statements
//! of any one source, so one long chain of loose links cannot swallow an article. A fact
//! is also cohesive: two groups join only when at least [`FACT_COHESION`] of the pairs of
//! their statements from different sources are linked, so a chain of loose links (A to B,
//! B to C, C to D) does not tell a reader that A and D report one fact. Every statement
//! outside a group (and not boilerplate) is a fact of its own, carried by a single source.
//! A source contradicts a fact when one of its statements conflicts with the fact's
//! representative statement or with most of the group.
//!
//! [`happenings`] groups the same links without the cohesion test: statements a chain of
//! links joins tell one happening, whose figures the claims stage compares even when the
//! statements are not one fact.

use std::collections::{HashMap, HashSet};

use crate::model::{
    Analysis, Fact, FactStatus, LinkIdx, Relation, SourceIdx, SourceStance, Stances, StatementIdx,
};

/// At most this many statements of one source in one fact.
const MAX_PER_SOURCE: usize = 2;

/// The least share of linked pairs (statements of different sources, one from each group)
/// for two groups to join into one fact. At a half, three statements chained by two links
/// are one fact and four chained by three are not. Measured on the eval suite as the
/// pairs a fact implies (every two of its statements from different sources, scored as
/// links): a chain's every link joining gives macro F1 0.598 there, a half 0.630, and
/// the links alone 0.641.
pub const FACT_COHESION: f32 = 0.5;

struct Groups {
    sets: crate::disjoint::DisjointSets,
    /// Statements per source, for each root.
    per_source: Vec<HashMap<SourceIdx, usize>>,
    /// The statements of each root's group.
    members: Vec<Vec<usize>>,
    /// Linked statement pairs, lower index first (read only by the cohesion test, so left
    /// empty without one).
    linked: HashSet<(usize, usize)>,
    /// See [`FACT_COHESION`]; 0 joins on any link.
    cohesion: f32,
}

impl Groups {
    fn new(analysis: &Analysis, cohesion: f32) -> Self {
        Self {
            sets: crate::disjoint::DisjointSets::new(analysis.statements.len()),
            per_source: analysis
                .statements
                .iter()
                .map(|s| HashMap::from([(s.source, 1)]))
                .collect(),
            members: (0..analysis.statements.len()).map(|i| vec![i]).collect(),
            linked: if cohesion > 0.0 {
                analysis
                    .links
                    .iter()
                    .map(|l| (l.a.0.min(l.b.0), l.a.0.max(l.b.0)))
                    .collect()
            } else {
                HashSet::new()
            },
            cohesion,
        }
    }
    fn root(&mut self, i: usize) -> usize {
        self.sets.root(i)
    }
    /// Are enough of the pairs between the groups of roots `ra` and `rb` linked (see
    /// [`FACT_COHESION`])?
    fn cohesive(&self, analysis: &Analysis, ra: usize, rb: usize) -> bool {
        if self.cohesion <= 0.0 {
            return true;
        }
        let source = |i: usize| analysis.statements[i].source;
        let (mut pairs, mut linked) = (0usize, 0usize);
        for &x in &self.members[ra] {
            for &y in self.members[rb].iter().filter(|&&y| source(y) != source(x)) {
                pairs += 1;
                linked += usize::from(self.linked.contains(&(x.min(y), x.max(y))));
            }
        }
        linked as f32 >= self.cohesion * pairs as f32
    }

    /// Merge the groups of `a` and `b` unless that would overfill a source or join groups
    /// too loosely linked.
    fn try_merge(&mut self, analysis: &Analysis, a: usize, b: usize) -> bool {
        let (ra, rb) = (self.root(a), self.root(b));
        if ra == rb {
            return true;
        }
        let fits = self.per_source[rb]
            .iter()
            .all(|(s, n)| self.per_source[ra].get(s).copied().unwrap_or(0) + n <= MAX_PER_SOURCE);
        if !fits || !self.cohesive(analysis, ra, rb) {
            return false;
        }
        let moved = std::mem::take(&mut self.members[rb]);
        self.members[ra].extend(moved);
        let moved = std::mem::take(&mut self.per_source[rb]);
        for (s, n) in moved {
            *self.per_source[ra].entry(s).or_default() += n;
        }
        self.sets.attach(ra, rb);
        true
    }
}

/// Group links into facts.
pub fn build_facts(analysis: &Analysis) -> Vec<Fact> {
    group(analysis, FACT_COHESION)
}

/// Group links into happenings: [`build_facts`] without the cohesion test, so that any
/// chain of links joins (still at most two statements of a source).
pub fn happenings(analysis: &Analysis) -> Vec<Fact> {
    group(analysis, 0.0)
}

fn group(analysis: &Analysis, cohesion: f32) -> Vec<Fact> {
    let mut groups = Groups::new(analysis, cohesion);
    let mut order: Vec<usize> = (0..analysis.links.len()).collect();
    order.sort_by(|&x, &y| analysis.links[y].score.total_cmp(&analysis.links[x].score));
    let mut kept_links: Vec<LinkIdx> = Vec::new();
    for i in order {
        let l = &analysis.links[i];
        if groups.try_merge(analysis, l.a.0, l.b.0) {
            kept_links.push(LinkIdx(i));
        }
    }

    let mut members: HashMap<usize, Vec<StatementIdx>> = HashMap::new();
    for (i, s) in analysis.statements.iter().enumerate() {
        if !s.is_boilerplate() {
            let r = groups.root(i);
            members.entry(r).or_default().push(StatementIdx(i));
        }
    }
    let mut links_of_group: HashMap<usize, Vec<LinkIdx>> = HashMap::new();
    for li in kept_links {
        let r = groups.root(analysis.links[li.0].a.0);
        links_of_group.entry(r).or_default().push(li);
    }
    // Links between two statements of one group that were not needed for merging belong too.
    for (i, l) in analysis.links.iter().enumerate() {
        let (ra, rb) = (groups.root(l.a.0), groups.root(l.b.0));
        if ra == rb {
            let v = links_of_group.entry(ra).or_default();
            if !v.contains(&LinkIdx(i)) {
                v.push(LinkIdx(i));
            }
        }
    }

    let mut facts: Vec<Fact> = members
        .into_iter()
        .map(|(root, mut statements)| {
            statements.sort();
            let mut links = links_of_group.remove(&root).unwrap_or_default();
            links.sort();
            fact_of(analysis, statements, links)
        })
        .collect();
    facts.sort_by_key(|f| {
        (
            std::cmp::Reverse(f.status == FactStatus::Conflicting),
            std::cmp::Reverse(f.source_count()),
            f.statements[0],
        )
    });
    for (i, f) in facts.iter_mut().enumerate() {
        f.id = format!("f{}", i + 1);
    }
    facts
}

fn fact_of(analysis: &Analysis, statements: Vec<StatementIdx>, links: Vec<LinkIdx>) -> Fact {
    // Representative: the statement with the most links in the group, then the shortest.
    let degree = |s: StatementIdx| {
        links
            .iter()
            .filter(|l| analysis.links[l.0].involves(s))
            .count()
    };
    let representative = statements
        .iter()
        .copied()
        .max_by_key(|&s| {
            (
                degree(s),
                std::cmp::Reverse(analysis.statement(s).text.len()),
            )
        })
        .expect("a fact has a statement");
    let conflicts: Vec<&crate::model::Link> = links
        .iter()
        .map(|l| &analysis.links[l.0])
        .filter(|l| l.relation == Relation::Conflict)
        .collect();
    let reference = analysis.statement(representative).source;

    // Only the sources that tell the fact: the others are silent, which the row leaves out.
    let mut telling: Vec<SourceIdx> = statements
        .iter()
        .map(|&s| analysis.statement(s).source)
        .collect();
    telling.sort_unstable();
    telling.dedup();
    let stances: Stances = telling
        .into_iter()
        .map(|source| {
            let own: Vec<StatementIdx> = statements
                .iter()
                .copied()
                .filter(|&s| analysis.statement(s).source == source)
                .collect();
            // A conflict with the reference source, seen from this source's side.
            let against = conflicts.iter().find_map(|l| {
                let (mine, other) = if own.contains(&l.a) {
                    (l.a, l.b)
                } else if own.contains(&l.b) {
                    (l.b, l.a)
                } else {
                    return None;
                };
                (source != reference && analysis.statement(other).source == reference).then(|| {
                    let c = l.conflict.as_ref().expect("conflict link");
                    if mine == l.a {
                        c.value_a.clone()
                    } else {
                        c.value_b.clone()
                    }
                })
            });
            let stance = match against {
                Some(figure) => SourceStance::Contradicts {
                    statements: own,
                    figure,
                },
                None => SourceStance::States { statements: own },
            };
            (source, stance)
        })
        .collect();
    let sources = stances.told().count();
    let status = if !conflicts.is_empty() {
        FactStatus::Conflicting
    } else if sources >= 2 {
        FactStatus::Corroborated
    } else {
        FactStatus::Single
    };
    Fact {
        id: String::new(),
        summary: analysis.statement(representative).text.clone(),
        statements,
        links,
        status,
        stances,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Link;

    /// Four one-statement sources, with `links` (a, b, score) between them.
    fn chained(links: &[(usize, usize, f32)]) -> Analysis {
        let mut analysis = Analysis::of_sentences(&["One.", "Two.", "Three.", "Four."]);
        for &(a, b, score) in links {
            analysis.links.push(Link {
                a: StatementIdx(a),
                b: StatementIdx(b),
                relation: Relation::Match,
                score,
                reasons: vec![],
                conflict: None,
                checks: vec![],
            });
        }
        analysis
    }

    fn sizes(facts: &[Fact]) -> Vec<usize> {
        let mut sizes: Vec<usize> = facts.iter().map(|f| f.statements.len()).collect();
        sizes.sort_unstable();
        sizes
    }

    #[test]
    fn a_chain_of_loose_links_is_one_happening_but_not_one_fact() {
        let chain = chained(&[(0, 1, 0.9), (1, 2, 0.8), (2, 3, 0.7)]);
        // Three statements chained by two links are one fact (half their pairs linked);
        // the fourth, linked to one of three, is not.
        assert_eq!(sizes(&build_facts(&chain)), [1, 3]);
        assert_eq!(sizes(&happenings(&chain)), [4]);
        // Linked to two of the three, it joins.
        let closer = chained(&[(0, 1, 0.9), (1, 2, 0.8), (2, 3, 0.7), (1, 3, 0.6)]);
        assert_eq!(sizes(&build_facts(&closer)), [4]);
    }

    #[test]
    fn the_cohesion_test_splits_loose_groups_of_the_bundled_set() {
        let analysis = crate::analysis::analyze(
            &crate::corpus::bundled_set(),
            &crate::analysis::Config::default(),
        );
        let loose = happenings(&analysis);
        assert!(analysis.facts.len() > loose.len());
        let largest = |facts: &[Fact]| facts.iter().map(|f| f.statements.len()).max();
        assert!(largest(&analysis.facts) < largest(&loose));
        // Every statement of a fact of several is linked within it.
        for fact in analysis.facts.iter().filter(|f| f.statements.len() > 1) {
            for &s in &fact.statements {
                assert!(
                    fact.links.iter().any(|l| analysis.links[l.0].involves(s)),
                    "{} holds {} unlinked",
                    fact.id,
                    analysis.statement(s).id
                );
            }
        }
    }
}
