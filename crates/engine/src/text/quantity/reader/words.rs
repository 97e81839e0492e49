//! The core of a figure: digits and their chains ("200-300", "1-800-555-1234", clock
//! times with "am"/"pm"), digits glued to letters ("2.5m", "1990s"), vague amounts
//! ("dozens", "a few"), "a dozen"-style articles and phrases of number words.

use super::*;

impl Reader<'_, '_> {
    /// A clock time read from tokens `k..end`: a figure of hours that counts nothing.
    fn clock_time(
        &self,
        k: usize,
        end: usize,
        hours: f64,
        plain_integer_len: Option<usize>,
    ) -> Reading {
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
        reading
    }

    pub(super) fn read_digits(&self, k: usize) -> Option<Reading> {
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
            let mut end = self.after_meridiem(k + 3);
            let minutes_text = self.tokens[k + 2].text;
            let minutes_digits = minutes_text
                .find(|c: char| !c.is_ascii_digit())
                .map_or(minutes_text, |p| &minutes_text[..p]);
            let minutes = parse_digits(minutes_digits).unwrap_or(0.0);
            let mut pm = self.meridiem(k + 2, end);
            if pm.is_none()
                && let Some((after, day_part_pm)) = self.day_part(end)
            {
                (end, pm) = (after, Some(day_part_pm));
            }
            let hours = clock_hours(value, minutes, pm);
            return Some(self.clock_time(k, end, hours, plain_integer_len));
        }
        // "3 in the morning": an hour told with its half of the day.
        if plain_integer_len.is_some_and(|len| len <= 2)
            && (1.0..=12.0).contains(&value)
            && let Some((after, pm)) = self.day_part(k + 1)
        {
            let hours = clock_hours(value, 0.0, Some(pm));
            return Some(self.clock_time(k, after, hours, plain_integer_len));
        }
        let after = self.after_meridiem(k + 1);
        if after > k + 1 {
            let hours = if plain_integer_len == Some(4) {
                // "1300 GMT".
                clock_hours((value / 100.0).floor(), value % 100.0, None)
            } else {
                clock_hours(value, 0.0, self.meridiem(k + 1, after))
            };
            return Some(self.clock_time(k, after, hours, plain_integer_len));
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

    /// A phrase of [`DAY_PARTS`] at token `at` ("in the morning"): the index after it, and
    /// whether it is after noon.
    fn day_part(&self, at: usize) -> Option<(usize, bool)> {
        DAY_PARTS.iter().find_map(|e| {
            let (phrase, half) = word_lists::pair(e);
            let words: Vec<&str> = phrase.split(' ').collect();
            words
                .iter()
                .enumerate()
                .all(|(i, w)| self.is(at + i, w))
                .then_some((at + words.len(), half == "pm"))
        })
    }

    /// A clock time told in words: a part of an hour ([`CLOCK_PARTS`]) "past" or "to" an
    /// hour from one to twelve, with its half of the day when told ("a quarter past five in
    /// the afternoon", "half past ten", "a quarter to eight p.m.").
    pub(super) fn read_worded_clock(&self, k: usize) -> Option<Reading> {
        let at = if self.is(k, "a") { k + 1 } else { k };
        let minutes = clock_part_minutes(self.get(at)?.text)?;
        let to = match self.get(at + 1) {
            Some(t) if t.is("past") => false,
            Some(t) if t.is("to") => true,
            _ => return None,
        };
        let hour_token = self.get(at + 2)?;
        let hour = crate::text::numbers::simple_number_word(hour_token.text)
            .or_else(|| {
                hour_token
                    .text
                    .bytes()
                    .all(|b| b.is_ascii_digit())
                    .then(|| parse_digits(hour_token.text))
                    .flatten()
            })
            .filter(|h| (1.0..=12.0).contains(h) && h.fract() == 0.0)?;
        let mut end = self.after_meridiem(at + 3);
        let mut pm = self.meridiem(at + 3, end);
        if pm.is_none()
            && let Some((after, day_part_pm)) = self.day_part(end)
        {
            (end, pm) = (after, Some(day_part_pm));
        }
        // "a quarter to one" is 12:45, of the hour before.
        let (hour, minutes) = if to {
            (hour - 1.0, 60.0 - minutes)
        } else {
            (hour, minutes)
        };
        let hour = if hour == 0.0 { 12.0 } else { hour };
        Some(self.clock_time(k, end, clock_hours(hour, minutes, pm), None))
    }

    /// An hour told in a word with its half of the day ("just before eight in the
    /// evening"), not a count before a noun the phrase describes ("arrested eight in the
    /// morning raids").
    pub(super) fn read_worded_hour(&self, k: usize) -> Option<Reading> {
        let hour = crate::text::numbers::simple_number_word(self.get(k)?.text)
            .filter(|h| (1.0..=12.0).contains(h) && h.fract() == 0.0)?;
        let (after, pm) = self.day_part(k + 1)?;
        if self.get(after).is_some_and(|t| {
            t.class == TokenClass::Word
                && t.text.starts_with(|c: char| c.is_lowercase())
                && !crate::text::lexicon::is_stop_word(&t.text.to_lowercase())
        }) {
            return None;
        }
        Some(self.clock_time(k, after, clock_hours(hour, 0.0, Some(pm)), None))
    }

    /// A word that names an hour ("noon", "midnight"; [`NAMED_HOURS`]) as a clock time.
    pub(super) fn read_named_hour(&self, k: usize) -> Option<Reading> {
        let hours = named_hour(self.get(k)?.text)?;
        Some(self.clock_time(k, k + 1, hours, None))
    }

    /// Some(true) for "pm"/"p.m." within tokens `from..to`, Some(false) for "am", else None.
    fn meridiem(&self, from: usize, to: usize) -> Option<bool> {
        (from..to).find_map(|i| {
            let lower = self.get(i)?.text.to_ascii_lowercase();
            // "p", "pm", and minutes with the first letter glued on ("5:30p.m.").
            let glued = |letter: char| {
                lower.strip_suffix(letter).is_some_and(|digits| {
                    !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
                })
            };
            if lower.ends_with("pm") || lower == "p" || glued('p') {
                Some(true)
            } else if lower.ends_with("am") || lower == "a" || glued('a') {
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
            // "p.m.", and "p. m." as some archives space it (with its closing stop).
            && self.get(i + 2).is_some_and(|m| {
                m.is("m")
                    && (!m.space_before
                        || self
                            .get(i + 3)
                            .is_some_and(|d| d.is_punct('.') && !d.space_before))
            })
        {
            let dot = self
                .get(i + 3)
                .is_some_and(|d| d.is_punct('.') && !d.space_before);
            return if dot { i + 4 } else { i + 3 };
        }
        i
    }

    /// Digits glued to letters: "2.5m", "3bn", "1st", "9am", "1990s".
    pub(super) fn read_mixed(&self, k: usize, has_currency: bool) -> Option<Reading> {
        let token = self.get(k)?;
        let text = euro_prefixed(token.text).unwrap_or(token.text);
        let split = text
            .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
            .unwrap_or(text.len());
        let (digits, suffix) = text.split_at(split);
        let value = parse_digits(digits)?;
        if suffix.is_empty() {
            // "euro110 billion": the figure and its scale word, the currency read before.
            let scale = self.get(k + 1).and_then(|t| scale_word(t.text));
            if scale.is_none() && digits.len() == 4 && (1900.0..=2100.0).contains(&value) {
                return None;
            }
            let nominal = value * scale.unwrap_or(1.0);
            return Some(self.reading(
                k,
                k + 1 + usize::from(scale.is_some()),
                nominal,
                nominal,
                nominal,
                CoreShape::Digits {
                    plain_integer_len: None,
                },
            ));
        }
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
            // "120km", "60m (197ft)": a figure and its unit, read as a measurement (not
            // after a currency sign: "$160MM" is money).
            _ if !has_currency
                && k.checked_sub(1)
                    .and_then(|p| self.get(p))
                    .is_none_or(|t| currency_symbol(t.text).is_none())
                && super::super::glued_unit(suffix, self.get(k + 1).map_or("", |t| t.text))
                    .is_some() => {}
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
    pub(super) fn read_vague(&self, k: usize) -> Option<Reading> {
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

    /// A share of a scale: "half a million", "a quarter of a billion", "three quarters of a
    /// million", "a third of a billion", "a quarter million", "half a dozen". Read whole,
    /// or "a billion" alone would be read of "a quarter of a billion".
    pub(super) fn read_fraction(&self, k: usize) -> Option<Reading> {
        // The share, and the token where what follows it starts.
        let (share, mut at) = if self.is(k, "half") {
            (0.5, k + 1)
        } else if self.get(k).is_some_and(|t| t.is_any(&["a", "one"]))
            && let Some(share) = self.get(k + 1).and_then(|t| fraction_word(t.text, false))
        {
            (share, k + 2)
        } else if let Some(count) = self
            .get(k)
            .and_then(|t| crate::text::numbers::simple_number_word(t.text))
            && (2.0..=4.0).contains(&count)
            && let Some(share) = self.get(k + 1).and_then(|t| fraction_word(t.text, true))
        {
            (count * share, k + 2)
        } else {
            return None;
        };
        // "of a million", "a million", "million" (after "a quarter").
        if self.is(at, "of") {
            at += 1;
        }
        if self.is(at, "a") {
            at += 1;
        } else if self.is(k, "half") {
            return None;
        }
        let scale = self
            .get(at)
            .and_then(|t| scale_word(t.text).or_else(|| t.is("dozen").then_some(12.0)))?;
        let value = share * scale;
        Some(self.reading(k, at + 1, value, value, value, CoreShape::Article))
    }

    /// "a dozen", "a million", "a hundred"; "a decade" only after bound words.
    pub(super) fn read_article(&self, k: usize, has_prefix: bool) -> Option<Reading> {
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
        // "an hour and a half": a length of time however it is bounded.
        if is_time_unit(next) && self.is_and_a_half(k + 2) {
            let mut reading = self.reading(k, k + 5, 1.5, 1.5, 1.5, CoreShape::Article);
            reading.kind = Some(QuantityKind::Duration);
            reading.unit = next.lower();
            return Some(reading);
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
    pub(super) fn read_words(&self, k: usize) -> Option<Reading> {
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
}

/// The figure of a token that writes the euro sign as a word joined to it, as the wires'
/// plain text does ("euro110" in "euro110 billion ($141 billion)"): the digits after
/// "euro", when only digits and their separators follow. A year alone is a name ("the
/// euro2000 site"): the caller reads it as money only with a scale word or separators.
pub(in crate::text::quantity) fn euro_prefixed(token: &str) -> Option<&str> {
    // In lower case: "Euro2012" is a tournament.
    let digits = token.strip_prefix("euro")?;
    (digits.starts_with(|c: char| c.is_ascii_digit())
        && digits
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ','))
    .then_some(digits)
}

/// The share a word of a fraction names: "quarter" a fourth, "third" a third; their plurals
/// ("three quarters", "two thirds") when `plural`.
fn fraction_word(word: &str, plural: bool) -> Option<f64> {
    let word = word.to_ascii_lowercase();
    let singular = if plural {
        word.strip_suffix('s')?
    } else {
        word.as_str()
    };
    match singular {
        "quarter" => Some(0.25),
        "third" => Some(1.0 / 3.0),
        "half" if !plural => Some(0.5),
        _ => None,
    }
}
