//! The command line: `parallax compare`, `parallax batch`, `parallax eval`, `parallax bench`,
//! and the GUI launch.
//!
//! `parallax` with no arguments (or with only paths) opens the GUI when the `gui` feature is
//! on. Each command reports errors once, as one line on stderr, and returns a non-zero code.

pub mod export;

use std::path::PathBuf;
use std::process::ExitCode;

use std::io::Write as _;
use std::path::Path;
use std::time::Instant;

use anyhow::Context;
use clap::{Parser, Subcommand};

use parallax_documents::export::summary;
use parallax_engine::corpus::{self, ArticleSet};
use parallax_engine::model::StatementIdx;
use parallax_engine::{Config, analyze};

#[derive(Debug, Parser)]
#[command(
    name = "parallax",
    version,
    about = "Compare how news sources report the same event"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Files or folders to open in the workbench (no command given).
    paths: Vec<PathBuf>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Analyse an article set and print matches, conflicts and facts.
    Compare {
        /// Files or folders; none means the bundled Kazakhstan set.
        paths: Vec<PathBuf>,
        /// Write the comparison JSON to FILE, or to stdout with `-`. A symlink is written
        /// through, a FIFO or a device written into, never replaced.
        #[arg(long, value_name = "FILE")]
        json: Option<PathBuf>,
    },
    /// Analyse every event of a large folder in one process: group its articles into events
    /// (or take each folder as one event), then write one comparison JSON per event and an
    /// index. A run stopped midway resumes where it stopped; a bad file is a warning.
    Batch {
        /// The folder; every folder under it holding .txt, .md or .html files is read.
        dir: PathBuf,
        /// The output folder: `index.json`, `events/<xx>/<id>.json`, `journal.jsonl`.
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// Take each folder as one event instead of grouping articles by content.
        #[arg(long)]
        by_folder: bool,
        /// Worker threads (default: the number of cores).
        #[arg(long)]
        threads: Option<usize>,
        /// Groups merge when their articles' mean similarity reaches this (0-1).
        #[arg(long, default_value_t = parallax_engine::group::GroupConfig::default().min_similarity)]
        min_group_similarity: f32,
    },
    /// Export the comparison and its annotations: HTML report, Markdown, CSV, JSON,
    /// ClaimReview or W3C Web Annotation.
    Export(export::ExportArgs),
    /// Install for double-click launch (Linux): binary, menu entry, icons, save file type.
    InstallDesktop {
        /// Replace files that an earlier install did not write.
        #[arg(long)]
        force: bool,
    },
    /// Remove exactly what install-desktop installed (saves are kept).
    UninstallDesktop,
    /// Measure the engine against a gold file of relations.
    Eval {
        /// Files or folders; none means the bundled set.
        paths: Vec<PathBuf>,
        /// The gold file; default `../shared/eval/seed-gold.json`.
        #[arg(long, value_name = "FILE")]
        gold: Option<PathBuf>,
        /// List every miss and every wrong link.
        #[arg(long)]
        verbose: bool,
        /// Override the link threshold (for measuring the trade-off).
        #[arg(long)]
        threshold: Option<f32>,
        /// Score pairs with this link model (as `parallax train` writes it, e.g.
        /// `assets/model/link-model.json`) instead of the hand-set score.
        #[arg(long, value_name = "FILE")]
        model: Option<PathBuf>,
        /// Write every statement's weighted matching keys as JSON, for study (`-`: stdout).
        #[arg(long, value_name = "FILE")]
        dump_features: Option<PathBuf>,
        /// Run every gold file of an eval folder (default `../shared/eval`: the seed gold and
        /// each `dev/*.json`), each on the files it lists; print a row per cluster and the
        /// macro average.
        #[arg(long, value_name = "DIR", num_args = 0..=1,
              default_missing_value = "../shared/eval",
              conflicts_with_all = ["paths", "gold", "dump_features"])]
        suite: Option<PathBuf>,
        /// With `--suite`, `--record` or `--halves`: write the figures as JSON to FILE, or
        /// to stdout with `-`.
        #[arg(long, value_name = "FILE")]
        json: Option<PathBuf>,
        /// Set the tolls of the killed and the injured read from every shooting of the news
        /// corpus (default `../shared/corpora/news`) against the Gun Violence Archive's
        /// record of each (`gva_incidents.jsonl`).
        #[arg(long, value_name = "DIR", num_args = 0..=1,
              default_missing_value = "../shared/corpora/news",
              conflicts_with_all = ["paths", "gold", "dump_features", "suite"])]
        record: Option<PathBuf>,
        /// Read each ECB+ topic's two events (default folder `../shared/corpora/news/ecbplus`)
        /// as one set and count the links and conflicts within one event and across the two,
        /// wrong by construction: a measure of precision without gold (with `--verbose`, a row
        /// per topic).
        #[arg(long, value_name = "DIR", num_args = 0..=1,
              default_missing_value = "../shared/corpora/news/ecbplus",
              conflicts_with_all = ["paths", "gold", "dump_features", "suite", "record"])]
        halves: Option<PathBuf>,
    },
    /// Fit the link model on the eval suite, print each cluster's figures under a model
    /// fitted without it, and write the model fitted on all clusters (by default to
    /// `assets/model/link-model.json`, which the next build embeds).
    Train {
        /// The eval folder (the seed gold and `dev/*.json`).
        #[arg(long, value_name = "DIR", default_value = "../shared/eval")]
        suite: PathBuf,
        /// Where the model goes; `-` for stdout.
        #[arg(short, long, default_value = "assets/model/link-model.json")]
        output: PathBuf,
        /// L2 penalty on the standardised weights.
        #[arg(long, default_value_t = 30.0)]
        l2: f64,
        /// Weight of a positive example against a negative one.
        #[arg(long, default_value_t = 1.0)]
        positive_weight: f64,
        /// Weight of candidate pairs the gold does not judge, as negatives (0: left out).
        #[arg(long, default_value_t = 0.0)]
        unjudged_weight: f64,
        /// Weight of pairs the gold lists as near misses (negatives).
        #[arg(long, default_value_t = 1.0)]
        near_miss_weight: f64,
        /// Features to leave out, comma-separated (for ablations).
        #[arg(long, value_delimiter = ',')]
        without: Vec<String>,
        /// Also fit the keep ratio and minimum new evidence of selection on the training
        /// clusters (else the defaults are kept).
        #[arg(long)]
        fit_selection: bool,
        /// F1 points one linked near miss per cluster costs when settings are chosen.
        #[arg(long, default_value_t = 0.0)]
        near_miss_cost: f64,
    },
    /// Compute the background document-frequency table from folders of news articles
    /// (maintainers only; writes `assets/lexicon/news-df.tsv`).
    #[command(hide = true)]
    BuildDf {
        /// Folders searched recursively for .txt, .md and .html articles.
        folders: Vec<PathBuf>,
        /// Keys seen in fewer documents are left out of the table.
        #[arg(long, default_value_t = 3)]
        min_df: u32,
        #[arg(short, long, default_value = "assets/lexicon/news-df.tsv")]
        output: PathBuf,
    },
    /// Time the analysis of an article set (release builds give the real figures).
    Bench {
        /// Files or folders; none means the bundled set.
        paths: Vec<PathBuf>,
        /// Number of timed runs.
        #[arg(long, default_value_t = 50)]
        runs: u32,
        /// Instead, print the scaling table over a news corpus with one folder per event
        /// (default `../shared/corpora/news`): sets of 5 to 1,000 articles analysed as one
        /// set, 400 mixed articles grouped, the whole corpus grouped and every event compared.
        #[arg(long, value_name = "DIR", num_args = 0..=1,
              default_missing_value = "../shared/corpora/news",
              conflicts_with = "paths")]
        scale: Option<PathBuf>,
        /// Instead, time what the workbench does to open the paths on their event list
        /// (load, group into events, list rows), once, with the process's peak memory.
        #[arg(long, conflicts_with = "scale")]
        event_list: bool,
    },
}

/// Run the binary; returns the process exit code.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        None => open_gui(cli.paths),
        Some(Command::Compare { paths, json }) => compare(&paths, json.as_deref()),
        Some(Command::Export(args)) => export::run(&args),
        Some(Command::InstallDesktop { force }) => crate::desktop::run_install_command(force),
        Some(Command::UninstallDesktop) => crate::desktop::run_uninstall_command(),
        Some(Command::Eval {
            record: Some(corpus),
            json,
            verbose,
            threshold,
            model,
            ..
        }) => config(model, threshold)
            .and_then(|config| eval_record(&corpus, json.as_deref(), verbose, config)),
        Some(Command::Eval {
            halves: Some(dir),
            json,
            verbose,
            threshold,
            model,
            ..
        }) => config(model, threshold)
            .and_then(|config| eval_halves(&dir, json.as_deref(), verbose, config)),
        Some(Command::Eval {
            suite: Some(suite),
            json,
            verbose,
            threshold,
            model,
            ..
        }) => config(model, threshold)
            .and_then(|config| eval_suite(&suite, json.as_deref(), verbose, config)),
        Some(Command::Eval {
            paths,
            gold,
            verbose,
            threshold,
            dump_features,
            model,
            json,
            ..
        }) => match json {
            Some(_) => Err(anyhow::anyhow!(
                "--json needs --suite, --record or --halves"
            )),
            None => config(model, threshold)
                .and_then(|config| eval(&paths, gold, verbose, config, dump_features)),
        },
        Some(Command::Bench {
            scale: Some(corpus_dir),
            runs,
            ..
        }) => crate::bench::scale_table(&corpus_dir, runs)
            .map_err(anyhow::Error::from)
            .and_then(|t| print_out(&t)),
        Some(Command::Bench {
            paths,
            event_list: true,
            ..
        }) => crate::bench::event_list_figures(&paths)
            .map_err(anyhow::Error::from)
            .and_then(|t| print_out(&t)),
        Some(Command::Bench { paths, runs, .. }) => bench(&paths, runs),
        Some(Command::Batch {
            dir,
            out,
            by_folder,
            threads,
            min_group_similarity,
        }) => batch(&dir, &out, by_folder, threads, min_group_similarity),
        Some(Command::Train {
            suite,
            output,
            l2,
            positive_weight,
            unjudged_weight,
            near_miss_weight,
            without,
            fit_selection,
            near_miss_cost,
        }) => {
            let options = parallax_eval::train::TrainOptions {
                l2,
                positive_weight,
                unjudged_weight,
                near_miss_weight,
                without,
                fit_selection,
                near_miss_cost,
            };
            train(&suite, &output, &options)
        }
        Some(Command::BuildDf {
            folders,
            min_df,
            output,
        }) => build_df(&folders, min_df, &output),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("parallax: {e:#}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(feature = "gui")]
fn open_gui(paths: Vec<PathBuf>) -> anyhow::Result<()> {
    crate::ui::run(paths)
}

#[cfg(not(feature = "gui"))]
fn open_gui(_paths: Vec<PathBuf>) -> anyhow::Result<()> {
    anyhow::bail!("built without the `gui` feature; try `parallax compare`")
}

/// Load the named paths, or the bundled set when there are none.
fn load(paths: &[PathBuf]) -> anyhow::Result<ArticleSet> {
    if paths.is_empty() {
        Ok(corpus::bundled_set())
    } else {
        Ok(corpus::load_paths(paths)?)
    }
}

/// Refuse an output file that is one of the inputs: `compare folder/ --json folder/b.txt`
/// would replace an article the user asked to read, `export -o save.ron --annotations
/// save.ron` the annotations. Paths are compared after resolving links; an output that
/// does not exist yet is no input.
pub(crate) fn refuse_input_as_output(
    output: &Path,
    set: &ArticleSet,
    other_inputs: &[&Path],
) -> anyhow::Result<()> {
    let articles = set.articles.iter().filter_map(|a| a.source.path.as_deref());
    if parallax_documents::is_one_of(output, articles.chain(other_inputs.iter().copied())) {
        anyhow::bail!(
            "{}: is one of the inputs; not writing over it (give the output file after --json or -o)",
            output.display()
        );
    }
    Ok(())
}

/// Refuse to replace an existing article file with JSON: `compare --json a.txt b.txt`
/// reads `a.txt` as the output and would destroy it.
fn refuse_replacing_an_article(output: &Path) -> anyhow::Result<()> {
    let is_article = output
        .file_name()
        .and_then(|n| n.to_str())
        .is_some_and(corpus::load::is_article_name);
    if is_article && std::fs::metadata(output).is_ok_and(|m| m.is_file()) {
        anyhow::bail!(
            "{}: an article file exists there; not replacing it with JSON (give a .json file after --json)",
            output.display()
        );
    }
    Ok(())
}

fn compare(paths: &[PathBuf], json: Option<&Path>) -> anyhow::Result<()> {
    let set = load(paths)?;
    if let Some(p) = json.filter(|p| !parallax_fsio::is_stdout(p)) {
        refuse_input_as_output(p, &set, &[])?;
        refuse_replacing_an_article(p)?;
    }
    let analysis = analyze(&set, &Config::default());
    match json {
        Some(p) if parallax_fsio::is_stdout(p) => {
            print_out(&(parallax_documents::export::comparison::to_json_string(&analysis) + "\n"))
        }
        Some(p) => {
            // The error names the file and the cause: no context to add.
            parallax_documents::store::write_atomic(
                p,
                parallax_documents::export::comparison::to_json_string(&analysis).as_bytes(),
                false,
            )?;
            print_out(&format!(
                "{}JSON written to {}\n",
                summary::render(&analysis),
                p.display()
            ))
        }
        None => print_out(&summary::render(&analysis)),
    }
}

/// `parallax batch`: run, with a progress line on stderr, then print the totals.
fn batch(
    dir: &Path,
    out: &Path,
    by_folder: bool,
    threads: Option<usize>,
    min_group_similarity: f32,
) -> anyhow::Result<()> {
    use crate::batch::{BatchOptions, Grouping, Progress};
    use std::io::IsTerminal as _;
    anyhow::ensure!(
        (0.0..=1.0).contains(&min_group_similarity),
        "--min-group-similarity must lie between 0 and 1"
    );
    let options = BatchOptions {
        input: dir.to_path_buf(),
        output: out.to_path_buf(),
        grouping: if by_folder {
            Grouping::ByFolder
        } else {
            Grouping::ByContent(parallax_engine::group::GroupConfig {
                min_similarity: min_group_similarity,
                ..Default::default()
            })
        },
        config: Config::default(),
        threads: threads
            .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, usize::from))
            .max(1),
    };
    let started = Instant::now();
    let terminal = std::io::stderr().is_terminal();
    // On a terminal the line is redrawn in place; in a log, a line every few seconds.
    let last_shown_secs = std::sync::Mutex::new(-1.0f64);
    let show = |p: Progress| {
        let elapsed_secs = started.elapsed().as_secs_f64();
        let Ok(mut last) = last_shown_secs.lock() else {
            return;
        };
        let finished =
            matches!(p, Progress::Comparing { events_done, events, .. } if events_done == events);
        let gap_secs = if terminal { 0.1 } else { 5.0 };
        if elapsed_secs - *last < gap_secs && !finished && !matches!(p, Progress::Grouping { .. }) {
            return;
        }
        *last = elapsed_secs;
        let line = match p {
            Progress::Loading {
                folders_done,
                folders,
            } => {
                format!("loading: {folders_done}/{folders} folders")
            }
            Progress::Grouping { articles } => format!("grouping {articles} articles into events"),
            Progress::Comparing {
                events_done,
                events,
                articles_done,
                articles,
                conflicts,
            } => format!(
                "comparing: {events_done}/{events} events, {articles_done}/{articles} articles, {conflicts} conflicts"
            ),
        };
        if terminal {
            eprint!("\r\x1b[2K[{elapsed_secs:6.1} s] {line}");
        } else {
            eprintln!("[{elapsed_secs:6.1} s] {line}");
        }
    };
    let result = crate::batch::run(&options, &show);
    if terminal {
        eprintln!();
    }
    let index = result?;
    let t = &index.totals;
    let mut text = format!(
        "{} events from {} articles: {} links, {} conflicts; {} failed, {} taken from an earlier run\n\
         time: {:.1} s (loading {:.1} s, grouping {:.1} s, comparing {:.1} s)\n",
        t.events,
        t.articles,
        t.links,
        t.conflicts,
        t.failed,
        t.resumed,
        t.elapsed_secs,
        t.load_secs,
        t.group_secs,
        t.compare_secs,
    );
    if let Some(b) = index.agreement_with_folders {
        text += &format!(
            "events against folders (B-cubed): precision {:.3}, recall {:.3}, F1 {:.3}\n",
            b.precision, b.recall, b.f1
        );
    }
    if !index.warnings.is_empty() {
        text += &format!("{} warnings (listed in the index)\n", index.warnings.len());
    }
    text += &format!(
        "index written to {}\n",
        out.join(crate::batch::INDEX_FILE).display()
    );
    print_out(&text)
}

fn eval(
    paths: &[PathBuf],
    gold: Option<PathBuf>,
    verbose: bool,
    config: Config,
    dump_features: Option<PathBuf>,
) -> anyhow::Result<()> {
    let gold_path = gold.unwrap_or_else(|| PathBuf::from("../shared/eval/seed-gold.json"));
    let gold_text = read_text(&gold_path)
        .with_context(|| format!("cannot read the gold file {}", gold_path.display()))?;
    // EvalError's message holds the JSON error, which is also its source: one line, no
    // chain, so that it is printed once.
    let gold = parallax_eval::Gold::parse(&gold_text)
        .map_err(|e| anyhow::anyhow!("{}: {e}", gold_path.display()))?;
    let set = load(paths)?;
    if let Some(p) = dump_features
        .as_deref()
        .filter(|p| !parallax_fsio::is_stdout(p))
    {
        refuse_input_as_output(p, &set, &[&gold_path])?;
    }
    let analysis = analyze(&set, &config);
    let report = parallax_eval::evaluate(&analysis, &gold);
    if let Some(p) = dump_features {
        let features = parallax_engine::align::features::compute(&analysis);
        let rows: Vec<serde_json::Value> = analysis
            .statements
            .iter()
            .zip(&features)
            .map(|(s, f)| {
                serde_json::json!({
                    "source": analysis.source(s.source).file_name,
                    "start": s.start, "end": s.end, "text": s.text,
                    "boilerplate": s.is_boilerplate(),
                    "keys": f.keys.iter().map(|k| (k.key.clone(), format!("{:?}", k.kind), k.weight)).collect::<Vec<_>>(),
                    "terms": f.terms.iter().map(|t| (t.key.clone(), t.start)).collect::<Vec<_>>(),
                    "numbers": f.parse.quantities.iter().map(|q| (format!("#{}", q.value), q.start)).collect::<Vec<_>>(),
                })
            })
            .collect();
        write_text(&p, &serde_json::to_string(&rows)?)?;
    }
    let mut text = report.summary();
    if verbose {
        let show =
            |pair: &(StatementIdx, StatementIdx)| parallax_eval::describe_pair(&analysis, *pair);
        text += "\n\ngold pairs by best score:";
        let mut pairs = parallax_eval::pair_scores(&analysis, &gold);
        pairs.sort_by(|x, y| x.1.total_cmp(&y.1));
        for (id, score, a, b) in pairs {
            text += &format!("\n  {score:.3} {id}: {a} | {b}");
        }
        text += "\n\ngold conflicts: best score, detector finding:";
        for (id, score, finding) in parallax_eval::conflict_probe(&analysis, &gold) {
            text += &format!("\n  {score:.3} {id}: {finding:?}");
        }
        text += "\n\nmissed conflicts:";
        report
            .missed_conflicts
            .iter()
            .for_each(|m| text += &format!("\n  {m}"));
        text += &format!("\n\nnear misses linked: {:?}", report.linked_near_misses);
        text += "\n\nwrong links:";
        report.wrong_links.iter().for_each(|p| text += &show(p));
        text += "\n\nwrong conflicts:";
        report.wrong_conflicts.iter().for_each(|p| text += &show(p));
    }
    print_out(&(text + "\n"))
}

/// `parallax eval --suite`: the table (or JSON) of every gold file in `suite`.
fn train(
    suite: &Path,
    output: &Path,
    options: &parallax_eval::train::TrainOptions,
) -> anyhow::Result<()> {
    for name in &options.without {
        anyhow::ensure!(
            parallax_engine::align::learned::FEATURE_NAMES.contains(&name.as_str()),
            "no feature named {name}"
        );
    }
    let started = Instant::now();
    let report = parallax_eval::train::train(suite, options)?;
    let model_json = parallax_eval::train::model_file_text(&report.model)?;
    let mut text = String::from("Examples (judged candidate pairs): ");
    text += &report
        .examples
        .iter()
        .map(|(name, pos, neg)| format!("{name} {pos}+/{neg}-"))
        .collect::<Vec<_>>()
        .join(", ");
    text += "\n\nEach cluster scored by a model fitted and thresholded on the others:\n";
    let rows: Vec<_> = report.left_out.iter().map(|l| l.report.clone()).collect();
    text += &parallax_eval::suite::SuiteReport {
        macro_: report.left_out_macro.clone(),
        clusters: rows,
        skipped: vec![],
    }
    .table();
    let m = &report.left_out_macro;
    text += &format!(
        "left-out macro: F1 {:.3} (R {:.3}, P {:.3}), near misses linked {:.2} per cluster\n",
        m.f1,
        m.match_recall,
        m.match_precision,
        m.conflict_counts.near_misses_linked as f64 / m.clusters.max(1) as f64
    );
    for l in &report.left_out {
        text += &format!(
            "  {}: threshold {:.2}, keep ratio {:.2}, min new evidence {:.2}\n",
            l.report.name, l.threshold, l.keep_ratio, l.min_new_evidence
        );
    }
    text += &format!(
        "\nModel on all clusters: threshold {:.2}, keep ratio {:.2}, min new evidence {:.2}; weights:\n",
        report.model.threshold, report.model.keep_ratio, report.model.min_new_evidence
    );
    for (name, w) in report.model.features.iter().zip(&report.model.weights) {
        text += &format!("  {name:<20} {w:+.3}\n");
    }
    if parallax_fsio::is_stdout(output) {
        return print_out(&(text + &model_json));
    }
    // The error names the file and the cause: no context to add.
    parallax_documents::store::write_atomic(output, model_json.as_bytes(), false)?;
    text += &format!(
        "Model written to {} in {:.1} s; rebuild to embed it.\n",
        output.display(),
        started.elapsed().as_secs_f64()
    );
    print_out(&text)
}

/// The engine's settings for `eval`: the default, or pairs scored by the model in
/// `model`, with the link threshold overridden by `threshold`.
fn config(model: Option<PathBuf>, threshold: Option<f32>) -> anyhow::Result<Config> {
    let mut config = match model {
        Some(path) => {
            let text =
                read_text(&path).with_context(|| format!("cannot read {}", path.display()))?;
            let model: parallax_engine::align::learned::LinkModel = serde_json::from_str(&text)
                .with_context(|| format!("{} is not a link model", path.display()))?;
            anyhow::ensure!(
                model.is_consistent(),
                "{}: its features are not today's ({})",
                path.display(),
                parallax_engine::align::learned::FEATURE_NAMES.join(", ")
            );
            Config::with_model(model)
        }
        None => Config::default(),
    };
    if let Some(t) = threshold {
        config.link_threshold = t;
    }
    Ok(config)
}

/// `parallax eval --halves`: each ECB+ topic's two events read as one set.
fn eval_halves(
    dir: &Path,
    json: Option<&Path>,
    verbose: bool,
    config: Config,
) -> anyhow::Result<()> {
    let started = Instant::now();
    let report = parallax_eval::halves::run(dir, &config)?;
    let seconds = started.elapsed().as_secs_f64();
    let mut text = report.table(verbose);
    if write_report_json(json, &report, &mut text)? {
        return Ok(());
    }
    text += &format!("{} topics in {seconds:.1} s\n", report.topics.len());
    print_out(&text)
}

/// `parallax eval --record`: the tolls of the corpus's shootings against the record.
fn eval_record(
    corpus: &Path,
    json: Option<&Path>,
    verbose: bool,
    config: Config,
) -> anyhow::Result<()> {
    let started = Instant::now();
    let report = parallax_eval::record::run(corpus, 1, &config)?;
    let seconds = started.elapsed().as_secs_f64();
    let mut text = report.table();
    if write_report_json(json, &report, &mut text)? {
        return Ok(());
    }
    text += &format!("{} incidents in {seconds:.1} s\n", report.incidents);
    if verbose {
        text += "\nTolls that disagree with the record:\n";
        for line in &report.disagreements {
            text += line;
            text += "\n";
        }
    }
    print_out(&text)
}

fn eval_suite(
    suite: &Path,
    json: Option<&Path>,
    verbose: bool,
    config: Config,
) -> anyhow::Result<()> {
    let started = Instant::now();
    let mut details = String::new();
    let report = parallax_eval::suite::run_with(suite, &config, |cluster, analysis, r| {
        if verbose {
            details += &format!(
                "\n== {} ({})\n{}",
                cluster.name,
                cluster.gold_file,
                parallax_eval::suite::details(analysis, r)
            );
        }
    })?;
    let seconds = started.elapsed().as_secs_f64();
    let mut text = report.table();
    text += "\n";
    text += &report.rule_table();
    if write_report_json(json, &report, &mut text)? {
        return Ok(());
    }
    text += &format!(
        "{} clusters in {seconds:.2} s{}\n",
        report.clusters.len(),
        if cfg!(debug_assertions) {
            " (debug build: use --release for real timings)"
        } else {
            ""
        }
    );
    print_out(&(text + &details))
}

/// Largest text file the command line reads whole (a gold file, a link model).
const MAX_TEXT_BYTES: u64 = 64 * 1024 * 1024;

/// Read a regular text file, refusing FIFOs and devices at once (see [`parallax_fsio::read`]).
fn read_text(path: &Path) -> anyhow::Result<String> {
    let bytes = parallax_fsio::read_regular_file(path, MAX_TEXT_BYTES)?;
    Ok(String::from_utf8(bytes)?)
}

/// Write `text` to `path` atomically, or to stdout when `path` is `-`.
fn write_text(path: &Path, text: &str) -> anyhow::Result<()> {
    if parallax_fsio::is_stdout(path) {
        return print_out(text);
    }
    Ok(parallax_documents::store::write_atomic(
        path,
        text.as_bytes(),
        false,
    )?)
}

/// Write a report's JSON where `--json` asks: to stdout alone (then `true`: print nothing
/// else), or atomically to a file, adding a line to `text` that says so.
fn write_report_json(
    json: Option<&Path>,
    report: &impl serde::Serialize,
    text: &mut String,
) -> anyhow::Result<bool> {
    let Some(path) = json else {
        return Ok(false);
    };
    write_text(path, &(serde_json::to_string_pretty(report)? + "\n"))?;
    if parallax_fsio::is_stdout(path) {
        return Ok(true);
    }
    *text += &format!("JSON written to {}\n", path.display());
    Ok(false)
}

/// Print to stdout; a closed pipe (`parallax ... | head`) is not an error.
fn print_out(text: &str) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.into()),
        _ => Ok(()),
    }
}

fn build_df(folders: &[PathBuf], min_df: u32, output: &Path) -> anyhow::Result<()> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
        for entry in std::fs::read_dir(dir)? {
            let p = entry?.path();
            if p.is_dir() {
                walk(&p, out)?;
            } else if p
                .extension()
                .is_some_and(|e| ["txt", "md", "html", "htm"].contains(&&*e.to_string_lossy()))
            {
                out.push(p);
            }
        }
        Ok(())
    }
    let mut files = Vec::new();
    for f in folders {
        walk(f, &mut files).with_context(|| format!("cannot read {}", f.display()))?;
    }
    files.sort();
    let mut df: std::collections::HashMap<String, u32> = std::collections::HashMap::new();
    let mut documents = 0u32;
    for f in &files {
        let Ok(bytes) = parallax_fsio::read_regular_file(f, corpus::MAX_FILE_BYTES) else {
            continue;
        };
        let name = f.file_name().unwrap_or_default().to_string_lossy();
        let Ok(article) = corpus::article_from_bytes(&name, &bytes, None) else {
            continue;
        };
        documents += 1;
        let mut keys = std::collections::HashSet::new();
        for s in article
            .statements
            .iter()
            .filter(|s| s.boilerplate.is_none())
        {
            for t in parallax_engine::text::normalize::terms(&s.text) {
                if t.kind == parallax_engine::text::normalize::TermKind::Name {
                    keys.insert(parallax_engine::text::stem::stem(&t.key));
                }
                keys.insert(t.key);
            }
        }
        for k in keys {
            *df.entry(k).or_default() += 1;
        }
    }
    let mut rows: Vec<(String, u32)> = df.into_iter().filter(|(_, n)| *n >= min_df).collect();
    rows.sort();
    let mut text = format!("#documents\t{documents}\n");
    for (k, n) in &rows {
        text += &format!("{k}\t{n}\n");
    }
    if parallax_fsio::is_stdout(output) {
        return print_out(&text);
    }
    parallax_documents::store::write_atomic(output, text.as_bytes(), false)?;
    print_out(&format!(
        "{} documents, {} keys written to {}\n",
        documents,
        rows.len(),
        output.display()
    ))
}

fn bench(paths: &[PathBuf], runs: u32) -> anyhow::Result<()> {
    let set = load(paths)?;
    let config = Config::default();
    let mut analysis = analyze(&set, &config); // warm-up
    let mut times_ms: Vec<f64> = Vec::with_capacity(runs as usize);
    for _ in 0..runs.max(1) {
        let t = Instant::now();
        analysis = analyze(&set, &config);
        times_ms.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    // The reuse stage alone (it is part of every analysis above).
    let mut reuse_ms: Vec<f64> = (0..runs.max(1))
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(parallax_engine::reuse::detect(&analysis));
            t.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    reuse_ms.sort_by(f64::total_cmp);
    times_ms.sort_by(f64::total_cmp);
    let median = times_ms[times_ms.len() / 2];
    let bytes: usize = set
        .articles
        .iter()
        .map(|a| a.source.stored_text.len())
        .sum();
    print_out(&format!(
        "{}: {} articles, {} KiB, {} statements, {} links\nanalysis: median {:.2} ms, min {:.2} ms, max {:.2} ms over {} runs{}\n  of which reuse detection: median {:.2} ms\n",
        set.name,
        set.articles.len(),
        bytes / 1024,
        analysis.statements.len(),
        analysis.links.len(),
        median,
        times_ms[0],
        times_ms[times_ms.len() - 1],
        times_ms.len(),
        if cfg!(debug_assertions) {
            " (debug build: use --release for real figures)"
        } else {
            ""
        },
        reuse_ms[reuse_ms.len() / 2],
    ))
}
