//! The scaling benchmark `parallax bench --scale`: how time and memory grow with the number
//! of articles, on a real news corpus laid out one folder per event.
//!
//! Rows: sets of 5 to 1,000 articles analysed as one set (taken from the largest folder
//! while it is large enough, else from the largest collection of the corpus, articles of
//! many events together: the worst case for candidate generation, since nothing is grouped);
//! 400 of those articles grouped into events; the same 400 opened as the workbench opens
//! a folder on its event list ([`EventSet::load`] on a folder of links to them); the whole
//! corpus grouped (with B-cubed
//! agreement against the folders); and every event of the whole corpus compared. Each row
//! gives wall time, the process's CPU time and its peak memory so far (rows run from the
//! smallest up, so the peak is the row's own when it is the largest yet).

use std::fmt::Write as _;
use std::path::Path;
use std::time::Instant;

use crate::batch::{self, BatchError};
use crate::events::EventSet;
use parallax_engine::corpus::{Article, ArticleSet, LoadError};
use parallax_engine::group::{self, GroupConfig};
use parallax_engine::{Config, analyze};

/// Article counts of the "analysed as one set" rows.
pub const SET_SIZES: [usize; 5] = [5, 17, 100, 400, 1000];
/// Articles grouped in the mixed-grouping row.
pub const MIXED_GROUPING_SIZE: usize = 400;

/// CPU time (user + system) of this process so far, in seconds, where the system tells it.
fn process_cpu_secs() -> Option<f64> {
    #[cfg(unix)]
    {
        // SAFETY: getrusage only writes into the zeroed struct we own.
        let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
        if unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut usage) } == 0 {
            let secs = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
            return Some(secs(usage.ru_utime) + secs(usage.ru_stime));
        }
        None
    }
    #[cfg(not(unix))]
    None
}

/// The peak resident memory of this process so far, in MiB, where the system tells it.
fn peak_memory_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

/// Wall and CPU seconds of `work`, with its result.
fn measure<T>(work: impl FnOnce() -> T) -> (T, f64, Option<f64>) {
    let cpu_before = process_cpu_secs();
    let started = Instant::now();
    let out = work();
    let wall_secs = started.elapsed().as_secs_f64();
    let cpu_secs = match (cpu_before, process_cpu_secs()) {
        (Some(a), Some(b)) => Some(b - a),
        _ => None,
    };
    (out, wall_secs, cpu_secs)
}

fn row(out: &mut String, what: &str, wall_secs: f64, cpu_secs: Option<f64>, detail: &str) {
    let cpu = cpu_secs.map_or_else(|| "-".to_string(), |s| format!("{s:.2}"));
    let memory = peak_memory_mib().map_or_else(|| "-".to_string(), |m| format!("{m:.0}"));
    let _ = writeln!(
        out,
        "{what:<44} {wall_secs:>8.2} {cpu:>8} {memory:>9}  {detail}"
    );
}

/// The first-level folder an article lies in under `root` (its collection).
fn collection_of<'a>(article: &'a Article, root: &Path) -> Option<&'a std::ffi::OsStr> {
    let path = article.source.path.as_deref()?;
    path.strip_prefix(root).ok()?.iter().next()
}

/// The scaling table over the corpus at `root` (see the module documentation); the
/// analysis rows take the median of `runs` runs (at most 5, at least 1).
pub fn scale_table(root: &Path, runs: u32) -> Result<String, BatchError> {
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:<44} {:>8} {:>8} {:>9}  detail",
        "row", "wall s", "cpu s", "peak MiB"
    );
    let ((articles, warnings), wall_secs, cpu_secs) =
        measure(|| batch::load_tree(root, None, threads, &|_| {}));
    if articles.is_empty() {
        return Err(BatchError::NoArticles {
            path: root.to_path_buf(),
        });
    }
    row(
        &mut out,
        &format!("load the corpus ({threads} threads)"),
        wall_secs,
        cpu_secs,
        &format!("{} articles, {} warnings", articles.len(), warnings.len()),
    );

    let folders = batch::folder_labels(&articles);
    let largest_folder = {
        let mut sizes = std::collections::HashMap::new();
        for &f in &folders {
            *sizes.entry(f).or_insert(0usize) += 1;
        }
        sizes
            .into_iter()
            .max_by_key(|&(f, n)| (n, std::cmp::Reverse(f)))
            .map_or(0, |(f, _)| f)
    };
    let one_event: Vec<&Article> = articles
        .iter()
        .zip(&folders)
        .filter(|&(_, &f)| f == largest_folder)
        .map(|(a, _)| a)
        .collect();
    let largest_collection = {
        let mut sizes = std::collections::HashMap::new();
        for a in &articles {
            *sizes.entry(collection_of(a, root)).or_insert(0usize) += 1;
        }
        sizes
            .into_iter()
            .max_by_key(|&(c, n)| (n, std::cmp::Reverse(c)))
            .and_then(|(c, _)| c)
    };
    let many_events: Vec<&Article> = articles
        .iter()
        .filter(|a| collection_of(a, root) == largest_collection)
        .collect();
    let config = Config::default();
    for size in SET_SIZES {
        let (pool, kind) = if one_event.len() >= size {
            (&one_event, "one event")
        } else {
            (&many_events, "many events as one set")
        };
        if pool.len() < size {
            continue;
        }
        let set = ArticleSet {
            name: String::new(),
            articles: pool[..size].iter().map(|a| (*a).clone()).collect(),
            warnings: vec![],
        };
        let timed_runs = if size >= 400 { 1 } else { runs.clamp(1, 5) };
        let mut timings: Vec<(f64, Option<f64>)> = Vec::new();
        let mut counts = (0, 0);
        for _ in 0..timed_runs {
            let (analysis, wall_secs, cpu_secs) = measure(|| analyze(&set, &config));
            counts = (analysis.statements.len(), analysis.links.len());
            timings.push((wall_secs, cpu_secs));
        }
        timings.sort_by(|x, y| x.0.total_cmp(&y.0));
        let (wall_secs, cpu_secs) = timings[timings.len() / 2];
        row(
            &mut out,
            &format!("{size} articles, {kind}, analysed"),
            wall_secs,
            cpu_secs,
            &format!("{} statements, {} links", counts.0, counts.1),
        );
    }

    let group_config = GroupConfig::default();
    let mixed: Vec<Article> = many_events
        .iter()
        .take(MIXED_GROUPING_SIZE)
        .map(|a| (*a).clone())
        .collect();
    let (groups, wall_secs, cpu_secs) = measure(|| group::group_articles(&mixed, &group_config));
    let agreement = group::bcubed(
        &group::group_labels(&groups, mixed.len()),
        &batch::folder_labels(&mixed),
    );
    row(
        &mut out,
        &format!("{} mixed articles grouped", mixed.len()),
        wall_secs,
        cpu_secs,
        &format!(
            "{} events ({} folders), B-cubed F1 {:.3}",
            groups.len(),
            distinct(&batch::folder_labels(&mixed)),
            agreement.f1
        ),
    );

    if let Some(folder) = linked_folder(&mixed) {
        let (opened, wall_secs, cpu_secs) =
            measure(|| EventSet::load(std::slice::from_ref(&folder)));
        let detail = match opened {
            Ok(events) => event_list_detail(&events),
            Err(e) => e.to_string(),
        };
        row(
            &mut out,
            &format!("{} mixed articles to the event list", mixed.len()),
            wall_secs,
            cpu_secs,
            &format!("{detail} (a folder of links; peak: use bench --event-list)"),
        );
        let _ = std::fs::remove_dir_all(&folder);
    }

    let (groups, wall_secs, cpu_secs) = measure(|| group::group_articles(&articles, &group_config));
    let agreement = group::bcubed(&group::group_labels(&groups, articles.len()), &folders);
    row(
        &mut out,
        &format!("whole corpus grouped ({} articles)", articles.len()),
        wall_secs,
        cpu_secs,
        &format!(
            "{} events ({} folders), B-cubed P {:.3} R {:.3} F1 {:.3}",
            groups.len(),
            distinct(&folders),
            agreement.precision,
            agreement.recall,
            agreement.f1
        ),
    );
    let ((links, conflicts), wall_secs, cpu_secs) =
        measure(|| batch::compare_all(&articles, &groups, &config, threads));
    row(
        &mut out,
        &format!("whole corpus, every event compared ({threads} threads)"),
        wall_secs,
        cpu_secs,
        &format!("{links} links, {conflicts} conflicts"),
    );
    if cfg!(debug_assertions) {
        out += "(debug build: use --release for real figures)\n";
    }
    Ok(out)
}

fn distinct(labels: &[usize]) -> usize {
    labels
        .iter()
        .collect::<std::collections::HashSet<_>>()
        .len()
}

/// A fresh temporary folder of links to `articles`' files, numbered in their order, as a
/// user would gather a day's coverage in one folder; `None` where links cannot be made.
fn linked_folder(articles: &[Article]) -> Option<std::path::PathBuf> {
    #[cfg(unix)]
    {
        let folder =
            std::env::temp_dir().join(format!("parallax-bench-events-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&folder);
        std::fs::create_dir_all(&folder).ok()?;
        for (i, article) in articles.iter().enumerate() {
            let path = article.source.path.as_deref()?;
            let target = path.canonicalize().ok()?;
            let name = format!("{i:04}_{}", article.source.file_name);
            std::os::unix::fs::symlink(target, folder.join(name)).ok()?;
        }
        Some(folder)
    }
    #[cfg(not(unix))]
    {
        let _ = articles;
        None
    }
}

/// What an event list holds, for a row's detail.
fn event_list_detail(events: &EventSet) -> String {
    let several = events
        .events
        .iter()
        .filter(|e| e.articles.len() >= 2)
        .count();
    format!(
        "{} articles, {} events ({several} of 2+ articles), opens on the list: {}",
        events.articles.len(),
        events.events.len(),
        if events.wants_event_list() {
            "yes"
        } else {
            "no"
        }
    )
}

/// `parallax bench --event-list PATH...`: what the workbench does to open `paths` on their
/// event list ([`EventSet::load`]: load, group, list rows), once, with its wall time, CPU
/// time and the process's peak memory (run it in a fresh process for a clean peak).
pub fn event_list_figures(paths: &[std::path::PathBuf]) -> Result<String, LoadError> {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:<44} {:>8} {:>8} {:>9}  detail",
        "row", "wall s", "cpu s", "peak MiB"
    );
    let (opened, wall_secs, cpu_secs) = measure(|| EventSet::load(paths));
    let events = opened?;
    row(
        &mut out,
        "open on the event list (load, group, rows)",
        wall_secs,
        cpu_secs,
        &event_list_detail(&events),
    );
    if cfg!(debug_assertions) {
        out += "(debug build: use --release for real figures)\n";
    }
    Ok(out)
}
