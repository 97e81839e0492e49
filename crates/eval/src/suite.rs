//! The eval suite: every gold file of an eval folder (`shared/eval`), each on exactly the
//! articles its `sources` lists, scored with [`super::evaluate`], one row per
//! cluster and the macro average.
//!
//! Layout of an eval folder:
//! - `*.json` in the folder itself and in `dev/`, in file-name order; a file with no `facts`
//!   key (`dev/provenance.json`) is skipped.
//! - A gold file with a `folder` key reads its sources from `<eval>/../corpora/news/<folder>`;
//!   one without (the seed gold) from `<eval>/../seeds`.
//! - Each listed file is loaded as the app loads files a user opens
//!   ([`load_paths`](parallax_engine::corpus::load_paths)), in file-name order, and analysed with the
//!   configuration given (the app's is [`Config::default`]).
//!
//! The macro average is the mean over clusters of match recall, precision and F1 (each
//! cluster's F1 is `2RP/(R+P)`; the macro F1 is the mean of those, not the F1 of the mean R
//! and P). Conflict counts are summed over clusters, and the conflict precision is pooled
//! from the summed counts (a cluster with no conflict link has no precision of its own).
//! Near misses linked are averaged per cluster.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde::Serialize;
use serde::ser::{SerializeStruct, Serializer};

use super::{ConflictCounts, EvalReport, Gold, evaluate};
use parallax_engine::conflict::rule::{Rule, Verdict};
use parallax_engine::corpus::LoadError;
use parallax_engine::model::{Analysis, StatementIdx};
use parallax_engine::{Config, analyze};

/// Where a gold file without a `folder` key finds its sources, relative to the eval folder.
pub const SEED_FOLDER: &str = "../seeds";
/// Where the `folder` of a dev gold file is, relative to the eval folder.
pub const CORPUS_ROOT: &str = "../corpora/news";
/// The sub-folder of an eval folder holding the dev gold files.
pub const DEV_FOLDER: &str = "dev";

/// Why the suite could not run.
#[derive(Debug, thiserror::Error)]
pub enum SuiteError {
    #[error("{path}: no such eval folder (expected the folder holding seed-gold.json and dev/)")]
    MissingSuite { path: PathBuf },
    #[error("{path}: no gold file with facts here nor in {DEV_FOLDER}/")]
    NoGold { path: PathBuf },
    #[error("{path}: cannot read: {source}")]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: not a gold file: {source}")]
    Parse {
        path: PathBuf,
        #[source]
        source: serde_json::Error,
    },
    #[error("{gold}: lists no sources")]
    NoSources { gold: PathBuf },
    #[error("{gold}: source {name:?} is not a plain file name")]
    BadSourceName { gold: PathBuf, name: String },
    #[error("{gold}: the cluster folder {folder} is missing")]
    MissingFolder { gold: PathBuf, folder: PathBuf },
    #[error("{gold}: source {name} is not in {folder}")]
    MissingSource {
        gold: PathBuf,
        name: String,
        folder: PathBuf,
    },
    #[error("{gold}: cannot load its sources: {source}")]
    Load {
        gold: PathBuf,
        #[source]
        source: LoadError,
    },
}

/// One gold file with the articles it describes, ready to analyse.
#[derive(Debug, Clone)]
pub struct Cluster {
    /// The gold file's stem without a `-gold` suffix (`seed`, `amd-seamicro-2012`).
    pub name: String,
    /// The gold file as found (eval folder joined with its relative path).
    pub gold_path: PathBuf,
    /// The gold file relative to the eval folder (`dev/amd-seamicro-2012.json`).
    pub gold_file: String,
    /// The source folder relative to the eval folder, as written in reports.
    pub folder: String,
    /// The files the gold lists, in file-name order.
    pub files: Vec<PathBuf>,
    pub gold: Gold,
}

/// The figures of one cluster.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClusterReport {
    pub name: String,
    pub gold_file: String,
    pub folder: String,
    pub articles: usize,
    pub statements: usize,
    pub links: usize,
    pub match_recall: f64,
    pub match_precision: f64,
    pub f1: f64,
    /// F1 of the facts as a reader sees them: every two statements of one fact from
    /// different sources counted as a link.
    pub fact_f1: f64,
    pub fact_recall: f64,
    pub fact_precision: f64,
    pub gold_pairs: usize,
    pub found_pairs: usize,
    pub judged_links: usize,
    pub right_links: usize,
    #[serde(flatten)]
    pub conflict_counts: ConflictCounts,
    pub mentions_uncovered: usize,
    /// Pairs of figures (and of posts one person holds) the conflict detectors compared on
    /// the cluster's links and flagged.
    pub figure_pairs_flagged: usize,
    /// How often each rule kept a compared pair of figures (or of posts) from being a
    /// conflict.
    pub rule_counts: BTreeMap<Rule, usize>,
}

/// In the suite's JSON a row's conflict figures stand among its other fields, with the
/// conflict precision (`null` when no conflict link was judged) after the conflicts found.
impl Serialize for ConflictCounts {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut row = serializer.serialize_struct("ConflictCounts", 10)?;
        row.serialize_field("conflicts", &self.conflicts)?;
        row.serialize_field("conflicts_found", &self.conflicts_found)?;
        row.serialize_field("hard_conflicts", &self.hard_conflicts)?;
        row.serialize_field("hard_conflicts_found", &self.hard_conflicts_found)?;
        row.serialize_field("shown_as_precision", &self.shown_as_precision)?;
        row.serialize_field("conflict_precision", &self.precision())?;
        row.serialize_field("judged_conflict_links", &self.judged_conflict_links)?;
        row.serialize_field("right_conflict_links", &self.right_conflict_links)?;
        row.serialize_field("near_misses", &self.near_misses)?;
        row.serialize_field("near_misses_linked", &self.near_misses_linked)?;
        row.end()
    }
}

/// The macro average over clusters (see the module documentation).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct MacroAverage {
    pub clusters: usize,
    pub match_recall: f64,
    pub match_precision: f64,
    pub f1: f64,
    /// Mean of the clusters' [`ClusterReport::fact_f1`].
    pub fact_f1: f64,
    /// Summed over clusters; the conflict precision pooled from the summed links.
    #[serde(flatten)]
    pub conflict_counts: ConflictCounts,
    /// Mean near misses linked per cluster.
    pub near_misses_linked_mean: f64,
    /// Summed over clusters.
    pub figure_pairs_flagged: usize,
    pub rule_counts: BTreeMap<Rule, usize>,
}

/// Every cluster's figures and the macro average.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SuiteReport {
    pub clusters: Vec<ClusterReport>,
    #[serde(rename = "macro")]
    pub macro_: MacroAverage,
    /// JSON files of the eval folder left out because they hold no `facts`.
    pub skipped: Vec<String>,
}

/// `2RP/(R+P)`, 0 when both are 0.
pub fn f1(recall: f64, precision: f64) -> f64 {
    if recall + precision == 0.0 {
        0.0
    } else {
        2.0 * recall * precision / (recall + precision)
    }
}

impl ClusterReport {
    /// The row of `cluster` from its analysis and evaluation.
    pub fn new(cluster: &Cluster, analysis: &Analysis, r: &EvalReport) -> Self {
        let (recall, precision) = (r.match_recall(), r.match_precision());
        let mut figure_pairs_flagged = 0;
        let mut rule_counts: BTreeMap<Rule, usize> = BTreeMap::new();
        for check in analysis.links.iter().flat_map(|l| &l.checks) {
            match check.verdict {
                Verdict::Flagged(_) => figure_pairs_flagged += 1,
                Verdict::Kept(rule) => *rule_counts.entry(rule).or_default() += 1,
            }
        }
        Self {
            name: cluster.name.clone(),
            gold_file: cluster.gold_file.clone(),
            folder: cluster.folder.clone(),
            articles: analysis.sources.len(),
            statements: analysis.statements.len(),
            links: analysis.links.len(),
            match_recall: recall,
            match_precision: precision,
            f1: f1(recall, precision),
            fact_f1: f1(r.fact_recall(), r.fact_precision()),
            fact_recall: r.fact_recall(),
            fact_precision: r.fact_precision(),
            gold_pairs: r.gold_pairs,
            found_pairs: r.found_pairs,
            judged_links: r.judged_links,
            right_links: r.right_links,
            conflict_counts: r.conflict_counts.clone(),
            mentions_uncovered: r.mentions_uncovered,
            figure_pairs_flagged,
            rule_counts,
        }
    }
}

impl MacroAverage {
    /// The macro average of some cluster rows (all zero for none).
    pub fn of(clusters: &[ClusterReport]) -> Self {
        let n = clusters.len();
        if n == 0 {
            return Self::default();
        }
        let mean = |f: fn(&ClusterReport) -> f64| clusters.iter().map(f).sum::<f64>() / n as f64;
        let sum = |f: fn(&ClusterReport) -> usize| clusters.iter().map(f).sum::<usize>();
        Self {
            clusters: n,
            match_recall: mean(|c| c.match_recall),
            match_precision: mean(|c| c.match_precision),
            f1: mean(|c| c.f1),
            fact_f1: mean(|c| c.fact_f1),
            conflict_counts: clusters.iter().map(|c| &c.conflict_counts).sum(),
            near_misses_linked_mean: mean(|c| c.conflict_counts.near_misses_linked as f64),
            figure_pairs_flagged: sum(|c| c.figure_pairs_flagged),
            rule_counts: clusters.iter().flat_map(|c| &c.rule_counts).fold(
                BTreeMap::new(),
                |mut all, (rule, n)| {
                    *all.entry(*rule).or_default() += n;
                    all
                },
            ),
        }
    }
}

/// The gold files of an eval folder, each with its source files checked to exist.
/// Returns the clusters and the relative names of JSON files skipped for holding no facts.
pub fn discover(suite: &Path) -> Result<(Vec<Cluster>, Vec<String>), SuiteError> {
    if !suite.is_dir() {
        return Err(SuiteError::MissingSuite {
            path: suite.to_path_buf(),
        });
    }
    let mut clusters = Vec::new();
    let mut skipped = Vec::new();
    for (dir, prefix) in [(suite.to_path_buf(), ""), (suite.join(DEV_FOLDER), "dev/")] {
        for path in json_files(&dir)? {
            let file_name = path.file_name().unwrap_or_default().to_string_lossy();
            let gold_file = format!("{prefix}{file_name}");
            match read_gold(&path)? {
                Some(gold) => clusters.push(cluster(suite, path, gold_file, gold)?),
                None => skipped.push(gold_file),
            }
        }
    }
    if clusters.is_empty() {
        return Err(SuiteError::NoGold {
            path: suite.to_path_buf(),
        });
    }
    Ok((clusters, skipped))
}

/// The `.json` files directly in `dir`, in file-name order; none when `dir` is missing.
fn json_files(dir: &Path) -> Result<Vec<PathBuf>, SuiteError> {
    if !dir.is_dir() {
        return Ok(vec![]);
    }
    let read_err = |source| SuiteError::Read {
        path: dir.to_path_buf(),
        source,
    };
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(read_err)? {
        let path = entry.map_err(read_err)?.path();
        if path.is_file() && path.extension().is_some_and(|e| e == "json") {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

/// A gold file, or `None` when the JSON holds no `facts` (not a gold file of relations).
fn read_gold(path: &Path) -> Result<Option<Gold>, SuiteError> {
    let text = std::fs::read_to_string(path).map_err(|source| SuiteError::Read {
        path: path.to_path_buf(),
        source,
    })?;
    let parse_err = |source| SuiteError::Parse {
        path: path.to_path_buf(),
        source,
    };
    let value: serde_json::Value = serde_json::from_str(&text).map_err(parse_err)?;
    if value.get("facts").is_none() {
        return Ok(None);
    }
    serde_json::from_value(value).map(Some).map_err(parse_err)
}

fn cluster(
    suite: &Path,
    gold_path: PathBuf,
    gold_file: String,
    gold: Gold,
) -> Result<Cluster, SuiteError> {
    let folder = match &gold.folder {
        Some(f) => format!("{CORPUS_ROOT}/{f}"),
        None => SEED_FOLDER.to_string(),
    };
    let dir = suite.join(&folder);
    if gold.sources.is_empty() {
        return Err(SuiteError::NoSources { gold: gold_path });
    }
    if !dir.is_dir() {
        return Err(SuiteError::MissingFolder {
            gold: gold_path,
            folder: dir,
        });
    }
    let mut files = Vec::new();
    // `sources` is a sorted map: the files come in file-name order, as a folder is read.
    for name in gold.sources.keys() {
        if Path::new(name).file_name() != Some(std::ffi::OsStr::new(name)) {
            return Err(SuiteError::BadSourceName {
                gold: gold_path,
                name: name.clone(),
            });
        }
        let file = dir.join(name);
        if !file.is_file() {
            return Err(SuiteError::MissingSource {
                gold: gold_path,
                name: name.clone(),
                folder: dir,
            });
        }
        files.push(file);
    }
    let stem = gold_path
        .file_stem()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned();
    let name = stem.strip_suffix("-gold").unwrap_or(&stem).to_string();
    Ok(Cluster {
        name,
        gold_path,
        gold_file,
        folder,
        files,
        gold,
    })
}

impl Cluster {
    /// Load exactly the cluster's files.
    pub fn load(&self) -> Result<parallax_engine::corpus::ArticleSet, SuiteError> {
        parallax_engine::corpus::load_paths(&self.files).map_err(|source| SuiteError::Load {
            gold: self.gold_path.clone(),
            source,
        })
    }

    /// Load exactly the cluster's files and analyse them.
    pub fn analyse(&self, config: &Config) -> Result<Analysis, SuiteError> {
        Ok(analyze(&self.load()?, config))
    }
}

/// Run the suite in `suite` with the app's configuration ([`Config::default`]).
pub fn run(suite: &Path) -> Result<SuiteReport, SuiteError> {
    run_with(suite, &Config::default(), |_, _, _| {})
}

/// Run the suite with `config`, calling `each` with every cluster's analysis and evaluation
/// (for listing misses).
pub fn run_with(
    suite: &Path,
    config: &Config,
    mut each: impl FnMut(&Cluster, &Analysis, &EvalReport),
) -> Result<SuiteReport, SuiteError> {
    let (clusters, skipped) = discover(suite)?;
    let mut rows = Vec::with_capacity(clusters.len());
    for cluster in &clusters {
        let analysis = cluster.analyse(config)?;
        let report = evaluate(&analysis, &cluster.gold);
        each(cluster, &analysis, &report);
        rows.push(ClusterReport::new(cluster, &analysis, &report));
    }
    Ok(SuiteReport {
        macro_: MacroAverage::of(&rows),
        clusters: rows,
        skipped,
    })
}

impl SuiteReport {
    /// The cluster named `name`.
    pub fn cluster(&self, name: &str) -> Option<&ClusterReport> {
        self.clusters.iter().find(|c| c.name == name)
    }

    /// The report as an aligned table, one row per cluster and the macro row, with a legend.
    pub fn table(&self) -> String {
        let width = self
            .clusters
            .iter()
            .map(|c| c.name.chars().count())
            .chain(["cluster".len(), "macro".len()])
            .max()
            .unwrap_or(0);
        let precision = |s: &ConflictCounts| match s.precision() {
            Some(p) => format!(
                "{p:.2} ({}/{})",
                s.right_conflict_links, s.judged_conflict_links
            ),
            None => "- (0/0)".to_string(),
        };
        let mut out = String::new();
        let mut row = |cells: [&str; 11]| {
            let [name, art, r, p, f1, fact, conf, precise, hard, cp, near] = cells;
            let _ = writeln!(
                out,
                "{name:<width$}  {art:>3}  {r:>5}  {p:>5}  {f1:>5}  {fact:>7}  {conf:>9}  {precise:>9}  {hard:>7}  {cp:>13}  {near:>9}"
            );
        };
        row([
            "cluster",
            "art",
            "R",
            "P",
            "F1",
            "fact F1",
            "conflicts",
            "precision",
            "hard",
            "conflict P",
            "near miss",
        ]);
        for c in &self.clusters {
            let s = &c.conflict_counts;
            row([
                &c.name,
                &c.articles.to_string(),
                &format!("{:.2}", c.match_recall),
                &format!("{:.2}", c.match_precision),
                &format!("{:.2}", c.f1),
                &format!("{:.2}", c.fact_f1),
                &format!("{}/{}", s.conflicts_found, s.conflicts),
                &format!("+{}", s.shown_as_precision),
                &format!("{}/{}", s.hard_conflicts_found, s.hard_conflicts),
                &precision(s),
                &format!("{}/{}", s.near_misses_linked, s.near_misses),
            ]);
        }
        let m = &self.macro_;
        let s = &m.conflict_counts;
        row([
            "macro",
            "",
            &format!("{:.2}", m.match_recall),
            &format!("{:.2}", m.match_precision),
            &format!("{:.2}", m.f1),
            &format!("{:.2}", m.fact_f1),
            &format!("{}/{}", s.conflicts_found, s.conflicts),
            &format!("+{}", s.shown_as_precision),
            &format!("{}/{}", s.hard_conflicts_found, s.hard_conflicts),
            &precision(s),
            &format!("{:.2}", m.near_misses_linked_mean),
        ]);
        out.push_str(
            "R, P: match recall and precision; F1 = 2RP/(R+P). fact F1: the same of the facts \
             as a reader sees them\n(every two statements of one fact from different sources \
             as if linked). macro: mean R, P and F1 over clusters;\nconflicts, hard and conflict P summed over clusters; precision: gold \
             conflicts shown as agreement\nwith different precision (not conflicts in the \
             verdict model); near misses linked, mean per cluster.\n",
        );
        if !self.skipped.is_empty() {
            let _ = writeln!(out, "skipped (no facts): {}", self.skipped.join(", "));
        }
        out
    }
}

impl SuiteReport {
    /// How often each rule kept a compared pair of figures from being a conflict, per
    /// cluster and in all, under the pairs flagged: a rule that fires often decides much.
    pub fn rule_table(&self) -> String {
        let mut rules: Vec<Rule> = self.macro_.rule_counts.keys().copied().collect();
        rules.sort_by_key(|r| std::cmp::Reverse(self.macro_.rule_counts[r]));
        let width = rules
            .iter()
            .map(|r| r.describe().chars().count())
            .max()
            .unwrap_or(0)
            .max("compared pairs flagged".len());
        let mut text = format!("{:width$}", "rule that kept a compared pair apart");
        for c in &self.clusters {
            text += &format!(" {:>7}", c.name.chars().take(7).collect::<String>());
        }
        text += "     all\n";
        let mut row = |label: &str, count: &dyn Fn(&ClusterReport) -> usize, all: usize| {
            text += &format!("{label:width$}");
            for c in &self.clusters {
                text += &format!(" {:>7}", count(c));
            }
            text += &format!(" {all:>7}\n");
        };
        for rule in rules {
            let of = move |c: &ClusterReport| c.rule_counts.get(&rule).copied().unwrap_or(0);
            row(rule.describe(), &of, self.macro_.rule_counts[&rule]);
        }
        row(
            "compared pairs flagged",
            &|c: &ClusterReport| c.figure_pairs_flagged,
            self.macro_.figure_pairs_flagged,
        );
        text
    }
}

/// What went wrong in one cluster, for study: missed conflicts, near misses linked, wrong
/// links and wrong conflicts with their texts (`parallax eval --suite --verbose`).
pub fn details(analysis: &Analysis, report: &EvalReport) -> String {
    let show = |pair: &(StatementIdx, StatementIdx)| super::describe_pair(analysis, *pair);
    let mut text = format!(
        "pairs missed: {}/{}; gold mentions not covered by any statement: {}",
        report.gold_pairs - report.found_pairs,
        report.gold_pairs,
        report.mentions_uncovered
    );
    text += "\nmissed conflicts:";
    for m in &report.missed_conflicts {
        text += &format!("\n  {m}");
    }
    text += &format!("\nnear misses linked: {:?}", report.linked_near_misses);
    text += "\nwrong links:";
    report.wrong_links.iter().for_each(|p| text += &show(p));
    text += "\nwrong conflicts:";
    report.wrong_conflicts.iter().for_each(|p| text += &show(p));
    text + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(path: &Path, text: &str) {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    const GOLD: &str = r#"{"sources": {"b.txt": "B", "a.txt": "A"},
        "facts": [{"id": "f1", "mentions": [
            {"source": "a.txt", "quote": "The council approved the new budget of 40 million dollars on Monday."},
            {"source": "b.txt", "quote": "On Monday the council approved a budget of 40 million dollars."}]}],
        "conflicts": [], "near_misses": []}"#;

    /// A made-up eval folder: a seed gold on `../seeds`, a dev gold on a corpus folder and
    /// a JSON without facts.
    fn fake_shared() -> tempfile::TempDir {
        let root = tempfile::tempdir().unwrap();
        let r = root.path();
        write(&r.join("eval/seed-gold.json"), GOLD);
        let dev = GOLD.replacen('{', r#"{"folder": "set/one", "#, 1);
        write(&r.join("eval/dev/one.json"), &dev);
        write(&r.join("eval/dev/provenance.json"), r#"{"clusters": []}"#);
        for dir in ["seeds", "corpora/news/set/one"] {
            write(
                &r.join(dir).join("a.txt"),
                "Budget passed\n\nThe council approved the new budget of 40 million dollars on Monday. \
                 The mayor welcomed the vote.\n",
            );
            write(
                &r.join(dir).join("b.txt"),
                "City budget\n\nOn Monday the council approved a budget of 40 million dollars. \
                 Two members voted against it.\n",
            );
            write(&r.join(dir).join("c.txt"), "Not listed in the gold.\n");
        }
        root
    }

    #[test]
    fn finds_every_gold_file_and_exactly_its_sources() {
        let root = fake_shared();
        let (clusters, skipped) = discover(&root.path().join("eval")).unwrap();
        let names: Vec<&str> = clusters.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["seed", "one"]);
        assert_eq!(skipped, ["dev/provenance.json"]);
        assert_eq!(clusters[0].folder, "../seeds");
        assert_eq!(clusters[1].folder, "../corpora/news/set/one");
        assert_eq!(clusters[1].gold_file, "dev/one.json");
        for c in &clusters {
            let files: Vec<_> = c.files.iter().map(|f| f.file_name().unwrap()).collect();
            assert_eq!(files, ["a.txt", "b.txt"]);
        }
    }

    #[test]
    fn runs_and_averages() {
        let root = fake_shared();
        let report = run(&root.path().join("eval")).unwrap();
        assert_eq!(report.clusters.len(), 2);
        for c in &report.clusters {
            assert_eq!(c.articles, 2);
            assert_eq!(c.gold_pairs, 1);
            assert_eq!(c.conflict_counts.precision(), None);
        }
        assert_eq!(report.macro_.clusters, 2);
        // The same articles and gold in two places give the same figures.
        assert_eq!(
            report.clusters[1],
            ClusterReport {
                name: "one".into(),
                gold_file: "dev/one.json".into(),
                folder: "../corpora/news/set/one".into(),
                ..report.clusters[0].clone()
            }
        );
        assert_eq!(report.macro_.f1, report.clusters[0].f1);
        let table = report.table();
        assert!(table.contains("macro"), "{table}");
        assert!(
            table.contains("skipped (no facts): dev/provenance.json"),
            "{table}"
        );
        let json = serde_json::to_value(&report).unwrap();
        assert_eq!(json["macro"]["clusters"], 2);
    }

    #[test]
    fn macro_is_the_mean_of_cluster_figures() {
        let row = |r: f64, p: f64, found: usize, judged: usize| ClusterReport {
            name: String::new(),
            gold_file: String::new(),
            folder: String::new(),
            articles: 2,
            statements: 0,
            links: 0,
            match_recall: r,
            match_precision: p,
            f1: f1(r, p),
            fact_f1: f1(r, p) / 2.0,
            fact_recall: r / 2.0,
            fact_precision: p / 2.0,
            gold_pairs: 0,
            found_pairs: 0,
            judged_links: 0,
            right_links: 0,
            conflict_counts: ConflictCounts {
                conflicts: 10,
                conflicts_found: found,
                hard_conflicts: 2,
                hard_conflicts_found: 1,
                shown_as_precision: 0,
                judged_conflict_links: judged,
                right_conflict_links: found,
                near_misses: 10,
                near_misses_linked: found,
            },
            mentions_uncovered: 0,
            figure_pairs_flagged: found,
            rule_counts: BTreeMap::from([(Rule::DifferentDays, judged)]),
        };
        let m = MacroAverage::of(&[row(1.0, 1.0, 3, 4), row(0.0, 0.5, 0, 0)]);
        assert_eq!(m.match_recall, 0.5);
        assert_eq!(m.match_precision, 0.75);
        assert_eq!(m.f1, 0.5); // mean of 1.0 and 0.0, not f1(0.5, 0.75)
        assert_eq!(m.fact_f1, 0.25);
        let s = &m.conflict_counts;
        assert_eq!((s.conflicts_found, s.conflicts), (3, 20));
        assert_eq!((s.hard_conflicts_found, s.hard_conflicts), (2, 4));
        assert_eq!(s.precision(), Some(0.75));
        assert_eq!(m.near_misses_linked_mean, 1.5);
        assert_eq!(m.figure_pairs_flagged, 3);
        assert_eq!(m.rule_counts[&Rule::DifferentDays], 4);
        assert_eq!(MacroAverage::of(&[]), MacroAverage::default());
    }

    #[test]
    fn missing_pieces_are_named() {
        let root = fake_shared();
        let eval = root.path().join("eval");
        let err = discover(&root.path().join("nowhere")).unwrap_err();
        assert!(err.to_string().contains("no such eval folder"), "{err}");

        std::fs::remove_file(root.path().join("corpora/news/set/one/b.txt")).unwrap();
        let err = discover(&eval).unwrap_err().to_string();
        assert!(err.contains("one.json") && err.contains("b.txt"), "{err}");

        std::fs::remove_dir_all(root.path().join("seeds")).unwrap();
        let err = discover(&eval).unwrap_err().to_string();
        assert!(
            err.contains("seed-gold.json") && err.contains("folder"),
            "{err}"
        );

        let empty = tempfile::tempdir().unwrap();
        let err = discover(empty.path()).unwrap_err().to_string();
        assert!(err.contains("no gold file"), "{err}");
    }
}
