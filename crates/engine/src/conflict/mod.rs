//! Conflicts: typed comparison of linked statements, with plain explanations.
//!
//! Each detector ([`number`], [`tally`], [`size`], [`age`], [`count`], [`quote`], [`status`], [`departure`], [`fate`], [`response`],
//! [`scope`], [`actor`], [`role`], [`place`], [`date`], [`clock`], [`duration`], [`measurement`], [`percent`], [`level`], [`span`]) looks at one kind of disagreement
//! between two statements already judged to report the same fact, and says in plain words
//! what differs and whether both can be true (soft) or not (hard). [`claims`] proposes
//! pairs that share few words but give figures of one measure, a party's responses or a
//! person's ages.

pub mod actor;
pub mod age;
pub mod attribution;
pub mod claims;
pub mod clock;
pub mod count;
pub mod date;
pub mod departure;
pub mod duration;
pub mod fate;
pub mod level;
pub mod measurement;
pub mod number;
pub mod percent;
pub mod place;
pub mod polarity;
pub mod quote;
pub mod response;
pub mod role;
pub mod scope;
pub mod size;
pub mod span;
pub mod status;
pub mod tally;

/// The rules that keep differing figures apart are data of the analysis (each link records
/// its checks), so they live in the model; detectors name them as `conflict::rule`.
pub use crate::model::rule;

use crate::align::Features;
use crate::model::{Analysis, Conflict, ConflictKind, Relation, Severity, Statement};

/// A disagreement found by one detector.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub kind: ConflictKind,
    pub severity: Severity,
    pub explanation: String,
    pub value_a: Option<String>,
    pub value_b: Option<String>,
    /// What the disagreement is about, as data: deduplication and link reasons read this,
    /// never the explanation's words.
    pub subject: Subject,
}

/// What a [`Finding`] is about, beyond its kind and values.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Subject {
    /// The kind and the two values say it all (a date, a status, who acted, a scope).
    #[default]
    OfItsKind,
    /// Two figures of one measure.
    Figures {
        /// The happening the figures count, as the lexicon's concept (`KILL`, `DETAIN`):
        /// the same two figures of one pair of outlets for one happening are one
        /// disagreement, whoever each outlet says was counted.
        happening: &'static str,
        /// What the figures count, as a reader sees it: "people killed".
        measure: String,
        /// The two figures with who gives each, as a reader sees them:
        /// "people killed: 8 (Guardian, 6 Jan 2022) vs 13 (NBC, 6 Jan 2022)".
        compared: String,
    },
    /// One quotation worded (or spelled) differently: the words only each side has.
    Wording { only_a: String, only_b: String },
    /// Two answers of one party ("no comment", "a denial that it happened"): the stances
    /// say the disagreement, whichever words each statement told it in.
    Stances { a: &'static str, b: &'static str },
}

/// One side of a compared pair, with what the detectors need to explain it.
pub struct Side<'a> {
    pub statement: &'a Statement,
    pub features: &'a Features,
    /// The outlet's name.
    pub outlet: &'a str,
    /// The article's date, to resolve weekdays.
    pub article_date: Option<crate::model::Date>,
    /// The hour of the article's publication, when its date line gives one ("18 August
    /// 2025, 07:15"): of two reports of one day, which came later.
    pub article_time: Option<chrono::NaiveTime>,
    /// The quoted parts of the statement, as written (quotations may span statements).
    pub quotes: Vec<&'a str>,
    /// A quotation the statement lies in that runs past it (its speaker may be named where
    /// it closes or opens).
    pub quotation_past: Option<quote::QuotationPast>,
    /// The whole article's text, for what a statement leaves to its article (read only
    /// when a detector is about to flag something).
    pub article_text: &'a str,
    /// Where the article's opening statements are (its headline and lede, see
    /// [`LEAD_STATEMENTS`]), read by [`Side::lead_statements`]: what "the incident" of a later
    /// statement refers to. None for a pair classified on its own.
    pub lead: Option<Lead<'a>>,
    /// The statement's readings worked out once for all its pairs.
    pub memo: &'a Memo,
}

/// The opening statements of a side's article: read on demand, as few statements need them.
#[derive(Clone, Copy)]
pub enum Lead<'a> {
    /// In an analysis: the statement whose article's opening is meant.
    Of {
        analysis: &'a Analysis,
        features: &'a [Features],
        statement: crate::model::StatementIdx,
    },
    /// Given whole, with its text (tests).
    Given(&'a Features, &'a str),
}

/// How many statements open an article as its headline and lede, whose happenings are
/// the article's own event ("the incident happened about 9:45 p.m." tells its hour).
pub const LEAD_STATEMENTS: usize = 2;

impl<'a> Side<'a> {
    /// Does the statement tell of the past: an earlier event as background, or a happening
    /// dated well before its article (`number::tells_of_the_past`)? A reader of deeds or
    /// lengths compares such a statement with no report of the story at hand.
    pub(crate) fn tells_of_the_past(&self) -> bool {
        number::tells_of_the_past(self)
    }

    /// The article's opening statements (see [`LEAD_STATEMENTS`]), each with its text.
    pub(crate) fn lead_statements(&self) -> Vec<(&'a Features, &'a str)> {
        match self.lead {
            Some(Lead::Of {
                analysis,
                features,
                statement,
            }) => lead_of(analysis, statement)
                .into_iter()
                .map(|k| (&features[k], analysis.statements[k].text.as_str()))
                .collect(),
            Some(Lead::Given(f, text)) => vec![(f, text)],
            None => Vec::new(),
        }
    }
}

impl Side<'_> {
    /// The stem of a term as the statement writes it (its folded words): "shot" and
    /// "shooting" are two words of one concept.
    pub(crate) fn written_stem(&self, t: &crate::text::normalize::Term) -> String {
        crate::text::stem::stem(&self.written_word(t))
    }

    /// A term as the statement writes it, folded: "Inside" is "inside".
    pub(crate) fn written_word(
        &self,
        t: &crate::text::normalize::Term,
    ) -> std::borrow::Cow<'_, str> {
        self.features
            .parse
            .folded_range(self.text(), t.start, t.end)
    }

    /// The term starting at byte `at`, read as a content word: a word or a concept, or a
    /// capitalised first word of the statement, which the term reader takes for a name
    /// ("Winds of 130 mph", "Containment stood at"); with `names`, any name too.
    pub(crate) fn content_term_at(
        &self,
        at: usize,
        names: bool,
    ) -> Option<&crate::text::normalize::Term> {
        use crate::text::normalize::TermKind;
        self.features
            .terms
            .iter()
            .find(|t| t.start == at)
            .filter(|t| names || t.kind != TermKind::Name || t.sentence_initial)
    }

    pub fn text(&self) -> &str {
        &self.statement.text
    }

    /// Is byte `at` of the statement inside a quotation: after an odd number of straight
    /// quotation marks, or more opening curly ones than closing?
    pub(crate) fn is_quoted_at(&self, at: usize) -> bool {
        let head = &self.text()[..at];
        let straight = head.matches('"').count();
        let open = head.matches('“').count();
        let close = head.matches('”').count();
        straight % 2 == 1 || open > close
    }

    /// Who gives a figure and when: "Guardian, 6 Jan 2022, citing the interior ministry",
    /// without the date when the article's is unknown and without whom it cites when it
    /// names no one. A figure that moves between articles of different days is then read
    /// as what it may be, a toll that rose.
    pub fn attribution_label(&self) -> String {
        let mut label = self.outlet.to_string();
        if let Some(date) = self.article_date {
            label += &format!(", {}", date.format("%-d %b %Y"));
            if let Some(time) = self.article_time {
                label += &format!(" {}", time.format("%H:%M"));
            }
        }
        if let Some(who) = attribution::attribution(&self.features.parse, self.text()) {
            label += &format!(", citing {who}");
        }
        label
    }
}

/// A photo-gallery or video caption scraped with the article ("Image 4 of 10", "3 of 15
/// CLOSE Skip in Skip x Embed x Share", "autoplay", "Copy this code"): a caption is not the
/// outlet's report, and galleries repeat it once per picture. The article reader marks
/// such text as boilerplate; this also holds for links added by hand.
fn is_caption_debris(text: &str) -> bool {
    crate::corpus::boilerplate::is_gallery_debris(text)
}

/// Compare two statements; the most severe finding wins, the first detector breaks ties.
pub fn compare(a: &Side, b: &Side) -> Option<Finding> {
    compare_traced(a, b, &mut Vec::new())
}

/// [`compare`], recording in `checks` every pair of figures the figure detectors (and of
/// posts the role detector) compared and what decided it (see [`rule`]).
pub fn compare_traced(a: &Side, b: &Side, checks: &mut Vec<rule::Check>) -> Option<Finding> {
    compare_all_traced(a, b, checks).into_iter().next()
}

/// Every detector's finding on two statements, the most severe first (the first detector
/// first among equals), each told once: the link's conflict and what else the two
/// statements disagree on ([`Conflict::also`]).
pub fn compare_all_traced(a: &Side, b: &Side, checks: &mut Vec<rule::Check>) -> Vec<Finding> {
    if is_caption_debris(a.text()) || is_caption_debris(b.text()) {
        return Vec::new();
    }
    let mut figures = number::detect_all_traced(a, b, checks).into_iter();
    let findings = [
        figures.next(),
        count::detect(a, b),
        tally::detect(a, b),
        size::detect(a, b),
        quote::detect(a, b),
        status::detect(a, b),
        polarity::detect(a, b),
        departure::detect_traced(a, b, checks),
        fate::detect(a, b),
        scope::detect(a, b),
        actor::detect(a, b),
        role::detect_traced(a, b, checks),
        place::detect(a, b),
        response::detect(a, b),
        age::detect(a, b),
        date::detect(a, b),
        clock::detect(a, b),
        duration::detect(a, b),
        measurement::detect(a, b),
        percent::detect(a, b),
        level::detect(a, b),
        span::detect_traced(a, b, checks),
    ];
    let mut found: Vec<Finding> = Vec::new();
    // The number detector's findings of other measures come after every detector's first.
    for f in findings.into_iter().flatten().chain(figures) {
        if !found.iter().any(|x| x.explanation == f.explanation) {
            found.push(f);
        }
    }
    // A stable sort keeps the detectors' order among findings of one severity.
    found.sort_by_key(|f| std::cmp::Reverse(f.severity));
    found
}

/// The conflict of a link: its first finding, with the others as what else the two
/// statements disagree on.
fn conflict_of(found: Vec<Finding>) -> Option<Conflict> {
    let mut found = found.into_iter();
    let mut conflict = found.next()?.into_conflict();
    conflict.also = found.map(Finding::into_conflict).collect();
    Some(conflict)
}

/// The reason of a pair kept below the link threshold for its figures of one measure.
pub const FIGURES_OF_ONE_MEASURE: &str = "figures for the same measure";

/// Does the link, kept for its figures of one measure, give them with different precision
/// (a figure pair kept by [`rule::Rule::SamePrecision`]): agreement, shown as such?
pub fn agrees_with_different_precision(link: &crate::model::Link) -> bool {
    link.reasons
        .first()
        .is_some_and(|r| r == FIGURES_OF_ONE_MEASURE)
        && link
            .checks
            .iter()
            .any(|c| c.verdict == rule::Verdict::Kept(rule::Rule::SamePrecision))
}

/// Why a pair that shares few words still reports one fact, if it does: figures for one
/// well-defined measure (deaths of the security forces, a population), or one quotation.
pub fn promotion(a: &Side, b: &Side) -> Option<&'static str> {
    if number::same_measure(a, b) && number::differ(a, b) && !claims::told_elsewhere(a, b) {
        return Some(FIGURES_OF_ONE_MEASURE);
    }
    if quote::detect(a, b).is_some() {
        return Some("the same quotation");
    }
    None
}

/// Build the two sides of a pair of statements.
pub fn sides<'a>(
    analysis: &'a Analysis,
    features: &'a [Features],
    readings: &'a Readings,
    a: crate::model::StatementIdx,
    b: crate::model::StatementIdx,
) -> (Side<'a>, Side<'a>) {
    let side = |i: crate::model::StatementIdx| {
        let mut side = side_of(
            analysis,
            &features[i.0],
            &readings.regions[analysis.statement(i).source.0],
            &readings.memos[i.0],
            i,
        );
        side.lead = Some(Lead::Of {
            analysis,
            features,
            statement: i,
        });
        side
    };
    (side(a), side(b))
}

/// The indices of the opening statements of statement `i`'s article (see
/// [`LEAD_STATEMENTS`]), boilerplate left out: the statements before `i` of its source,
/// read back to the source's first (statements are stored source by source, in order).
fn lead_of(analysis: &Analysis, i: crate::model::StatementIdx) -> Vec<usize> {
    let source = analysis.statement(i).source;
    let first = (0..=i.0)
        .rev()
        .take_while(|&k| analysis.statements[k].source == source)
        .last()
        .unwrap_or(i.0);
    (first..analysis.statements.len())
        .take_while(|&k| analysis.statements[k].source == source)
        .filter(|&k| !analysis.statements[k].is_boilerplate())
        .take(LEAD_STATEMENTS)
        .collect()
}

fn side_of<'a>(
    analysis: &'a Analysis,
    features: &'a Features,
    regions: &[(usize, usize)],
    memo: &'a Memo,
    i: crate::model::StatementIdx,
) -> Side<'a> {
    let statement = analysis.statement(i);
    let source = analysis.source(statement.source);
    // Quotation regions are offsets into the text; statements carry file offsets.
    let span = source
        .text_range(statement.start, statement.end)
        .unwrap_or(0..0);
    Side {
        statement,
        features,
        outlet: source.label(),
        article_date: source.meta.date,
        article_time: source
            .meta
            .date_text
            .as_deref()
            .and_then(crate::corpus::meta::time_of_day),
        quotes: quote::quoted_parts(&source.stored_text, regions, span.start, span.end),
        quotation_past: quote::quotation_past(regions, span.start, span.end),
        article_text: &source.stored_text,
        lead: None,
        memo,
    }
}

/// What the detectors read of an analysis's statements, for [`sides`]: the quotation
/// regions of every source, and each statement's [`Memo`].
pub struct Readings {
    regions: Vec<Vec<(usize, usize)>>,
    memos: Vec<Memo>,
}

impl Readings {
    /// The quotation regions of every source of `analysis`, and an empty memo for each
    /// statement, filled as detectors ask.
    pub fn of(analysis: &Analysis) -> Self {
        Self {
            regions: analysis
                .sources
                .iter()
                .map(|s| quote::regions(&s.stored_text))
                .collect(),
            memos: analysis
                .statements
                .iter()
                .map(|_| Memo::default())
                .collect(),
        }
    }
}

/// What detectors read of one statement that many of its pairs ask for, worked out the
/// first time one asks: a statement is compared with many others, and these readings are
/// of it alone.
#[derive(Default)]
pub struct Memo {
    /// The posts the statement gives named persons ([`role`]).
    pub(crate) posts: std::sync::OnceLock<Vec<role::Post>>,
    /// Its quotations as spoken, in order ([`quote`]).
    pub(crate) spoken: std::sync::OnceLock<Vec<quote::Spoken>>,
    /// Its actions whose actor is clear ([`actor`]).
    pub(crate) actions: std::sync::OnceLock<Vec<actor::Action>>,
    /// The places told by a number or an ordinal it names ([`place`]).
    pub(crate) places: std::sync::OnceLock<Vec<place::Place>>,
    /// The sizes of bodies it gives ([`size`]).
    pub(crate) sizes: std::sync::OnceLock<Vec<size::Size>>,
}

/// Classify one pair of statements on its own (for links added by hand).
pub fn classify_pair(
    analysis: &Analysis,
    a: crate::model::StatementIdx,
    b: crate::model::StatementIdx,
) -> Option<Conflict> {
    let features = |i: crate::model::StatementIdx| {
        let statement = analysis.statement(i);
        Features::unweighted(&statement.text, analysis.source(statement.source).meta.date)
    };
    let (fa, fb) = (features(a), features(b));
    let regions = |i: crate::model::StatementIdx| {
        quote::regions(&analysis.source(analysis.statement(i).source).stored_text)
    };
    let (ra, rb) = (regions(a), regions(b));
    let (ma, mb) = (Memo::default(), Memo::default());
    compare(
        &side_of(analysis, &fa, &ra, &ma, a),
        &side_of(analysis, &fb, &rb, &mb, b),
    )
    .map(Finding::into_conflict)
}

impl Finding {
    /// A soft disagreement of two values as the statements write them: "{what} differs:
    /// “10-hour” (Daily Ledger) vs “nearly 12 hours” (Evening Post){after}", where `after`
    /// says why both may be true ("; lengths are told loosely ...").
    pub(crate) fn soft_difference(
        kind: ConflictKind,
        what: &str,
        a: (&Side, &str),
        b: (&Side, &str),
        after: &str,
    ) -> Finding {
        Self::difference(kind, Severity::Soft, what, a, b, after)
    }

    /// [`Finding::soft_difference`] of any severity: "the size of the National Assembly
    /// differs: “240-seat” (Daily Ledger) vs “250-member” (Evening Post); one body has one
    /// size".
    pub(crate) fn difference(
        kind: ConflictKind,
        severity: Severity,
        what: &str,
        (a, value_a): (&Side, &str),
        (b, value_b): (&Side, &str),
        after: &str,
    ) -> Finding {
        Finding {
            kind,
            severity,
            explanation: format!(
                "{what} differs: “{value_a}” ({}) vs “{value_b}” ({}){after}",
                a.attribution_label(),
                b.attribution_label()
            ),
            value_a: Some(value_a.to_string()),
            value_b: Some(value_b.to_string()),
            subject: Subject::OfItsKind,
        }
    }

    pub fn into_conflict(self) -> Conflict {
        Conflict {
            kind: self.kind,
            severity: self.severity,
            explanation: self.explanation,
            value_a: self.value_a,
            value_b: self.value_b,
            also: Vec::new(),
        }
    }
}

/// A value of a finding as it reads, whatever the wording: a figure's number ("three",
/// "3" and "Three" are one), else the stem of its last word ("they will send" and "Russia
/// to send" are one action).
fn gist_of_value(value: Option<&str>) -> String {
    let Some(value) = value else {
        return String::new();
    };
    let figures = crate::text::quantity::extract_quantities(value);
    if let [q] = figures.as_slice()
        && q.start == 0
        && q.end >= value.trim_end().len()
    {
        return format!("{}{:?}", q.value, q.bound);
    }
    let last = value
        .split(|c: char| !c.is_alphanumeric())
        .rfind(|w| !w.is_empty())
        .unwrap_or_default()
        .to_lowercase();
    crate::text::stem::stem(&last)
}

/// What a finding says disagrees between two outlets, independent of which statements
/// say it: two statements of one outlet repeating a figure (or two of its articles) give
/// one disagreement.
type Gist = (String, String, ConflictKind, String, String);

fn gist(analysis: &Analysis, link: &crate::model::Link, finding: &Finding) -> Gist {
    let (va, vb) = match &finding.subject {
        // The measure a figure counts ("people killed: 3 vs 4"), so a death toll and an
        // injury count of the same two figures stay apart.
        Subject::Figures { happening, .. } => (
            format!("{happening} {}", gist_of_value(finding.value_a.as_deref())),
            format!("{happening} {}", gist_of_value(finding.value_b.as_deref())),
        ),
        // The words that differ.
        Subject::Wording { only_a, only_b } => (only_a.clone(), only_b.clone()),
        Subject::Stances { a, b } => (a.to_string(), b.to_string()),
        Subject::OfItsKind => (
            gist_of_value(finding.value_a.as_deref()),
            gist_of_value(finding.value_b.as_deref()),
        ),
    };
    outlets_gist(analysis, (link.a, link.b), finding.kind, (va, vb))
}

/// The gist of two values said by the outlets of statements `a` and `b`, the outlets in
/// order of their names, so that either way round gives one gist.
fn outlets_gist(
    analysis: &Analysis,
    (a, b): (crate::model::StatementIdx, crate::model::StatementIdx),
    kind: ConflictKind,
    (va, vb): (String, String),
) -> Gist {
    let outlet = |s: crate::model::StatementIdx| {
        analysis
            .source(analysis.statement(s).source)
            .label()
            .to_string()
    };
    let (oa, ob) = (outlet(a), outlet(b));
    if oa <= ob {
        (oa, ob, kind, va, vb)
    } else {
        (ob, oa, kind, vb, va)
    }
}

/// Turn links whose two statements disagree into conflicts. A disagreement is flagged
/// once per pair of sources, on its strongest link: a link repeating it (an outlet saying
/// a figure twice, a headline and a lede) stays a link of the same fact, with a reason
/// naming the link that carries the disagreement.
pub fn classify_links(analysis: &mut Analysis, features: &[Features], readings: &Readings) {
    // Each link is compared on its own: on every core.
    let compared: Vec<(Vec<Finding>, Vec<rule::Check>)> =
        crate::parallel::map_on_cores(&analysis.links, |l| {
            let mut checks = Vec::new();
            let (a, b) = sides(analysis, features, readings, l.a, l.b);
            let found = if claims::is_claim_link(l) {
                // Linked for its figures alone: only they can disagree.
                claims::claim_finding_traced(l, &a, &b, &mut checks)
                    .into_iter()
                    .collect()
            } else {
                compare_all_traced(&a, &b, &mut checks)
            };
            (found, checks)
        });
    let mut findings: Vec<Vec<Finding>> = Vec::with_capacity(compared.len());
    for (link, (found, checks)) in analysis.links.iter_mut().zip(compared) {
        link.checks = checks;
        findings.push(found);
    }
    let mut order: Vec<usize> = (0..analysis.links.len()).collect();
    order.sort_by(|&x, &y| {
        analysis.links[y]
            .score
            .total_cmp(&analysis.links[x].score)
            .then(x.cmp(&y))
    });
    let mut flagged_on: std::collections::HashMap<Gist, usize> = std::collections::HashMap::new();
    let mut repeat_of: Vec<Option<usize>> = vec![None; analysis.links.len()];
    for i in order {
        let Some(f) = findings[i].first() else {
            continue;
        };
        let first = *flagged_on
            .entry(gist(analysis, &analysis.links[i], f))
            .or_insert(i);
        if first != i {
            repeat_of[i] = Some(first);
        }
    }
    let ids = |i: usize| {
        let l = &analysis.links[i];
        format!(
            "{} ~ {}",
            analysis.statement(l.a).id,
            analysis.statement(l.b).id
        )
    };
    let notes: Vec<Option<String>> = repeat_of
        .iter()
        .map(|r| r.map(|first| format!("repeats the disagreement flagged on {}", ids(first))))
        .collect();
    for ((link, found), note) in analysis.links.iter_mut().zip(findings).zip(notes) {
        match (conflict_of(found), note) {
            (Some(_), Some(note)) => link.reasons.push(note),
            (Some(conflict), None) => {
                link.relation = Relation::Conflict;
                link.conflict = Some(conflict);
            }
            (None, _) => {}
        }
    }
}

/// Add the pairs proposed by their figures after the links were classified (see
/// [`claims::proposals_within_facts`]) as conflict links, each judged by the number
/// detector alone; a pair whose disagreement is already flagged on another link (the same
/// two outlets and figures) is left out, as a repeat of a link proposed by its figures
/// always is.
pub fn add_claim_links(
    analysis: &mut Analysis,
    features: &[Features],
    readings: &Readings,
    candidates: Vec<crate::align::Candidate>,
) {
    // Which two outlets disagree on which two values (what `gist` reads, less the measure,
    // which a conflict does not keep).
    let key = |pair, kind, a: Option<&str>, b: Option<&str>| {
        outlets_gist(analysis, pair, kind, (gist_of_value(a), gist_of_value(b)))
    };
    let mut flagged: std::collections::HashSet<Gist> = analysis
        .links
        .iter()
        .filter_map(|l| {
            let c = l.conflict.as_ref()?;
            Some(key(
                (l.a, l.b),
                c.kind,
                c.value_a.as_deref(),
                c.value_b.as_deref(),
            ))
        })
        .collect();
    let mut added = Vec::new();
    for c in candidates {
        let mut checks = Vec::new();
        let (a, b) = sides(analysis, features, readings, c.a, c.b);
        let Some(finding) = claims::finding_traced(&a, &b, &mut checks) else {
            continue;
        };
        let repeat = key(
            (c.a, c.b),
            finding.kind,
            finding.value_a.as_deref(),
            finding.value_b.as_deref(),
        );
        if !flagged.insert(repeat) {
            continue;
        }
        added.push(crate::model::Link {
            a: c.a,
            b: c.b,
            relation: Relation::Conflict,
            score: c.score.score,
            reasons: c.score.reasons,
            conflict: Some(finding.into_conflict()),
            checks,
        });
    }
    analysis.links.extend(added);
}

/// Detector tests: two sentences written for a test, run through a detector the way the
/// engine runs two linked statements.
#[cfg(test)]
pub(crate) mod testing {
    use super::Side;
    use crate::align::Features;
    use crate::model::{Date, SourceIdx, Statement, StatementKind};

    /// One side of a test pair: a sentence, its outlet, its article's date, its quotations.
    pub struct Written<'a> {
        pub text: &'a str,
        pub outlet: &'a str,
        pub article_date: Option<Date>,
        pub article_time: Option<chrono::NaiveTime>,
        pub quotes: Vec<&'a str>,
        /// The whole article, when the test gives one; else the sentence alone.
        pub article_text: Option<&'a str>,
        /// The article's opening statement, when the test gives one.
        pub lead: Option<&'a str>,
    }

    impl<'a> Written<'a> {
        /// A sentence of `outlet`, in an undated article, quoting nothing.
        pub fn new(text: &'a str, outlet: &'a str) -> Self {
            Self {
                text,
                outlet,
                article_date: None,
                article_time: None,
                quotes: Vec::new(),
                article_text: None,
                lead: None,
            }
        }

        /// The article opens with this statement (its lede).
        pub fn led_by(mut self, lead: &'a str) -> Self {
            self.lead = Some(lead);
            self
        }

        pub fn in_article(mut self, article_text: &'a str) -> Self {
            self.article_text = Some(article_text);
            self
        }

        pub fn dated(mut self, article_date: Option<Date>) -> Self {
            self.article_date = article_date;
            self
        }

        /// The article was published at this hour of its day.
        pub fn at(mut self, article_time: Option<chrono::NaiveTime>) -> Self {
            self.article_time = article_time;
            self
        }

        pub fn quoting(mut self, quote: &'a str) -> Self {
            self.quotes.push(quote);
            self
        }
    }

    /// Run `detect` on two sentences of two outlets, in undated articles.
    pub fn between_outlets<R>(a: &str, b: &str, detect: impl FnOnce(&Side, &Side) -> R) -> R {
        run(
            Written::new(a, "Daily Ledger"),
            Written::new(b, "Evening Post"),
            detect,
        )
    }

    /// Read one written statement alone (its keys, its claims), the other side empty.
    pub fn alone<R>(w: Written<'_>, read: impl FnOnce(&Side) -> R) -> R {
        run(w, Written::new("", "Evening Post"), |a, _| read(a))
    }

    /// Check that `detect` flags each case, (why, a, b) of two outlets, exactly when
    /// `flagged`.
    pub fn check_each(
        cases: &[(&str, &str, &str)],
        detect: impl Fn(&Side, &Side) -> Option<super::Finding>,
        flagged: bool,
    ) {
        for (why, a, b) in cases {
            let found = between_outlets(a, b, &detect);
            assert_eq!(found.is_some(), flagged, "{why}: {a} / {b}: {found:?}");
        }
    }

    /// What decided each pair a traced detector compared in the case (why, a, b) of two
    /// outlets, in order.
    pub fn verdicts(
        (_, a, b): (&str, &str, &str),
        detect_traced: impl Fn(&Side, &Side, &mut Vec<super::rule::Check>) -> Option<super::Finding>,
    ) -> Vec<super::rule::Verdict> {
        between_outlets(a, b, |x, y| {
            let mut checks = Vec::new();
            detect_traced(x, y, &mut checks);
            checks.iter().map(|c| c.verdict).collect()
        })
    }

    /// Run `detect` on the two written sides.
    pub fn run<R>(a: Written<'_>, b: Written<'_>, detect: impl FnOnce(&Side, &Side) -> R) -> R {
        // A statement lies where its article holds it, else at the start.
        let statement = |w: &Written| {
            let start = w
                .article_text
                .and_then(|article| article.find(w.text))
                .unwrap_or(0);
            Statement {
                id: "s1-1".into(),
                source: SourceIdx(0),
                start,
                end: start + w.text.len(),
                text: w.text.into(),
                kind: StatementKind::Body,
                boilerplate: None,
            }
        };
        let (sa, sb) = (statement(&a), statement(&b));
        let (fa, fb) = (
            Features::unweighted(a.text, a.article_date),
            Features::unweighted(b.text, b.article_date),
        );
        fn lead<'w>(w: &Written<'w>) -> Option<(Features, &'w str)> {
            w.lead.map(|t| (Features::unweighted(t, w.article_date), t))
        }
        let (la, lb) = (lead(&a), lead(&b));
        let (ma, mb) = (super::Memo::default(), super::Memo::default());
        fn side<'s>(
            statement: &'s Statement,
            features: &'s Features,
            lead: Option<&'s (Features, &'s str)>,
            memo: &'s super::Memo,
            w: &Written<'s>,
        ) -> Side<'s> {
            Side {
                statement,
                features,
                outlet: w.outlet,
                article_date: w.article_date,
                article_time: w.article_time,
                quotes: w.quotes.clone(),
                quotation_past: w.article_text.and_then(|article| {
                    let start = article.find(w.text)?;
                    super::quote::quotation_past(
                        &super::quote::regions(article),
                        start,
                        start + w.text.len(),
                    )
                }),
                article_text: w.article_text.unwrap_or(w.text),
                lead: lead.map(|(f, t)| super::Lead::Given(f, t)),
                memo,
            }
        }
        detect(
            &side(&sa, &fa, la.as_ref(), &ma, &a),
            &side(&sb, &fb, lb.as_ref(), &mb, &b),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::is_caption_debris;

    #[test]
    fn gallery_and_video_captions_are_debris() {
        assert!(is_caption_debris(
            "Image 4 of 10 Officers investigate the scene where three people died."
        ));
        assert!(is_caption_debris(
            "3 of 15 CLOSE Skip in Skip x Embed x Share NIGHTCLUB SHOOTING Vigil | 0:58 Mourners pray"
        ));
        assert!(!is_caption_debris(
            "Three people died in the shooting, police said of the image."
        ));
    }
}
