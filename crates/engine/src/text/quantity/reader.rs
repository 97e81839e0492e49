//! The figure reader: from the tokens of a statement, each figure's core (digits, number
//! words, vague amounts, multipliers), the words that bound it ("at least", "nearly"), its
//! unit or counted noun, and what kind of figure it is (a count, an age, a year, a
//! duration, a clock time, a label). It uses the word tables and token tests of the parent
//! module.

use super::*;
mod context;
mod suffix;
mod words;
use words::euro_prefixed;

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
        } else if token.class == TokenClass::Mixed && euro_prefixed(token.text).is_some() {
            // The wires' plain-text euro sign: "euro110 billion ($141 billion)".
            currency = Some("euros");
        }
        let mut reading = self.read_core(core, has_prefix, currency.is_some())?;
        if self.is_identifier_tail(core) {
            return None;
        }
        reading.first_token = k;
        self.read_suffixes(&mut reading, currency);
        if reading.shape == (CoreShape::Words { single_one: true })
            // "which one person was killed" counts; "which one" alone does not.
            && ((reading.unit.is_empty()
                && (!self.harm_follows(reading.end_token) || self.before_one_is_pronoun(core)))
                || self.is(reading.end_token, "of"))
            && !has_prefix
            && reading.kind.is_none_or(|kind| kind == QuantityKind::Count)
        {
            return None;
        }
        Some(reading)
    }

    /// Does a word of death or injury follow the figure that ends before token `end`
    /// ("left one dead", "one killed and two hurt")? A lone "one" is then a count of people.
    fn harm_follows(&self, end: usize) -> bool {
        self.tokens[end.min(self.tokens.len())..]
            .iter()
            .find(|t| !t.is_any(UNIT_SKIP))
            .is_some_and(|t| t.is_word() && crate::text::lexicon::tells_harm(&t.lower()))
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

    /// "COVID-19", "F-16", "MH17": digits glued to a word are part of a name, unless the
    /// word is one of a scale ("EF-4", a tornado's rating).
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
            && !before.is_any(&super::SCALE_WORDS)
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
                .read_named_hour(k)
                .or_else(|| self.read_worded_clock(k))
                .or_else(|| self.read_worded_hour(k))
                .or_else(|| self.read_fraction(k))
                .or_else(|| self.read_vague(k))
                .or_else(|| self.read_article(k, has_prefix))
                .or_else(|| self.read_words(k)),
            TokenClass::Punct => None,
        }
    }
}
