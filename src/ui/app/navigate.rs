//! Moving through the open comparison: revealing a statement past the filters, focusing a
//! selection, stepping to the next or previous conflict, statement or search hit, and the
//! next conflict not yet reviewed.

use crate::ui::app::ParallaxApp;
use crate::ui::index::find_all_ignoring_case;
use crate::ui::panels::sources_ui::passes_filters;
use crate::ui::state::{CompareState, SearchHit, Selection, StatusFilter, Tab};
use parallax_engine::model::StatementIdx;

impl ParallaxApp {
    /// Make sure the filters let `s` through, then scroll its column to it.
    pub(super) fn reveal(&mut self, s: StatementIdx) {
        let Some(ws) = &self.workspace else { return };
        let Some(statement) = ws.analysis.statements.get(s.0) else {
            return;
        };
        self.view.filters.hidden_sources.remove(&statement.source);
        if !passes_filters(ws, &self.view, s) {
            self.view.filters.status = StatusFilter::All;
            if statement.is_boilerplate() {
                self.view.filters.hide_boilerplate = false;
            }
        }
        self.columns.request_scroll(statement.source, s);
    }

    pub(super) fn focus(&mut self, selection: Selection) {
        let Some(ws) = &self.workspace else { return };
        let statements: Vec<StatementIdx> = match selection {
            Selection::Statement(s) => vec![s],
            Selection::Link(l) => match ws.analysis.links.get(l.0) {
                Some(link) => vec![link.a, link.b],
                None => return,
            },
            Selection::Fact(f) => {
                let Some(fact) = ws.analysis.facts.get(f.0) else {
                    return;
                };
                // The first statement of each source.
                let mut firsts: Vec<StatementIdx> = Vec::new();
                for s in &fact.statements {
                    let source = ws.analysis.statement(*s).source;
                    if !firsts
                        .iter()
                        .any(|f| ws.analysis.statement(*f).source == source)
                    {
                        firsts.push(*s);
                    }
                }
                firsts
            }
        };
        self.view.selection = Some(selection);
        self.view.tab = Tab::Sources;
        // The compare strip follows the conflict or fact focused, unless pinned or closed.
        if matches!(selection, Selection::Link(_) | Selection::Fact(_))
            && !self.view.compare_closed
            && !self.view.compare.is_some_and(|c| c.pinned)
        {
            self.view.compare = Some(CompareState {
                target: selection,
                pinned: false,
            });
        }
        for s in statements {
            self.reveal(s);
        }
    }

    pub(super) fn step_conflict(&mut self, forward: bool) {
        let Some(ws) = &self.workspace else { return };
        let visible = ws.visible_conflicts(&self.view);
        if visible.is_empty() {
            return;
        }
        let n = visible.len();
        let current = match self.view.selection {
            Some(Selection::Link(l)) => visible.iter().position(|v| *v == l),
            _ => None,
        }
        .or(self.view.conflict_cursor.map(|c| c.min(n - 1)));
        let next = match (current, forward) {
            (None, true) => 0,
            (None, false) => n - 1,
            (Some(c), true) => (c + 1) % n,
            (Some(c), false) => (c + n - 1) % n,
        };
        self.view.conflict_cursor = Some(next);
        self.scroll_conflict_list = true;
        self.focus(Selection::Link(visible[next]));
    }

    /// Select the next conflict after the current one (in the list's order, wrapping) that
    /// is neither reviewed nor dismissed; say so when every one is done.
    pub(super) fn next_unreviewed_conflict(&mut self) {
        let Some(ws) = &self.workspace else { return };
        let visible = ws.visible_conflicts(&self.view);
        let n = visible.len();
        let current = match self.view.selection {
            Some(Selection::Link(l)) => visible.iter().position(|v| *v == l),
            _ => None,
        };
        let start = current.map_or(0, |c| c + 1);
        let next = (0..n)
            .map(|i| (start + i) % n)
            .find(|&i| ws.review_of(visible[i]).is_none());
        match next {
            Some(i) => {
                self.view.conflict_cursor = Some(i);
                self.scroll_conflict_list = true;
                self.focus(Selection::Link(visible[i]));
            }
            None => {
                self.view.status_message = Some(if n == 0 {
                    "No conflicts are listed.".to_string()
                } else {
                    "Every listed conflict is reviewed or dismissed.".to_string()
                });
            }
        }
    }

    pub(super) fn step_statement(&mut self, forward: bool) {
        let Some(ws) = &self.workspace else { return };
        let Some(Selection::Statement(s)) = self.view.selection else {
            return;
        };
        let source = ws.analysis.statement(s).source;
        let list = &ws.index.statements_by_source[source.0];
        let pos = ws.index.position_in_source[s.0];
        let candidates: Box<dyn Iterator<Item = &StatementIdx>> = if forward {
            Box::new(list[pos + 1..].iter())
        } else {
            Box::new(list[..pos].iter().rev())
        };
        let next = candidates
            .copied()
            .find(|c| passes_filters(ws, &self.view, *c));
        if let Some(next) = next {
            self.focus(Selection::Statement(next));
        }
    }

    pub(super) fn step_search(&mut self, forward: bool) {
        if !self.view.search.open {
            self.view.search.open = true;
            self.view.search.request_focus = true;
            return;
        }
        let n = self.view.search.hits.len();
        if n == 0 {
            return;
        }
        let next = match (self.view.search.current, forward) {
            (None, true) => 0,
            (None, false) => n - 1,
            (Some(c), true) => (c + 1) % n,
            (Some(c), false) => (c + n - 1) % n,
        };
        self.view.search.current = Some(next);
        let s = self.view.search.hits[next].statement;
        self.focus(Selection::Statement(s));
    }

    /// Recompute search hits when the query changed; show the first one.
    pub(super) fn refresh_search(&mut self) {
        let search = &mut self.view.search;
        if search.query == search.searched_query {
            return;
        }
        search.searched_query = search.query.clone();
        search.hits.clear();
        search.current = None;
        let query = search.query.trim();
        let Some(ws) = &self.workspace else { return };
        if query.is_empty() {
            return;
        }
        for (i, statement) in ws.analysis.statements.iter().enumerate() {
            for range in find_all_ignoring_case(&statement.text, query) {
                search.hits.push(SearchHit {
                    statement: StatementIdx(i),
                    range,
                });
            }
        }
        if let Some(first) = search.hits.first() {
            search.current = Some(0);
            let s = first.statement;
            self.reveal(s);
        }
    }
}
