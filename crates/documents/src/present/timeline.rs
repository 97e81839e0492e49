//! How a figure moved over time: for a row of the Figures table whose sources were
//! published on different days, each source's figures placed at its publication date, for
//! the small plot the workbench and the HTML report draw and the line the Markdown report
//! prints. An official toll that rises from one day to the next is not a contradiction, and
//! the reader should see it.

use parallax_engine::figures::FigureRow;
use parallax_engine::model::{Analysis, Date, SourceIdx, StatementIdx};

/// One figure of one source, at the source's publication date.
#[derive(Debug, Clone, PartialEq)]
pub struct TimelinePoint {
    pub date: Date,
    pub source: SourceIdx,
    pub statement: StatementIdx,
    /// The outlet's name.
    pub outlet: String,
    /// The figure as written: "at least 12".
    pub text: String,
    pub value: f64,
    /// The values the figure allows; `high` is `None` when unbounded ("at least 12").
    pub low: f64,
    pub high: Option<f64>,
}

/// The dated figures of one row, earliest first.
#[derive(Debug, Clone, PartialEq)]
pub struct Timeline {
    pub points: Vec<TimelinePoint>,
}

impl Timeline {
    /// The figures of `row` at their sources' publication dates, when they span two days
    /// or more (sources with no known date are left out; so are figures of an earlier event
    /// told as background). `None` when all dated figures fall on one day.
    pub fn of_row(analysis: &Analysis, row: &FigureRow) -> Option<Timeline> {
        let mut points: Vec<TimelinePoint> = Vec::new();
        for (source, cell) in row.cells.iter().enumerate() {
            let Some(src) = analysis.sources.get(source) else {
                continue;
            };
            let Some(date) = src.meta.date else {
                continue;
            };
            for claim in cell.iter().filter(|c| !c.background) {
                points.push(TimelinePoint {
                    date,
                    source: SourceIdx(source),
                    statement: claim.statement,
                    outlet: src.label().to_string(),
                    text: claim.text.clone(),
                    value: claim.value,
                    low: claim.low,
                    high: claim.high,
                });
            }
        }
        points.sort_by(|a, b| {
            a.date
                .cmp(&b.date)
                .then(a.value.total_cmp(&b.value))
                .then(a.source.cmp(&b.source))
        });
        // One outlet repeating a figure (a headline and a lead) is one point.
        points.dedup_by(|b, a| {
            a.source == b.source && a.date == b.date && a.text.eq_ignore_ascii_case(&b.text)
        });
        let (first, last) = (points.first()?.date, points.last()?.date);
        (first != last).then_some(Timeline { points })
    }

    pub fn first_date(&self) -> Date {
        self.points[0].date
    }

    pub fn last_date(&self) -> Date {
        self.points[self.points.len() - 1].date
    }

    /// The smallest and largest value any figure gives or allows (an unbounded figure
    /// counts by its value).
    pub fn value_range(&self) -> (f64, f64) {
        let low = self
            .points
            .iter()
            .map(|p| p.low.min(p.value))
            .fold(f64::INFINITY, f64::min);
        let high = self
            .points
            .iter()
            .map(|p| p.high.unwrap_or(p.value).max(p.value))
            .fold(f64::NEG_INFINITY, f64::max);
        (low, high)
    }

    /// Where `date` lies between the first and the last date, from 0 to 1.
    pub fn x_of(&self, date: Date) -> f32 {
        let span = (self.last_date() - self.first_date()).num_days().max(1) as f32;
        ((date - self.first_date()).num_days() as f32 / span).clamp(0.0, 1.0)
    }

    /// Where `value` lies between the smallest and the largest value, from 0 (smallest) to 1;
    /// 0.5 when every figure is the same.
    pub fn y_of(&self, value: f64) -> f32 {
        let (low, high) = self.value_range();
        if high <= low {
            0.5
        } else {
            (((value - low) / (high - low)) as f32).clamp(0.0, 1.0)
        }
    }

    /// The points whose value is written beside their dot: on each date, a point whose
    /// height ([`Timeline::y_of`]) lies at least `min_gap` from every label already placed
    /// there, so that a figure two outlets give on one day is written once and two close
    /// figures do not write over each other.
    pub fn labelled(&self, min_gap: f32) -> Vec<&TimelinePoint> {
        let mut placed: Vec<&TimelinePoint> = Vec::new();
        for p in &self.points {
            let clear = placed.iter().all(|q| {
                q.date != p.date || (self.y_of(q.value) - self.y_of(p.value)).abs() >= min_gap
            });
            if clear {
                placed.push(p);
            }
        }
        placed
    }

    /// The figures in date order, in words: "8 (Guardian, 6 Jan) → 13 (NBC, 7 Jan)".
    pub fn in_words(&self) -> String {
        self.points
            .iter()
            .map(|p| format!("{} ({}, {})", p.text, p.outlet, p.date.format("%-d %b")))
            .collect::<Vec<_>>()
            .join(" → ")
    }
}

/// The layout of a timeline's plot, in pixels from the plot's top-left corner, shared by the
/// workbench's and the HTML report's drawings so that both place dots, bars and labels
/// alike: the dates run from `pad_x` to `width - pad_x`, the values from just above the axis
/// (at `axis`) up to `top`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlotFrame {
    pub width: f32,
    pub pad_x: f32,
    pub top: f32,
    pub axis: f32,
}

/// A value written beside its dot (see [`PlotFrame::value_labels`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ValueLabel<'t> {
    pub point: &'t TimelinePoint,
    /// Where the label's text starts (or ends, when `ends_at_x`), and the dot's height.
    pub x: f32,
    pub y: f32,
    /// The label sits left of its dot, ending at `x` (the dot lies in the plot's right
    /// half); otherwise right of it, starting at `x`.
    pub ends_at_x: bool,
}

/// How far a value label stands from its dot.
const LABEL_GAP: f32 = 6.0;

impl PlotFrame {
    /// The lowest a dot sits, a little above the axis.
    fn floor(&self) -> f32 {
        self.axis - 4.0
    }

    /// Where `date` falls across the plot.
    pub fn x(&self, t: &Timeline, date: Date) -> f32 {
        self.pad_x + t.x_of(date) * (self.width - 2.0 * self.pad_x)
    }

    /// Where `value` falls up the plot.
    pub fn y(&self, t: &Timeline, value: f64) -> f32 {
        self.floor() - t.y_of(value) * (self.floor() - self.top)
    }

    /// The bar over the values a point's bound allows, as (the height of its low end, of its
    /// high end: the plot's top when unbounded), when it is tall enough to see.
    pub fn bound_bar(&self, t: &Timeline, p: &TimelinePoint) -> Option<(f32, f32)> {
        let low = self.y(t, p.low);
        let high = p.high.map_or(self.top, |h| self.y(t, h));
        (high < low - 0.5).then_some((low, high))
    }

    /// The values written beside their dots, labels `label_height` pixels tall never over
    /// one another ([`Timeline::labelled`]), each on the side away from the plot's edge.
    pub fn value_labels<'t>(&self, t: &'t Timeline, label_height: f32) -> Vec<ValueLabel<'t>> {
        t.labelled(label_height / (self.floor() - self.top))
            .into_iter()
            .map(|point| {
                let ends_at_x = t.x_of(point.date) > 0.5;
                let gap = if ends_at_x { -LABEL_GAP } else { LABEL_GAP };
                ValueLabel {
                    point,
                    x: self.x(t, point.date) + gap,
                    y: self.y(t, point.value),
                    ends_at_x,
                }
            })
            .collect()
    }
}

impl TimelinePoint {
    /// The value, short, for a label beside its dot: "12", "22,000", "6.6", "1.5m".
    pub fn value_label(&self) -> String {
        let v = self.value;
        if v.abs() >= 1_000_000.0 {
            let m = v / 1_000_000.0;
            if m.fract() == 0.0 {
                format!("{m:.0}m")
            } else {
                format!("{m:.1}m")
            }
        } else if v.fract() != 0.0 {
            format!("{v:.1}")
        } else {
            parallax_engine::text::numbers::group_thousands(v)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use parallax_engine::corpus::{Article, ArticleSet, article_from_bytes};
    use parallax_engine::{Config, analyze};

    fn article(name: &str, text: &str) -> Article {
        article_from_bytes(name, text.as_bytes(), None).unwrap()
    }

    #[test]
    fn a_toll_reported_on_two_days_moves_and_one_reported_on_one_day_does_not() {
        let set = ArticleSet {
            name: "two days".into(),
            warnings: vec![],
            articles: vec![
                article(
                    "a.txt",
                    "Source: Daily Ledger\nPublished: 6 January 2022\n\nAt least eight people were killed in the clashes in the capital on Wednesday, officials said.\n",
                ),
                article(
                    "b.txt",
                    "Source: Evening Post\nPublished: 7 January 2022\n\nThirteen people were killed in the clashes in the capital on Wednesday, the ministry said.\n",
                ),
            ],
        };
        let analysis = analyze(&set, &Config::default());
        let claims = parallax_engine::figures::claims(&analysis);
        let rows = parallax_engine::figures::rows(&analysis, &claims);
        let row = rows
            .iter()
            .find(|r| r.label.contains("killed"))
            .expect("a row of the killed");
        let timeline = Timeline::of_row(&analysis, row).expect("two days apart");
        assert_eq!(timeline.points.len(), 2);
        assert_eq!(timeline.points[0].text, "At least eight");
        assert_eq!(timeline.x_of(timeline.points[1].date), 1.0);
        assert!(timeline.y_of(13.0) > timeline.y_of(8.0));
        let labels: Vec<String> = timeline
            .labelled(0.1)
            .iter()
            .map(|p| p.value_label())
            .collect();
        assert_eq!(labels, ["8", "13"]);
        assert_eq!(
            timeline.in_words(),
            "At least eight (Daily Ledger, 6 Jan) → Thirteen (Evening Post, 7 Jan)"
        );
    }

    #[test]
    fn values_are_labelled_short() {
        let point = |value: f64| TimelinePoint {
            date: Date::from_ymd_opt(2022, 1, 6).unwrap(),
            source: SourceIdx(0),
            statement: StatementIdx(0),
            outlet: String::new(),
            text: String::new(),
            value,
            low: value,
            high: Some(value),
        };
        assert_eq!(point(12.0).value_label(), "12");
        assert_eq!(point(22_000.0).value_label(), "22,000");
        assert_eq!(point(6.6).value_label(), "6.6");
        assert_eq!(point(19_000_000.0).value_label(), "19m");
        assert_eq!(point(0.0).value_label(), "0");
    }
}
