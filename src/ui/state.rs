//! View state of the workbench: what is selected, filtered, searched and where columns must
//! scroll, plus the preferences remembered between runs (theme, text size, recent sets).
//!
//! Nothing here knows how to draw; panels read this state and push [`crate::ui::actions::Action`]s,
//! and the app changes it once per frame.

use std::collections::{BTreeSet, HashMap};
use std::ops::Range;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use parallax_documents::annotate::Verdict;
use parallax_documents::export::ExportFormat;
use parallax_engine::model::{ConflictKind, FactIdx, LinkIdx, Severity, SourceIdx, StatementIdx};

/// Key under which [`Prefs`] are stored by eframe persistence.
pub const PREFS_KEY: &str = "parallax.prefs";

/// How many recent sets the File menu remembers.
pub const MAX_RECENT_SETS: usize = 8;

/// Smallest and largest text scale the user can pick.
pub const TEXT_SCALE_RANGE: Range<f32> = 0.7..2.0;

/// Light, dark, or whatever the system says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum ThemePref {
    #[default]
    System,
    Light,
    Dark,
}

impl ThemePref {
    pub const ALL: [ThemePref; 3] = [Self::System, Self::Light, Self::Dark];

    pub fn label(self) -> &'static str {
        match self {
            Self::System => "Follow the system",
            Self::Light => "Light",
            Self::Dark => "Dark",
        }
    }

    pub fn to_egui(self) -> egui::ThemePreference {
        match self {
            Self::System => egui::ThemePreference::System,
            Self::Light => egui::ThemePreference::Light,
            Self::Dark => egui::ThemePreference::Dark,
        }
    }
}

/// Where an article set comes from: the bundled seed set, or files and folders on disk.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum SetOrigin {
    Bundled,
    Paths(Vec<PathBuf>),
}

impl SetOrigin {
    /// Short human name for menus: the bundled set's name, else the first path's name.
    pub fn display_name(&self) -> String {
        match self {
            Self::Bundled => "Bundled example (Kazakhstan, January 2022)".to_string(),
            Self::Paths(paths) => {
                let first = paths
                    .first()
                    .map(|p| {
                        p.file_name()
                            .map(|n| n.to_string_lossy().into_owned())
                            .unwrap_or_else(|| p.display().to_string())
                    })
                    .unwrap_or_default();
                if paths.len() > 1 {
                    format!("{first} and {} more", paths.len() - 1)
                } else {
                    first
                }
            }
        }
    }

    /// Whether every path still exists (the bundled set always does).
    pub fn still_exists(&self) -> bool {
        match self {
            Self::Bundled => true,
            Self::Paths(paths) => !paths.is_empty() && paths.iter().all(|p| p.exists()),
        }
    }
}

/// Preferences remembered between runs through eframe persistence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    pub theme: ThemePref,
    /// Multiplies every text style's size; 1.0 is egui's default.
    pub text_scale: f32,
    /// Width of one source column, in points.
    pub column_width_pts: f32,
    /// Most recent first.
    pub recent_sets: Vec<SetOrigin>,
    /// The set to reopen when `parallax` starts without paths.
    pub last_opened: Option<SetOrigin>,
    pub show_conflicts_panel: bool,
    pub show_inspector: bool,
    /// The name written on new annotations.
    pub author: String,
    /// The saves folder the user chose; `None` follows the default rules
    /// (see [`crate::desktop::saves_location`]).
    pub saves_dir: Option<PathBuf>,
}

/// The user's login name, the default author of annotations.
pub fn default_author() -> String {
    ["USER", "USERNAME", "LOGNAME"]
        .iter()
        .find_map(|k| std::env::var(k).ok().filter(|v| !v.trim().is_empty()))
        .unwrap_or_default()
}

impl Default for Prefs {
    fn default() -> Self {
        Self {
            theme: ThemePref::System,
            text_scale: 1.1,
            column_width_pts: 300.0,
            recent_sets: Vec::new(),
            last_opened: None,
            show_conflicts_panel: true,
            show_inspector: true,
            author: default_author(),
            saves_dir: None,
        }
    }
}

impl Prefs {
    /// Put `origin` first in the recent list and remember it as the set to reopen.
    pub fn remember_opened(&mut self, origin: &SetOrigin) {
        self.recent_sets.retain(|o| o != origin);
        self.recent_sets.insert(0, origin.clone());
        self.recent_sets.truncate(MAX_RECENT_SETS);
        self.last_opened = Some(origin.clone());
    }

    /// Clamp values read from an old or hand-edited store into usable ranges.
    pub fn sanitized(mut self) -> Self {
        if !self.text_scale.is_finite() {
            self.text_scale = 1.0;
        }
        self.text_scale = self
            .text_scale
            .clamp(TEXT_SCALE_RANGE.start, TEXT_SCALE_RANGE.end);
        if !self.column_width_pts.is_finite() {
            self.column_width_pts = 330.0;
        }
        self.column_width_pts = self.column_width_pts.clamp(200.0, 700.0);
        self.recent_sets.truncate(MAX_RECENT_SETS);
        self
    }
}

/// The main area's tabs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tab {
    #[default]
    Sources,
    Matrix,
    /// Each source's figures of every measure two or more of them count.
    Figures,
    /// Every annotation and link decision, with filters.
    Annotations,
}

/// What the inspector shows and what the annotation editor (later) targets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Selection {
    Statement(StatementIdx),
    /// A link, usually a conflict picked in the conflicts list.
    Link(LinkIdx),
    Fact(FactIdx),
}

/// Which statements the columns show, by status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum StatusFilter {
    #[default]
    All,
    OnlyConflicts,
    OnlyCorroborated,
    OnlyUnique,
}

impl StatusFilter {
    pub const ALL: [StatusFilter; 4] = [
        Self::All,
        Self::OnlyConflicts,
        Self::OnlyCorroborated,
        Self::OnlyUnique,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Self::All => "All statements",
            Self::OnlyConflicts => "Only conflicts",
            Self::OnlyCorroborated => "Only corroborated",
            Self::OnlyUnique => "Only unique",
        }
    }
}

/// Column filters.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Filters {
    pub status: StatusFilter,
    pub hide_boilerplate: bool,
    pub hidden_sources: BTreeSet<SourceIdx>,
    /// Conflict kinds left out of the conflicts list and of next / previous.
    pub hidden_conflict_kinds: BTreeSet<ConflictKind>,
    /// Conflict severities left out of the conflicts list and of next / previous.
    pub hidden_conflict_severities: BTreeSet<Severity>,
}

/// One search hit: a byte range in a statement's clean text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchHit {
    pub statement: StatementIdx,
    pub range: Range<usize>,
}

/// The Ctrl+F search.
#[derive(Debug, Clone, Default)]
pub struct SearchState {
    pub open: bool,
    pub query: String,
    /// The query `hits` were computed for.
    pub searched_query: String,
    pub hits: Vec<SearchHit>,
    pub current: Option<usize>,
    pub request_focus: bool,
}

/// How the claim matrix orders its rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum MatrixSort {
    #[default]
    Document,
    MostSources,
    ConflictsFirst,
}

impl MatrixSort {
    pub const ALL: [MatrixSort; 3] = [Self::Document, Self::MostSources, Self::ConflictsFirst];

    pub fn label(self) -> &'static str {
        match self {
            Self::Document => "Order of appearance",
            Self::MostSources => "Most sources first",
            Self::ConflictsFirst => "Conflicts first",
        }
    }
}

/// Which annotations the Annotations tab lists.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AnnotationFilter {
    /// Only this verdict (`None`: any).
    pub verdict: Option<Verdict>,
    /// Only annotations carrying this tag (`None`: any).
    pub tag: Option<String>,
    /// Only annotations that could not be re-attached to the text.
    pub only_orphans: bool,
}

/// What to do once the user has answered the "unsaved changes" question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AfterUnsaved {
    Quit,
    OpenSet(SetOrigin),
    OpenAnnotations(PathBuf),
    /// Close the comparison and go back to the event list it was picked from.
    ShowEventList,
}

/// A question the window is asking in a modal dialog.
#[derive(Debug, Clone, PartialEq)]
pub enum Prompt {
    /// Unsaved annotations: save, discard or cancel, then do this.
    Unsaved(AfterUnsaved),
    /// An autosave newer than the save was found: restore it or throw it away.
    Recovery { autosaved: String, items: usize },
    /// The export's file exists: replace it?
    ReplaceExport { format: ExportFormat, path: PathBuf },
}

/// Everything about the current view that is not the analysis itself.
#[derive(Debug, Clone, Default)]
pub struct ViewState {
    pub tab: Tab,
    pub selection: Option<Selection>,
    pub filters: Filters,
    pub search: SearchState,
    pub matrix_sort: MatrixSort,
    /// Position in the (filtered) conflict order of the conflict last moved to with n / p.
    pub conflict_cursor: Option<usize>,
    /// Columns that must scroll to show a statement on the next frames.
    pub scroll_targets: HashMap<SourceIdx, StatementIdx>,
    /// The column the horizontal scroll must bring into view.
    pub reveal_column: Option<SourceIdx>,
    pub show_shortcuts: bool,
    pub show_about: bool,
    pub show_frame_stats: bool,
    /// Problems shown in the banner (load errors, warnings); cleared by the user.
    pub problems: Vec<Problem>,
    pub annotation_filter: AnnotationFilter,
    /// A statement waiting for the user to pick the other end of a manual link.
    pub pending_link: Option<StatementIdx>,
    /// The question asked in a modal dialog, if any.
    pub prompt: Option<Prompt>,
    /// The Export window is open, with this format chosen.
    pub export_window: Option<ExportFormat>,
    /// The Saves folder window is open.
    pub show_saves_window: bool,
    /// The in-app path field, open when no system file dialog could be shown.
    pub path_prompt: Option<crate::ui::file_dialogs::PathPrompt>,
    /// A short confirmation for the status bar ("Saved to …").
    pub status_message: Option<String>,
    /// The Sources window (the checker's corrections of the articles).
    pub sources_window: SourcesWindow,
    /// The statements pinned side by side above the columns, if any.
    pub compare: Option<CompareState>,
    /// The user closed the compare strip: it no longer opens by itself on a conflict.
    pub compare_closed: bool,
}

/// The compare strip above the columns: one conflict's two sides, or every statement of one
/// fact, side by side whatever the columns show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CompareState {
    /// A [`Selection::Link`] or a [`Selection::Fact`].
    pub target: Selection,
    /// A pinned comparison stays when another conflict or fact is selected.
    pub pinned: bool,
}

/// Which origin the checker gives an article in the Sources window.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum OriginChoice {
    /// Whatever the engine read from the text.
    #[default]
    AsRead,
    Own,
    Agency,
    Unknown,
}

impl OriginChoice {
    pub const ALL: [OriginChoice; 4] = [Self::AsRead, Self::Own, Self::Agency, Self::Unknown];

    pub fn label(self) -> &'static str {
        match self {
            Self::AsRead => "As read from the text",
            Self::Own => "Own reporting",
            Self::Agency => "Wire agency or press release",
            Self::Unknown => "Unknown",
        }
    }
}

/// The article being corrected in the Sources window, as typed (applied with Apply).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceDraft {
    /// The article, by its index in the engine's analysis (excluded ones included).
    pub source: SourceIdx,
    pub outlet: String,
    /// `YYYY-MM-DD`, or empty for the date read from the text.
    pub date: String,
    pub url: String,
    pub origin: OriginChoice,
    /// The agency's name when [`OriginChoice::Agency`].
    pub agency: String,
    pub excluded: bool,
    /// Articles (engine indices) it shares one story with, by the checker's word.
    pub copies: BTreeSet<SourceIdx>,
    /// Articles (engine indices) the engine took for copies of it that are not.
    pub not_copies: BTreeSet<SourceIdx>,
}

/// The Sources window: open or not, and the article being edited.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SourcesWindow {
    pub open: bool,
    pub draft: Option<SourceDraft>,
}

/// A problem shown in the window's banner.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub severity: ProblemSeverity,
    pub message: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProblemSeverity {
    Error,
    Warning,
    /// Something the user should know but that went right (what a save re-attached).
    Info,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefs_survive_a_round_trip_and_old_stores_fill_in_defaults() {
        let mut prefs = Prefs {
            theme: ThemePref::Dark,
            text_scale: 1.4,
            ..Prefs::default()
        };
        prefs.remember_opened(&SetOrigin::Paths(vec![PathBuf::from("/news/a")]));
        prefs.remember_opened(&SetOrigin::Bundled);
        prefs.remember_opened(&SetOrigin::Paths(vec![PathBuf::from("/news/a")]));
        assert_eq!(
            prefs.recent_sets.len(),
            2,
            "a set reopened moves to the top"
        );
        let text = ron::to_string(&prefs).unwrap();
        let back: Prefs = ron::from_str(&text).unwrap();
        assert_eq!(back, prefs);
        let old: Prefs = ron::from_str("(theme:Light)").unwrap();
        assert_eq!(old.theme, ThemePref::Light);
        assert_eq!(old.text_scale, Prefs::default().text_scale);
        let wild = Prefs {
            text_scale: f32::NAN,
            column_width_pts: 5.0,
            ..Prefs::default()
        }
        .sanitized();
        assert!(TEXT_SCALE_RANGE.contains(&wild.text_scale));
        assert_eq!(wild.column_width_pts, 200.0);
    }
}
