//! Lookup tables the views need every frame, built once per [`Analysis`]: each statement's
//! display status, its links, its fact, the statements of each source and the conflicts in
//! reading order. Pure presentation bookkeeping over the model; no analysis happens here.

use parallax_documents::present::statement_statuses;
use parallax_engine::model::{
    Analysis, FactIdx, LinkIdx, Relation, SourceIdx, SourceStance, StatementIdx,
};

pub use parallax_documents::present::StatementStatus;

/// Per-source statement counts by status, for column headers.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct StatusCounts {
    pub conflicting: usize,
    pub corroborated: usize,
    pub unique: usize,
    pub boilerplate: usize,
}

/// Derived tables over one analysis.
#[derive(Debug, Clone, Default)]
pub struct ViewIndex {
    pub status: Vec<StatementStatus>,
    /// Number of other sources that agree with each statement (match links and fact stances).
    pub agreeing_sources: Vec<usize>,
    pub links_by_statement: Vec<Vec<LinkIdx>>,
    pub fact_of: Vec<Option<FactIdx>>,
    pub statements_by_source: Vec<Vec<StatementIdx>>,
    /// Position of each statement within its source's list.
    pub position_in_source: Vec<usize>,
    /// Conflict links in reading order (by first statement, then second).
    pub conflicts: Vec<LinkIdx>,
    pub counts_by_source: Vec<StatusCounts>,
    /// Per source: how many facts it shares with another source.
    pub shared_facts_by_source: Vec<usize>,
    /// Per source: it shares no fact with the rest of the set (possibly off-topic).
    pub possibly_off_topic: Vec<bool>,
}

impl ViewIndex {
    pub fn new(analysis: &Analysis) -> Self {
        let n_statements = analysis.statements.len();
        let n_sources = analysis.sources.len();

        let mut links_by_statement = vec![Vec::new(); n_statements];
        for (i, link) in analysis.links.iter().enumerate() {
            for end in [link.a, link.b] {
                if let Some(list) = links_by_statement.get_mut(end.0) {
                    list.push(LinkIdx(i));
                }
            }
        }
        // Strongest links first in the inspector and tooltips.
        for list in &mut links_by_statement {
            list.sort_by(|x, y| {
                let (lx, ly) = (&analysis.links[x.0], &analysis.links[y.0]);
                let conflict_first =
                    (ly.relation == Relation::Conflict).cmp(&(lx.relation == Relation::Conflict));
                conflict_first.then(ly.score.total_cmp(&lx.score))
            });
        }

        let mut fact_of = vec![None; n_statements];
        for (f, fact) in analysis.facts.iter().enumerate() {
            for s in &fact.statements {
                if let Some(slot) = fact_of.get_mut(s.0) {
                    slot.get_or_insert(FactIdx(f));
                }
            }
        }

        let mut statements_by_source = vec![Vec::new(); n_sources];
        let mut position_in_source = vec![0; n_statements];
        for (i, st) in analysis.statements.iter().enumerate() {
            if let Some(list) = statements_by_source.get_mut(st.source.0) {
                position_in_source[i] = list.len();
                list.push(StatementIdx(i));
            }
        }

        // The one rule the reports follow too.
        let status = statement_statuses(analysis);
        let mut agreeing_sources = Vec::with_capacity(n_statements);
        for (i, st) in analysis.statements.iter().enumerate() {
            let me = StatementIdx(i);
            if let StatementStatus::Corroborated { sources } = status[i] {
                agreeing_sources.push(sources.saturating_sub(1));
                continue;
            }
            // A statement in a conflict may also be stated alike by other sources.
            let mut agreeing: Vec<SourceIdx> = Vec::new();
            for l in &links_by_statement[i] {
                let link = &analysis.links[l.0];
                let other = link.other(me);
                let Some(other_st) = analysis.statements.get(other.0) else {
                    continue;
                };
                if link.relation == Relation::Match
                    && other_st.source != st.source
                    && !agreeing.contains(&other_st.source)
                {
                    agreeing.push(other_st.source);
                }
            }
            if let Some(f) = fact_of[i] {
                for (src, stance) in analysis.facts[f.0].stances.told() {
                    if src != st.source
                        && matches!(stance, SourceStance::States { .. })
                        && !agreeing.contains(&src)
                    {
                        agreeing.push(src);
                    }
                }
            }
            agreeing_sources.push(agreeing.len());
        }

        let mut conflicts: Vec<LinkIdx> = analysis
            .links
            .iter()
            .enumerate()
            .filter(|(_, l)| l.relation == Relation::Conflict)
            .map(|(i, _)| LinkIdx(i))
            .collect();
        conflicts.sort_by_key(|l| {
            let link = &analysis.links[l.0];
            (link.a.min(link.b), link.a.max(link.b))
        });

        let mut counts_by_source = vec![StatusCounts::default(); n_sources];
        for (i, st) in analysis.statements.iter().enumerate() {
            if let Some(c) = counts_by_source.get_mut(st.source.0) {
                match status[i] {
                    StatementStatus::Conflict => c.conflicting += 1,
                    StatementStatus::Corroborated { .. } => c.corroborated += 1,
                    StatementStatus::Unique => c.unique += 1,
                    StatementStatus::Boilerplate => c.boilerplate += 1,
                }
            }
        }

        Self {
            status,
            agreeing_sources,
            links_by_statement,
            fact_of,
            statements_by_source,
            position_in_source,
            conflicts,
            counts_by_source,
            shared_facts_by_source: parallax_documents::annotate::sources::shared_fact_counts(
                analysis,
            ),
            possibly_off_topic: parallax_documents::annotate::sources::possibly_off_topic(analysis),
        }
    }

    pub fn status(&self, s: StatementIdx) -> StatementStatus {
        self.status
            .get(s.0)
            .copied()
            .unwrap_or(StatementStatus::Unique)
    }

    pub fn links_of(&self, s: StatementIdx) -> &[LinkIdx] {
        self.links_by_statement
            .get(s.0)
            .map(Vec::as_slice)
            .unwrap_or_default()
    }

    pub fn agreeing_sources(&self, s: StatementIdx) -> usize {
        self.agreeing_sources.get(s.0).copied().unwrap_or(0)
    }

    pub fn fact_of(&self, s: StatementIdx) -> Option<FactIdx> {
        self.fact_of.get(s.0).copied().flatten()
    }
}

/// Case-insensitive search of `query` in `text`; byte ranges into `text`.
pub fn find_all_ignoring_case(text: &str, query: &str) -> Vec<std::ops::Range<usize>> {
    let query: Vec<char> = query.chars().flat_map(char::to_lowercase).collect();
    if query.is_empty() {
        return Vec::new();
    }
    let mut hits = Vec::new();
    let mut start = 0;
    while start < text.len() {
        let mut matched = 0;
        let mut end = start;
        'outer: for c in text[start..].chars() {
            for lc in c.to_lowercase() {
                if matched >= query.len() || query[matched] != lc {
                    break 'outer;
                }
                matched += 1;
            }
            end += c.len_utf8();
            if matched == query.len() {
                break;
            }
        }
        if matched == query.len() && end > start {
            hits.push(start..end);
            start = end;
        } else {
            start += text[start..].chars().next().map_or(1, char::len_utf8);
        }
    }
    hits
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_ignores_case_and_keeps_byte_ranges() {
        let text = "Émigrés said ÉMIGRÉS returned; emigres did not.";
        let hits = find_all_ignoring_case(text, "émigrés");
        assert_eq!(hits.len(), 2);
        assert_eq!(&text[hits[0].clone()], "Émigrés");
        assert_eq!(&text[hits[1].clone()], "ÉMIGRÉS");
        assert!(find_all_ignoring_case(text, "").is_empty());
    }

    #[test]
    fn bundled_set_indexes_every_statement() {
        let set = parallax_engine::corpus::bundled_set();
        let analysis =
            parallax_engine::analysis::analyze(&set, &parallax_engine::analysis::Config::default());
        let index = ViewIndex::new(&analysis);
        assert_eq!(index.status.len(), analysis.statements.len());
        assert_eq!(index.statements_by_source.len(), 5);
        let total: usize = index.statements_by_source.iter().map(Vec::len).sum();
        assert_eq!(total, analysis.statements.len());
    }
}
