//! The figure reader: from the tokens of a statement, each figure's core (digits, number
//! words, vague amounts, multipliers), the words that bound it ("at least", "nearly"), its
//! unit or counted noun, and what kind of figure it is (a count, an age, a year, a
//! duration, a clock time, a label). It uses the word tables and token tests of the parent
//! module.

use super::*;

pub(super) struct Reader<'t, 'a> {
    tokens: &'t [Token<'a>],
}

impl<'t, 'a> Reader<'t, 'a> {
    pub(super) fn new(tokens: &'t [Token<'a>]) -> Self {
        Self { tokens }
    }

    fn get(&self, i: usize) -> Option<&Token<'a>> {
        self.tokens.get(i)
    }

    fn is(&self, i: usize, word: &str) -> bool {
        self.get(i).is_some_and(|t| t.is(word))
    }

    /// The token at `i` follows the previous one with no space.
    fn joined(&self, i: usize) -> bool {
        self.get(i).is_some_and(|t| !t.space_before)
    }

    /// A joined dash at `i` followed by a joined token: "two-week".
    fn joined_dash(&self, i: usize) -> bool {
        self.get(i).is_some_and(|t| t.is_dash() && !t.space_before) && self.joined(i + 1)
    }

    fn read_prefix(&self, i: usize) -> (Option<(Bound, Tightness)>, usize) {
        for (words, bound, tightness) in PREFIXES {
            if words
                .iter()
                .enumerate()
                .all(|(offset, w)| self.get(i + offset).is_some_and(|t| t.is_word() && t.is(w)))
            {
                return (Some((*bound, *tightness)), i + words.len());
            }
        }
        (None, i)
    }

    pub(super) fn read_at(&self, i: usize) -> Option<Reading> {
        let first = self.get(i)?;
        if !can_start_figure(first) {
            return None;
        }
        if first.is("between") {
            return self.read_between(i);
        }
        let (prefix, core_start) = self.read_prefix(i);
        let mut reading = self.read_figure(core_start, prefix.is_some())?;
        reading.first_token = i;
        if let Some((bound, tightness)) = prefix {
            reading.bound = bound;
            reading.tightness = tightness;
        }
        Some(reading)
    }

    /// "between 200 and 300".
    fn read_between(&self, i: usize) -> Option<Reading> {
        let mut low = self.read_figure(i + 1, true)?;
        if !self.is(low.end_token, "and") {
            return None;
        }
        let high = self.read_figure(low.end_token + 1, true)?;
        if high.value <= low.value || high.kind != low.kind && high.kind.is_some() {
            return None;
        }
        low.first_token = i;
        low.end_token = high.end_token;
        low.base_high = high.base_high;
        low.bound = Bound::Vague;
        low.unit = high.unit;
        low.kind = high.kind.or(low.kind);
        if low.kind == Some(QuantityKind::Year) {
            low.kind = None;
        }
        Some(low)
    }

    /// A figure starting at `k` (after any bound words).
    fn read_figure(&self, k: usize, has_prefix: bool) -> Option<Reading> {
        let token = self.get(k)?;
        if let Some(reading) = self.read_multiplier(k) {
            return Some(reading);
        }
        // Currency before the figure: "$2.5", "US$ 3", "€40".
        let mut currency = None;
        let mut core = k;
        if let Some(unit) = currency_symbol(token.text) {
            currency = Some(unit);
            core = k + 1;
        } else if token.class == TokenClass::Word
            && token.is_any(&["us", "a", "c", "hk", "nz", "s"])
            && token.text.chars().all(|c| c.is_ascii_uppercase())
            && self
                .get(k + 1)
                .is_some_and(|t| t.text == "$" && !t.space_before)
        {
            currency = Some("dollars");
            core = k + 2;
        } else if token.class == TokenClass::Word
            && token.is_any(&["usd", "eur", "gbp"])
            && token.text.chars().all(|c| c.is_ascii_uppercase())
            && self
                .get(k + 1)
                .is_some_and(|t| t.class == TokenClass::Number)
        {
            currency = currency_word(token.text);
            core = k + 1;
        }
        let mut reading = self.read_core(core, has_prefix, currency.is_some())?;
        if self.is_identifier_tail(core) {
            return None;
        }
        reading.first_token = k;
        self.read_suffixes(&mut reading, currency);
        if reading.shape == (CoreShape::Words { single_one: true })
            && (reading.unit.is_empty()
                || self.before_one_is_pronoun(core)
                || self.is(reading.end_token, "of"))
            && !has_prefix
            && reading.kind.is_none_or(|kind| kind == QuantityKind::Count)
        {
            return None;
        }
        Some(reading)
    }

    /// "no one", "the one", "this one": not a count.
    fn before_one_is_pronoun(&self, core: usize) -> bool {
        core.checked_sub(1)
            .and_then(|p| self.get(p))
            .is_some_and(|t| {
                t.is_any(&[
                    "no", "any", "every", "some", "the", "this", "that", "each", "which", "only",
                ])
            })
    }

    /// "COVID-19", "F-16", "MH17": digits glued to a word are part of a name.
    fn is_identifier_tail(&self, core: usize) -> bool {
        let Some(token) = self.get(core) else {
            return false;
        };
        if token.class != TokenClass::Number || token.space_before || core < 2 {
            return false;
        }
        let dash = &self.tokens[core - 1];
        let before = &self.tokens[core - 2];
        (dash.is_dash() || dash.is_punct('/') || dash.is_punct('.'))
            && !dash.space_before
            && matches!(before.class, TokenClass::Word | TokenClass::Mixed)
    }

    fn read_multiplier(&self, k: usize) -> Option<Reading> {
        let token = self.get(k)?;
        let mut value = MULTIPLIER_WORDS
            .iter()
            .find(|(w, _)| token.is(w))
            .map(|&(_, v)| v);
        let mut end = k + 1;
        if value.is_none()
            && token.is("twice")
            && self.get(k + 1).is_some_and(|t| t.is_any(&["as", "the"]))
        {
            value = Some(2.0);
        }
        if value.is_none()
            && let Some(stem) = token
                .text
                .get(..token.text.len().saturating_sub(4))
                .filter(|_| {
                    token
                        .text
                        .get(token.text.len().saturating_sub(4)..)
                        .is_some_and(|tail| tail.eq_ignore_ascii_case("fold"))
                })
        {
            value = parse_number_word(stem).filter(|v| *v > 1.0);
        }
        let value = value?;
        let mut unit = String::new();
        let mut at = end;
        while self
            .get(at)
            .is_some_and(|t| t.is_any(&["the", "its", "their", "his", "her", "a", "an", "our"]))
        {
            at += 1;
        }
        if at > end {
            let (phrase, _) = self.read_unit(at);
            unit = phrase;
        }
        end = end.max(k + 1);
        Some(Reading {
            first_token: k,
            end_token: end,
            value,
            base_low: value,
            base_high: value,
            bound: Bound::Exact,
            tightness: Tightness::Open,
            shape: CoreShape::Multiplier,
            kind: Some(QuantityKind::Multiplier),
            unit,
        })
    }

    fn reading(
        &self,
        k: usize,
        end: usize,
        value: f64,
        low: f64,
        high: f64,
        shape: CoreShape,
    ) -> Reading {
        Reading {
            first_token: k,
            end_token: end,
            value,
            base_low: low,
            base_high: high,
            bound: if shape == CoreShape::Vague {
                Bound::Vague
            } else {
                Bound::Exact
            },
            tightness: Tightness::Open,
            shape,
            kind: None,
            unit: String::new(),
        }
    }

    /// The number itself: digits, number words or a vague amount.
    fn read_core(&self, k: usize, has_prefix: bool, has_currency: bool) -> Option<Reading> {
        let token = self.get(k)?;
        match token.class {
            TokenClass::Number => self.read_digits(k),
            TokenClass::Mixed => self.read_mixed(k, has_currency),
            TokenClass::Word => self
                .read_vague(k)
                .or_else(|| self.read_article(k, has_prefix))
                .or_else(|| self.read_words(k)),
            TokenClass::Punct => None,
        }
    }

    fn read_digits(&self, k: usize) -> Option<Reading> {
        let token = self.get(k)?;
        let value = parse_digits(token.text)?;
        let plain_integer_len = token
            .text
            .bytes()
            .all(|b| b.is_ascii_digit())
            .then_some(token.text.len());
        // Clock time: "9:10", "9:10am", "11:48 a.m.".
        if self
            .get(k + 1)
            .is_some_and(|t| t.is_punct(':') && !t.space_before)
            && self.get(k + 2).is_some_and(|t| {
                !t.space_before && matches!(t.class, TokenClass::Number | TokenClass::Mixed)
            })
        {
            let end = self.after_meridiem(k + 3);
            let minutes_text = self.tokens[k + 2].text;
            let minutes_digits = minutes_text
                .find(|c: char| !c.is_ascii_digit())
                .map_or(minutes_text, |p| &minutes_text[..p]);
            let minutes = parse_digits(minutes_digits).unwrap_or(0.0);
            let hours = clock_hours(value, minutes, self.meridiem(k + 2, end));
            let mut reading = self.reading(
                k,
                end,
                hours,
                hours,
                hours,
                CoreShape::Digits { plain_integer_len },
            );
            reading.kind = Some(QuantityKind::Other);
            reading.unit = "time".into();
            return Some(reading);
        }
        let after = self.after_meridiem(k + 1);
        if after > k + 1 {
            let hours = if plain_integer_len == Some(4) {
                // "1300 GMT".
                clock_hours((value / 100.0).floor(), value % 100.0, None)
            } else {
                clock_hours(value, 0.0, self.meridiem(k + 1, after))
            };
            let mut reading = self.reading(
                k,
                after,
                hours,
                hours,
                hours,
                CoreShape::Digits { plain_integer_len },
            );
            reading.kind = Some(QuantityKind::Other);
            reading.unit = "time".into();
            return Some(reading);
        }
        // Chains joined by dashes or slashes: phone numbers, dates, ranges, scores.
        let mut groups = vec![k];
        let mut at = k + 1;
        while self
            .get(at)
            .is_some_and(|t| (t.is_dash() || t.is_punct('/')) && !t.space_before)
            && self
                .get(at + 1)
                .is_some_and(|t| t.class == TokenClass::Number && !t.space_before)
        {
            groups.push(at + 1);
            at += 2;
        }
        if groups.len() > 1 {
            return Some(self.read_digit_chain(k, &groups, value));
        }
        // A scale word: "19 million", "$2.6-million".
        let mut end = k + 1;
        let mut scale = 1.0;
        let scale_at = if self.joined_dash(k + 1) {
            k + 2
        } else {
            k + 1
        };
        if let Some(s) = self.get(scale_at).and_then(|t| scale_word(t.text)) {
            scale = s;
            end = scale_at + 1;
        }
        let nominal = value * scale;
        Some(self.reading(
            k,
            end,
            nominal,
            nominal,
            nominal,
            CoreShape::Digits {
                plain_integer_len: plain_integer_len.filter(|_| scale == 1.0),
            },
        ))
    }

    /// "1-800-555-1234" (phone), "200-300" (range), "2010-2012" (years), "24/7".
    fn read_digit_chain(&self, k: usize, groups: &[usize], value: f64) -> Reading {
        let end = groups[groups.len() - 1] + 1;
        let texts: Vec<&str> = groups.iter().map(|&g| self.tokens[g].text).collect();
        let all_plain = texts.iter().all(|t| t.bytes().all(|b| b.is_ascii_digit()));
        let digit_count: usize = texts.iter().map(|t| t.len()).sum();
        let slash = self.tokens[k + 1].is_punct('/');
        let mut other = self.reading(
            k,
            end,
            value,
            value,
            value,
            CoreShape::Digits {
                plain_integer_len: None,
            },
        );
        other.kind = Some(QuantityKind::Other);
        if groups.len() >= 3 || slash || (all_plain && digit_count >= 7) {
            other.unit = if slash { String::new() } else { "phone".into() };
            return other;
        }
        let second = parse_digits(texts[1]).unwrap_or(f64::NAN);
        let is_year =
            |t: &str| t.len() == 4 && (1800..=2100).contains(&t.parse::<u32>().unwrap_or(0));
        if is_year(texts[0]) && (is_year(texts[1]) || texts[1].len() == 2) {
            // "2010-2012", "2007-08": a span of years, valued at its first year.
            let mut year = self.reading(
                k,
                end,
                value,
                value,
                value,
                CoreShape::Digits {
                    plain_integer_len: Some(4),
                },
            );
            year.kind = Some(QuantityKind::Year);
            return year;
        }
        if second > value {
            // "200-300", "$5-10 million".
            let scale_at = if self.joined_dash(end) { end + 1 } else { end };
            let (scale, end) = match self.get(scale_at).and_then(|t| scale_word(t.text)) {
                Some(scale) => (scale, scale_at + 1),
                None => (1.0, end),
            };
            let mut range = self.reading(
                k,
                end,
                value * scale,
                value * scale,
                second * scale,
                CoreShape::Vague,
            );
            range.bound = Bound::Vague;
            return range;
        }
        // A score or a tally ("3-1", "56-26").
        other.unit = "score".into();
        other
    }

    /// Some(true) for "pm"/"p.m." within tokens `from..to`, Some(false) for "am", else None.
    fn meridiem(&self, from: usize, to: usize) -> Option<bool> {
        (from..to).find_map(|i| {
            let lower = self.get(i)?.text.to_ascii_lowercase();
            if lower.ends_with("pm") || lower == "p" {
                Some(true)
            } else if lower.ends_with("am") || lower == "a" {
                Some(false)
            } else {
                None
            }
        })
    }

    /// After a figure, skip "am", "pm", "a.m.", "p.m."; returns the index after them.
    fn after_meridiem(&self, i: usize) -> usize {
        let Some(t) = self.get(i) else { return i };
        if t.is_any(&["am", "pm"]) && t.is_word() {
            return i + 1;
        }
        let zone = [
            "GMT", "UTC", "BST", "CET", "CEST", "EST", "EDT", "PST", "PDT", "CST", "CDT", "MSK",
            "hrs",
        ];
        if zone.contains(&t.text) {
            return i + 1;
        }
        if t.is("local") && self.is(i + 1, "time") {
            return i + 2;
        }
        if t.class == TokenClass::Mixed && t.text.len() >= 2 {
            return i;
        }
        if t.is_any(&["a", "p"])
            && self
                .get(i + 1)
                .is_some_and(|d| d.is_punct('.') && !d.space_before)
            && self
                .get(i + 2)
                .is_some_and(|m| m.is("m") && !m.space_before)
        {
            let dot = self
                .get(i + 3)
                .is_some_and(|d| d.is_punct('.') && !d.space_before);
            return if dot { i + 4 } else { i + 3 };
        }
        i
    }

    /// Digits glued to letters: "2.5m", "3bn", "1st", "9am", "1990s".
    fn read_mixed(&self, k: usize, has_currency: bool) -> Option<Reading> {
        let token = self.get(k)?;
        let split = token
            .text
            .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))?;
        let (digits, suffix) = token.text.split_at(split);
        let value = parse_digits(digits)?;
        let lower = suffix.to_ascii_lowercase();
        // One-letter scales ("5m", "1B", "10k") only after a currency sign: "$5m".
        if let Some(scale) = scale_suffix(suffix).filter(|_| has_currency || suffix.len() > 1) {
            let nominal = value * scale;
            return Some(self.reading(
                k,
                k + 1,
                nominal,
                nominal,
                nominal,
                CoreShape::Digits {
                    plain_integer_len: None,
                },
            ));
        }
        let mut reading = self.reading(
            k,
            k + 1,
            value,
            value,
            value,
            CoreShape::Digits {
                plain_integer_len: None,
            },
        );
        match lower.as_str() {
            "st" | "nd" | "rd" | "th" => {
                reading.kind = Some(QuantityKind::Other);
                reading.unit = "ordinal".into();
            }
            "am" | "pm" => {
                // "9am", "4.30pm".
                let (hour, minutes) = digits.split_once(['.', ':']).unwrap_or((digits, "0"));
                let hour = parse_digits(hour).unwrap_or(value);
                let minutes = parse_digits(minutes).unwrap_or(0.0);
                let hours = clock_hours(hour, minutes, Some(lower == "pm"));
                (reading.value, reading.base_low, reading.base_high) = (hours, hours, hours);
                reading.kind = Some(QuantityKind::Other);
                reading.unit = "time".into();
            }
            "s" if digits.len() == 4 && (1800.0..=2100.0).contains(&value) => {
                reading.kind = Some(QuantityKind::Year);
                reading.bound = Bound::Vague;
                reading.shape = CoreShape::Vague;
                reading.base_high = value + 9.0;
            }
            _ => return None,
        }
        Some(reading)
    }

    /// "dozens", "hundreds of thousands", "several thousand", "a few", "a handful".
    fn read_vague(&self, k: usize) -> Option<Reading> {
        let token = self.get(k)?;
        let plural_scale = |t: &Token| -> Option<f64> {
            [
                ("hundreds", 1e2),
                ("thousands", 1e3),
                ("millions", 1e6),
                ("billions", 1e9),
                ("trillions", 1e12),
            ]
            .iter()
            .find(|(w, _)| t.is(w))
            .map(|&(_, s)| s)
        };
        // "of thousands" after a vague word multiplies it.
        let of_scale = |at: usize| -> Option<f64> {
            (self.is(at, "of")).then_some(())?;
            self.get(at + 1).and_then(plural_scale)
        };
        let (low, high, end) = if token.is("tens") {
            let s = of_scale(k + 1)?;
            (20.0 * s, 100.0 * s - 1.0, k + 3)
        } else if token.is("dozens") {
            match of_scale(k + 1) {
                Some(s) => (24.0 * s, 99.0 * s, k + 3),
                None => (24.0, 99.0, k + 1),
            }
        } else if token.is("scores") && self.is(k + 1, "of") {
            (40.0, 199.0, k + 1)
        } else if let Some(s) = plural_scale(token) {
            // "hundreds", "thousands", "hundreds of thousands".
            match of_scale(k + 1) {
                Some(inner) => (2.0 * s * inner, 10.0 * s * inner - 1.0, k + 3),
                None => (2.0 * s, 10.0 * s - 1.0, k + 1),
            }
        } else if token.is("several") {
            match self
                .get(k + 1)
                .and_then(|t| scale_word(t.text).or(t.is("dozen").then_some(12.0)))
            {
                Some(12.0) => (24.0, 99.0, k + 2),
                Some(s) => (2.0 * s, 10.0 * s - 1.0, k + 2),
                None => (3.0, 9.0, k + 1),
            }
        } else if token.is("a") && self.is(k + 1, "few") {
            match self
                .get(k + 2)
                .and_then(|t| scale_word(t.text).or(t.is("dozen").then_some(12.0)))
            {
                Some(12.0) => (24.0, 60.0, k + 3),
                Some(s) => (2.0 * s, 5.0 * s, k + 3),
                None => (2.0, 5.0, k + 2),
            }
        } else if token.is("a") && self.is(k + 1, "handful") {
            (2.0, 6.0, k + 2)
        } else if token.is("a") && self.is(k + 1, "couple") && self.is(k + 2, "of") {
            (2.0, 3.0, k + 2)
        } else {
            return None;
        };
        let (low, high) = (low.round(), high.round());
        Some(self.reading(k, end, low, low, high, CoreShape::Vague))
    }

    /// "a dozen", "a million", "a hundred"; "a decade" only after bound words.
    fn read_article(&self, k: usize, has_prefix: bool) -> Option<Reading> {
        let token = self.get(k)?;
        if !token.is_any(&["a", "an", "one"]) {
            return None;
        }
        let next = self.get(k + 1)?;
        if next.is("dozen") {
            let mut reading = self.reading(k, k + 2, 12.0, 10.0, 14.0, CoreShape::Article);
            reading.bound = Bound::About;
            reading.base_low = 12.0;
            reading.base_high = 12.0;
            return Some(reading);
        }
        if token.is("one") {
            return None;
        }
        if scale_word(next.text).is_some() {
            // "a hundred", "a million", "a hundred and fifty".
            let mut phrase = NumberPhrase::default();
            phrase.push(NumberWord::Small(1.0));
            let (value, end) = self.continue_words(phrase, k + 1)?;
            return Some(self.reading(k, end, value, value, value, CoreShape::Article));
        }
        if has_prefix && is_time_unit(next) {
            let mut reading = self.reading(k, k + 2, 1.0, 1.0, 1.0, CoreShape::Article);
            reading.kind = Some(QuantityKind::Duration);
            reading.unit = next.lower();
            return Some(reading);
        }
        None
    }

    /// Number words: "eight", "Thirteen", "twenty-five", "one hundred and twenty".
    fn read_words(&self, k: usize) -> Option<Reading> {
        let first = self.get(k).and_then(|t| classify_number_word(t.text))?;
        if matches!(first, NumberWord::Scale(_) | NumberWord::Dozen) {
            return None;
        }
        let (value, end) = self.continue_words(NumberPhrase::default(), k)?;
        let words = (k..end)
            .filter(|&i| classify_number_word(self.tokens[i].text).is_some())
            .count();
        let single_one = words == 1 && value == 1.0;
        Some(self.reading(k, end, value, value, value, CoreShape::Words { single_one }))
    }

    /// Continue a phrase of number words from token `k`; its value and end.
    fn continue_words(&self, mut phrase: NumberPhrase, k: usize) -> Option<(f64, usize)> {
        let mut end = k;
        let mut at = k;
        while let Some(token) = self.get(at) {
            if token.class != TokenClass::Word {
                break;
            }
            if phrase.words > 0 && token.is("and") {
                // "one hundred and twenty": only after a scale word.
                let after_scale = matches!(phrase.last(), Some(NumberWord::Scale(_)));
                let next_is_number = self
                    .get(at + 1)
                    .and_then(|t| classify_number_word(t.text))
                    .is_some_and(|w| matches!(w, NumberWord::Small(_) | NumberWord::Tens(_)));
                if after_scale && next_is_number {
                    at += 1;
                    continue;
                }
                break;
            }
            let Some(word) = classify_number_word(token.text) else {
                break;
            };
            if phrase.words == 0 && matches!(word, NumberWord::Scale(_) | NumberWord::Dozen) {
                return None;
            }
            if !phrase.push(word) {
                break;
            }
            end = at + 1;
            at += 1;
            // Continue across a joined dash ("twenty-five", "two-million-euro").
            if self.joined_dash(at)
                && self
                    .get(at + 1)
                    .is_some_and(|t| classify_number_word(t.text).is_some())
            {
                at += 1;
            }
        }
        (end > k).then(|| (phrase.value(), end))
    }

    /// Percent signs, currency words, "or more", "-plus", ages, durations, units.
    fn read_suffixes(&self, reading: &mut Reading, currency: Option<&'static str>) {
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
        // Ages: "25-year-old", "25 years old", "a 3-month-old".
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
        // Durations: "two-week", "three decades", "30 years".
        if self.get(word_at).is_some_and(is_time_unit) && currency.is_none() {
            reading.kind = Some(QuantityKind::Duration);
            reading.unit = self.tokens[word_at].lower();
            reading.end_token = word_at + 1;
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

    /// The kind a bare figure takes from its neighbours: years, ages, dates, labels.
    fn context_kind(&self, reading: &Reading) -> Option<QuantityKind> {
        let core = reading.first_token
            + usize::from(
                self.get(reading.first_token)
                    .is_some_and(|t| t.class == TokenClass::Punct),
            );
        let prev = core.checked_sub(1).and_then(|p| self.get(p));
        let prev2 = core.checked_sub(2).and_then(|p| self.get(p));
        let next = self.get(reading.end_token);
        let plain_len = match reading.shape {
            CoreShape::Digits { plain_integer_len } => plain_integer_len,
            _ => None,
        };
        // Labels: "Article 4", "No. 2", "number two".
        let label_before = |t: Option<&Token>| t.is_some_and(|t| t.is_word() && t.is_any(LABELS));
        let digits = matches!(reading.shape, CoreShape::Digits { .. });
        if reading.bound == Bound::Exact
            && (label_before(prev)
                && prev.is_some_and(|p| digits && p.is_capitalized() || p.is("number"))
                || prev.is_some_and(|p| p.is_punct('.'))
                    && prev2.is_some_and(|p| p.is_any(&["no", "nos", "vol"]) && p.is_capitalized())
                || prev.is_some_and(|p| p.is_punct('#')) && self.joined(core))
        {
            return Some(QuantityKind::Other);
        }
        // Day of a month: "July 8", "Jan. 5", "5 January".
        let day_like = plain_len.is_some_and(|l| l <= 2) && (1.0..=31.0).contains(&reading.value);
        if day_like && reading.bound == Bound::Exact {
            let month_before = prev.is_some_and(|p| month_number(p.text).is_some())
                || prev.is_some_and(|p| p.is_punct('.'))
                    && prev2.is_some_and(|p| is_month_abbreviation(p.text));
            let month_after = next.is_some_and(|n| month_number(n.text).is_some())
                || next.is_some_and(|n| n.is("of"))
                    && self
                        .get(reading.end_token + 1)
                        .is_some_and(|n| month_number(n.text).is_some());
            if month_before || month_after {
                return Some(QuantityKind::Other);
            }
        }
        // Years: a bare four-digit number in 1800..=2100 not counting a plural noun.
        if plain_len == Some(4)
            && (1800.0..=2100.0).contains(&reading.value)
            && reading.bound == Bound::Exact
            && reading.first_token == core
        {
            let first_unit_word = reading.unit.split(' ').next().unwrap_or("");
            let counts_plural = first_unit_word.len() > 3
                && first_unit_word.ends_with('s')
                && !first_unit_word.ends_with("ss")
                && !first_unit_word.ends_with("'s");
            let month_before = prev.is_some_and(|p| month_number(p.text).is_some());
            let person_unit = matches!(first_unit_word, "people" | "police");
            if month_before || !counts_plural && !person_unit {
                return Some(QuantityKind::Year);
            }
        }
        // Ages: "Nazarbayev, 81, has", "Michael Smith, 55."
        if plain_len.is_some_and(|l| l <= 3)
            && (1.0..=120.0).contains(&reading.value)
            && reading.bound == Bound::Exact
            && reading.unit.is_empty()
            && prev.is_some_and(|p| p.is_punct(','))
            && prev2.is_some_and(|p| {
                p.is_word()
                    && p.is_capitalized()
                    && month_number(p.text).is_none()
                    && weekday_of(p.text).is_none()
            })
            && next.is_none_or(|n| {
                n.is_punct(',')
                    || n.is_punct('.')
                    || n.is_punct(';')
                    || n.is_punct(')')
                    || n.is_any(&["and", "who", "was", "is", "has", "had"])
            })
        {
            return Some(QuantityKind::Age);
        }
        if self.is(core.wrapping_sub(1), "aged") || self.is(core.wrapping_sub(1), "age") {
            return Some(QuantityKind::Age);
        }
        // "who is 81 and", "he was 43.": an age stated of a person.
        if plain_len.is_some_and(|l| l <= 3)
            && (1.0..=120.0).contains(&reading.value)
            && reading.bound == Bound::Exact
            && reading.unit.is_empty()
            && prev.is_some_and(|p| p.is_any(&["is", "was", "turned", "turns"]))
            && prev2.is_some_and(|p| {
                p.is_any(&["who", "he", "she"])
                    || p.is_word() && p.is_capitalized() && month_number(p.text).is_none()
            })
        {
            return Some(QuantityKind::Age);
        }
        // A number right after a name is part of it: "CBS 2", "Channel 8", "Explorer 5";
        // but not in a title-case or capitals headline ("Shooting Leaves 5 Dead"), where
        // a capitalised word follows too.
        if plain_len.is_some()
            && reading.bound == Bound::Exact
            && reading.unit.is_empty()
            && prev.is_some_and(|p| {
                p.is_word()
                    && p.is_capitalized()
                    && !p.is_any(&UNIT_STOP)
                    && month_number(p.text).is_none()
                    && weekday_of(p.text).is_none()
            })
            && !next.is_some_and(|n| n.is_word() && n.is_capitalized())
        {
            return Some(QuantityKind::Other);
        }
        // A leading zero marks a code, not an amount: "iMovie 09", "007".
        if plain_len.is_some_and(|l| l > 1)
            && self
                .get(core)
                .is_some_and(|t| t.text.starts_with('0') && t.class == TokenClass::Number)
        {
            return Some(QuantityKind::Other);
        }
        // Street addresses: "the 4200 block of South Princeton Avenue".
        if plain_len.is_some() && reading.unit == "block" {
            return Some(QuantityKind::Other);
        }
        None
    }

    /// Up to three content words after a figure, lowercase, "of" skipped once; trailing
    /// predicates ("killed", "fleeing") dropped. Returns the phrase and the index after it.
    fn read_unit(&self, mut at: usize) -> (String, usize) {
        if self.is(at, "of") {
            at += 1;
            while self
                .get(at)
                .is_some_and(|t| t.is_any(&["the", "these", "those", "them"]))
            {
                at += 1;
            }
        }
        let mut words: Vec<String> = Vec::new();
        while words.len() < 3 {
            let Some(token) = self.get(at) else { break };
            if !token.is_word() {
                break;
            }
            if token.is_any(UNIT_SKIP) {
                at += 1;
                continue;
            }
            if token.is_any(&UNIT_STOP)
                || weekday_of(token.text).is_some()
                || month_number(token.text).is_some()
            {
                break;
            }
            let mut word = token.lower();
            if let Some(stem) = word.strip_suffix("'s").or_else(|| word.strip_suffix("’s")) {
                word = stem.to_string();
                words.push(word);
                at += 1;
                break;
            }
            let mut f = at + 1;
            while self.joined_dash(f) && self.get(f + 1).is_some_and(|t| t.is_word()) {
                word.push('-');
                word.push_str(&self.tokens[f + 1].lower());
                f += 2;
            }
            // A participle after the noun ends the phrase: "people detained",
            // "teenagers opened fire".
            if !words.is_empty() && is_participle(&word) {
                break;
            }
            words.push(word);
            at = f;
        }
        while words.last().is_some_and(|w| {
            is_participle(w) && w.ends_with("ed") || w.ends_with("ly") && w.len() > 4
        }) {
            words.pop();
        }
        (words.join(" "), at)
    }
}
