//! Facts: groups of linked statements with a per-source stance (the claim-by-source matrix).
//!
//! Links are merged greedily, strongest first, into groups that hold at most two statements
//! of any one source, so one long chain of loose links cannot swallow an article. Every
//! statement outside a group (and not boilerplate) is a fact of its own, carried by a single
//! source. A source contradicts a fact when one of its statements conflicts with the
//! fact's representative statement or with most of the group.

use std::collections::HashMap;

use crate::model::{
    Analysis, Fact, FactStatus, LinkIdx, Relation, SourceIdx, SourceStance, StatementIdx,
};

/// At most this many statements of one source in one fact.
const MAX_PER_SOURCE: usize = 2;

struct Groups {
    parent: Vec<usize>,
    /// Statements per source, for each root.
    per_source: Vec<HashMap<SourceIdx, usize>>,
}

impl Groups {
    fn new(analysis: &Analysis) -> Self {
        Self {
            parent: (0..analysis.statements.len()).collect(),
            per_source: analysis
                .statements
                .iter()
                .map(|s| HashMap::from([(s.source, 1)]))
                .collect(),
        }
    }
    fn root(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }
    /// Merge the groups of `a` and `b` unless that would overfill a source.
    fn try_merge(&mut self, a: usize, b: usize) -> bool {
        let (ra, rb) = (self.root(a), self.root(b));
        if ra == rb {
            return true;
        }
        let fits = self.per_source[rb]
            .iter()
            .all(|(s, n)| self.per_source[ra].get(s).copied().unwrap_or(0) + n <= MAX_PER_SOURCE);
        if !fits {
            return false;
        }
        let moved = std::mem::take(&mut self.per_source[rb]);
        for (s, n) in moved {
            *self.per_source[ra].entry(s).or_default() += n;
        }
        self.parent[rb] = ra;
        true
    }
}

/// Group links into facts.
pub fn build_facts(analysis: &Analysis) -> Vec<Fact> {
    let mut groups = Groups::new(analysis);
    let mut order: Vec<usize> = (0..analysis.links.len()).collect();
    order.sort_by(|&x, &y| analysis.links[y].score.total_cmp(&analysis.links[x].score));
    let mut kept_links: Vec<LinkIdx> = Vec::new();
    for i in order {
        let l = &analysis.links[i];
        if groups.try_merge(l.a.0, l.b.0) {
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

    let stances = (0..analysis.sources.len())
        .map(SourceIdx)
        .map(|source| {
            let own: Vec<StatementIdx> = statements
                .iter()
                .copied()
                .filter(|&s| analysis.statement(s).source == source)
                .collect();
            if own.is_empty() {
                return SourceStance::Silent;
            }
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
            match against {
                Some(figure) => SourceStance::Contradicts {
                    statements: own,
                    figure,
                },
                None => SourceStance::States { statements: own },
            }
        })
        .collect::<Vec<_>>();
    let sources = stances
        .iter()
        .filter(|s| !matches!(s, SourceStance::Silent))
        .count();
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
