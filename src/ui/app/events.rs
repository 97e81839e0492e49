//! The app's side of the event list: opening a large or mixed set on it, comparing the
//! event picked (or every article together) and coming back, merging ticked events, moving
//! an article to another or a new event, and saving those decisions in the set's save
//! (`<saves dir>/<set name>.ron`, its `events` field) at once.

use crate::events::EventSet;
use crate::ui::actions::Action;
use crate::ui::app::ParallaxApp;
use crate::ui::event_list::EventList;
use crate::ui::jobs::AnalysisJob;
use crate::ui::state::{AfterUnsaved, Problem, ProblemSeverity, SetOrigin, ViewState};
use parallax_documents::annotate::AnnotationSet;
use parallax_documents::store::{self, SaveFile};

impl ParallaxApp {
    /// Show a set grouped into events: no comparison is open until the user picks one.
    pub(super) fn open_event_list(
        &mut self,
        origin: SetOrigin,
        mut set: EventSet,
        load_time: std::time::Duration,
    ) {
        let save_path = match self.save_to_open.take() {
            // A save opened with its articles: its set's name (the folder's, not the first
            // file's) names the events' comparisons.
            Some((path, file)) => {
                set.name = file.set.name;
                path
            }
            None => store::default_save_path(&self.saves_dir(), &set.name),
        };
        let mut list = EventList::new(origin, set, save_path, load_time);
        list.scan_conflicts(&self.egui_ctx);
        self.close_comparison();
        self.view.problems = list
            .set
            .warnings
            .iter()
            .map(|w| Problem {
                severity: ProblemSeverity::Warning,
                message: w.clone(),
            })
            .collect();
        self.events = Some(list);
    }

    /// Close the open comparison, if any, keeping the event list.
    fn close_comparison(&mut self) {
        self.workspace = None;
        self.view = ViewState {
            show_frame_stats: self.view.show_frame_stats,
            ..ViewState::default()
        };
        self.columns.reset();
        self.diffs.clear();
    }

    /// Back from a comparison to the event list it was picked from.
    pub(super) fn show_event_list(&mut self) {
        if self.events.is_none() {
            return;
        }
        self.close_comparison();
        if let Some(list) = &mut self.events {
            list.scan_conflicts(&self.egui_ctx);
        }
    }

    /// Apply an action of the event list.
    pub(super) fn apply_event_action(&mut self, ctx: &egui::Context, action: Action) {
        if self.job.is_some() {
            return;
        }
        match action {
            Action::ShowEventList => self.proceed_or_ask(AfterUnsaved::ShowEventList),
            Action::OpenEvent(i) => {
                let Some(list) = &mut self.events else { return };
                if i >= list.set.events.len() {
                    return;
                }
                list.opened = Some(i);
                list.pause_scan();
                let set = list.set.event_article_set(i);
                self.job = Some(AnalysisJob::start_picked(
                    list.origin.clone(),
                    set,
                    ctx.clone(),
                ));
            }
            Action::CompareAllEvents => {
                let Some(list) = &mut self.events else { return };
                list.opened = None;
                list.pause_scan();
                let set = list.set.whole_set();
                self.job = Some(AnalysisJob::start_picked(
                    list.origin.clone(),
                    set,
                    ctx.clone(),
                ));
            }
            Action::ToggleEventTicked(i) => {
                let Some(list) = &mut self.events else { return };
                if !list.ticked.remove(&i) && i < list.set.events.len() {
                    list.ticked.insert(i);
                }
            }
            Action::ShowEventDetails(i) => {
                let Some(list) = &mut self.events else { return };
                list.details = (i < list.set.events.len()).then_some(i);
            }
            Action::MergeTickedEvents => {
                let Some(list) = &mut self.events else { return };
                let ticked: Vec<usize> = std::mem::take(&mut list.ticked).into_iter().collect();
                let Some(merged) = list.set.merge(&ticked) else {
                    return;
                };
                list.details = Some(merged);
                list.opened = None;
                let label = list.set.events[merged].label.clone();
                self.grouping_changed(ctx, format!("Merged {} events into {label}", ticked.len()));
            }
            Action::MoveArticle { article, to } => {
                let Some(list) = &mut self.events else { return };
                let Some(from) = list.set.event_of(article) else {
                    return;
                };
                let stays = list.set.events[from]
                    .articles
                    .iter()
                    .copied()
                    .find(|&a| a != article);
                let Some(now) = list.set.move_article(article, to) else {
                    return;
                };
                list.details = stays.and_then(|a| list.set.event_of(a)).or(Some(now));
                list.ticked.clear();
                list.opened = None;
                let name = list.set.articles[article].source.file_name.clone();
                let label = list.set.events[now].label.clone();
                self.grouping_changed(ctx, format!("Moved {name} to {label}"));
            }
            _ => {}
        }
    }

    /// After a merge or a move: save the grouping, and look for the new events' conflicts.
    fn grouping_changed(&mut self, ctx: &egui::Context, done: String) {
        let Some(list) = &mut self.events else { return };
        list.pause_scan();
        list.scan_conflicts(ctx);
        let path = list.save_path.clone();
        let file = match store::load(&path) {
            Ok(mut file) => {
                file.events = list.set.manual_events().to_vec();
                file
            }
            Err(_) if !path.exists() => SaveFile {
                events: list.set.manual_events().to_vec(),
                ..SaveFile::new(list.set.identity(), &AnnotationSet::new())
            },
            Err(e) => {
                self.view.problems.push(Problem {
                    severity: ProblemSeverity::Error,
                    message: format!("{e}. The grouping was not saved."),
                });
                return;
            }
        };
        match store::save(&path, &file) {
            Ok(()) => {
                self.view.status_message = Some(format!("{done}; saved to {}", path.display()));
            }
            Err(e) => self.view.problems.push(Problem {
                severity: ProblemSeverity::Error,
                message: format!("{e}. The grouping was not saved."),
            }),
        }
    }
}
