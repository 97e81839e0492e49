//! The actions panels emit and the app applies once per frame, after drawing, and the
//! keyboard shortcut table that the Help window lists.
//!
//! Panels never change state directly: they push an [`Action`] into the [`ActionQueue`].
//! New features (annotations, save, export) add variants here and a branch in
//! `ParallaxApp::apply`, without touching the panels that already exist.

use egui::{Key, KeyboardShortcut, Modifiers};

use std::path::PathBuf;

use crate::ui::state::{
    AfterUnsaved, AnnotationFilter, MatrixSort, Selection, SetOrigin, StatusFilter, Tab, ThemePref,
};
use parallax_documents::annotate::{Annotation, AnnotationId, LinkOverride};
use parallax_documents::export::ExportFormat;
use parallax_engine::model::{SourceIdx, StatementIdx};

/// Something the user asked for.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    // --- Selection and navigation ---
    /// Select without scrolling (a click on a statement in view).
    Select(Selection),
    /// Select, switch to the sources tab and scroll every involved column to it.
    Focus(Selection),
    ClearSelection,
    /// Scroll one column to a statement without changing the selection.
    Reveal(StatementIdx),
    NextConflict,
    PreviousConflict,
    /// The next conflict in the list's order that is neither reviewed nor dismissed.
    NextUnreviewedConflict,
    /// Move the selection up or down within the selected statement's column.
    NextStatementInColumn,
    PreviousStatementInColumn,
    SetTab(Tab),

    // --- Search ---
    OpenSearch,
    CloseSearch,
    SearchNext,
    SearchPrevious,

    // --- Filters ---
    SetStatusFilter(StatusFilter),
    ToggleHideBoilerplate,
    ToggleSource(SourceIdx),
    ShowAllSources,
    ToggleConflictKind(parallax_engine::model::ConflictKind),
    ToggleConflictSeverity(parallax_engine::model::Severity),
    SetMatrixSort(MatrixSort),

    // --- Article sets ---
    OpenFilesDialog,
    OpenFolderDialog,
    Open(SetOrigin),
    ClearRecentSets,
    DismissProblems,

    // --- The event list of a large or mixed set (indices into its events) ---
    /// Compare the articles of this event.
    OpenEvent(usize),
    /// Compare every article of the listed set together.
    CompareAllEvents,
    /// Close the comparison and show the event list again (asking about unsaved work).
    ShowEventList,
    /// Tick or untick an event for a merge.
    ToggleEventTicked(usize),
    /// Show this event's articles beside the list.
    ShowEventDetails(usize),
    MergeTickedEvents,
    /// Move an article (an index into the set's articles) to another event, or to a new
    /// event of its own (`None`).
    MoveArticle {
        article: usize,
        to: Option<usize>,
    },

    // --- Annotations (edits of the open document; each one can be undone) ---
    AddAnnotation(Box<Annotation>),
    /// Replace `before` (the annotation as it is now) by `after`; consecutive updates of
    /// one annotation (typing a note) merge into one undo step.
    UpdateAnnotation {
        before: Box<Annotation>,
        after: Box<Annotation>,
    },
    RemoveAnnotation(AnnotationId),
    /// Record a decision about the link between two statements (replacing any earlier one).
    SetLinkDecision(Box<LinkOverride>),
    /// Remove the decision at this index of the document's overrides.
    RemoveLinkDecision(usize),
    /// Remember a statement as one end of a manual link; the user then picks the other.
    StartManualLink(StatementIdx),
    CancelManualLink,
    Undo,
    Redo,
    SetAnnotationFilter(AnnotationFilter),
    SetAuthor(String),

    // --- Sources (the checker's corrections of the articles; undoable) ---
    /// Open or close the Sources window.
    ToggleSourcesWindow,
    /// Open the Sources window on this article (its index in the engine's analysis) with
    /// its current values in the form.
    EditSource(SourceIdx),
    /// Close the form without applying it.
    CancelSourceEdit,
    /// Apply the form: the article's correction becomes this.
    SetSourceCorrection(Box<parallax_documents::annotate::SourceCorrection>),

    // --- Compare strip ---
    /// Show this conflict (a link) or fact side by side above the columns.
    Compare(Selection),
    /// Keep the comparison when the selection moves on, or let it follow again.
    TogglePinCompare,
    CloseCompare,

    // --- Saves ---
    Save,
    SaveAsDialog,
    OpenAnnotationsDialog,
    OpenAnnotations(PathBuf),
    /// Answer to the unsaved-changes question: save first, then go on.
    SaveThen(AfterUnsaved),
    /// Answer to the unsaved-changes question: drop the changes, then go on.
    DiscardThen(AfterUnsaved),
    RestoreRecovery,
    DiscardRecovery,
    ClosePrompt,
    ToggleSavesWindow,
    ChooseSavesFolderDialog,
    UseDefaultSavesFolder,

    // --- The in-app path field (when no system file dialog is available) ---
    /// The user edited the typed path.
    EditPathPrompt(String),
    /// OK: do what the path field was opened for.
    ConfirmPathPrompt,
    CancelPathPrompt,

    // --- Export ---
    /// Open the Export window with this format chosen.
    ShowExportWindow(ExportFormat),
    CloseExportWindow,
    /// Ask where to export in this format (native dialog).
    ExportDialog(ExportFormat),
    /// Export into the saves folder under the suggested file name, with no dialog.
    ExportToSavesFolder(ExportFormat),
    /// Write the export; `replace` says the user agreed to replace an existing file.
    ExportTo {
        format: ExportFormat,
        path: PathBuf,
        replace: bool,
    },

    // --- View ---
    SetTheme(ThemePref),
    TextBigger,
    TextSmaller,
    TextReset,
    /// Width of every source column, in points (clamped to 200..=700).
    SetColumnWidth(f32),
    ToggleConflictsPanel,
    ToggleInspector,
    ToggleShortcutsWindow,
    ToggleAboutWindow,
    ToggleFrameStats,
    Quit,
}

/// Actions pushed while drawing one frame.
#[derive(Debug, Default)]
pub struct ActionQueue {
    actions: Vec<Action>,
}

impl ActionQueue {
    pub fn push(&mut self, action: Action) {
        self.actions.push(action);
    }

    pub fn take(&mut self) -> Vec<Action> {
        std::mem::take(&mut self.actions)
    }

    pub fn is_empty(&self) -> bool {
        self.actions.is_empty()
    }
}

/// When a shortcut may fire.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShortcutScope {
    /// Always, even while typing (it has a modifier or is a function key).
    Global,
    /// Only when no text field has the keyboard (single letters).
    NotTyping,
}

/// One row of the shortcut table.
#[derive(Debug, Clone)]
pub struct Shortcut {
    pub keys: KeyboardShortcut,
    pub scope: ShortcutScope,
    pub action: Action,
    pub description: &'static str,
}

/// Every keyboard shortcut of the app, in the order the Help window lists them.
#[rustfmt::skip]
pub fn shortcuts() -> Vec<Shortcut> {
    use Action as A;
    use ShortcutScope::{Global, NotTyping};
    let cmd = Modifiers::COMMAND;
    let cmd_shift = Modifiers::COMMAND | Modifiers::SHIFT;
    let none = Modifiers::NONE;
    let alt = Modifiers::ALT;
    let row = |modifiers, key, scope, action, description| Shortcut {
        keys: KeyboardShortcut::new(modifiers, key),
        scope,
        action,
        description,
    };
    let mut table = vec![
        row(cmd, Key::O, Global, A::OpenFilesDialog, "Open files…"),
        row(cmd_shift, Key::O, Global, A::OpenFolderDialog, "Open folder…"),
        row(cmd, Key::S, Global, A::Save, "Save annotations"),
        row(cmd_shift, Key::S, Global, A::SaveAsDialog, "Save annotations as…"),
        row(cmd, Key::E, Global, A::ShowExportWindow(ExportFormat::Html), "Export…"),
        row(cmd, Key::Z, NotTyping, A::Undo, "Undo the last annotation edit"),
        row(cmd_shift, Key::Z, NotTyping, A::Redo, "Redo"),
        row(cmd, Key::Y, NotTyping, A::Redo, "Redo"),
        row(cmd, Key::F, Global, A::OpenSearch, "Search across sources"),
        row(none, Key::F3, Global, A::SearchNext, "Next search match"),
        row(Modifiers::SHIFT, Key::F3, Global, A::SearchPrevious, "Previous search match"),
        row(none, Key::N, NotTyping, A::NextConflict, "Next conflict"),
        row(none, Key::P, NotTyping, A::PreviousConflict, "Previous conflict"),
        row(none, Key::U, NotTyping, A::NextUnreviewedConflict, "Next conflict not yet reviewed or dismissed"),
        row(none, Key::J, NotTyping, A::NextStatementInColumn, "Next statement in the column"),
        row(none, Key::K, NotTyping, A::PreviousStatementInColumn, "Previous statement in the column"),
        row(none, Key::Escape, NotTyping, A::ClearSelection, "Close the help window, else clear the selection"),
    ];
    let tabs = [
        (Key::Num1, Tab::Sources, "Sources side by side"),
        (Key::Num2, Tab::Matrix, "Claim matrix"),
        (Key::Num3, Tab::Annotations, "Annotations"),
    ];
    table.extend(
        tabs.map(|(key, tab, description)| row(cmd, key, Global, A::SetTab(tab), description)),
    );
    let status_filters = [
        (Key::A, StatusFilter::All, "Show all statements"),
        (Key::C, StatusFilter::OnlyConflicts, "Show only conflicts"),
        (
            Key::G,
            StatusFilter::OnlyCorroborated,
            "Show only corroborated statements",
        ),
        (
            Key::U,
            StatusFilter::OnlyUnique,
            "Show only unique statements",
        ),
    ];
    table.extend(status_filters.map(|(key, filter, description)| {
        row(alt, key, Global, A::SetStatusFilter(filter), description)
    }));
    table.extend([
        row(alt, Key::B, Global, A::ToggleHideBoilerplate, "Hide or show boilerplate"),
        row(alt, Key::S, Global, A::ShowAllSources, "Show every source"),
        row(none, Key::C, NotTyping, A::TogglePinCompare, "Pin or unpin the comparison side by side"),
        row(cmd, Key::Num4, Global, A::ToggleSourcesWindow, "Sources: rename, date, URL, origin, exclude"),
        row(cmd, Key::L, Global, A::ToggleConflictsPanel, "Show or hide the conflicts list"),
        row(cmd, Key::I, Global, A::ToggleInspector, "Show or hide the inspector"),
        row(cmd, Key::Plus, Global, A::TextBigger, "Larger text"),
        row(cmd, Key::Equals, Global, A::TextBigger, "Larger text"),
        row(cmd, Key::Minus, Global, A::TextSmaller, "Smaller text"),
        row(cmd, Key::Num0, Global, A::TextReset, "Default text size"),
        row(none, Key::F1, Global, A::ToggleShortcutsWindow, "This list of shortcuts"),
        row(none, Key::F12, Global, A::ToggleFrameStats, "Frame time overlay"),
        row(cmd, Key::Q, Global, A::Quit, "Quit"),
    ]);
    table
}

/// [`shortcuts`] in the order to try them against a key press: chords with more modifiers
/// first, since Ctrl+Shift+S also matches Ctrl+S logically.
pub fn shortcuts_in_match_order() -> Vec<Shortcut> {
    let mut table = shortcuts();
    table.sort_by_key(|s| {
        let m = s.keys.modifiers;
        std::cmp::Reverse(u8::from(m.shift) + u8::from(m.alt) + u8::from(m.command || m.ctrl))
    });
    table
}

/// Extra shortcuts that are not single actions (listed in Help, handled by their panels).
pub const CONTEXT_SHORTCUTS: &[(&str, &str)] = &[
    ("Alt+1 … Alt+9", "Show or hide source 1 … 9"),
    (
        "Enter / Shift+Enter",
        "Next / previous match (in the search box)",
    ),
    ("Escape", "Close the search box (in the search box)"),
    ("Drag and drop", "Open dropped files or folders"),
];

/// Shortcuts whose key is a digit and toggle a source column.
pub fn source_toggle_keys() -> [(Key, usize); 9] {
    [
        (Key::Num1, 0),
        (Key::Num2, 1),
        (Key::Num3, 2),
        (Key::Num4, 3),
        (Key::Num5, 4),
        (Key::Num6, 5),
        (Key::Num7, 6),
        (Key::Num8, 7),
        (Key::Num9, 8),
    ]
}
