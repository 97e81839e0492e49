//! Batch mode: every event of a large folder analysed in one process.
//!
//! [`run`] finds every folder under the input that holds article files, loads them all
//! (a file or folder that cannot be read is a warning, never the end of the run), groups
//! the articles into events ([`parallax_engine::group`], or one event per folder), and analyses each
//! event on its own, over the available cores. Each event's comparison JSON goes to
//! `OUT/events/<first two digits of id>/<id>.json`, where the id is derived from its articles' content, so a run
//! that is stopped and started again finds the events it already wrote (listed in the
//! journal `OUT/journal.jsonl`) and skips them. The index `OUT/index.json` lists every
//! event with its articles, links, conflicts and time taken, and the run's totals.

use std::collections::HashMap;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use parallax_engine::corpus::{self, Article, ArticleSet};
use parallax_engine::group::{self, BCubed, GroupConfig};
use parallax_engine::model::{Date, Relation};
use parallax_engine::{Config, analyze};

/// The index's format name and version.
pub const INDEX_FORMAT: &str = "parallax-batch-index";
pub const INDEX_VERSION: u32 = 1;
/// File names inside the output folder.
pub const INDEX_FILE: &str = "index.json";
pub const JOURNAL_FILE: &str = "journal.jsonl";
pub const EVENTS_FOLDER: &str = "events";

/// Folders loaded by one call of the loader (one read of a collection's manifest each).
const FOLDERS_PER_LOAD: usize = 128;

/// How a batch run splits its articles into events.
#[derive(Debug, Clone, PartialEq)]
pub enum Grouping {
    /// By content ([`group::group_articles`]), whatever the folders.
    ByContent(GroupConfig),
    /// Each folder is one event.
    ByFolder,
}

/// What to analyse and where to write.
#[derive(Debug, Clone)]
pub struct BatchOptions {
    pub input: PathBuf,
    pub output: PathBuf,
    pub grouping: Grouping,
    pub config: Config,
    /// Worker threads for loading and analysis (at least 1).
    pub threads: usize,
}

/// Why a batch run could not be done at all (a bad file or event is not one of these: it
/// is a warning or an event's `error` in the index).
#[derive(Debug, thiserror::Error)]
pub enum BatchError {
    #[error("{path}: not a folder")]
    NotAFolder { path: PathBuf },
    #[error("{path}: cannot read: {cause}")]
    Read {
        path: PathBuf,
        cause: std::io::Error,
    },
    #[error("{path}: cannot write: {cause}")]
    Write {
        path: PathBuf,
        cause: std::io::Error,
    },
    #[error("{path}: {message}")]
    Store { path: PathBuf, message: String },
    #[error("no article could be loaded from {path}")]
    NoArticles { path: PathBuf },
}

/// One event in the index.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventEntry {
    /// Derived from the content of its articles: the same articles give the same id.
    pub id: String,
    /// The comparison JSON, relative to the output folder (absent when analysis failed).
    pub file: Option<String>,
    /// The names its articles share most.
    pub label: String,
    pub article_count: usize,
    /// The articles' paths.
    pub articles: Vec<String>,
    pub first_date: Option<Date>,
    pub last_date: Option<Date>,
    pub statements: usize,
    pub links: usize,
    pub conflicts: usize,
    pub analysis_secs: f64,
    /// The size of the comparison JSON, by which a rerun checks that it is whole.
    pub bytes: u64,
    /// Why the event could not be analysed, if it could not.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

/// The run's totals.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BatchTotals {
    pub events: usize,
    pub articles: usize,
    pub links: usize,
    pub conflicts: usize,
    /// Events whose analysis failed (see their `error`).
    pub failed: usize,
    /// Events found already written by an earlier run and not analysed again.
    pub resumed: usize,
    pub load_secs: f64,
    pub group_secs: f64,
    pub compare_secs: f64,
    pub elapsed_secs: f64,
}

/// `OUT/index.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BatchIndex {
    pub format: String,
    pub version: u32,
    pub input: String,
    /// `"content"` or `"folder"`.
    pub grouping: String,
    /// How far the events agree with the folders the articles came from (each folder taken
    /// as one event), as B-cubed figures; meaningful when the folders are events.
    pub agreement_with_folders: Option<BCubedFigures>,
    pub totals: BatchTotals,
    pub events: Vec<EventEntry>,
    pub warnings: Vec<String>,
}

/// [`BCubed`] as stored in the index.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct BCubedFigures {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl From<BCubed> for BCubedFigures {
    fn from(b: BCubed) -> Self {
        Self {
            precision: b.precision,
            recall: b.recall,
            f1: b.f1,
        }
    }
}

/// Where a run is, for a progress line.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Progress {
    Loading {
        folders_done: usize,
        folders: usize,
    },
    Grouping {
        articles: usize,
    },
    Comparing {
        events_done: usize,
        events: usize,
        articles_done: usize,
        articles: usize,
        conflicts: usize,
    },
}

/// Run a batch (see the module documentation); `progress` is called from worker threads.
pub fn run(
    options: &BatchOptions,
    progress: &(dyn Fn(Progress) + Sync),
) -> Result<BatchIndex, BatchError> {
    let started = Instant::now();
    let metadata = std::fs::metadata(&options.input).map_err(|cause| BatchError::Read {
        path: options.input.clone(),
        cause,
    })?;
    if !metadata.is_dir() {
        return Err(BatchError::NotAFolder {
            path: options.input.clone(),
        });
    }
    let events_dir = options.output.join(EVENTS_FOLDER);
    std::fs::create_dir_all(&events_dir).map_err(|cause| BatchError::Write {
        path: events_dir.clone(),
        cause,
    })?;
    let (articles, warnings) = load_tree(
        &options.input,
        Some(&options.output),
        options.threads,
        progress,
    );
    if articles.is_empty() {
        return Err(BatchError::NoArticles {
            path: options.input.clone(),
        });
    }
    let load_secs = started.elapsed().as_secs_f64();

    let grouping_started = Instant::now();
    progress(Progress::Grouping {
        articles: articles.len(),
    });
    let folder_labels = folder_labels(&articles);
    let (groups, grouping_name) = match &options.grouping {
        Grouping::ByContent(config) => (group::group_articles(&articles, config), "content"),
        Grouping::ByFolder => (groups_of_labels(&articles, &folder_labels), "folder"),
    };
    let agreement = group::bcubed(
        &group::group_labels(&groups, articles.len()),
        &folder_labels,
    );
    let group_secs = grouping_started.elapsed().as_secs_f64();

    let compare_started = Instant::now();
    let journal_path = options.output.join(JOURNAL_FILE);
    let done_before = read_journal(&journal_path, &options.output);
    let journal = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&journal_path)
        .map_err(|cause| BatchError::Write {
            path: journal_path.clone(),
            cause,
        })?;
    let jobs = event_jobs(&articles, &groups);
    let entries = compare_events(
        &articles,
        &jobs,
        &done_before,
        options,
        &Mutex::new(journal),
        progress,
    );
    let resumed = entries.iter().filter(|(_, resumed)| *resumed).count();
    let events: Vec<EventEntry> = entries.into_iter().map(|(e, _)| e).collect();
    let compare_secs = compare_started.elapsed().as_secs_f64();

    let index = BatchIndex {
        format: INDEX_FORMAT.into(),
        version: INDEX_VERSION,
        input: options.input.display().to_string(),
        grouping: grouping_name.into(),
        agreement_with_folders: Some(agreement.into()),
        totals: BatchTotals {
            events: events.len(),
            articles: articles.len(),
            links: events.iter().map(|e| e.links).sum(),
            conflicts: events.iter().map(|e| e.conflicts).sum(),
            failed: events.iter().filter(|e| e.error.is_some()).count(),
            resumed,
            load_secs,
            group_secs,
            compare_secs,
            elapsed_secs: started.elapsed().as_secs_f64(),
        },
        events,
        warnings,
    };
    let index_path = options.output.join(INDEX_FILE);
    let text = serde_json::to_string_pretty(&index).map_err(|e| BatchError::Store {
        path: index_path.clone(),
        message: e.to_string(),
    })? + "\n";
    parallax_documents::store::write_atomic(&index_path, text.as_bytes(), false).map_err(|e| {
        BatchError::Store {
            path: index_path.clone(),
            message: e.to_string(),
        }
    })?;
    Ok(index)
}

/// Every article under `root`, folder by folder in path order, loaded `threads` folders at
/// a time, with the warnings met (files and folders that could not be read). `skip` (the
/// output folder) is not entered.
pub fn load_tree(
    root: &Path,
    skip: Option<&Path>,
    threads: usize,
    progress: &(dyn Fn(Progress) + Sync),
) -> (Vec<Article>, Vec<String>) {
    let mut warnings = Vec::new();
    let folders = article_folders(root, skip, &mut warnings);
    let articles = load_folders(&folders, threads.max(1), &mut warnings, progress);
    (articles, warnings)
}

/// Every folder under `root` (itself included) that holds an article file, in path order;
/// hidden folders and the output folder are not entered. Unreadable folders are warnings.
fn article_folders(root: &Path, skip: Option<&Path>, warnings: &mut Vec<String>) -> Vec<PathBuf> {
    let skip = skip.and_then(|p| p.canonicalize().ok());
    let mut found = Vec::new();
    let mut pending = vec![root.to_path_buf()];
    while let Some(dir) = pending.pop() {
        if skip.is_some() && dir.canonicalize().ok() == skip {
            continue;
        }
        let entries = match std::fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) => {
                warnings.push(format!("skipped {}: cannot read: {e}", dir.display()));
                continue;
            }
        };
        let mut has_articles = false;
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') {
                continue;
            }
            // `file_type` does not follow symlinks: a linked folder is not entered, so a
            // link loop cannot trap the walk.
            match entry.file_type() {
                Ok(t) if t.is_dir() => pending.push(entry.path()),
                Ok(_) if corpus::load::is_article_name(&name) => has_articles = true,
                _ => {}
            }
        }
        if has_articles {
            found.push(dir);
        }
    }
    found.sort();
    found
}

/// Load every folder, `threads` at a time, in folder order. A group of folders that fails
/// to load is loaded again one folder at a time, so that one bad folder costs only itself.
fn load_folders(
    folders: &[PathBuf],
    threads: usize,
    warnings: &mut Vec<String>,
    progress: &(dyn Fn(Progress) + Sync),
) -> Vec<Article> {
    let chunks: Vec<&[PathBuf]> = folders.chunks(FOLDERS_PER_LOAD).collect();
    let next = AtomicUsize::new(0);
    let folders_done = AtomicUsize::new(0);
    let work = || {
        let mut loaded: Vec<(usize, Vec<Article>, Vec<String>)> = Vec::new();
        loop {
            let c = next.fetch_add(1, Ordering::Relaxed);
            let Some(chunk) = chunks.get(c) else {
                return loaded;
            };
            let (articles, chunk_warnings) = match load_quietly(chunk) {
                Ok(set) => (set.articles, set.warnings),
                Err(_) => {
                    let mut articles = Vec::new();
                    let mut chunk_warnings = Vec::new();
                    for folder in *chunk {
                        match load_quietly(std::slice::from_ref(folder)) {
                            Ok(set) => {
                                articles.extend(set.articles);
                                chunk_warnings.extend(set.warnings);
                            }
                            Err(e) => chunk_warnings.push(format!("skipped folder {e}")),
                        }
                    }
                    (articles, chunk_warnings)
                }
            };
            loaded.push((c, articles, chunk_warnings));
            let done = folders_done.fetch_add(chunk.len(), Ordering::Relaxed) + chunk.len();
            progress(Progress::Loading {
                folders_done: done,
                folders: folders.len(),
            });
        }
    };
    let mut loaded = run_workers(threads.min(chunks.len().max(1)), work);
    loaded.sort_by_key(|(c, _, _)| *c);
    let mut articles = Vec::new();
    for (_, chunk_articles, chunk_warnings) in loaded {
        articles.extend(chunk_articles);
        warnings.extend(chunk_warnings);
    }
    articles
}

/// [`corpus::load_paths`], with a panic turned into an error naming the folders.
fn load_quietly(folders: &[PathBuf]) -> Result<ArticleSet, String> {
    let folders_text = || {
        folders
            .iter()
            .map(|f| f.display().to_string())
            .collect::<Vec<_>>()
            .join(", ")
    };
    match std::panic::catch_unwind(|| corpus::load_paths(folders)) {
        Ok(Ok(set)) => Ok(set),
        Ok(Err(e)) => Err(e.to_string()),
        Err(_) => Err(format!("{}: the loader failed (a bug)", folders_text())),
    }
}

/// Run `work` on `threads` threads (on this one when 1) and gather what each returns.
fn run_workers<T: Send>(threads: usize, work: impl Fn() -> Vec<T> + Sync) -> Vec<T> {
    if threads <= 1 {
        return work();
    }
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads).map(|_| scope.spawn(&work)).collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    })
}

/// Each article's folder, as a group number (articles without a path share group 0).
pub fn folder_labels(articles: &[Article]) -> Vec<usize> {
    let mut numbers: HashMap<Option<&Path>, usize> = HashMap::new();
    articles
        .iter()
        .map(|a| {
            let folder = a.source.path.as_deref().and_then(Path::parent);
            let next = numbers.len();
            *numbers.entry(folder).or_insert(next)
        })
        .collect()
}

/// Groups from per-article labels, in the order of their first article.
fn groups_of_labels(articles: &[Article], labels: &[usize]) -> Vec<group::EventGroup> {
    let mut order: Vec<usize> = Vec::new();
    let mut members: HashMap<usize, Vec<usize>> = HashMap::new();
    for (i, &l) in labels.iter().enumerate() {
        members
            .entry(l)
            .or_insert_with(|| {
                order.push(l);
                Vec::new()
            })
            .push(i);
    }
    order
        .into_iter()
        .map(|l| {
            let list = members.remove(&l).unwrap_or_default();
            let dates: Vec<Date> = list
                .iter()
                .filter_map(|&i| articles[i].source.meta.date)
                .collect();
            let label = list
                .first()
                .and_then(|&i| articles[i].source.path.as_deref())
                .and_then(Path::parent)
                .and_then(Path::file_name)
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            group::EventGroup {
                first_date: dates.iter().min().copied(),
                last_date: dates.iter().max().copied(),
                label,
                articles: list,
            }
        })
        .collect()
}

/// One event to analyse: its id and group.
struct EventJob<'g> {
    id: String,
    group: &'g group::EventGroup,
}

/// Ids for the groups: a hash of their articles' content hashes, made unique by a suffix
/// when two groups hold the same content (copies of one file in two places).
fn event_jobs<'g>(articles: &[Article], groups: &'g [group::EventGroup]) -> Vec<EventJob<'g>> {
    let mut used: HashMap<String, usize> = HashMap::new();
    groups
        .iter()
        .map(|g| {
            let mut hashes: Vec<&str> = g
                .articles
                .iter()
                .map(|&i| articles[i].source.content_hash.as_str())
                .collect();
            hashes.sort_unstable();
            let mut hasher = Sha256::new();
            for h in &hashes {
                hasher.update(h.as_bytes());
                hasher.update(b"\n");
            }
            let digest = hasher.finalize();
            let base: String = digest[..8].iter().map(|b| format!("{b:02x}")).collect();
            let seen = used.entry(base.clone()).or_insert(0);
            *seen += 1;
            let id = if *seen == 1 {
                base
            } else {
                format!("{base}-{seen}")
            };
            EventJob { id, group: g }
        })
        .collect()
}

/// Entries of the journal whose JSON is still in place and whole (of the size written),
/// by event id. A line cut short by a crash is ignored.
fn read_journal(path: &Path, output: &Path) -> HashMap<String, EventEntry> {
    let Ok(text) = std::fs::read_to_string(path) else {
        return HashMap::new();
    };
    let whole = |e: &EventEntry| {
        e.file.as_ref().is_some_and(|f| {
            std::fs::metadata(output.join(f)).is_ok_and(|m| m.is_file() && m.len() == e.bytes)
        })
    };
    text.lines()
        .filter_map(|line| serde_json::from_str::<EventEntry>(line).ok())
        .filter(|e| e.error.is_none() && whole(e))
        .map(|e| (e.id.clone(), e))
        .collect()
}

/// Analyse every event on `threads` workers without writing anything: the number of links
/// and of conflicts found (for benchmarks).
pub fn compare_all(
    articles: &[Article],
    groups: &[group::EventGroup],
    config: &Config,
    threads: usize,
) -> (usize, usize) {
    let mut order: Vec<usize> = (0..groups.len()).collect();
    order.sort_by_key(|&g| std::cmp::Reverse(groups[g].articles.len()));
    let next = AtomicUsize::new(0);
    let work = || {
        let mut counts = Vec::new();
        while let Some(&g) = order.get(next.fetch_add(1, Ordering::Relaxed)) {
            let set = ArticleSet {
                name: String::new(),
                articles: groups[g]
                    .articles
                    .iter()
                    .map(|&i| articles[i].clone())
                    .collect(),
                warnings: vec![],
            };
            let analysis = analyze(&set, config);
            let conflicts = analysis
                .links
                .iter()
                .filter(|l| l.relation == Relation::Conflict)
                .count();
            counts.push((analysis.links.len(), conflicts));
        }
        counts
    };
    run_workers(threads.max(1).min(groups.len().max(1)), work)
        .into_iter()
        .fold((0, 0), |(l, c), (links, conflicts)| {
            (l + links, c + conflicts)
        })
}

/// Analyse every job not already done, largest first over `options.threads` workers;
/// the entries come back in job order, each flagged when taken from an earlier run.
fn compare_events(
    articles: &[Article],
    jobs: &[EventJob],
    done_before: &HashMap<String, EventEntry>,
    options: &BatchOptions,
    journal: &Mutex<std::fs::File>,
    progress: &(dyn Fn(Progress) + Sync),
) -> Vec<(EventEntry, bool)> {
    let mut order: Vec<usize> = (0..jobs.len()).collect();
    order.sort_by_key(|&j| std::cmp::Reverse(jobs[j].group.articles.len()));
    let next = AtomicUsize::new(0);
    let events_done = AtomicUsize::new(0);
    let articles_done = AtomicUsize::new(0);
    let conflicts_found = AtomicUsize::new(0);
    let work = || {
        let mut finished: Vec<(usize, EventEntry, bool)> = Vec::new();
        loop {
            let k = next.fetch_add(1, Ordering::Relaxed);
            let Some(&j) = order.get(k) else {
                return finished;
            };
            let job = &jobs[j];
            let (entry, resumed) = match done_before.get(&job.id) {
                Some(entry) if entry.article_count == job.group.articles.len() => {
                    (entry.clone(), true)
                }
                _ => {
                    let entry = compare_event(articles, job, options);
                    if let Ok(line) = serde_json::to_string(&entry)
                        && let Ok(mut file) = journal.lock()
                    {
                        // A journal that cannot be written costs only the resumption.
                        let _ = writeln!(file, "{line}");
                    }
                    (entry, false)
                }
            };
            conflicts_found.fetch_add(entry.conflicts, Ordering::Relaxed);
            progress(Progress::Comparing {
                events_done: events_done.fetch_add(1, Ordering::Relaxed) + 1,
                events: jobs.len(),
                articles_done: articles_done.fetch_add(job.group.articles.len(), Ordering::Relaxed)
                    + job.group.articles.len(),
                articles: articles.len(),
                conflicts: conflicts_found.load(Ordering::Relaxed),
            });
            finished.push((j, entry, resumed));
        }
    };
    let mut finished = run_workers(options.threads.max(1).min(jobs.len().max(1)), work);
    finished.sort_by_key(|(j, _, _)| *j);
    finished.into_iter().map(|(_, e, r)| (e, r)).collect()
}

/// Analyse one event and write its comparison JSON; failures become the entry's `error`.
fn compare_event(articles: &[Article], job: &EventJob, options: &BatchOptions) -> EventEntry {
    let started = Instant::now();
    let group = job.group;
    let set = ArticleSet {
        name: format!("event {}", job.id),
        articles: group
            .articles
            .iter()
            .map(|&i| articles[i].clone())
            .collect(),
        warnings: vec![],
    };
    let mut entry = EventEntry {
        id: job.id.clone(),
        file: None,
        label: group.label.clone(),
        article_count: group.articles.len(),
        articles: set
            .articles
            .iter()
            .map(|a| {
                a.source
                    .path
                    .as_ref()
                    .map_or_else(|| a.source.file_name.clone(), |p| p.display().to_string())
            })
            .collect(),
        first_date: group.first_date,
        last_date: group.last_date,
        statements: 0,
        links: 0,
        conflicts: 0,
        analysis_secs: 0.0,
        bytes: 0,
        error: None,
    };
    let analysed = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        analyze(&set, &options.config)
    }));
    let analysis = match analysed {
        Ok(analysis) => analysis,
        Err(_) => {
            entry.error = Some("the analysis failed (a bug)".into());
            entry.analysis_secs = started.elapsed().as_secs_f64();
            return entry;
        }
    };
    entry.statements = analysis.statements.len();
    entry.links = analysis.links.len();
    entry.conflicts = analysis
        .links
        .iter()
        .filter(|l| l.relation == Relation::Conflict)
        .count();
    // Events are spread over 256 subfolders by the first two digits of their id: each
    // atomic write scans its folder for stale temporary files, which over one folder of
    // thousands of events would cost time quadratic in the events.
    let shard = job.id.get(..2).unwrap_or("00");
    let relative = format!("{EVENTS_FOLDER}/{shard}/{}.json", job.id);
    let path = options.output.join(&relative);
    let json = parallax_documents::export::comparison::to_json_string(&analysis);
    // Not synced: a crash may lose the file, and the journal's byte count then tells a
    // rerun to write it again.
    let write_options = parallax_fsio::WriteOptions {
        create_dirs: true,
        skip_sync: true,
        ..Default::default()
    };
    match parallax_fsio::write_atomic(&path, &write_options, |w| w.write_all(json.as_bytes())) {
        Ok(()) => {
            entry.file = Some(relative);
            entry.bytes = json.len() as u64;
        }
        Err(e) => entry.error = Some(format!("{}: {}", path.display(), e.into_io_error())),
    }
    entry.analysis_secs = started.elapsed().as_secs_f64();
    entry
}
