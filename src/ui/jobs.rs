//! Loading and analysing an article set on a background thread, so that no frame waits.
//!
//! [`AnalysisJob::start`] spawns one thread that loads the set and runs
//! [`parallax_engine::analysis::analyze`]; it reports its stage over a channel and asks egui to repaint.
//! A failed load, or a panic inside the engine, comes back as a [`JobFailure`] to show in the
//! window.

use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::time::{Duration, Instant};

use crate::ui::state::SetOrigin;
use parallax_engine::analysis::{Config, analyze};
use parallax_engine::corpus;
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

/// Why a set could not be opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JobFailure {
    pub origin: SetOrigin,
    pub message: String,
}

enum JobEvent {
    Stage(String),
    Done(Box<Result<LoadedSet, JobFailure>>),
}

/// A running load-and-analyse job.
pub struct AnalysisJob {
    pub origin: SetOrigin,
    pub stage: String,
    pub started: Instant,
    rx: Receiver<JobEvent>,
}

impl AnalysisJob {
    /// Start loading `origin` on a new thread; `ctx` is asked to repaint on each event.
    pub fn start(origin: SetOrigin, ctx: egui::Context) -> Self {
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
                let origin = thread_origin;
                let started = Instant::now();
                send(JobEvent::Stage("Reading articles…".into()));
                let loaded = match &origin {
                    SetOrigin::Bundled => Ok(corpus::bundled_set()),
                    SetOrigin::Paths(paths) => corpus::load_paths(paths),
                };
                let set = match loaded {
                    Ok(set) => set,
                    Err(e) => {
                        send(JobEvent::Done(Box::new(Err(JobFailure {
                            origin,
                            message: format!("Could not open the article set: {e}"),
                        }))));
                        return;
                    }
                };
                send(JobEvent::Stage(format!(
                    "Comparing {} articles…",
                    set.articles.len()
                )));
                let analysed = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    analyze(&set, &Config::default())
                }));
                let result = match analysed {
                    Ok(analysis) => Ok(LoadedSet {
                        origin: origin.clone(),
                        name: set.name.clone(),
                        analysis,
                        load_time: started.elapsed(),
                    }),
                    Err(panic) => Err(JobFailure {
                        origin,
                        message: format!(
                            "The analysis stopped on an internal error: {}",
                            panic_message(panic.as_ref())
                        ),
                    }),
                };
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
            rx,
        }
    }

    /// Take the result if the job has finished; update the stage text otherwise.
    pub fn poll(&mut self) -> Option<Result<LoadedSet, JobFailure>> {
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

fn panic_message(panic: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = panic.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = panic.downcast_ref::<String>() {
        s.clone()
    } else {
        "unknown error".to_string()
    }
}
