//! The event list of a large or mixed article set: its articles grouped into events
//! ([`parallax_engine::group::group_articles`]), the user's merges and splits laid over that automatic
//! grouping, and what the workbench's list shows of each event (label, articles, outlets,
//! date span, and, once an event has been compared, its conflicts).
//!
//! The rule for opening a set on its event list is [`EventSet::wants_event_list`]. The
//! user's grouping decisions are [`ManualEvent`]s, kept in the set's save: each names its
//! articles by file name and content hash, takes them out of whatever automatic event they
//! fell in, and forms one event of its own, so the grouping is the same whenever the set is
//! reopened (the automatic grouping depends only on the articles and their order).
//!
//! No egui here: `parallax bench --scale` times [`EventSet::load`], exactly what the
//! workbench runs to go from a folder to its event list.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use parallax_documents::store::{ManualEvent, SetIdentity, SourceIdentity};
use parallax_engine::analysis::{Config, analyze};
use parallax_engine::corpus::{self, Article, ArticleSet, LoadError};
use parallax_engine::group::{self, EventGroup, GroupConfig};
use parallax_engine::model::{Date, Severity};

/// A set with more articles than this opens on its event list whenever grouping finds more
/// than one event; a smaller one only when two or more events have two articles or more.
pub const LARGE_SET_ARTICLES: usize = 30;

/// At most this many characters of an article's title name an event split off by hand.
const TITLE_LABEL_CHARS: usize = 60;

/// How many conflicts [`EventConflicts::top`] keeps.
const TOP_CONFLICTS: usize = 3;

/// One event of the list.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    /// What the list calls it: the names its articles share most (see
    /// [`parallax_engine::group::EventGroup::label`]), made unique within the list.
    pub label: String,
    /// Indices into [`EventSet::articles`], ascending.
    pub articles: Vec<usize>,
    pub first_date: Option<Date>,
    pub last_date: Option<Date>,
    /// The outlets of its articles, each once, most articles first.
    pub outlets: Vec<String>,
    /// Made or changed by hand (saved as a [`ManualEvent`]).
    pub by_hand: bool,
    /// The label before it was made unique (what a [`ManualEvent`] stores).
    base_label: String,
}

impl Event {
    /// The date span as the list shows it: `2022-01-05 to 2022-01-07`, one date, or `-`.
    pub fn date_span(&self) -> String {
        match (self.first_date, self.last_date) {
            (Some(first), Some(last)) if first != last => format!("{first} to {last}"),
            (Some(first), _) => first.to_string(),
            _ => "-".to_string(),
        }
    }
}

/// A loaded set with its events.
#[derive(Debug, Clone)]
pub struct EventSet {
    /// The set's name (its folder's name), under which its save is kept.
    pub name: String,
    pub articles: Arc<Vec<Article>>,
    /// The loader's warnings (files skipped, duplicates).
    pub warnings: Vec<String>,
    /// The events, most articles first (ties: the one with the earliest article first).
    pub events: Vec<Event>,
    automatic: Vec<EventGroup>,
    manual: Vec<ManualEvent>,
}

impl EventSet {
    /// Load `paths` as the workbench does, group the articles and build the list: what the
    /// workbench does before it shows a folder's event list (the saved grouping is applied
    /// after, with [`with_manual_events`](Self::with_manual_events)).
    pub fn load(paths: &[PathBuf]) -> Result<Self, LoadError> {
        Ok(Self::new(corpus::load_paths(paths)?))
    }

    /// Group a loaded set.
    pub fn new(set: ArticleSet) -> Self {
        let automatic = group::group_articles(&set.articles, &GroupConfig::default());
        let mut events = Self {
            name: set.name,
            articles: Arc::new(set.articles),
            warnings: set.warnings,
            events: Vec::new(),
            automatic,
            manual: Vec::new(),
        };
        events.rebuild();
        events
    }

    /// Lay the user's saved events over the automatic grouping.
    pub fn with_manual_events(mut self, manual: Vec<ManualEvent>) -> Self {
        self.manual = manual;
        self.rebuild();
        self
    }

    /// The events made or changed by hand, as the save keeps them.
    pub fn manual_events(&self) -> &[ManualEvent] {
        &self.manual
    }

    /// Whether the set opens on its event list rather than compared whole: when the user
    /// grouped it by hand before, or when grouping finds more than one event and either two
    /// of them have two articles or more, or the set has more than [`LARGE_SET_ARTICLES`].
    /// (A set of one event and a stray article is compared whole: the stray is flagged
    /// "possibly off-topic" there.)
    pub fn wants_event_list(&self) -> bool {
        if !self.manual.is_empty() {
            return true;
        }
        let with_several = self.events.iter().filter(|e| e.articles.len() >= 2).count();
        self.events.len() > 1 && (with_several >= 2 || self.articles.len() > LARGE_SET_ARTICLES)
    }

    /// The name of event `event`'s comparison (and of its save): `<set> - <label>`.
    pub fn event_set_name(&self, event: usize) -> String {
        match self.events.get(event) {
            Some(e) => format!("{} - {}", self.name, e.label),
            None => self.name.clone(),
        }
    }

    /// Event `event`'s articles as a set to analyse.
    pub fn event_article_set(&self, event: usize) -> ArticleSet {
        let articles = self
            .events
            .get(event)
            .map(|e| {
                e.articles
                    .iter()
                    .map(|&i| self.articles[i].clone())
                    .collect()
            })
            .unwrap_or_default();
        ArticleSet {
            name: self.event_set_name(event),
            articles,
            warnings: Vec::new(),
        }
    }

    /// Every article as one set (compared whole), with the loader's warnings.
    pub fn whole_set(&self) -> ArticleSet {
        ArticleSet {
            name: self.name.clone(),
            articles: self.articles.as_ref().clone(),
            warnings: self.warnings.clone(),
        }
    }

    /// The set back, compared whole, without copying the articles when nothing else holds
    /// them.
    pub fn into_whole_set(self) -> ArticleSet {
        ArticleSet {
            name: self.name,
            articles: Arc::try_unwrap(self.articles).unwrap_or_else(|shared| (*shared).clone()),
            warnings: self.warnings,
        }
    }

    /// The identity of every article, for a save of the whole set.
    pub fn identity(&self) -> SetIdentity {
        SetIdentity {
            name: self.name.clone(),
            sources: self.articles.iter().map(article_identity).collect(),
        }
    }

    /// The event holding article `article`.
    pub fn event_of(&self, article: usize) -> Option<usize> {
        self.events
            .iter()
            .position(|e| e.articles.contains(&article))
    }

    /// Merge the events at `indices` (two or more) into one, made by hand; returns its
    /// index in the new list.
    pub fn merge(&mut self, indices: &[usize]) -> Option<usize> {
        let mut indices = indices.to_vec();
        indices.sort_unstable();
        indices.dedup();
        let mut merged: Vec<&Event> = indices.iter().filter_map(|&i| self.events.get(i)).collect();
        // The largest event names the merged one.
        merged.sort_by_key(|e| std::cmp::Reverse(e.articles.len()));
        if merged.len() < 2 {
            return None;
        }
        let label = merged[0].base_label.clone();
        let mut articles: Vec<usize> = merged.iter().flat_map(|e| e.articles.clone()).collect();
        articles.sort_unstable();
        let first = articles[0];
        let gone: Vec<usize> = merged.iter().map(|e| e.articles[0]).collect();
        self.events.retain(|e| !gone.contains(&e.articles[0]));
        self.events.push(self.event(articles, label, true));
        self.keep_by_hand();
        self.event_of(first)
    }

    /// Move article `article` out of its event into event `to`, or into a new event of its
    /// own when `to` is `None`; both events become events made by hand. Returns the index
    /// of the event it is now in.
    pub fn move_article(&mut self, article: usize, to: Option<usize>) -> Option<usize> {
        let from = self.event_of(article)?;
        if to == Some(from) || (to.is_none() && self.events[from].articles.len() == 1) {
            return Some(from);
        }
        let target_first = match to {
            Some(t) => Some(self.events.get(t)?.articles[0]),
            None => None,
        };
        let source = &mut self.events[from];
        source.articles.retain(|&a| a != article);
        let rest = std::mem::take(&mut source.articles);
        let source_label = source.base_label.clone();
        self.events.remove(from);
        if !rest.is_empty() {
            self.events.push(self.event(rest, source_label, true));
        }
        match target_first.and_then(|first| self.events.iter().position(|e| e.articles[0] == first))
        {
            Some(t) => {
                let target = self.events.remove(t);
                let mut articles = target.articles;
                articles.push(article);
                articles.sort_unstable();
                self.events
                    .push(self.event(articles, target.base_label, true));
            }
            None => {
                let label = title_label(&self.articles[article]);
                self.events.push(self.event(vec![article], label, true));
            }
        }
        self.keep_by_hand();
        self.event_of(article)
    }

    /// Record the events made by hand as [`ManualEvent`]s and rebuild the list from them
    /// over the automatic grouping (the same path a reopened set takes).
    fn keep_by_hand(&mut self) {
        self.manual = self
            .events
            .iter()
            .filter(|e| e.by_hand)
            .map(|e| ManualEvent {
                label: e.base_label.clone(),
                articles: e
                    .articles
                    .iter()
                    .map(|&i| article_identity(&self.articles[i]))
                    .collect(),
            })
            .collect();
        self.rebuild();
    }

    /// The events: each manual event's articles (those found in the set, each article in
    /// the first that names it), then what remains of each automatic event; sorted, with
    /// unique labels.
    fn rebuild(&mut self) {
        let mut by_file_and_hash: HashMap<(&str, &str), usize> = HashMap::new();
        let mut by_hash: HashMap<&str, usize> = HashMap::new();
        for (i, a) in self.articles.iter().enumerate() {
            let source = &a.source;
            by_file_and_hash
                .entry((source.file_name.as_str(), source.content_hash.as_str()))
                .or_insert(i);
            by_hash.entry(source.content_hash.as_str()).or_insert(i);
        }
        let mut taken = vec![false; self.articles.len()];
        let mut events = Vec::new();
        for manual in &self.manual {
            let mut members = Vec::new();
            for identity in &manual.articles {
                let found = by_file_and_hash
                    .get(&(identity.file_name.as_str(), identity.content_hash.as_str()))
                    .or_else(|| by_hash.get(identity.content_hash.as_str()))
                    .copied();
                if let Some(i) = found
                    && !taken[i]
                {
                    taken[i] = true;
                    members.push(i);
                }
            }
            if !members.is_empty() {
                members.sort_unstable();
                events.push(self.event(members, manual.label.clone(), true));
            }
        }
        for group in &self.automatic {
            let members: Vec<usize> = group
                .articles
                .iter()
                .copied()
                .filter(|&i| !taken[i])
                .collect();
            if !members.is_empty() {
                events.push(self.event(members, group.label.clone(), false));
            }
        }
        events.sort_by_key(|e| (std::cmp::Reverse(e.articles.len()), e.articles[0]));
        let mut seen: HashMap<String, usize> = HashMap::new();
        for event in &mut events {
            let count = seen.entry(event.label.to_lowercase()).or_insert(0);
            *count += 1;
            if *count > 1 {
                event.label = format!("{} ({count})", event.label);
            }
        }
        self.events = events;
    }

    /// An event of `articles` (ascending) called `label` (or, when that is empty, after its
    /// first article's title).
    fn event(&self, articles: Vec<usize>, label: String, by_hand: bool) -> Event {
        let dates: Vec<Date> = articles
            .iter()
            .filter_map(|&i| self.articles[i].source.meta.date)
            .collect();
        let mut outlet_counts: Vec<(String, usize)> = Vec::new();
        for &i in &articles {
            let outlet = self.articles[i].source.label();
            match outlet_counts.iter_mut().find(|(o, _)| o == outlet) {
                Some((_, n)) => *n += 1,
                None => outlet_counts.push((outlet.to_string(), 1)),
            }
        }
        outlet_counts.sort_by_key(|(_, n)| std::cmp::Reverse(*n));
        let base_label = if label.trim().is_empty() {
            title_label(&self.articles[articles[0]])
        } else {
            label
        };
        Event {
            label: base_label.clone(),
            base_label,
            first_date: dates.iter().min().copied(),
            last_date: dates.iter().max().copied(),
            outlets: outlet_counts.into_iter().map(|(o, _)| o).collect(),
            articles,
            by_hand,
        }
    }
}

/// How a save names an article.
fn article_identity(article: &Article) -> SourceIdentity {
    SourceIdentity {
        file_name: article.source.file_name.clone(),
        content_hash: article.source.content_hash.clone(),
        path: article.source.path.clone(),
    }
}

/// An article's title, cut at [`TITLE_LABEL_CHARS`] characters, else its file name.
fn title_label(article: &Article) -> String {
    let title = article.source.meta.title.as_deref().unwrap_or("").trim();
    if title.is_empty() {
        return article.source.file_name.clone();
    }
    let mut label: String = title.chars().take(TITLE_LABEL_CHARS).collect();
    if title.chars().nth(TITLE_LABEL_CHARS).is_some() {
        label.push('…');
    }
    label
}

/// An event's conflicts, once it has been compared.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EventConflicts {
    pub conflicts: usize,
    pub hard: usize,
    /// The explanations of its first conflicts, hard ones first.
    pub top: Vec<String>,
}

/// Compare the articles `event` of `articles` and sum up their conflicts.
pub fn event_conflicts(articles: &[Article], event: &[usize]) -> EventConflicts {
    let set = ArticleSet {
        name: String::new(),
        articles: event.iter().map(|&i| articles[i].clone()).collect(),
        warnings: Vec::new(),
    };
    let analysis = analyze(&set, &Config::default());
    let mut found: Vec<(Severity, &str)> = analysis
        .links
        .iter()
        .filter_map(|l| l.conflict.as_ref())
        .map(|c| (c.severity, c.explanation.as_str()))
        .collect();
    found.sort_by_key(|&(severity, _)| severity != Severity::Hard);
    EventConflicts {
        conflicts: found.len(),
        hard: found.iter().filter(|(s, _)| *s == Severity::Hard).count(),
        top: found
            .iter()
            .take(TOP_CONFLICTS)
            .map(|(_, e)| e.to_string())
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(name: &str, title: &str, text: &str) -> Article {
        corpus::article_from_bytes(name, format!("{title}\n\n{text}\n").as_bytes(), None)
            .expect("an article")
    }

    fn sample() -> EventSet {
        let quake = "A magnitude 6.1 earthquake struck near Ridgeport on Tuesday, killing 14 people in Ridgeport and Lowmoor.";
        let vote = "The Senate of Valdoria approved the budget bill 61-39 on Thursday after Chancellor Marek Hollis pressed senators.";
        let set = ArticleSet {
            name: "mixed".into(),
            articles: vec![
                article("a.txt", "Quake hits Ridgeport", quake),
                article("b.txt", "Valdoria budget passes", vote),
                article("c.txt", "Ridgeport earthquake kills 14", quake),
                article("d.txt", "Hollis wins Valdoria budget vote", vote),
            ],
            warnings: vec![],
        };
        EventSet::new(set)
    }

    #[test]
    fn two_events_of_two_articles_open_on_the_list() {
        let events = sample();
        assert_eq!(events.events.len(), 2, "{:?}", events.events);
        assert!(events.wants_event_list());
        assert!(events.events.iter().all(|e| e.articles.len() == 2));
    }

    #[test]
    fn one_event_and_a_stray_article_are_compared_whole() {
        let mut events = sample();
        events.move_article(3, None);
        let set = ArticleSet {
            name: "one event".into(),
            articles: [0, 1, 2]
                .iter()
                .map(|&i| events.articles[i].clone())
                .collect(),
            warnings: vec![],
        };
        let small = EventSet::new(set);
        assert_eq!(small.events.len(), 2);
        assert!(!small.wants_event_list());
        // Grouped by hand before: the list, whatever its size.
        assert!(events.wants_event_list());
    }

    #[test]
    fn merge_and_split_are_kept_as_manual_events_and_reapplied() {
        let mut events = sample();
        assert_eq!(events.merge(&[1, 1]), None, "one event is no merge");
        let merged = events.merge(&[0, 1, 0]).unwrap();
        assert_eq!(events.events.len(), 1);
        assert_eq!(events.events[merged].articles, vec![0, 1, 2, 3]);
        let now = events.move_article(3, None).unwrap();
        assert_eq!(events.events[now].articles, vec![3]);
        assert_eq!(events.events.len(), 2);
        let saved = events.manual_events().to_vec();
        assert_eq!(saved.len(), 2);
        let reopened = sample().with_manual_events(saved);
        let groups: Vec<Vec<usize>> = reopened.events.iter().map(|e| e.articles.clone()).collect();
        assert_eq!(groups, vec![vec![0, 1, 2], vec![3]]);
        // Back into the first event: one event again.
        let mut reopened = reopened;
        reopened.move_article(3, Some(0));
        assert_eq!(reopened.events.len(), 1);
    }
}
