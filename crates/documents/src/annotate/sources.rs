//! The checker's corrections of the articles themselves: an outlet renamed, a date or URL
//! fixed, an article's origin (wire agency or own reporting) set by hand, an article left out
//! of the comparison. Saved with the annotations; [`apply_source_corrections`] makes the
//! analysis every view and export reads.
//!
//! A correction names its article as saves do ([`SourceRef`]: file name and content hash),
//! so it follows the article when the set is reopened in another order.

use serde::{Deserialize, Serialize};

use crate::annotate::model::SourceRef;
use parallax_engine::model::{Analysis, Date, SourceIdx};

/// Where an article's text comes from, as the checker says.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum OriginFix {
    /// The outlet's own reporting.
    Own,
    /// A wire agency's story (AFP, AP, Reuters, ...), or a press release's author.
    Agency(String),
    /// Not known: whatever the text credits is not to be trusted.
    Unknown,
}

impl OriginFix {
    /// "own reporting", "AFP", "unknown".
    pub fn label(&self) -> String {
        match self {
            Self::Own => "own reporting".to_string(),
            Self::Agency(a) => a.trim().to_string(),
            Self::Unknown => "unknown".to_string(),
        }
    }
}

/// What the checker changed about one article; every field left `None` keeps what the
/// engine read.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct SourceCorrection {
    /// Which article.
    pub source: SourceRef,
    /// The outlet's name (replaces the name read from the text or the file name).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    /// The publication date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// The article's URL; an empty string removes a wrong one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Where the text comes from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub origin: Option<OriginFix>,
    /// Left out of the comparison (off-topic, a duplicate, not an article).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub excluded: bool,
    /// Articles this one shares one story with although the engine found no copy (one
    /// independent report with them).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub copies: Vec<SourceRef>,
    /// Articles the engine took for copies of this one that are not (two reports).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub not_copies: Vec<SourceRef>,
}

impl SourceCorrection {
    /// No change to the article `source`.
    pub fn none_for(source: SourceRef) -> Self {
        Self {
            source,
            ..Self::default()
        }
    }

    /// Whether this changes nothing.
    pub fn is_empty(&self) -> bool {
        self.outlet.is_none()
            && self.date.is_none()
            && self.url.is_none()
            && self.origin.is_none()
            && !self.excluded
            && self.copies.is_empty()
            && self.not_copies.is_empty()
    }

    /// The outlet name it sets, trimmed; `None` when it keeps the engine's (or is blank).
    pub fn outlet_name(&self) -> Option<&str> {
        self.outlet
            .as_deref()
            .map(str::trim)
            .filter(|n| !n.is_empty())
    }
}

/// The identity of an article of `analysis`, as a correction names it.
pub fn source_ref(analysis: &Analysis, source: SourceIdx) -> Option<SourceRef> {
    analysis.sources.get(source.0).map(|s| SourceRef {
        file_name: s.file_name.clone(),
        content_hash: s.content_hash.clone(),
    })
}

/// The article of `analysis` that `r` names: the same file name and content hash, else the
/// same content hash (the file was renamed), else the only article with that file name (it
/// was edited).
pub fn locate_source(analysis: &Analysis, r: &SourceRef) -> Option<SourceIdx> {
    if let Some(i) = analysis
        .sources
        .iter()
        .position(|s| s.file_name == r.file_name && s.content_hash == r.content_hash)
    {
        return Some(SourceIdx(i));
    }
    if !r.content_hash.is_empty()
        && let Some(i) = analysis
            .sources
            .iter()
            .position(|s| s.content_hash == r.content_hash)
    {
        return Some(SourceIdx(i));
    }
    let mut named = analysis
        .sources
        .iter()
        .enumerate()
        .filter(|(_, s)| s.file_name == r.file_name);
    match (named.next(), named.next()) {
        (Some((i, _)), None) => Some(SourceIdx(i)),
        _ => None,
    }
}

/// The correction of each article of `analysis` (the last one given wins), by source index.
pub fn corrections_by_source<'a>(
    analysis: &Analysis,
    corrections: &'a [SourceCorrection],
) -> Vec<Option<&'a SourceCorrection>> {
    let mut out = vec![None; analysis.sources.len()];
    for c in corrections {
        if let Some(i) = locate_source(analysis, &c.source) {
            out[i.0] = Some(c);
        }
    }
    out
}

/// `analysis` as the checker corrected its articles: outlets renamed (in the sources and in
/// the conflict explanations that name them), dates and URLs fixed, origins set (articles
/// the checker gives one agency's story join one independent report), and excluded
/// articles removed with their statements and links (the facts are rebuilt; source and
/// statement ids stay as they were). Corrections naming no article of the set are ignored.
pub fn apply_source_corrections(analysis: &Analysis, corrections: &[SourceCorrection]) -> Analysis {
    let by_source = corrections_by_source(analysis, corrections);
    if by_source.iter().all(|c| c.is_none_or(|c| c.is_empty())) {
        return analysis.clone();
    }
    let mut out = analysis.clone();
    let n = analysis.sources.len();

    // Outlet names, dates and URLs.
    let mut renamed: Vec<Option<(String, String)>> = vec![None; n];
    for (i, fix) in by_source.iter().enumerate() {
        let Some(fix) = fix else { continue };
        let meta = &mut out.sources[i].meta;
        if let Some(name) = fix.outlet_name() {
            let old = analysis.sources[i].label().to_string();
            meta.outlet = name.to_string();
            if old != name {
                renamed[i] = Some((old, name.to_string()));
            }
        }
        if let Some(date) = fix.date {
            meta.date = Some(date);
            meta.date_text = None;
        }
        if let Some(url) = &fix.url {
            let url = url.trim();
            meta.url = (!url.is_empty()).then(|| url.to_string());
        }
    }
    if renamed.iter().any(Option::is_some) {
        rename_in_explanations(&mut out, analysis, &renamed);
    }

    // Origins, and the articles the checker says carry one agency's story.
    let mut origins = analysis.reuse.origins.clone();
    origins.resize(n, None);
    let mut agency_of: Vec<Option<String>> = origins.clone();
    let mut fixed_agency = vec![false; n];
    for (i, fix) in by_source.iter().enumerate() {
        match fix.and_then(|f| f.origin.as_ref()) {
            Some(OriginFix::Agency(a)) if !a.trim().is_empty() => {
                origins[i] = Some(a.trim().to_string());
                agency_of[i] = Some(a.trim().to_lowercase());
                fixed_agency[i] = true;
            }
            Some(OriginFix::Own | OriginFix::Unknown | OriginFix::Agency(_)) => {
                origins[i] = None;
                agency_of[i] = None;
            }
            None => agency_of[i] = agency_of[i].as_ref().map(|a| a.to_lowercase()),
        }
    }
    let mut same_story = Vec::new();
    for i in 0..n {
        for j in 0..n {
            if i != j && fixed_agency[i] && agency_of[i].is_some() && agency_of[i] == agency_of[j] {
                same_story.push((i, j));
            }
        }
    }
    out.reuse.origins = origins;

    // Copies the checker added or denied (either article's correction may say so).
    let mut denied: Vec<(usize, usize)> = Vec::new();
    for (i, fix) in by_source.iter().enumerate() {
        let Some(fix) = fix else { continue };
        for r in &fix.copies {
            if let Some(j) = locate_source(analysis, r).filter(|j| j.0 != i) {
                same_story.push((i, j.0));
            }
        }
        for r in &fix.not_copies {
            if let Some(j) = locate_source(analysis, r).filter(|j| j.0 != i) {
                denied.push((i.min(j.0), i.max(j.0)));
            }
        }
    }
    if !denied.is_empty() {
        out.reuse
            .copies
            .retain(|c| !denied.contains(&(c.a.0.min(c.b.0), c.a.0.max(c.b.0))));
    }
    let regroup = !same_story.is_empty() || !denied.is_empty();

    // Exclusions.
    let kept: Vec<bool> = by_source
        .iter()
        .map(|c| !c.is_some_and(|c| c.excluded))
        .collect();
    if kept.iter().all(|k| *k) {
        // An analysis made without reuse detection (no groups) keeps none unless asked.
        if analysis.reuse.reports.len() == n || regroup {
            out.reuse.reports =
                parallax_engine::reuse::report_groups(n, &out.reuse.copies, &same_story);
        }
        return out;
    }
    without_sources(out, &kept, &same_story, regroup)
}

/// Replace, in the conflict explanations of links touching a renamed article, its old
/// label by the new one (whole words only). When both sides carried the same label, side
/// `a` is the first mention and side `b` the last.
fn rename_in_explanations(
    out: &mut Analysis,
    analysis: &Analysis,
    renamed: &[Option<(String, String)>],
) {
    for link in &mut out.links {
        let Some(conflict) = link.conflict.as_mut() else {
            continue;
        };
        let sa = analysis.statement(link.a).source.0;
        let sb = analysis.statement(link.b).source.0;
        let same_label = analysis.sources[sa].label() == analysis.sources[sb].label();
        let rename = |explanation: &mut String| {
            if let Some((old, new)) = &renamed[sa] {
                let which = if same_label { Which::First } else { Which::All };
                *explanation = replace_words(explanation, old, new, which);
            }
            if let Some((old, new)) = &renamed[sb] {
                let which = if same_label { Which::Last } else { Which::All };
                *explanation = replace_words(explanation, old, new, which);
            }
        };
        // The link's conflict and its other disagreements name the outlets alike.
        rename(&mut conflict.explanation);
        for other in &mut conflict.also {
            rename(&mut other.explanation);
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Which {
    All,
    First,
    Last,
}

/// `text` with `old` replaced by `new` where it stands as whole words (not inside a longer
/// word).
fn replace_words(text: &str, old: &str, new: &str, which: Which) -> String {
    if old.is_empty() {
        return text.to_string();
    }
    let is_word = |c: char| c.is_alphanumeric();
    let hits: Vec<usize> = text
        .match_indices(old)
        .map(|(at, _)| at)
        .filter(|&at| {
            let before = text[..at].chars().next_back();
            let after = text[at + old.len()..].chars().next();
            let starts_word = old.chars().next().is_some_and(is_word);
            let ends_word = old.chars().next_back().is_some_and(is_word);
            let glued_before = starts_word && before.is_some_and(is_word);
            let glued_after = ends_word && after.is_some_and(is_word);
            !glued_before && !glued_after
        })
        .collect();
    let chosen: Vec<usize> = match which {
        Which::All => hits,
        Which::First => hits.first().copied().into_iter().collect(),
        Which::Last => hits.last().copied().into_iter().collect(),
    };
    let mut result = String::with_capacity(text.len());
    let mut at = 0;
    for hit in chosen {
        if hit < at {
            continue;
        }
        result.push_str(&text[at..hit]);
        result.push_str(new);
        at = hit + old.len();
    }
    result.push_str(&text[at..]);
    result
}

/// `analysis` without the articles not `kept`: their statements and every link touching
/// them are dropped, indices renumbered, facts rebuilt, copies and report groups kept for
/// the remaining articles.
fn without_sources(
    analysis: Analysis,
    kept: &[bool],
    same_story: &[(usize, usize)],
    regroup: bool,
) -> Analysis {
    let mut source_map = vec![None; analysis.sources.len()];
    let mut next = 0;
    for (i, k) in kept.iter().enumerate() {
        if *k {
            source_map[i] = Some(next);
            next += 1;
        }
    }
    let mut statement_map = vec![None; analysis.statements.len()];
    let mut statements = Vec::new();
    for (i, s) in analysis.statements.iter().enumerate() {
        if let Some(new_source) = source_map.get(s.source.0).copied().flatten() {
            statement_map[i] = Some(statements.len());
            let mut s = s.clone();
            s.source = SourceIdx(new_source);
            statements.push(s);
        }
    }
    let links = analysis
        .links
        .iter()
        .filter_map(|l| {
            let a = statement_map.get(l.a.0).copied().flatten()?;
            let b = statement_map.get(l.b.0).copied().flatten()?;
            let mut l = l.clone();
            l.a = parallax_engine::model::StatementIdx(a.min(b));
            l.b = parallax_engine::model::StatementIdx(a.max(b));
            Some(l)
        })
        .collect();
    let sources = analysis
        .sources
        .iter()
        .zip(kept)
        .filter(|(_, k)| **k)
        .map(|(s, _)| s.clone())
        .collect::<Vec<_>>();
    let remap = |i: usize| source_map.get(i).copied().flatten();
    let copies: Vec<parallax_engine::reuse::Copy> = analysis
        .reuse
        .copies
        .iter()
        .filter_map(|c| {
            Some(parallax_engine::reuse::Copy {
                a: SourceIdx(remap(c.a.0)?),
                b: SourceIdx(remap(c.b.0)?),
                ..c.clone()
            })
        })
        .collect();
    let origins = analysis
        .reuse
        .origins
        .iter()
        .zip(kept)
        .filter(|(_, k)| **k)
        .map(|(o, _)| o.clone())
        .collect();
    let same_story: Vec<(usize, usize)> = same_story
        .iter()
        .filter_map(|&(a, b)| Some((remap(a)?, remap(b)?)))
        .collect();
    let reports = if analysis.reuse.reports.len() == kept.len() || regroup {
        parallax_engine::reuse::report_groups(sources.len(), &copies, &same_story)
    } else {
        Vec::new()
    };
    let mut out = Analysis {
        sources,
        statements,
        links,
        facts: Vec::new(),
        warnings: analysis.warnings,
        reuse: parallax_engine::reuse::Reuse {
            copies,
            origins,
            reports,
        },
    };
    out.facts = parallax_engine::facts::build_facts(&out);
    out
}

/// Per article of `analysis`: how many facts it shares with at least one other article.
pub fn shared_fact_counts(analysis: &Analysis) -> Vec<usize> {
    let mut counts = vec![0; analysis.sources.len()];
    for fact in &analysis.facts {
        let stating: Vec<usize> = fact.stances.told().map(|(source, _)| source.0).collect();
        if stating.len() >= 2 {
            for i in stating {
                if let Some(c) = counts.get_mut(i) {
                    *c += 1;
                }
            }
        }
    }
    counts
}

/// Per article: whether it shares no fact with any other article of the set (possibly
/// off-topic). Never flags anything in a set of fewer than two articles.
pub fn possibly_off_topic(analysis: &Analysis) -> Vec<bool> {
    let counts = shared_fact_counts(analysis);
    let compared = analysis.sources.len() >= 2;
    counts.iter().map(|c| compared && *c == 0).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_words_are_replaced_and_char_boundaries_kept() {
        assert_eq!(
            replace_words("8 (AP) vs 9 (APTN)", "AP", "Associated Press", Which::All),
            "8 (Associated Press) vs 9 (APTN)"
        );
        assert_eq!(
            replace_words("ééx (a.txt) vs (a.txt)", "a.txt", "Ⱥ", Which::Last),
            "ééx (a.txt) vs (Ⱥ)"
        );
        assert_eq!(
            replace_words("x (a.txt) vs (a.txt)", "a.txt", "B", Which::First),
            "x (B) vs (a.txt)"
        );
        assert_eq!(replace_words("abc", "", "x", Which::All), "abc");
    }

    fn tiny_set(n: usize) -> Analysis {
        let sources = (0..n)
            .map(|i| parallax_engine::model::Source {
                id: format!("s{}", i + 1),
                file_name: format!("{i}.txt"),
                path: None,
                stored_text: String::new(),
                decoded: None,
                content_hash: format!("h{i}"),
                meta: Default::default(),
                warnings: vec![],
            })
            .collect();
        Analysis {
            sources,
            reuse: parallax_engine::reuse::Reuse {
                copies: vec![parallax_engine::reuse::Copy {
                    a: SourceIdx(0),
                    b: SourceIdx(1),
                    kind: parallax_engine::reuse::CopyKind::SameStory,
                    share: 0.9,
                }],
                origins: vec![None; n],
                reports: vec![0, 0, 1, 2],
            },
            ..Default::default()
        }
    }

    #[test]
    fn the_checker_denies_a_copy_or_adds_one() {
        let analysis = tiny_set(4);
        let r = |i| source_ref(&analysis, SourceIdx(i)).unwrap();
        let denied = apply_source_corrections(
            &analysis,
            &[SourceCorrection {
                not_copies: vec![r(0)],
                ..SourceCorrection::none_for(r(1))
            }],
        );
        assert!(denied.reuse.copies.is_empty());
        assert_eq!(denied.reuse.reports, [0, 1, 2, 3]);
        let added = apply_source_corrections(
            &analysis,
            &[SourceCorrection {
                copies: vec![r(3), r(2)],
                ..SourceCorrection::none_for(r(2))
            }],
        );
        assert_eq!(added.reuse.reports, [0, 0, 1, 1], "itself is ignored");
        assert_eq!(added.reuse.copies.len(), 1);
        let excluded = apply_source_corrections(
            &analysis,
            &[
                SourceCorrection {
                    excluded: true,
                    ..SourceCorrection::none_for(r(0))
                },
                SourceCorrection {
                    copies: vec![r(1)],
                    ..SourceCorrection::none_for(r(3))
                },
            ],
        );
        assert_eq!(excluded.reuse.reports, [0, 1, 0]);
        assert!(excluded.reuse.copies.is_empty());
    }

    #[test]
    fn a_correction_round_trips_and_an_old_one_fills_in_defaults() {
        let c = SourceCorrection {
            source: SourceRef {
                file_name: "a.txt".into(),
                content_hash: "ab".into(),
            },
            outlet: Some("The Globe".into()),
            date: Date::from_ymd_opt(2022, 1, 6),
            origin: Some(OriginFix::Agency("AFP".into())),
            excluded: true,
            ..Default::default()
        };
        let text = ron::to_string(&c).unwrap();
        assert!(!text.contains("url"), "{text}");
        assert_eq!(ron::from_str::<SourceCorrection>(&text).unwrap(), c);
        let old: SourceCorrection =
            ron::from_str("(source: (file_name: \"a.txt\", content_hash: \"\"))").unwrap();
        assert!(old.is_empty());
    }
}
