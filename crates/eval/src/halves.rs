//! Two events read as one set: a measure of precision that needs no gold. Each ECB+ topic
//! of the news corpus holds two events of one kind, in two folders (`ecb_<n>_ecb` and
//! `ecb_<n>_ecbplus`: two quakes, two jewel heists, two elections). Read together as one
//! article set, every link between an article of one event and an article of the other is
//! wrong by construction, and so is every conflict across them.
//!
//! The share of links across the two events is no precision (a link within one event may
//! be wrong too), but a change to word knowledge that adds about as many links across the
//! events as within one tells two happenings of one kind apart no better than before: a
//! synonym group is worth keeping when it adds links within an event and not across. The
//! suite's six clusters cannot say so for words they do not hold (quakes, fires, aircraft);
//! these 40-odd topics can.

use std::path::{Path, PathBuf};

use serde::Serialize;

use parallax_engine::model::{Analysis, Relation};
use parallax_engine::{Config, analyze};

/// Why the topics could not be read.
#[derive(Debug, thiserror::Error)]
pub enum HalvesError {
    #[error("cannot list {path}: {source}")]
    List {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("no ECB+ topic with both halves under {0}")]
    NoTopics(PathBuf),
}

/// The links and conflicts of one topic's two events read as one set.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct TopicCounts {
    /// The ECB+ topic number.
    pub topic: u32,
    /// Links between two articles of one event.
    pub links_within: usize,
    /// Links between articles of the two events: wrong by construction.
    pub links_across: usize,
    /// Conflicts between two articles of one event.
    pub conflicts_within: usize,
    /// Conflicts between articles of the two events: wrong by construction.
    pub conflicts_across: usize,
}

impl TopicCounts {
    fn add(&mut self, other: &TopicCounts) {
        self.links_within += other.links_within;
        self.links_across += other.links_across;
        self.conflicts_within += other.conflicts_within;
        self.conflicts_across += other.conflicts_across;
    }

    /// Links across the two events, as a share of all links (0 when there are none).
    pub fn across_share(&self) -> f64 {
        let all = self.links_within + self.links_across;
        if all == 0 {
            0.0
        } else {
            self.links_across as f64 / all as f64
        }
    }
}

/// Every topic's counts and their sum.
#[derive(Debug, Clone, Serialize)]
pub struct HalvesReport {
    pub topics: Vec<TopicCounts>,
    pub total: TopicCounts,
}

impl HalvesReport {
    /// The totals as a few lines, and with `per_topic` a row per topic first.
    pub fn table(&self, per_topic: bool) -> String {
        let row = |name: &str, c: &TopicCounts| {
            format!(
                "{name:<8} {:>8} {:>8} {:>7.3} {:>10} {:>10}\n",
                c.links_within,
                c.links_across,
                c.across_share(),
                c.conflicts_within,
                c.conflicts_across
            )
        };
        let mut out = format!(
            "{:<8} {:>8} {:>8} {:>7} {:>10} {:>10}\n",
            "topic", "within", "across", "share", "conf. in", "conf. out"
        );
        if per_topic {
            for t in &self.topics {
                out += &row(&t.topic.to_string(), t);
            }
        }
        out += &row("all", &self.total);
        out += "within, across: links between articles of one event, and of the two events \
                (wrong by construction);\nshare: links across as a share of all; conf. in, \
                conf. out: conflicts within one event and across the two.\n";
        out
    }
}

/// The topic numbers under `dir` (the corpus's `ecbplus` folder) that have both halves,
/// in order.
pub fn topics(dir: &Path) -> Result<Vec<u32>, HalvesError> {
    let entries = std::fs::read_dir(dir).map_err(|source| HalvesError::List {
        path: dir.to_path_buf(),
        source,
    })?;
    let mut found: Vec<u32> = entries
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            name.strip_prefix("ecb_")?
                .strip_suffix("_ecb")?
                .parse::<u32>()
                .ok()
        })
        .filter(|n| dir.join(format!("ecb_{n}_ecbplus")).is_dir())
        .collect();
    found.sort_unstable();
    Ok(found)
}

/// Read each topic's two events as one set and count the links and conflicts within one
/// event and across the two. A topic whose folders do not load is left out.
pub fn run(dir: &Path, config: &Config) -> Result<HalvesReport, HalvesError> {
    let numbers = topics(dir)?;
    if numbers.is_empty() {
        return Err(HalvesError::NoTopics(dir.to_path_buf()));
    }
    Ok(run_topics(dir, &numbers, config))
}

/// [`run`] on the topics `numbers` only.
pub fn run_topics(dir: &Path, numbers: &[u32], config: &Config) -> HalvesReport {
    let mut report = HalvesReport {
        topics: Vec::new(),
        total: TopicCounts::default(),
    };
    for &n in numbers {
        let halves = [
            dir.join(format!("ecb_{n}_ecb")),
            dir.join(format!("ecb_{n}_ecbplus")),
        ];
        let Ok(set) = parallax_engine::corpus::load_paths(&halves) else {
            continue;
        };
        let mut counts = count(&analyze(&set, config));
        counts.topic = n;
        report.total.add(&counts);
        report.topics.push(counts);
    }
    report
}

/// The links and conflicts of an analysis of two events' folders, within one event and
/// across the two; an article's event is the folder it was read from.
pub fn count(analysis: &Analysis) -> TopicCounts {
    // Each source's folder, read once.
    let folders: Vec<Option<&Path>> = analysis
        .sources
        .iter()
        .map(|s| s.path.as_deref().and_then(Path::parent))
        .collect();
    let mut counts = TopicCounts::default();
    for link in &analysis.links {
        let folder = |s| folders[analysis.statement(s).source.0];
        let conflict = usize::from(link.relation == Relation::Conflict);
        if folder(link.a) == folder(link.b) {
            counts.links_within += 1;
            counts.conflicts_within += conflict;
        } else {
            counts.links_across += 1;
            counts.conflicts_across += conflict;
        }
    }
    counts
}
