//! The report model every printer reads: summary counts, source rows, conflict rows with a
//! word-level difference, the claim-by-source matrix, highlighted source texts and the
//! annotation rows.
//!
//! [`Report::build`] does all the work of reading an [`Analysis`] (and the user's
//! annotations, already resolved to [`AnnotationRow`]s); the printers (`html`, `markdown`,
//! `csv`, ...) only lay the rows out. Nothing here escapes or formats: that is each
//! printer's job, for its own syntax; the one exception is shared by every printer that
//! shows links: bidi controls in link text and URLs are made visible ([`shown_url`],
//! [`shown_link_text`]) so a link cannot read as something else.
//!
//! The user's link decisions (confirmed, rejected and hand-made links, resolved by
//! [`super::resolve::link_decision_rows`]) are added with [`Report::with_link_decisions`],
//! which also counts them in the [`Summary`] and marks the conflicts they confirm.

mod annotations;
mod decisions;
mod links;

pub use annotations::{
    AnchorView, AnnotationRow, EvidenceView, PlaceView, TargetKind, VerdictView,
};
pub use decisions::{DecisionKind, DecisionSide, LinkDecisionRow, MachineView};
pub use links::{is_bidi_control, is_web_url, shown_link_text, shown_url};

use crate::present::{DiffPiece, StatementStatus, Timeline, statement_statuses, word_diff};

use parallax_engine::model::{
    Analysis, FactStatus, LinkIdx, Relation, Severity, SourceIdx, SourceStance, StatementIdx,
};

/// One article in the report.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceRow {
    pub index: SourceIdx,
    /// `s1`, `s2`, ...
    pub id: String,
    /// Outlet, else file name.
    pub label: String,
    pub file_name: String,
    pub title: Option<String>,
    /// The date as written, else as ISO `YYYY-MM-DD`.
    pub date: Option<String>,
    /// ISO date, for machine formats.
    pub date_iso: Option<String>,
    pub byline: Option<String>,
    pub url: Option<String>,
    /// Statements in the article, boilerplate included.
    pub statements: usize,
    pub boilerplate: usize,
    /// Article statements linked to no other source.
    pub unique: usize,
    pub warnings: Vec<String>,
}

/// The headline figures of a comparison.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    pub sources: usize,
    pub statements: usize,
    pub boilerplate: usize,
    pub facts: usize,
    /// Facts stated (or contradicted) by two or more sources.
    pub shared_facts: usize,
    /// Facts stated by two or more sources with no conflict.
    pub corroborated_facts: usize,
    /// Facts with at least one conflict.
    pub conflicting_facts: usize,
    /// Facts stated by one source only.
    pub single_facts: usize,
    pub matches: usize,
    /// Links of relation conflict (hard and soft).
    pub conflicts: usize,
    pub hard_conflicts: usize,
    /// Article statements (not boilerplate) linked to no other source.
    pub unique_statements: usize,
    pub annotations: usize,
    /// Annotations whose text could not be found again.
    pub orphaned_annotations: usize,
    /// The user's link decisions, orphaned ones included.
    pub link_decisions: usize,
    /// Decisions of each kind ([`DecisionKind`]), orphaned ones included.
    pub confirmed_links: usize,
    pub rejected_links: usize,
    pub added_matches: usize,
    pub added_conflicts: usize,
    /// Decisions whose statements could not be found again.
    pub orphaned_link_decisions: usize,
}

impl Summary {
    /// The link decisions counted by kind, for a sentence: "2 confirmed", "1 rejected",
    /// "3 added matches", "1 added conflict" (orphans are left to each format).
    pub fn decision_counts(&self) -> [String; 4] {
        let plural = |n: usize, one: &str, many: &str| {
            format!("{n} added {}", if n == 1 { one } else { many })
        };
        [
            format!("{} confirmed", self.confirmed_links),
            format!("{} rejected", self.rejected_links),
            plural(self.added_matches, "match", "matches"),
            plural(self.added_conflicts, "conflict", "conflicts"),
        ]
    }
}

/// A statement as the printers show it.
#[derive(Debug, Clone, PartialEq)]
pub struct StatementView {
    pub index: StatementIdx,
    /// `s1-12`.
    pub id: String,
    pub source_id: String,
    pub source_label: String,
    pub text: String,
    /// Byte range in the file as stored.
    pub start: usize,
    pub end: usize,
}

/// A conflict link, ready to print.
#[derive(Debug, Clone, PartialEq)]
pub struct ConflictRow {
    pub link: LinkIdx,
    /// `number`, `date`, `quote-wording`, ...
    pub kind: &'static str,
    pub severity: Severity,
    pub explanation: String,
    /// The link's other disagreements, each found by another detector, most severe first.
    pub also: Vec<parallax_engine::model::Conflict>,
    pub score: f32,
    pub reasons: Vec<String>,
    pub a: StatementView,
    pub b: StatementView,
    /// The differing values as written, when the engine found them.
    pub value_a: Option<String>,
    pub value_b: Option<String>,
    /// Word-level difference from `a` to `b`.
    pub diff: Vec<DiffPiece>,
    /// Id of the fact the link belongs to.
    pub fact_id: Option<String>,
    /// Indices into [`Report::annotations`] of annotations on this link or its statements.
    pub annotations: Vec<usize>,
    /// The user confirmed this conflict (its reasons start with "confirmed by hand").
    pub confirmed: bool,
    /// The user made this conflict (added it, or turned a match into it).
    pub added_by_hand: bool,
    /// Index into [`Report::link_decisions`] of the decision about this link, if any.
    pub decision: Option<usize>,
}

/// A cell of the claim-by-source matrix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MatrixCell {
    /// The source states the fact in these statements (ids).
    States { statements: Vec<String> },
    /// The source reports it differently; `figure` is its value.
    Contradicts {
        statements: Vec<String>,
        figure: Option<String>,
    },
    /// The source does not mention it.
    Silent,
}

impl MatrixCell {
    /// `states`, `contradicts` or `silent`.
    pub fn name(&self) -> &'static str {
        match self {
            Self::States { .. } => "states",
            Self::Contradicts { .. } => "contradicts",
            Self::Silent => "silent",
        }
    }
    /// Statement ids behind the cell.
    pub fn statements(&self) -> &[String] {
        match self {
            Self::States { statements } | Self::Contradicts { statements, .. } => statements,
            Self::Silent => &[],
        }
    }
}

impl FactRow {
    /// How many outlets state the fact and from how many independent reports, when copies
    /// make the two differ ("3 outlets, 2 independent reports"); the outlet count alone
    /// otherwise.
    pub fn corroboration(&self) -> String {
        let outlets = format!(
            "{} outlet{}",
            self.source_count,
            if self.source_count == 1 { "" } else { "s" }
        );
        if self.independent > 0 && self.independent < self.source_count {
            format!(
                "{outlets}, {} independent report{}",
                self.independent,
                if self.independent == 1 { "" } else { "s" }
            )
        } else {
            outlets
        }
    }
}

/// One fact: a row of the claim-by-source matrix.
#[derive(Debug, Clone, PartialEq)]
pub struct FactRow {
    /// `f1`, `f2`, ...
    pub id: String,
    pub summary: String,
    pub status: FactStatus,
    pub source_count: usize,
    /// Independent reports among those sources (copies of one story count once).
    pub independent: usize,
    /// One cell per source, in source order.
    pub cells: Vec<MatrixCell>,
    /// Statement ids of the fact.
    pub statements: Vec<String>,
    /// Indices into [`Report::annotations`] of annotations on this fact or its statements.
    pub annotations: Vec<usize>,
}

/// Name of a fact status as in the JSON contract.
pub fn fact_status_name(status: FactStatus) -> &'static str {
    match status {
        FactStatus::Corroborated => "corroborated",
        FactStatus::Conflicting => "conflicting",
        FactStatus::Single => "single",
    }
}

/// Name of a severity: `hard` or `soft`.
pub fn severity_name(severity: Severity) -> &'static str {
    match severity {
        Severity::Hard => "hard",
        Severity::Soft => "soft",
    }
}

/// One of a conflict's other disagreements ([`parallax_engine::model::Conflict::also`]) as
/// the reports and the workbench write it under the conflict's explanation: "Also, soft
/// number: measurement of the winds differs: ...".
pub fn also_line(other: &parallax_engine::model::Conflict) -> String {
    format!(
        "Also, {} {}: {}",
        severity_name(other.severity),
        other.kind.name(),
        other.explanation
    )
}

/// A piece of a highlighted source text: a statement (its clean text) or a line break
/// within a paragraph.
#[derive(Debug, Clone, PartialEq)]
pub enum TextPiece {
    Statement {
        id: String,
        text: String,
        status: StatementStatus,
    },
    LineBreak,
}

/// One row of the Figures section: a measure and each source's figures of it (see
/// [`parallax_engine::figures`]).
#[derive(Debug, Clone, PartialEq)]
pub struct FigureRowView {
    /// "killed (security forces)", "bombs".
    pub label: String,
    /// Two of the row's statements are in a hard conflict.
    pub hard_conflict: bool,
    /// Per source, in the report's source order: (figure as written, statement id).
    pub cells: Vec<Vec<(String, String)>>,
    /// The figures at their sources' publication dates, when these differ.
    pub timeline: Option<Timeline>,
}

/// Everything a printer needs, computed once.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// "Kazakhstan protests: …" style heading: the first source's title, else a generic one.
    pub title: String,
    pub summary: Summary,
    pub sources: Vec<SourceRow>,
    /// Conflict links, hard first, then by kind and position.
    pub conflicts: Vec<ConflictRow>,
    /// Facts in the order of the analysis (the matrix rows).
    pub facts: Vec<FactRow>,
    /// Measures that two or more sources give figures of, hard conflicts first.
    pub figures: Vec<FigureRowView>,
    /// Status of every statement, by [`StatementIdx`].
    pub statement_status: Vec<StatementStatus>,
    pub annotations: Vec<AnnotationRow>,
    /// The user's link decisions, in the order they were made; empty until
    /// [`Report::with_link_decisions`].
    pub link_decisions: Vec<LinkDecisionRow>,
}

impl Report {
    /// Build the report of an analysis with resolved annotations.
    pub fn build(analysis: &Analysis, annotations: Vec<AnnotationRow>) -> Report {
        let statement_status = statement_statuses(analysis);
        let sources: Vec<SourceRow> = analysis
            .sources
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let idx = SourceIdx(i);
                let mut statements = 0;
                let mut boilerplate = 0;
                let mut unique = 0;
                for (si, st) in analysis.statements_of(idx) {
                    statements += 1;
                    if st.is_boilerplate() {
                        boilerplate += 1;
                    } else if statement_status[si.0] == StatementStatus::Unique {
                        unique += 1;
                    }
                }
                SourceRow {
                    index: idx,
                    id: s.id.clone(),
                    label: s.label().to_string(),
                    file_name: s.file_name.clone(),
                    title: non_empty(s.meta.title.clone()),
                    date: non_empty(s.meta.date_text.clone())
                        .or_else(|| s.meta.date.map(|d| d.format("%Y-%m-%d").to_string())),
                    date_iso: s.meta.date.map(|d| d.format("%Y-%m-%d").to_string()),
                    byline: non_empty(s.meta.byline.clone()),
                    url: non_empty(s.meta.url.clone()),
                    statements,
                    boilerplate,
                    unique,
                    warnings: s.warnings.clone(),
                }
            })
            .collect();

        let mut conflicts: Vec<ConflictRow> = analysis
            .links
            .iter()
            .enumerate()
            .filter(|(_, l)| l.relation == Relation::Conflict)
            .filter_map(|(i, l)| {
                let a = statement_view(analysis, l.a)?;
                let b = statement_view(analysis, l.b)?;
                let conflict = l.conflict.as_ref();
                let link = LinkIdx(i);
                let fact_id = analysis
                    .facts
                    .iter()
                    .find(|f| f.links.contains(&link))
                    .or_else(|| analysis.fact_of(l.a).map(|f| &analysis.facts[f.0]))
                    .map(|f| f.id.clone());
                let annotations = annotations
                    .iter()
                    .enumerate()
                    .filter(|(_, r)| {
                        r.link == Some(link)
                            || r.anchors.iter().any(|an| {
                                an.place.statement_id.as_deref() == Some(&a.id)
                                    || an.place.statement_id.as_deref() == Some(&b.id)
                            }) && r.target_kind == TargetKind::Statement
                    })
                    .map(|(n, _)| n)
                    .collect();
                Some(ConflictRow {
                    link,
                    kind: conflict.map(|c| c.kind.name()).unwrap_or("unspecified"),
                    severity: conflict.map(|c| c.severity).unwrap_or(Severity::Soft),
                    explanation: conflict.map(|c| c.explanation.clone()).unwrap_or_default(),
                    also: conflict.map(|c| c.also.clone()).unwrap_or_default(),
                    score: l.score,
                    reasons: l.reasons.clone(),
                    value_a: conflict.and_then(|c| c.value_a.clone()),
                    value_b: conflict.and_then(|c| c.value_b.clone()),
                    diff: word_diff(&a.text, &b.text),
                    a,
                    b,
                    fact_id,
                    annotations,
                    confirmed: crate::annotate::overrides::is_confirmed(l),
                    added_by_hand: crate::annotate::overrides::is_hand_made(l),
                    decision: None,
                })
            })
            .collect();
        conflicts.sort_by(|x, y| {
            y.severity
                .cmp(&x.severity)
                .then(x.a.index.cmp(&y.a.index))
                .then(x.b.index.cmp(&y.b.index))
        });

        let facts: Vec<FactRow> = analysis
            .facts
            .iter()
            .map(|f| {
                let ids = |v: &[StatementIdx]| -> Vec<String> {
                    v.iter()
                        .filter_map(|s| analysis.statements.get(s.0).map(|st| st.id.clone()))
                        .collect()
                };
                let cells: Vec<MatrixCell> = f
                    .stances
                    .row(analysis.sources.len())
                    .map(|(_, s)| match s {
                        SourceStance::States { statements } => MatrixCell::States {
                            statements: ids(statements),
                        },
                        SourceStance::Contradicts { statements, figure } => {
                            MatrixCell::Contradicts {
                                statements: ids(statements),
                                figure: figure.clone(),
                            }
                        }
                        SourceStance::Silent => MatrixCell::Silent,
                    })
                    .collect();
                let statement_ids = ids(&f.statements);
                let annotations = annotations
                    .iter()
                    .enumerate()
                    .filter(|(_, r)| {
                        r.fact_id.as_deref() == Some(&f.id)
                            || r.anchors.iter().any(|an| {
                                an.place
                                    .statement_id
                                    .as_ref()
                                    .is_some_and(|id| statement_ids.contains(id))
                            })
                    })
                    .map(|(n, _)| n)
                    .collect();
                FactRow {
                    id: f.id.clone(),
                    summary: f.summary.clone(),
                    status: f.status,
                    source_count: f.source_count(),
                    independent: analysis.reuse.independent_in(f),
                    cells,
                    statements: statement_ids,
                    annotations,
                }
            })
            .collect();

        let summary = Summary {
            sources: analysis.sources.len(),
            statements: analysis.statements.len(),
            boilerplate: analysis
                .statements
                .iter()
                .filter(|s| s.is_boilerplate())
                .count(),
            facts: analysis.facts.len(),
            shared_facts: analysis
                .facts
                .iter()
                .filter(|f| f.source_count() >= 2)
                .count(),
            corroborated_facts: count_status(analysis, FactStatus::Corroborated),
            conflicting_facts: count_status(analysis, FactStatus::Conflicting),
            single_facts: count_status(analysis, FactStatus::Single),
            matches: analysis
                .links
                .iter()
                .filter(|l| l.relation == Relation::Match)
                .count(),
            conflicts: conflicts.len(),
            hard_conflicts: conflicts
                .iter()
                .filter(|c| c.severity == Severity::Hard)
                .count(),
            unique_statements: statement_status
                .iter()
                .filter(|s| **s == StatementStatus::Unique)
                .count(),
            annotations: annotations.len(),
            orphaned_annotations: annotations.iter().filter(|a| a.orphan).count(),
            ..Summary::default()
        };

        let title = analysis
            .sources
            .iter()
            .find_map(|s| non_empty(s.meta.title.clone()))
            .unwrap_or_else(|| "Comparison of news reports".to_string());

        let claims = parallax_engine::figures::claims(analysis);
        let figures = parallax_engine::figures::rows(analysis, &claims)
            .into_iter()
            .map(|row| FigureRowView {
                cells: (0..row.cells.len())
                    .map(|source| row.as_written(analysis, source))
                    .collect(),
                timeline: Timeline::of_row(analysis, &row),
                label: row.label,
                hard_conflict: row.hard_conflict,
            })
            .collect();
        Report {
            title,
            summary,
            sources,
            conflicts,
            facts,
            figures,
            statement_status,
            annotations,
            link_decisions: Vec::new(),
        }
    }

    /// The report with the user's link decisions (see
    /// [`super::resolve::link_decision_rows`]): counted in the summary, and each conflict
    /// a decision is about points at it.
    pub fn with_link_decisions(mut self, decisions: Vec<LinkDecisionRow>) -> Report {
        let count = |kind: DecisionKind| decisions.iter().filter(|d| d.kind == kind).count();
        self.summary.link_decisions = decisions.len();
        self.summary.confirmed_links = count(DecisionKind::Confirmed);
        self.summary.rejected_links = count(DecisionKind::Rejected);
        self.summary.added_matches = count(DecisionKind::AddedMatch);
        self.summary.added_conflicts = count(DecisionKind::AddedConflict);
        self.summary.orphaned_link_decisions = decisions.iter().filter(|d| d.orphan).count();
        for c in &mut self.conflicts {
            c.decision = decisions.iter().rposition(|d| d.link == Some(c.link));
        }
        self.link_decisions = decisions;
        self
    }

    /// The decisions of one kind, in order.
    pub fn decisions_of(&self, kind: DecisionKind) -> impl Iterator<Item = &LinkDecisionRow> {
        self.link_decisions.iter().filter(move |d| d.kind == kind)
    }

    /// The statements of one source as paragraphs of clean text, for the highlighted
    /// texts. Paragraphs follow the layout of the file as stored: a blank line or a
    /// block-level HTML tag between two statements starts a new paragraph, a single line
    /// break is kept as one. Markup between statements (Markdown marks, tags) is dropped.
    pub fn source_paragraphs(&self, analysis: &Analysis, source: SourceIdx) -> Vec<Vec<TextPiece>> {
        let Some(src) = analysis.sources.get(source.0) else {
            return Vec::new();
        };
        let mut statements: Vec<(StatementIdx, &parallax_engine::model::Statement)> =
            analysis.statements_of(source).collect();
        statements.sort_by_key(|(_, s)| (s.start, s.end));
        let mut paragraphs: Vec<Vec<TextPiece>> = Vec::new();
        let mut current: Vec<TextPiece> = Vec::new();
        let mut pos: Option<usize> = None;
        for (idx, st) in statements {
            if let Some(prev_end) = pos {
                let gap = src.raw(prev_end.min(st.start), st.start).unwrap_or("");
                match gap_break(gap) {
                    GapBreak::Paragraph => {
                        if !current.is_empty() {
                            paragraphs.push(std::mem::take(&mut current));
                        }
                    }
                    GapBreak::Line => current.push(TextPiece::LineBreak),
                    GapBreak::Space => {}
                }
            }
            pos = Some(st.end.max(pos.unwrap_or(0)));
            let status = self
                .statement_status
                .get(idx.0)
                .copied()
                .unwrap_or(StatementStatus::Unique);
            current.push(TextPiece::Statement {
                id: st.id.clone(),
                text: st.text.clone(),
                status,
            });
        }
        if !current.is_empty() {
            paragraphs.push(current);
        }
        paragraphs
    }

    /// The rows of the claim-by-source matrix in reading order: facts stated by two or more
    /// sources (conflicting first, then by number of sources) and any annotated fact.
    pub fn matrix_rows(&self) -> Vec<&FactRow> {
        let mut v: Vec<(usize, &FactRow)> = self
            .facts
            .iter()
            .enumerate()
            .filter(|(_, f)| f.source_count >= 2 || !f.annotations.is_empty())
            .collect();
        v.sort_by_key(|(i, f)| {
            (
                f.status != FactStatus::Conflicting,
                std::cmp::Reverse(f.source_count),
                *i,
            )
        });
        v.into_iter().map(|(_, f)| f).collect()
    }

    /// Row of a source by index.
    pub fn source(&self, idx: SourceIdx) -> Option<&SourceRow> {
        self.sources.get(idx.0)
    }
}

enum GapBreak {
    Paragraph,
    Line,
    Space,
}

/// How the text between two statements separates them.
fn gap_break(gap: &str) -> GapBreak {
    let lower = gap.to_ascii_lowercase();
    let block_tag = [
        "</p",
        "<p",
        "<br",
        "</h",
        "<h",
        "<li",
        "</li",
        "<div",
        "</div",
        "<tr",
        "<blockquote",
    ]
    .iter()
    .any(|t| lower.contains(t));
    let newlines = gap.matches('\n').count();
    if newlines >= 2 || block_tag {
        GapBreak::Paragraph
    } else if newlines == 1 {
        GapBreak::Line
    } else {
        GapBreak::Space
    }
}

fn non_empty(s: Option<String>) -> Option<String> {
    s.map(|s| s.trim().to_string()).filter(|s| !s.is_empty())
}

fn count_status(analysis: &Analysis, status: FactStatus) -> usize {
    analysis.facts.iter().filter(|f| f.status == status).count()
}

/// A statement as shown in conflict rows; `None` for an index out of range.
pub fn statement_view(analysis: &Analysis, idx: StatementIdx) -> Option<StatementView> {
    let st = analysis.statements.get(idx.0)?;
    let src = analysis.sources.get(st.source.0)?;
    Some(StatementView {
        index: idx,
        id: st.id.clone(),
        source_id: src.id.clone(),
        source_label: src.label().to_string(),
        text: st.text.clone(),
        start: st.start,
        end: st.end,
    })
}
