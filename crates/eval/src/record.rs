//! Tolls read against an outside record: the Gun Violence Archive's count of the killed and
//! the injured of each shooting of the news corpus (`corpora/news/gva_incidents.jsonl`, one
//! JSON object a line, beside the `gva/<incident>/` folders of its articles).
//!
//! The suite's gold is six clusters; this record holds about 3,300 incidents, so it measures
//! the figure reader where the suite cannot: on thousands of articles nobody wrote rules
//! from. Each incident's folder is analysed as one set (as `parallax batch --by-folder`
//! does), and every toll the engine reads of the killed or of the injured
//! ([`figures::claims`], leaving out figures of a statement told as background) is set
//! against the record's number:
//!
//! - a claim *agrees* when the interval it allows holds the record's number ("at least 12"
//!   holds 14; "no one was killed" holds 0);
//! - it is *below* or *above* otherwise.
//!
//! A disagreement is not always a misreading: an article may be written before the toll
//! was known, leave out the gunman, or count the victims of one street of a weekend's
//! shootings, and the record may be wrong. So the figures are rates to watch move, not a
//! score to reach: a change to the figure reader that reads more figures at the same rate
//! of agreement, or the same figures at a higher one, reads better. The *lead figure* of an
//! article, its first toll of a measure, tells of the incident the article is about more
//! often than the figures after it, and is counted apart.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use parallax_engine::figures::{self, MeasureKey};
use parallax_engine::model::Analysis;
use parallax_engine::{Config, analyze};

/// The record's file, relative to the news corpus.
pub const RECORD_FILE: &str = "gva_incidents.jsonl";

/// One row of the record check.
#[derive(Debug, Clone, Copy)]
pub struct RecordMeasure {
    /// The row's name in the table and the report ("killed, all").
    pub name: &'static str,
    /// The figure reader's event ("killed").
    pub event: &'static str,
    /// Whether only tolls of everyone count (no population, or people).
    pub everyone_only: bool,
}

/// The measures the record counts, as the figure reader names them, then the same counting
/// only tolls of everyone (no population, or people): a part ("two in critical
/// condition", "three children", "two officers") is below the record's number by nature.
pub const MEASURES: [RecordMeasure; 4] = [
    RecordMeasure {
        name: "killed",
        event: "killed",
        everyone_only: false,
    },
    RecordMeasure {
        name: "injured",
        event: "injured",
        everyone_only: false,
    },
    RecordMeasure {
        name: "killed, all",
        event: "killed",
        everyone_only: true,
    },
    RecordMeasure {
        name: "injured, all",
        event: "injured",
        everyone_only: true,
    },
];

/// Populations of a toll of everyone, as [`MeasureKey::Toll`] names them.
const EVERYONE: [&str; 2] = ["", "people"];

/// Populations of a count of the dead that is no toll of victims: the bodies found may be
/// the attacker's too ("5 bodies were found" of a murder-suicide that killed four), while
/// the record counts the victims.
const NOT_VICTIMS: [&str; 1] = ["bodies of those"];

/// Why the record could not be read.
#[derive(Debug, thiserror::Error)]
pub enum RecordError {
    #[error("{path}: cannot read the incident record: {source}")]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}, line {line}: not an incident: {source}")]
    Parse {
        path: PathBuf,
        line: usize,
        #[source]
        source: serde_json::Error,
    },
}

/// One incident of the record. Incidents without counts are skipped.
#[derive(Debug, Clone, Deserialize)]
pub struct Incident {
    pub incident_id: String,
    #[serde(default)]
    pub num_killed: Option<u32>,
    #[serde(default)]
    pub num_injured: Option<u32>,
}

impl Incident {
    /// The record's number of the figure reader's event ("killed", "injured").
    fn count(&self, event: &str) -> Option<u32> {
        match event {
            "killed" => self.num_killed,
            "injured" => self.num_injured,
            _ => None,
        }
    }
}

/// How the tolls of one measure compare with the record.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Tally {
    /// Tolls read.
    pub claims: usize,
    /// Tolls whose interval holds the record's number.
    pub agree: usize,
    /// Tolls wholly below it.
    pub below: usize,
    /// Tolls wholly above it.
    pub above: usize,
    /// Articles giving at least one toll of the measure.
    pub articles_with_claim: usize,
    /// Those whose first toll (the lead figure) holds the record's number.
    pub lead_agrees: usize,
    /// Those of which some toll holds the record's number.
    pub some_agrees: usize,
}

impl Tally {
    /// The share of tolls that agree with the record.
    pub fn agreement(&self) -> f64 {
        ratio(self.agree, self.claims)
    }

    /// The share of articles giving a toll whose lead figure agrees.
    pub fn lead_agreement(&self) -> f64 {
        ratio(self.lead_agrees, self.articles_with_claim)
    }

    fn add(&mut self, other: &Tally) {
        self.claims += other.claims;
        self.agree += other.agree;
        self.below += other.below;
        self.above += other.above;
        self.articles_with_claim += other.articles_with_claim;
        self.lead_agrees += other.lead_agrees;
        self.some_agrees += other.some_agrees;
    }
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

/// The record check over a corpus: incidents and articles read, and one tally per measure.
#[derive(Debug, Clone, Default, Serialize)]
pub struct RecordReport {
    pub incidents: usize,
    pub articles: usize,
    /// Keyed by the name of a measure of [`MEASURES`].
    pub measures: BTreeMap<String, Tally>,
    /// Every toll that disagrees, one line each: incident, measure, the record's number, the
    /// figure as written and its statement.
    #[serde(skip)]
    pub disagreements: Vec<String>,
}

impl RecordReport {
    /// The tally of one measure.
    pub fn tally(&self, measure: &str) -> Tally {
        self.measures.get(measure).copied().unwrap_or_default()
    }

    /// The report as an aligned table with a legend.
    pub fn table(&self) -> String {
        let mut out = format!(
            "Tolls against the Gun Violence Archive's record: {} incidents, {} articles\n\
             {:<12} {:>6} {:>6} {:>6} {:>6} {:>9} {:>9} {:>12} {:>12}\n",
            self.incidents,
            self.articles,
            "measure",
            "tolls",
            "agree",
            "below",
            "above",
            "agreement",
            "articles",
            "lead agrees",
            "some agrees",
        );
        for RecordMeasure { name: m, .. } in MEASURES {
            let t = self.tally(m);
            out += &format!(
                "{m:<12} {:>6} {:>6} {:>6} {:>6} {:>9.3} {:>9} {:>12} {:>12}\n",
                t.claims,
                t.agree,
                t.below,
                t.above,
                t.agreement(),
                t.articles_with_claim,
                format!("{} ({:.3})", t.lead_agrees, t.lead_agreement()),
                t.some_agrees,
            );
        }
        out += "A toll agrees when the interval it allows holds the record's number. Articles: \
                those giving a toll of the measure; lead agrees: of those, the ones whose \
                first toll agrees; some agrees: the ones with any toll that agrees. \
                \"all\": tolls of everyone only, no part (police, children, the critically \
                hurt).\n";
        out
    }
}

/// Read the incident record of the news corpus at `corpus`.
pub fn read_incidents(corpus: &Path) -> Result<Vec<Incident>, RecordError> {
    let path = corpus.join(RECORD_FILE);
    let text = std::fs::read_to_string(&path).map_err(|source| RecordError::Read {
        path: path.clone(),
        source,
    })?;
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str(l).map_err(|source| RecordError::Parse {
                path: path.clone(),
                line: i + 1,
                source,
            })
        })
        .collect()
}

/// Check every `every`-th incident with counts whose folder is in the corpus (1: all of
/// them), each folder analysed with `config`.
pub fn run(corpus: &Path, every: usize, config: &Config) -> Result<RecordReport, RecordError> {
    let incidents: Vec<(Incident, PathBuf)> = read_incidents(corpus)?
        .into_iter()
        .filter(|i| i.num_killed.is_some() && i.num_injured.is_some())
        .map(|i| {
            let folder = corpus.join("gva").join(&i.incident_id);
            (i, folder)
        })
        .filter(|(_, folder)| folder.is_dir())
        .step_by(every.max(1))
        .collect();
    let checked = parallax_engine::parallel::map_on_cores(&incidents, |(incident, folder)| {
        let set = parallax_engine::corpus::load_paths(std::slice::from_ref(folder)).ok()?;
        if set.articles.is_empty() {
            return None;
        }
        let analysis = analyze(&set, config);
        Some(check(incident, &analysis))
    });
    let mut report = RecordReport::default();
    for (articles, tallies, disagreements) in checked.into_iter().flatten() {
        report.incidents += 1;
        report.disagreements.extend(disagreements);
        report.articles += articles;
        for (m, t) in MEASURES.iter().zip(&tallies) {
            report
                .measures
                .entry(m.name.to_string())
                .or_default()
                .add(t);
        }
    }
    Ok(report)
}

/// The articles of one incident's analysis, a tally per measure of [`MEASURES`], and a line
/// for each toll that disagrees with the record.
pub fn check(incident: &Incident, analysis: &Analysis) -> (usize, Vec<Tally>, Vec<String>) {
    let claims = figures::claims(analysis);
    let mut disagreements = Vec::new();
    let tallies: Vec<Tally> = MEASURES
        .iter()
        .map(|m| {
            let (measure, of_event, everyone_only) = (m.name, m.event, m.everyone_only);
            let mut tally = Tally::default();
            let Some(truth) = incident.count(of_event).map(f64::from) else {
                return tally;
            };
            for source in 0..analysis.sources.len() {
                let of_source = claims.iter().filter(|c| {
                    !c.background
                        && analysis.statement(c.statement).source.0 == source
                        && matches!(&c.measure, MeasureKey::Toll { event, population }
                            if *event == of_event
                                && !NOT_VICTIMS.contains(population)
                                && (!everyone_only || EVERYONE.contains(population)))
                });
                let mut read = 0;
                let mut some = false;
                for c in of_source {
                    let holds = c.low <= truth && c.high.is_none_or(|h| truth <= h);
                    if holds {
                        tally.agree += 1;
                    } else if c.low > truth {
                        tally.above += 1;
                    } else {
                        tally.below += 1;
                    }
                    if !holds && !everyone_only {
                        let statement = analysis.statement(c.statement);
                        disagreements.push(format!(
                            "{} {measure} {truth} vs {:?} ({}): {}",
                            incident.incident_id, c.text, statement.id, statement.text
                        ));
                    }
                    if read == 0 && holds {
                        tally.lead_agrees += 1;
                    }
                    some |= holds;
                    read += 1;
                }
                tally.claims += read;
                if read > 0 {
                    tally.articles_with_claim += 1;
                    tally.some_agrees += usize::from(some);
                }
            }
            tally
        })
        .collect();
    (analysis.sources.len(), tallies, disagreements)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A corpus of two shootings, one article each, and an incident the record gives no
    /// counts for.
    fn corpus() -> tempfile::TempDir {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let record = [
            r#"{"incident_id": "1", "num_killed": 2, "num_injured": 3, "articles": ["gva/1/a.txt"]}"#,
            r#"{"incident_id": "2", "num_killed": 0, "num_injured": 4, "articles": ["gva/2/b.txt"]}"#,
            r#"{"incident_id": "3", "articles": ["gva/3/c.txt"]}"#,
        ];
        std::fs::write(dir.path().join(RECORD_FILE), record.join("\n")).expect("written");
        for (id, text) in [
            (
                "1",
                "Gunman kills 2, wounds 3 at a birthday party\n\nTwo people were killed and \
                 three were wounded when a man opened fire at a party on Saturday, police said.",
            ),
            (
                "2",
                "Five wounded in drive-by shooting\n\nFive people were wounded in a drive-by \
                 shooting late Friday. No one was killed, police said.",
            ),
            ("3", "Shots fired downtown\n\nPolice said nobody was hit."),
        ] {
            let folder = dir.path().join("gva").join(id);
            std::fs::create_dir_all(&folder).expect("a folder");
            std::fs::write(folder.join("a.txt"), text).expect("written");
        }
        dir
    }

    #[test]
    fn each_toll_is_set_against_the_record_of_its_incident() {
        let dir = corpus();
        let report = run(dir.path(), 1, &Config::default()).expect("the record is read");
        // The incident without counts is skipped.
        assert_eq!((report.incidents, report.articles), (2, 2));
        let killed = report.tally("killed");
        // "kills 2" and "Two people were killed" hold 2; "No one was killed" holds 0.
        assert_eq!((killed.claims, killed.agree), (3, 3), "{killed:?}");
        assert_eq!(killed.articles_with_claim, 2);
        assert_eq!(killed.lead_agrees, 2);
        let injured = report.tally("injured");
        // "wounds 3" and "three were wounded" hold 3; "Five wounded" twice is above 4.
        assert_eq!(
            (injured.claims, injured.agree, injured.above, injured.below),
            (4, 2, 2, 0),
            "{injured:?}\n{}",
            report.disagreements.join("\n")
        );
        assert_eq!((injured.lead_agrees, injured.some_agrees), (1, 1));
        // No part here: the tolls of everyone are all the tolls.
        assert_eq!(report.tally("injured, all").claims, injured.claims);
        assert_eq!(report.disagreements.len(), 2);
        assert!(report.disagreements[0].starts_with("2 injured 4 vs \"Five\""));
        assert!(report.table().contains("killed"));
    }

    #[test]
    fn a_missing_or_broken_record_is_a_clear_error() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let missing = run(dir.path(), 1, &Config::default()).expect_err("no record");
        assert!(missing.to_string().contains(RECORD_FILE), "{missing}");
        std::fs::write(dir.path().join(RECORD_FILE), "{\"incident_id\": 7}\n").expect("written");
        let broken = run(dir.path(), 1, &Config::default()).expect_err("not an incident");
        assert!(broken.to_string().contains("line 1"), "{broken}");
    }
}
