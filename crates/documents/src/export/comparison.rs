//! The `parallax-comparison` JSON contract, version 1: what `parallax compare --json` writes
//! and what the JSON export extends. Field names and meanings are fixed; fields may be added.

use serde::Serialize;

use parallax_engine::conflict::rule::{Check, Rule, Verdict};
use parallax_engine::model::{Analysis, FactStatus, Relation, SourceStance};

pub const FORMAT: &str = "parallax-comparison";
pub const VERSION: u32 = 1;

#[derive(Debug, Serialize)]
pub struct Comparison<'a> {
    pub format: &'static str,
    pub version: u32,
    pub sources: Vec<SourceJson<'a>>,
    pub statements: Vec<StatementJson<'a>>,
    pub links: Vec<LinkJson<'a>>,
    pub facts: Vec<FactJson<'a>>,
    pub warnings: &'a [String],
    /// Pairs of articles that share running text (see [`parallax_engine::reuse`]).
    pub copies: Vec<CopyJson<'a>>,
    /// The number of independent reports in the set (articles joined by copies count once).
    pub independent_reports: usize,
    /// Every figure of every statement, typed with the measure it counts.
    pub claims: Vec<ClaimJson>,
    /// One row per measure that two or more sources give figures of.
    pub figures: Vec<FigureRowJson>,
    /// Every date a statement gives, with the happenings it dates.
    pub time_claims: Vec<TimeClaimJson>,
    /// Every quotation of a statement, with whom the statement cites.
    pub quotation_claims: Vec<QuotationClaimJson>,
    /// Every action a statement reports whose status (intended, attempted, under way,
    /// done) is compared.
    pub status_claims: Vec<StatusClaimJson>,
    /// Every post a statement gives a named person.
    pub post_claims: Vec<PostClaimJson>,
    /// Every leaving of a post a statement tells of a named person.
    pub departure_claims: Vec<DepartureClaimJson>,
    /// Every age a statement gives a named person.
    pub age_claims: Vec<AgeClaimJson>,
    /// Every answer of a party a statement reports (no comment, a denial).
    pub response_claims: Vec<ResponseClaimJson>,
}

/// A post of a named person (see [`parallax_engine::claims::PostClaim`]).
#[derive(Debug, Serialize)]
pub struct PostClaimJson {
    pub statement: String,
    /// The person's last name, folded: "su".
    pub person: String,
    /// The post's head: "manager".
    pub head: String,
    /// As written: "senior vice president and general manager for AMD's products division".
    pub post: String,
}

/// A named person's leaving of a post (see [`parallax_engine::claims::DepartureClaim`]).
#[derive(Debug, Serialize)]
pub struct DepartureClaimJson {
    pub statement: String,
    /// The person's last name, folded: "nazarbayev".
    pub person: String,
    /// `left` or `removed`.
    pub manner: parallax_engine::conflict::departure::Manner,
    /// The post as written, when named: "head of the security council".
    pub post: Option<String>,
    /// As written: "would step down as head of the security council".
    pub text: String,
}

/// An age of a named person (see [`parallax_engine::claims::AgeClaim`]).
#[derive(Debug, Serialize)]
pub struct AgeClaimJson {
    pub statement: String,
    /// The name as written: "Jose Luis Orozco".
    pub person: String,
    pub years: f64,
}

/// A party's answer (see [`parallax_engine::claims::ResponseClaim`]).
#[derive(Debug, Serialize)]
pub struct ResponseClaimJson {
    pub statement: String,
    /// `no-comment`, `denied-happening` ("denied the attack occurred"),
    /// `denied-involvement` ("denied any links to the raid") or `denied` (not saying which).
    pub stance: parallax_engine::conflict::response::Stance,
    /// The words of the party's name two outlets can share, folded: `["sudan"]`.
    pub party: Vec<String>,
    /// As written: "Sudan's armed forces denied".
    pub text: String,
}

/// A date a statement gives (see [`parallax_engine::claims::TimeClaim`]).
#[derive(Debug, Serialize)]
pub struct TimeClaimJson {
    pub statement: String,
    pub text: String,
    /// `YYYY-MM-DD`, when resolved; `date_end` is the last day of a span.
    pub date: Option<String>,
    pub date_end: Option<String>,
    /// `day`, `span`, `month` or `year`.
    pub precision: parallax_engine::text::date::DatePrecision,
    /// What the statement says happened then, as the lexicon's concepts (`KILL`).
    pub happenings: Vec<String>,
}

/// A quotation (see [`parallax_engine::claims::QuotationClaim`]).
#[derive(Debug, Serialize)]
pub struct QuotationClaimJson {
    pub statement: String,
    pub words: String,
    pub speaker: Option<String>,
}

/// An action and its status (see [`parallax_engine::claims::StatusClaim`]).
#[derive(Debug, Serialize)]
pub struct StatusClaimJson {
    pub statement: String,
    /// The lexicon's concept of the action: `SEND`, `STORM`, ...
    pub action: String,
    /// As written: "would send".
    pub text: String,
    /// `intended`, `attempted`, `ongoing`, `done`, `denied` or `unclear`.
    pub status: parallax_engine::conflict::status::Status,
}

/// One figure of a statement (see [`parallax_engine::figures::FigureClaim`]).
#[derive(Debug, Serialize)]
pub struct ClaimJson {
    pub statement: String,
    pub text: String,
    pub value: f64,
    pub low: f64,
    /// `null` when the figure has no upper bound ("at least 12").
    pub high: Option<f64>,
    pub bound: parallax_engine::text::quantity::Bound,
    pub measure: parallax_engine::figures::MeasureKey,
    /// The statement tells of an earlier event; the figure measures that one.
    pub background: bool,
}

/// One measure and, per source id, the figures that source gives of it.
#[derive(Debug, Serialize)]
pub struct FigureRowJson {
    pub label: String,
    pub measure: parallax_engine::figures::MeasureKey,
    pub hard_conflict: bool,
    pub by_source: Vec<FigureCellJson>,
}

#[derive(Debug, Serialize)]
pub struct FigureCellJson {
    pub source: String,
    /// The figures as written, each with its statement id.
    pub figures: Vec<(String, String)>,
}

fn claim_json(analysis: &Analysis, c: &parallax_engine::figures::FigureClaim) -> ClaimJson {
    ClaimJson {
        statement: analysis.statement(c.statement).id.clone(),
        text: c.text.clone(),
        value: c.value,
        low: c.low,
        high: c.high,
        bound: c.bound,
        measure: c.measure.clone(),
        background: c.background,
    }
}

#[derive(Debug, Serialize)]
pub struct CopyJson<'a> {
    pub a: &'a str,
    pub b: &'a str,
    /// `same-story`, `rewrite` (both one report) or `shared-passages` (still two).
    pub kind: &'static str,
    /// Share of the shorter article's words inside runs of eight words both have.
    pub share: f32,
}

#[derive(Debug, Serialize)]
pub struct SourceJson<'a> {
    pub id: &'a str,
    pub file: &'a str,
    pub title: Option<&'a str>,
    pub outlet: &'a str,
    pub date: Option<String>,
    pub date_text: Option<&'a str>,
    pub byline: Option<&'a str>,
    pub url: Option<&'a str>,
    pub content_hash: &'a str,
    /// The wire agency the text credits (by-line, dateline); null when it names none.
    pub origin: Option<&'a str>,
}

#[derive(Debug, Serialize)]
pub struct StatementJson<'a> {
    pub id: &'a str,
    pub source: &'a str,
    /// Byte offsets into the file as stored.
    pub start: usize,
    pub end: usize,
    /// The clean text (markup removed); `raw` is the file's bytes `start..end`.
    pub text: &'a str,
    pub raw: &'a str,
    pub kind: parallax_engine::model::StatementKind,
    pub boilerplate: bool,
    pub boilerplate_kind: Option<&'static str>,
}

#[derive(Debug, Serialize)]
pub struct LinkJson<'a> {
    pub a: &'a str,
    pub b: &'a str,
    pub relation: Relation,
    pub score: f32,
    pub kind: Option<&'static str>,
    pub severity: Option<parallax_engine::model::Severity>,
    pub explanation: Option<&'a str>,
    pub reasons: &'a [String],
    /// The other disagreements of a conflict link, each found by another detector, most
    /// severe first (left out when there is none).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<AlsoJson<'a>>,
    /// Every pair of figures the conflict detectors compared on the link and what decided
    /// it (left out when none was compared).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub checks: Vec<CheckJson<'a>>,
}

/// One more disagreement of a conflict link: its kind, severity and explanation.
#[derive(Debug, Serialize)]
pub struct AlsoJson<'a> {
    pub kind: &'static str,
    pub severity: parallax_engine::model::Severity,
    pub explanation: &'a str,
}

/// One compared pair of figures: flagged with a severity, or kept by a named rule.
#[derive(Debug, Serialize)]
pub struct CheckJson<'a> {
    pub value_a: &'a str,
    pub value_b: &'a str,
    /// The severity, when the pair was flagged.
    pub flagged: Option<parallax_engine::model::Severity>,
    /// The rule that kept the pair from being a conflict (`different_days`, ...).
    pub rule: Option<Rule>,
    /// What decided, in plain words.
    pub why: String,
}

fn check_json(check: &Check) -> CheckJson<'_> {
    let (flagged, rule) = match check.verdict {
        Verdict::Flagged(severity) => (Some(severity), None),
        Verdict::Kept(rule) => (None, Some(rule)),
    };
    CheckJson {
        value_a: &check.value_a,
        value_b: &check.value_b,
        flagged,
        rule,
        why: check.describe(),
    }
}

#[derive(Debug, Serialize)]
pub struct FactJson<'a> {
    pub id: &'a str,
    pub statements: Vec<&'a str>,
    pub summary: &'a str,
    pub status: FactStatus,
    /// The number of independent reports that state or contradict the fact.
    pub independent: usize,
    /// Per source id: "states", "contradicts" or "silent".
    pub stances: Vec<StanceJson<'a>>,
}

#[derive(Debug, Serialize)]
pub struct StanceJson<'a> {
    pub source: &'a str,
    pub stance: &'static str,
    pub figure: Option<&'a str>,
}

/// Build the contract view of an analysis.
pub fn comparison(analysis: &Analysis) -> Comparison<'_> {
    let sid = |i: parallax_engine::model::StatementIdx| analysis.statement(i).id.as_str();
    let all_claims = parallax_engine::claims::Claims::of(analysis);
    let claims = &all_claims.figures;
    let id_of = |i: parallax_engine::model::StatementIdx| analysis.statement(i).id.clone();
    Comparison {
        time_claims: all_claims
            .times
            .iter()
            .map(|t| TimeClaimJson {
                statement: id_of(t.statement),
                text: t.text.clone(),
                date: t.date.map(|d| d.to_string()),
                date_end: t.date_end.map(|d| d.to_string()),
                precision: t.precision,
                happenings: t.happenings.clone(),
            })
            .collect(),
        quotation_claims: all_claims
            .quotations
            .iter()
            .map(|q| QuotationClaimJson {
                statement: id_of(q.statement),
                words: q.words.clone(),
                speaker: q.speaker.clone(),
            })
            .collect(),
        status_claims: all_claims
            .statuses
            .iter()
            .map(|s| StatusClaimJson {
                statement: id_of(s.statement),
                action: s.action.clone(),
                text: s.text.clone(),
                status: s.status,
            })
            .collect(),
        post_claims: all_claims
            .posts
            .iter()
            .map(|p| PostClaimJson {
                statement: id_of(p.statement),
                person: p.person.clone(),
                head: p.head.clone(),
                post: p.post.clone(),
            })
            .collect(),
        departure_claims: all_claims
            .departures
            .iter()
            .map(|d| DepartureClaimJson {
                statement: id_of(d.statement),
                person: d.person.clone(),
                manner: d.manner,
                post: d.post.clone(),
                text: d.text.clone(),
            })
            .collect(),
        age_claims: all_claims
            .ages
            .iter()
            .map(|a| AgeClaimJson {
                statement: id_of(a.statement),
                person: a.person.clone(),
                years: a.years,
            })
            .collect(),
        response_claims: all_claims
            .responses
            .iter()
            .map(|r| ResponseClaimJson {
                statement: id_of(r.statement),
                stance: r.stance,
                party: r.party.clone(),
                text: r.text.clone(),
            })
            .collect(),
        format: FORMAT,
        version: VERSION,
        sources: analysis
            .sources
            .iter()
            .enumerate()
            .map(|(i, s)| SourceJson {
                id: &s.id,
                file: &s.file_name,
                title: s.meta.title.as_deref(),
                outlet: s.label(),
                date: s.meta.date.map(|d| d.to_string()),
                date_text: s.meta.date_text.as_deref(),
                byline: s.meta.byline.as_deref(),
                url: s.meta.url.as_deref(),
                content_hash: &s.content_hash,
                origin: analysis.reuse.origins.get(i).and_then(|o| o.as_deref()),
            })
            .collect(),
        statements: analysis
            .statements
            .iter()
            .map(|s| StatementJson {
                id: &s.id,
                source: &analysis.source(s.source).id,
                start: s.start,
                end: s.end,
                text: &s.text,
                raw: analysis.source(s.source).raw(s.start, s.end).unwrap_or(""),
                kind: s.kind,
                boilerplate: s.is_boilerplate(),
                boilerplate_kind: s.boilerplate.map(|b| b.label()),
            })
            .collect(),
        links: analysis
            .links
            .iter()
            .map(|l| LinkJson {
                a: sid(l.a),
                b: sid(l.b),
                relation: l.relation,
                score: (l.score * 1000.0).round() / 1000.0,
                kind: l.conflict.as_ref().map(|c| c.kind.name()),
                severity: l.conflict.as_ref().map(|c| c.severity),
                explanation: l.conflict.as_ref().map(|c| c.explanation.as_str()),
                reasons: &l.reasons,
                also: l
                    .conflict
                    .iter()
                    .flat_map(|c| &c.also)
                    .map(|c| AlsoJson {
                        kind: c.kind.name(),
                        severity: c.severity,
                        explanation: &c.explanation,
                    })
                    .collect(),
                checks: l.checks.iter().map(check_json).collect(),
            })
            .collect(),
        facts: analysis
            .facts
            .iter()
            .map(|f| FactJson {
                id: &f.id,
                statements: f.statements.iter().map(|&s| sid(s)).collect(),
                summary: &f.summary,
                status: f.status,
                independent: analysis.reuse.independent_in(f),
                stances: f
                    .stances
                    .row(analysis.sources.len())
                    .map(|(source, st)| StanceJson {
                        source: &analysis.source(source).id,
                        stance: match st {
                            SourceStance::States { .. } => "states",
                            SourceStance::Contradicts { .. } => "contradicts",
                            SourceStance::Silent => "silent",
                        },
                        figure: match st {
                            SourceStance::Contradicts { figure, .. } => figure.as_deref(),
                            _ => None,
                        },
                    })
                    .collect(),
            })
            .collect(),
        warnings: &analysis.warnings,
        copies: analysis
            .reuse
            .copies
            .iter()
            .map(|c| CopyJson {
                a: &analysis.source(c.a).id,
                b: &analysis.source(c.b).id,
                kind: c.kind.name(),
                share: (c.share * 1000.0).round() / 1000.0,
            })
            .collect(),
        independent_reports: analysis.reuse.independent_reports(),
        claims: claims.iter().map(|c| claim_json(analysis, c)).collect(),
        figures: parallax_engine::figures::rows(analysis, claims)
            .into_iter()
            .map(|row| FigureRowJson {
                by_source: row
                    .cells
                    .iter()
                    .enumerate()
                    .filter(|(_, cell)| !cell.is_empty())
                    .map(|(i, _)| FigureCellJson {
                        source: analysis.sources[i].id.clone(),
                        figures: row.as_written(analysis, i),
                    })
                    .collect(),
                label: row.label,
                measure: row.measure,
                hard_conflict: row.hard_conflict,
            })
            .collect(),
    }
}

/// The contract as pretty JSON text.
pub fn to_json_string(analysis: &Analysis) -> String {
    serde_json::to_string_pretty(&comparison(analysis)).expect("serialising plain data")
}
