//! What follows a figure's core: percent signs, currency words, "or more", "-plus", ages,
//! durations and units, and the upper end of a range ("X or Y", "X to Y").

use super::*;

/// The one-word units of measure of `units.txt` (lengths, areas, speeds, volumes, masses):
/// the units a half told before ("one and a half kilometres") is read with.
static MEASURE_UNIT_WORDS: std::sync::LazyLock<Vec<&'static str>> =
    std::sync::LazyLock::new(|| {
        ["length", "area", "speed", "volume", "mass"]
            .iter()
            .flat_map(|section| crate::text::word_lists::UNITS.named(section))
            .map(|entry| crate::text::word_lists::pair(entry).0)
            .filter(|unit| !unit.contains(' '))
            .collect()
    });

/// The least sum read in a currency the lists do not name: smaller figures after a word of
/// paying count things more often than money.
const MIN_SUM_OF_AN_UNKNOWN_CURRENCY: f64 = 100.0;

/// Words passed over between a word of paying and its figure: "a reward of about 40
/// million", "fined it 85,000".
const BEFORE_A_SUM: [&str; 20] = [
    "a", "an", "the", "of", "it", "them", "him", "her", "about", "around", "some", "nearly",
    "almost", "roughly", "up", "to", "over", "more", "than", "another",
];

impl Reader<'_, '_> {
    /// Is the first word before token `first` (past [`BEFORE_A_SUM`], up to four tokens
    /// back) a word of paying ([`MONEY_CUES_BEFORE`])?
    fn money_cue_before(&self, first: usize) -> bool {
        (first.saturating_sub(4)..first)
            .rev()
            .filter_map(|i| self.get(i))
            .find(|t| !t.is_any(&BEFORE_A_SUM))
            .is_some_and(|t| t.is_word() && MONEY_CUES_BEFORE.iter().any(|w| t.is(w)))
    }

    /// Do the tokens from `at` tell paid money: "in", "of" or "for", then a word of
    /// [`MONEY_NOUNS_AFTER`] next or one word on ("in emergency aid")?
    fn money_noun_after(&self, at: usize) -> bool {
        self.get(at).is_some_and(|t| t.is_any(&["in", "of", "for"]))
            && (at + 1..at + 3)
                .filter_map(|i| self.get(i))
                .any(|t| t.is_word() && MONEY_NOUNS_AFTER.iter().any(|w| t.is(w)))
    }

    /// Percent signs, currency words, "or more", "-plus", ages, durations, units.
    /// Do tokens `at..at + 3` read "and a half", a half of what comes before it ("an hour
    /// and a half"), not of a scale after it ("two years and a half million dollars")?
    pub(super) fn is_and_a_half(&self, at: usize) -> bool {
        self.is(at, "and")
            && self.is(at + 1, "a")
            && self.is(at + 2, "half")
            && !self
                .get(at + 3)
                .is_some_and(|t| scale_word(t.text).is_some() || t.is("dozen"))
    }

    pub(super) fn read_suffixes(&self, reading: &mut Reading, currency: Option<&'static str>) {
        let mut e = reading.end_token;
        if reading.kind.is_some() && reading.kind != Some(QuantityKind::Year) {
            return;
        }
        if let Some(unit) = currency {
            reading.kind = Some(QuantityKind::Money);
            reading.unit = unit.into();
        }
        // "200-plus", "200+".
        if self.joined_dash(e) && self.is(e + 1, "plus") {
            reading.bound = Bound::AtLeast;
            e += 2;
        } else if self
            .get(e)
            .is_some_and(|t| t.is_punct('+') && !t.space_before)
        {
            reading.bound = Bound::AtLeast;
            e += 1;
        }
        // Percent.
        if self.get(e).is_some_and(|t| t.is_punct('%')) {
            reading.kind = Some(QuantityKind::Percent);
            reading.unit = "percent".into();
            reading.end_token = e + 1;
            self.read_or_more(reading);
            return;
        }
        if self.is(e, "percent")
            || self.is(e, "pct")
            || (self.is(e, "per") && self.is(e + 1, "cent"))
        {
            reading.kind = Some(QuantityKind::Percent);
            reading.unit = "percent".into();
            reading.end_token = if self.is(e, "per") { e + 2 } else { e + 1 };
            self.read_or_more(reading);
            return;
        }
        if self.is(e, "percentage")
            && self
                .get(e + 1)
                .is_some_and(|t| t.is_any(&["point", "points"]))
        {
            reading.kind = Some(QuantityKind::Percent);
            reading.unit = "percentage points".into();
            reading.end_token = e + 2;
            return;
        }
        // Currency word after the figure: "two million euros", "two-million-euro".
        let joined_word = self.joined_dash(e);
        let word_at = if joined_word { e + 1 } else { e };
        if let Some(unit) = self
            .get(word_at)
            .filter(|t| t.is_word())
            .and_then(|t| currency_word(t.text))
            .filter(|_| {
                !(self.is(word_at, "pounds") || self.is(word_at, "pound"))
                    || !self.is(word_at + 1, "of")
            })
            .filter(|_| {
                // "USD" and friends only in capitals.
                !self.get(word_at).is_some_and(|t| {
                    t.text.len() == 3
                        && t.text.chars().any(|c| c.is_ascii_lowercase())
                        && t.is_any(&["usd", "eur", "gbp"])
                })
            })
        {
            reading.kind = Some(QuantityKind::Money);
            reading.unit = unit.into();
            reading.end_token = word_at + 1;
            self.read_or_more(reading);
            return;
        }
        // A word no list names after a sum paid: "a reward of 40 million grivens", "fined
        // it 85,000 talers", "2.5 million florins in emergency aid". Invented or rare
        // currencies are told so; a word news English knows after a figure ("paid 200
        // visits") counts things.
        if !joined_word
            && reading.kind.is_none()
            && reading.value >= MIN_SUM_OF_AN_UNKNOWN_CURRENCY
            && let Some(t) = self.get(e).filter(|t| {
                t.is_word()
                    && t.text.chars().count() >= 3
                    && t.text.chars().all(|c| c.is_ascii_lowercase())
            })
            && (self.money_cue_before(reading.first_token) || self.money_noun_after(e + 1))
            && !crate::text::lexicon::is_stop_word(t.text)
            && is_unknown_word(t.text)
        {
            reading.kind = Some(QuantityKind::Money);
            reading.unit = t.text.to_string();
            reading.end_token = e + 1;
            self.read_or_more(reading);
            return;
        }
        // "-fold": "two-fold", "three fold".
        if (joined_word || self.get(e).is_some()) && self.is(word_at, "fold") {
            reading.kind = Some(QuantityKind::Multiplier);
            reading.end_token = word_at + 1;
            return;
        }
        // "a five-time champion": a tally of occasions, not an amount.
        if joined_word && self.is(word_at, "time") {
            reading.kind = Some(QuantityKind::Other);
            reading.unit = "times".into();
            reading.end_token = word_at + 1;
            return;
        }
        // "five times the size", "three times as many".
        if self.is(e, "times")
            && self.get(e + 1).is_some_and(|t| {
                t.is_any(&[
                    "the", "as", "more", "higher", "larger", "bigger", "greater", "less", "lower",
                    "smaller", "faster", "over", "that",
                ])
            })
        {
            reading.kind = Some(QuantityKind::Multiplier);
            reading.end_token = e + 1;
            return;
        }
        // Ages: "25-year-old", "25 years old", "a 3-month-old"; and with the first dash
        // spaced, as scraped pages often have it ("a three -year-old girl", "16- year-old").
        let word_at = if !joined_word && self.get(e).is_some_and(|t| t.is_dash()) {
            e + 1
        } else {
            word_at
        };
        if self
            .get(word_at)
            .is_some_and(|t| t.is_any(&["year", "years", "month", "months"]))
        {
            let old_at = if self.joined_dash(word_at + 1) {
                word_at + 2
            } else {
                word_at + 1
            };
            if self.is(old_at, "old") {
                reading.kind = Some(QuantityKind::Age);
                reading.unit = if self
                    .get(word_at)
                    .is_some_and(|t| t.is_any(&["month", "months"]))
                {
                    "months".into()
                } else {
                    String::new()
                };
                reading.end_token = old_at + 1;
                return;
            }
        }
        // Durations: "two-week", "three decades", "30 years"; a half told before the unit
        // or after it ("two and a half years", "an hour and a half").
        let half_before = !joined_word && self.is_and_a_half(e);
        let unit_at = if half_before { e + 3 } else { word_at };
        if self.get(unit_at).is_some_and(is_time_unit) && currency.is_none() {
            reading.kind = Some(QuantityKind::Duration);
            reading.unit = self.tokens[unit_at].lower();
            reading.end_token = unit_at + 1;
            let half_after = !half_before && self.is_and_a_half(unit_at + 1);
            if half_before || half_after {
                reading.add_half();
            }
            if half_after {
                reading.end_token += 3;
            }
            self.read_or_more(reading);
            return;
        }
        reading.end_token = e;
        self.read_or_more(reading);
        // Ranges: "two or three", "10 to 15 people", "5 to 10 million".
        let after_figure = reading.end_token;
        if let Some(high) = self.read_range_end(reading) {
            let raw_low = self.raw_value(reading.first_token);
            let raw_high = self.raw_value(after_figure + 1);
            if let (Some(raw_low), Some(raw_high)) = (raw_low, raw_high)
                && reading.value == raw_low
                && high.value > raw_high
                && raw_high > 0.0
            {
                let scale = high.value / raw_high;
                reading.value *= scale;
                reading.base_low *= scale;
            }
            if high.value > reading.value {
                reading.end_token = high.end_token;
                reading.base_high = high.base_high;
                reading.bound = Bound::Vague;
            }
        }
        // "one and a half kilometres": a half between the figure and a unit of measure.
        if reading.unit.is_empty()
            && !joined_word
            && reading.end_token == e
            && self.is_and_a_half(e)
            && self
                .get(e + 3)
                .is_some_and(|t| t.is_word() && MEASURE_UNIT_WORDS.iter().any(|u| t.is(u)))
        {
            reading.add_half();
            reading.end_token = e + 3;
        }
        if reading.unit.is_empty() {
            let unit_at = if joined_word && reading.end_token == e {
                e + 1
            } else {
                reading.end_token
            };
            let (unit, _) = self.read_unit(unit_at);
            if let Some(unit) = unit.split(' ').next().and_then(currency_word) {
                // "hundreds of billions of dollars".
                reading.kind = Some(QuantityKind::Money);
                reading.unit = unit.into();
            } else {
                reading.unit = unit;
            }
        }
        if reading.kind.is_none() {
            reading.kind = self.context_kind(reading);
            if matches!(
                reading.kind,
                Some(QuantityKind::Year | QuantityKind::Age | QuantityKind::Other)
            ) && reading.unit != "time"
            {
                reading.unit.clear();
            }
        }
    }

    /// The upper end of "X or Y" / "X to Y" after a plain figure, when it is one.
    fn read_range_end(&self, reading: &Reading) -> Option<Reading> {
        let at = reading.end_token;
        if reading.bound != Bound::Exact
            || reading.kind.is_some()
            || !matches!(
                reading.shape,
                CoreShape::Digits { .. } | CoreShape::Words { .. }
            )
        {
            return None;
        }
        let from_before = reading
            .first_token
            .checked_sub(1)
            .is_some_and(|p| self.is(p, "from"));
        let joiner_ok = self.is(at, "or") || self.is(at, "to") && !from_before;
        if !joiner_ok {
            return None;
        }
        let high = self.read_core(at + 1, false, false)?;
        let same_shape = matches!(
            (reading.shape, high.shape),
            (CoreShape::Digits { .. }, CoreShape::Digits { .. })
                | (CoreShape::Words { .. }, CoreShape::Words { .. })
        );
        let year_like = |r: &Reading| {
            r.shape
                == (CoreShape::Digits {
                    plain_integer_len: Some(4),
                })
                && (1800.0..=2100.0).contains(&r.value)
        };
        let both_years = year_like(reading) && year_like(&high);
        (same_shape
            && !both_years
            && high.kind.is_none()
            && high.bound == Bound::Exact
            && high.value > reading.value)
            .then_some(high)
    }

    /// The bare number a single token writes: "5", "five".
    fn raw_value(&self, i: usize) -> Option<f64> {
        let token = self.get(i)?;
        match token.class {
            TokenClass::Number => parse_digits(token.text),
            TokenClass::Word => classify_number_word(token.text).and_then(|w| match w {
                NumberWord::Small(v) | NumberWord::Tens(v) => Some(v),
                _ => None,
            }),
            _ => None,
        }
    }

    /// "or more", "or so", "or fewer" after a figure.
    fn read_or_more(&self, reading: &mut Reading) {
        let e = reading.end_token;
        if !self.is(e, "or") {
            return;
        }
        let bound = if self.is(e + 1, "more") {
            Bound::AtLeast
        } else if self.is(e + 1, "so") {
            Bound::About
        } else if self
            .get(e + 1)
            .is_some_and(|t| t.is_any(&["fewer", "less"]))
        {
            Bound::AtMost
        } else {
            return;
        };
        if reading.bound == Bound::Exact {
            reading.bound = bound;
        }
        reading.end_token = e + 2;
    }
}
