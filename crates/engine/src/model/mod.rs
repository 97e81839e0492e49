//! Plain data shared by every layer: sources, statements, links, conflicts and facts.
//!
//! Everything here is owned data with no behaviour beyond small accessors, so the GUI,
//! the exporters and the store can read an [`Analysis`] without knowing how it was made.
//! Indices ([`SourceIdx`], [`StatementIdx`], [`LinkIdx`], [`FactIdx`]) point into the
//! vectors of one [`Analysis`]; the string ids (`s1`, `s1-12`) are what leaves the process.

use std::ops::Range;

use serde::{Deserialize, Serialize};

use decode_map::DecodeMap;

pub mod decode_map;
pub mod measure;
pub mod reuse;
pub mod rule;

/// Index of a source (article) in [`Analysis::sources`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct SourceIdx(pub usize);

/// Index of a statement in [`Analysis::statements`] (global across sources).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct StatementIdx(pub usize);

/// Index of a link in [`Analysis::links`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct LinkIdx(pub usize);

/// Index of a fact in [`Analysis::facts`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct FactIdx(pub usize);

/// A calendar date without time zone.
pub type Date = chrono::NaiveDate;

/// What the text of an article says about itself.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SourceMeta {
    /// Headline: the first heading or headline-like line.
    pub title: Option<String>,
    /// Outlet name (from URL, credit line, `Source:` line, by-line, else file name).
    pub outlet: String,
    /// Publication date, if one could be read.
    pub date: Option<Date>,
    /// The date as written in the article, e.g. "January 6, 2022 9:10am".
    pub date_text: Option<String>,
    /// By-line, e.g. "Christopher Rickleton and Evan Gershkovich for AFP".
    pub byline: Option<String>,
    /// The article's URL, if it carries one.
    pub url: Option<String>,
}

/// One article as loaded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Source {
    /// Short stable id within one analysis: `s1`, `s2`, ...
    pub id: String,
    /// File name as on disk, e.g. `000_7c8d65ada6d1ef13.txt`.
    pub file_name: String,
    /// Where it was read from; `None` for the bundled set.
    pub path: Option<std::path::PathBuf>,
    /// The file's text. For a UTF-8 file it is exactly as stored (a BOM, if any, is
    /// kept), so byte offsets into this string are byte offsets into the file. For a file
    /// read as Windows-1252 or UTF-16 it is the decoded text, and [`Source::decoded`] maps
    /// its offsets to the file's: use [`Source::raw`] and [`Source::text_range`] with the
    /// file offsets that statements and anchors carry.
    pub stored_text: String,
    /// For a file that is not UTF-8: where the characters of `stored_text` lie in the
    /// file's bytes. `None` when `stored_text` is the file's bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decoded: Option<DecodeMap>,
    /// SHA-256 of the file's bytes, lowercase hex: the source's identity in saves.
    pub content_hash: String,
    pub meta: SourceMeta,
    /// Problems met while reading (lossy decoding, stripped markup, ...), for display.
    pub warnings: Vec<String>,
}

impl Source {
    /// The range of [`Source::stored_text`] that holds the file's bytes `start..end`;
    /// `None` when the range is reversed, out of the file, or cuts a character.
    pub fn text_range(&self, start: usize, end: usize) -> Option<Range<usize>> {
        if start > end {
            return None;
        }
        let (s, e) = match &self.decoded {
            None => (start, end),
            Some(map) => (map.text_offset(start)?, map.text_offset(end)?),
        };
        let text = &self.stored_text;
        (s <= e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e))
            .then_some(s..e)
    }

    /// The file's bytes of the range `start..end` of [`Source::stored_text`] (character
    /// boundaries).
    pub fn file_range(&self, start: usize, end: usize) -> (usize, usize) {
        match &self.decoded {
            None => (start, end),
            Some(map) => map.file_range(start, end),
        }
    }

    /// The text of the file's bytes `start..end` (decoded for a file that is not UTF-8);
    /// `None` as for [`Source::text_range`].
    pub fn raw(&self, start: usize, end: usize) -> Option<&str> {
        self.stored_text.get(self.text_range(start, end)?)
    }

    /// The offset in [`Source::stored_text`] of the character at or before file offset
    /// `offset` (clamped to the file): for offsets that are only a hint, such as an
    /// anchor's old position.
    pub fn text_offset_at_or_before(&self, offset: usize) -> usize {
        let mut f = offset.min(self.file_len());
        loop {
            if let Some(r) = self.text_range(f, f) {
                return r.start;
            }
            if f == 0 {
                return 0;
            }
            f -= 1;
        }
    }

    /// The length of the file in bytes.
    pub fn file_len(&self) -> usize {
        self.decoded
            .as_ref()
            .map_or(self.stored_text.len(), DecodeMap::file_len)
    }

    /// Outlet if known, else file name: the label for columns and explanations.
    pub fn label(&self) -> &str {
        if self.meta.outlet.is_empty() {
            &self.file_name
        } else {
            &self.meta.outlet
        }
    }
}

/// The role a statement plays in its article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StatementKind {
    /// Headline or heading.
    Headline,
    /// Ordinary sentence of the body.
    Body,
    /// A bullet or numbered list item.
    ListItem,
}

/// Why a piece of text was judged not to be part of the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum BoilerplateKind {
    Caption,
    Credit,
    Byline,
    Dateline,
    Interface,
    Promo,
    Related,
    SourceLine,
    Url,
    Video,
    Section,
    Transcript,
}

impl BoilerplateKind {
    pub fn label(self) -> &'static str {
        match self {
            Self::Caption => "photo caption",
            Self::Credit => "credit",
            Self::Byline => "by-line",
            Self::Dateline => "date line",
            Self::Interface => "interface text",
            Self::Promo => "promotion",
            Self::Related => "related link",
            Self::SourceLine => "source line",
            Self::Url => "URL",
            Self::Video => "video title",
            Self::Section => "section label",
            Self::Transcript => "transcript or share debris",
        }
    }
}

/// A sentence-sized unit of an article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Statement {
    /// `s1-12`: source id, dash, 1-based position in the source.
    pub id: String,
    pub source: SourceIdx,
    /// Byte range in the file as stored (in [`Source::stored_text`] too for a UTF-8
    /// file); [`Source::raw`] gives its text.
    pub start: usize,
    pub end: usize,
    /// Clean text: markup removed, entities decoded, white space folded.
    pub text: String,
    pub kind: StatementKind,
    /// `Some` when this text is not part of the article; it then takes no part in matching.
    pub boilerplate: Option<BoilerplateKind>,
}

impl Statement {
    pub fn is_boilerplate(&self) -> bool {
        self.boilerplate.is_some()
    }
}

/// Whether two linked statements agree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Relation {
    Match,
    Conflict,
}

/// The kind of a disagreement between two statements of one fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ConflictKind {
    Number,
    Date,
    Count,
    Entity,
    QuoteWording,
    Status,
    Attribution,
    /// Declared by the checker on two statements the engine did not find in conflict.
    Declared,
}

impl ConflictKind {
    pub const ALL: [ConflictKind; 8] = [
        Self::Number,
        Self::Date,
        Self::Count,
        Self::Entity,
        Self::QuoteWording,
        Self::Status,
        Self::Attribution,
        Self::Declared,
    ];

    /// The name used in JSON and on screen: `number`, `quote-wording`, ...
    pub fn name(self) -> &'static str {
        match self {
            Self::Number => "number",
            Self::Date => "date",
            Self::Count => "count",
            Self::Entity => "entity",
            Self::QuoteWording => "quote-wording",
            Self::Status => "status",
            Self::Attribution => "attribution",
            Self::Declared => "declared",
        }
    }
}

/// How serious a conflict is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    /// Wording, precision, scope or tense differ; both may be true.
    Soft,
    /// The two cannot both be true.
    Hard,
}

/// A typed disagreement carried by a link.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Conflict {
    pub kind: ConflictKind,
    pub severity: Severity,
    /// Plain words, e.g. "killed: 8 (Guardian, 6 Jan 2022, citing the interior ministry) vs
    /// 13 (NBC, 6 Jan 2022, citing state TV)".
    pub explanation: String,
    /// The differing value on each side as written ("eight", "13"), when there is one.
    pub value_a: Option<String>,
    pub value_b: Option<String>,
    /// The other disagreements the two statements hold, each found by another detector
    /// ("83 to 23" against "83 to 25", and "on Tuesday" against "on Wednesday"), most
    /// severe first; empty for most links and in saves written before it existed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<Conflict>,
}

/// Two statements from different sources that report the same fact.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Link {
    /// Always `a < b`.
    pub a: StatementIdx,
    pub b: StatementIdx,
    pub relation: Relation,
    /// Similarity in `0..=1`.
    pub score: f32,
    /// Readable reasons: "shared entities: Almaty, Tokayev", "same number: 200", ...
    pub reasons: Vec<String>,
    /// Present exactly when `relation == Conflict`.
    pub conflict: Option<Conflict>,
    /// Every pair of figures the conflict detectors compared on this link, with what
    /// decided it: flagged, or the named rule that kept it from being a conflict.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub checks: Vec<rule::Check>,
}

impl Link {
    pub fn other(&self, s: StatementIdx) -> StatementIdx {
        if self.a == s { self.b } else { self.a }
    }
    pub fn involves(&self, s: StatementIdx) -> bool {
        self.a == s || self.b == s
    }
}

/// Whether a fact is backed by several sources and whether they agree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FactStatus {
    Corroborated,
    Conflicting,
    Single,
}

/// What one source does with one fact: the cell of the claim-by-source matrix.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "stance")]
pub enum SourceStance {
    /// The source states the fact in these statements.
    States { statements: Vec<StatementIdx> },
    /// The source reports it differently; `figure` is its value ("13", "hundreds").
    Contradicts {
        statements: Vec<StatementIdx>,
        figure: Option<String>,
    },
    /// The source does not mention it.
    Silent,
}

/// A group of linked statements summarised as one fact.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fact {
    /// `f1`, `f2`, ...
    pub id: String,
    pub statements: Vec<StatementIdx>,
    pub links: Vec<LinkIdx>,
    /// One representative sentence.
    pub summary: String,
    pub status: FactStatus,
    /// What each source does with the fact: its row of the claim-by-source matrix.
    pub stances: Stances,
}

impl Fact {
    /// Number of sources that state or contradict this fact.
    pub fn source_count(&self) -> usize {
        self.stances.told().count()
    }
}

/// A fact's row of the claim-by-source matrix, kept sparse: the sources that state or
/// contradict the fact, in source order; every other source is silent. A set of a thousand
/// articles holds some ten thousand facts, mostly told by one or two sources, and a dense
/// row of every source for each held half a gigabyte of silence.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Stances {
    told: Vec<(SourceIdx, SourceStance)>,
}

impl Stances {
    /// What `source` does with the fact ([`SourceStance::Silent`] when it does not tell it).
    pub fn get(&self, source: SourceIdx) -> &SourceStance {
        const SILENT: SourceStance = SourceStance::Silent;
        match self.told.binary_search_by_key(&source, |(s, _)| *s) {
            Ok(i) => &self.told[i].1,
            Err(_) => &SILENT,
        }
    }

    /// The sources that state or contradict the fact, in source order, with what they do.
    pub fn told(&self) -> impl Iterator<Item = (SourceIdx, &SourceStance)> {
        self.told.iter().map(|(s, st)| (*s, st))
    }

    /// Every source of a set of `sources`, in order, with what it does (silent or not): the
    /// whole row, for a view or a report that shows every column.
    pub fn row(&self, sources: usize) -> impl Iterator<Item = (SourceIdx, &SourceStance)> {
        (0..sources).map(SourceIdx).map(|s| (s, self.get(s)))
    }
}

/// A whole row, one stance per source in source order: the silent ones are left out.
impl From<Vec<SourceStance>> for Stances {
    fn from(row: Vec<SourceStance>) -> Self {
        row.into_iter()
            .enumerate()
            .map(|(i, st)| (SourceIdx(i), st))
            .collect()
    }
}

impl FromIterator<(SourceIdx, SourceStance)> for Stances {
    /// The stances of some sources; silent ones are left out, and the rest kept in source
    /// order.
    fn from_iter<I: IntoIterator<Item = (SourceIdx, SourceStance)>>(iter: I) -> Self {
        let mut told: Vec<(SourceIdx, SourceStance)> = iter
            .into_iter()
            .filter(|(_, st)| !matches!(st, SourceStance::Silent))
            .collect();
        told.sort_by_key(|(s, _)| *s);
        Stances { told }
    }
}

/// The result of analysing an article set: the model every view reads.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    pub sources: Vec<Source>,
    pub statements: Vec<Statement>,
    pub links: Vec<Link>,
    pub facts: Vec<Fact>,
    /// Set-level problems (a file skipped, a lossy read), for display.
    pub warnings: Vec<String>,
    /// Copies between articles, wire credits and independent reports.
    #[serde(default)]
    pub reuse: reuse::Reuse,
}

impl Analysis {
    pub fn source(&self, i: SourceIdx) -> &Source {
        &self.sources[i.0]
    }
    pub fn statement(&self, i: StatementIdx) -> &Statement {
        &self.statements[i.0]
    }
    /// Statements of one source, in text order.
    pub fn statements_of(
        &self,
        source: SourceIdx,
    ) -> impl Iterator<Item = (StatementIdx, &Statement)> {
        self.statements
            .iter()
            .enumerate()
            .filter(move |(_, s)| s.source == source)
            .map(|(i, s)| (StatementIdx(i), s))
    }
    /// Links touching one statement.
    pub fn links_of(&self, s: StatementIdx) -> impl Iterator<Item = (LinkIdx, &Link)> {
        self.links
            .iter()
            .enumerate()
            .filter(move |(_, l)| l.involves(s))
            .map(|(i, l)| (LinkIdx(i), l))
    }
    /// The fact a statement belongs to, if any.
    pub fn fact_of(&self, s: StatementIdx) -> Option<FactIdx> {
        self.facts
            .iter()
            .position(|f| f.statements.contains(&s))
            .map(FactIdx)
    }
}

#[cfg(test)]
impl Analysis {
    /// An analysis of one-statement articles, one per text (`s1-1`, `s2-1`, ...), with no
    /// links: for tests of the stages that read statements.
    pub(crate) fn of_sentences(texts: &[&str]) -> Self {
        let mut analysis = Analysis::default();
        for (i, t) in texts.iter().enumerate() {
            analysis.sources.push(Source {
                id: format!("s{}", i + 1),
                file_name: format!("{i}.txt"),
                path: None,
                stored_text: t.to_string(),
                decoded: None,
                content_hash: String::new(),
                meta: SourceMeta::default(),
                warnings: vec![],
            });
            analysis.statements.push(Statement {
                id: format!("s{}-1", i + 1),
                source: SourceIdx(i),
                start: 0,
                end: t.len(),
                text: t.to_string(),
                kind: StatementKind::Body,
                boilerplate: None,
            });
        }
        analysis
    }
}
