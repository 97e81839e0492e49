//! Loading and analysing an article set on a background thread, so that no frame waits.
//!
//! [`AnalysisJob::start`] spawns one thread that loads the set, groups a large or mixed one
//! into events (it then opens on its event list, [`Opened::Events`]) and otherwise runs
//! [`parallax_engine::analysis::analyze`]; it reports its stage over a channel and asks egui to
//! repaint. [`AnalysisJob::start_picked`] analyses an event picked from the list, and
//! [`ConflictScan`] finds each listed event's conflicts in the background.
//! A failed load, or a panic inside the engine, comes back as a [`JobFailure`] to show in the
//! window.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::time::{Duration, Instant};

use crate::events::{EventConflicts, EventSet, event_conflicts};
use crate::ui::state::SetOrigin;
use parallax_documents::store::{self, ManualEvent};
use parallax_engine::analysis::{Config, analyze};
use parallax_engine::corpus::{self, Article, ArticleSet};
use parallax_engine::model::Analysis;

/// A set loaded and analysed.
#[derive(Debug, Clone)]
pub struct LoadedSet {
    pub origin: SetOrigin,
    /// Display name: folder name, or the bundled set's name.
    pub name: String,
    pub analysis: Analysis,
    pub load_time: Duration,
}

/// What a finished job opens: a comparison, or the event list of a large or mixed set.
#[derive(Debug)]
pub enum Opened {
    Compared(Box<LoadedSet>),
    Events {
        origin: SetOrigin,
        events: EventSet,
        load_time: Duration,
    },
}

/// What decides how a loaded set opens (see [`EventSet::wants_event_list`]).
#[derive(Debug, Clone, Default)]
pub struct OpenRules {
    /// Where the set's own save is looked for (its hand-made events, or annotations made
    /// on the whole set).
    pub saves_dir: PathBuf,
    /// When a save is being opened with the set: its hand-made events (none: the save
    /// was made on a comparison, so the set is compared).
    pub save_events: Option<Vec<ManualEvent>>,
}

/// Why a set could not be opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JobFailure {
    pub origin: SetOrigin,
    pub message: String,
}

enum JobEvent {
    Stage(String),
    Done(Box<Result<Opened, JobFailure>>),
}

/// A running load-and-analyse job.
pub struct AnalysisJob {
    pub origin: SetOrigin,
    pub stage: String,
    pub started: Instant,
    /// The job analyses an event (or the whole set) picked from the event list.
    pub from_event_list: bool,
    rx: Receiver<JobEvent>,
}

/// How a loaded set opens.
enum Opening {
    EventList(EventSet),
    Whole(ArticleSet),
}

/// The event list when the set wants one (see the module documentation of
/// [`crate::events`]), else the set to compare whole. A set whose save holds annotations
/// made on the whole set and no hand-made events is compared whole, as before the event
/// list existed.
fn opening(origin: &SetOrigin, set: ArticleSet, rules: &OpenRules) -> Opening {
    if *origin == SetOrigin::Bundled || set.articles.len() < 2 {
        return Opening::Whole(set);
    }
    let saved = match &rules.save_events {
        Some(events) if events.is_empty() => return Opening::Whole(set),
        Some(events) => events.clone(),
        None => match store::load(&store::default_save_path(&rules.saves_dir, &set.name)) {
            Ok(file) if file.events.is_empty() && !file.annotations.is_empty() => {
                return Opening::Whole(set);
            }
            Ok(file) => file.events,
            Err(_) => Vec::new(),
        },
    };
    let events = EventSet::new(set).with_manual_events(saved);
    if events.wants_event_list() {
        Opening::EventList(events)
    } else {
        Opening::Whole(events.into_whole_set())
    }
}

/// Analyse `set`, a panic in the engine turned into a message.
fn analysed(origin: SetOrigin, set: &ArticleSet, started: Instant) -> Result<Opened, JobFailure> {
    let analysed = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        analyze(set, &Config::default())
    }));
    match analysed {
        Ok(analysis) => Ok(Opened::Compared(Box::new(LoadedSet {
            origin,
            name: set.name.clone(),
            analysis,
            load_time: started.elapsed(),
        }))),
        Err(panic) => Err(JobFailure {
            origin,
            message: format!(
                "The analysis stopped on an internal error: {}",
                panic_message(panic.as_ref())
            ),
        }),
    }
}

impl AnalysisJob {
    /// Start loading `origin` on a new thread; `ctx` is asked to repaint on each event.
    /// A large or mixed set comes back as its event list (see [`opening`]).
    pub fn start(origin: SetOrigin, rules: OpenRules, ctx: egui::Context) -> Self {
        Self::spawn(origin, false, ctx, move |origin, send| {
            let started = Instant::now();
            send("Reading articles…".into());
            let loaded = match &origin {
                SetOrigin::Bundled => Ok(corpus::bundled_set()),
                SetOrigin::Paths(paths) => corpus::load_paths(paths),
            };
            let set = match loaded {
                Ok(set) => set,
                Err(e) => {
                    return Err(JobFailure {
                        origin,
                        message: format!("Could not open the article set: {e}"),
                    });
                }
            };
            send(format!(
                "Grouping {} articles into events…",
                set.articles.len()
            ));
            let grouped = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                opening(&origin, set, &rules)
            }));
            match grouped {
                Ok(Opening::EventList(events)) => Ok(Opened::Events {
                    origin,
                    events,
                    load_time: started.elapsed(),
                }),
                Ok(Opening::Whole(set)) => {
                    send(format!("Comparing {} articles…", set.articles.len()));
                    analysed(origin, &set, started)
                }
                Err(panic) => Err(JobFailure {
                    origin,
                    message: format!(
                        "Grouping the articles stopped on an internal error: {}",
                        panic_message(panic.as_ref())
                    ),
                }),
            }
        })
    }

    /// Start analysing `set`, picked from the event list of the set opened from `origin`.
    pub fn start_picked(origin: SetOrigin, set: ArticleSet, ctx: egui::Context) -> Self {
        Self::spawn(origin, true, ctx, move |origin, send| {
            let started = Instant::now();
            send(format!("Comparing {} articles…", set.articles.len()));
            analysed(origin, &set, started)
        })
    }

    fn spawn(
        origin: SetOrigin,
        from_event_list: bool,
        ctx: egui::Context,
        work: impl FnOnce(SetOrigin, &dyn Fn(String)) -> Result<Opened, JobFailure> + Send + 'static,
    ) -> Self {
        let (tx, rx) = mpsc::channel();
        let thread_origin = origin.clone();
        let spawned = std::thread::Builder::new()
            .name("parallax-analysis".into())
            .spawn(move || {
                let send = |event: JobEvent| {
                    // The app may have gone away; nothing to do then.
                    let _ = tx.send(event);
                    ctx.request_repaint();
                };
                let result = work(thread_origin, &|stage| send(JobEvent::Stage(stage)));
                send(JobEvent::Done(Box::new(result)));
            });
        let stage = match spawned {
            Ok(_) => "Starting…".to_string(),
            Err(e) => format!("Could not start the analysis thread: {e}"),
        };
        Self {
            origin,
            stage,
            started: Instant::now(),
            from_event_list,
            rx,
        }
    }

    /// Take the result if the job has finished; update the stage text otherwise.
    pub fn poll(&mut self) -> Option<Result<Opened, JobFailure>> {
        loop {
            match self.rx.try_recv() {
                Ok(JobEvent::Stage(stage)) => self.stage = stage,
                Ok(JobEvent::Done(result)) => return Some(*result),
                Err(TryRecvError::Empty) => return None,
                Err(TryRecvError::Disconnected) => {
                    return Some(Err(JobFailure {
                        origin: self.origin.clone(),
                        message: "The analysis stopped unexpectedly.".into(),
                    }));
                }
            }
        }
    }
}

/// The conflicts of each event of an event list, found one event at a time on a background
/// thread (largest events first), so the list shows them as they come and never waits.
/// Dropping the scan stops it after the event in hand.
pub struct ConflictScan {
    rx: Receiver<(Vec<usize>, EventConflicts)>,
}

impl ConflictScan {
    /// Compare each of `events` (article indices of `articles`) in turn.
    pub fn start(articles: Arc<Vec<Article>>, events: Vec<Vec<usize>>, ctx: egui::Context) -> Self {
        let (tx, rx) = mpsc::channel();
        let _ = std::thread::Builder::new()
            .name("parallax-event-conflicts".into())
            .spawn(move || {
                for event in events {
                    let found = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                        event_conflicts(&articles, &event)
                    }))
                    .unwrap_or_default();
                    if tx.send((event, found)).is_err() {
                        return;
                    }
                    ctx.request_repaint();
                }
            });
        Self { rx }
    }

    /// The events compared since the last call, and whether the scan has finished.
    pub fn poll(&mut self) -> (Vec<(Vec<usize>, EventConflicts)>, bool) {
        let mut found = Vec::new();
        loop {
            match self.rx.try_recv() {
                Ok(event) => found.push(event),
                Err(TryRecvError::Empty) => return (found, false),
                Err(TryRecvError::Disconnected) => return (found, true),
            }
        }
    }
}

fn panic_message(panic: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = panic.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = panic.downcast_ref::<String>() {
        s.clone()
    } else {
        "unknown error".to_string()
    }
}
