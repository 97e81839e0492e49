//! The kind a bare figure takes from its neighbours (years, ages, dates, labels) and the
//! unit or counted noun read after it.

use super::*;

impl Reader<'_, '_> {
    /// Does the figure at token `core` follow a word of age: "aged 40", "ages 12 to 17",
    /// "ages 19 through 43" (either end), "range in age from 12 to 27"? Or is it one of a
    /// list of figures after a plural noun of people and a comma ("her sons, 7 and 8", "two
    /// girls, 12 and 15")? Ages of victims or suspects count no one.
    fn after_a_word_of_age(&self, core: usize) -> bool {
        let number = |i: usize| self.get(i).is_some_and(|t| t.class == TokenClass::Number);
        let joiner = |i: usize| self.is(i, "and") || self.get(i).is_some_and(|t| t.is_punct(','));
        // The first figure of such a list: a noun, a comma, the figure, a joiner, a figure.
        let opens_a_list_of_ages = |i: usize| {
            number(i)
                && i >= 2
                && self.get(i - 1).is_some_and(|t| t.is_punct(','))
                && self.get(i - 2).is_some_and(|t| t.is_any(&AGES_LISTED))
                && joiner(i + 1)
                && number(i + 2)
        };
        let mut first = core;
        loop {
            if opens_a_list_of_ages(first) {
                return true;
            }
            if first >= 2 && joiner(first - 1) && number(first - 2) {
                first -= 2;
            } else {
                break;
            }
        }
        let mut i = core.wrapping_sub(1);
        // The second end of a range: "19 through 43", "12 to 27", "18 and 25".
        if ["to", "through", "and"].iter().any(|w| self.is(i, w)) && number(i.wrapping_sub(1)) {
            i = i.wrapping_sub(2);
        }
        if self.is(i, "from") || self.is(i, "between") {
            i = i.wrapping_sub(1);
        }
        ["age", "aged", "ages"].iter().any(|w| self.is(i, w))
    }

    /// The kind a bare figure takes from its neighbours: years, ages, dates, labels.
    pub(super) fn context_kind(&self, reading: &Reading) -> Option<QuantityKind> {
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
        // Labels: "Article 4", "No. 2", "number two"; lowercase too when the digits count
        // nothing ("performing flight 302 from Bogota", not "a block 200 feet away").
        let label_before = |t: Option<&Token>| t.is_some_and(|t| t.is_word() && t.is_any(LABELS));
        let digits = matches!(reading.shape, CoreShape::Digits { .. });
        if reading.bound == Bound::Exact
            && (label_before(prev)
                && prev.is_some_and(|p| {
                    digits && (p.is_capitalized() || reading.unit.is_empty()) || p.is("number")
                })
                || prev.is_some_and(|p| p.is_punct('.'))
                    && prev2.is_some_and(|p| p.is_any(&["no", "nos", "vol"]) && p.is_capitalized())
                || prev.is_some_and(|p| p.is_punct('#')) && self.joined(core)
                // A scale's number joined by a dash: "EF-4".
                || prev.is_some_and(|p| p.is_dash() && !p.space_before)
                    && self.joined(core)
                    && prev2.is_some_and(|p| p.is_word() && p.is_any(&super::super::SCALE_WORDS)))
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
            // "the 2013 charges", "its 2016 elections": a determiner before a bare four-digit
            // number makes it a year that names the noun, as news writes a count of
            // thousands with a comma ("the 2,013 charges").
            let determined = prev.is_some_and(|p| p.is_any(&YEAR_DETERMINERS));
            if month_before || !person_unit && (determined || !counts_plural) {
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
        if self.after_a_word_of_age(core) {
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
        // A number word in capitals inside a sentence of small letters belongs to a name,
        // before another capitalised word or after one: "killed in Four Hills", "near the
        // Detroit One precinct". In a headline in title case ("Hiller Charged with Two
        // Counts of Murder") it stays a count.
        let lowercase_word = |t: Option<&Token>| {
            t.is_some_and(|t| t.is_word() && t.text.chars().next().is_some_and(char::is_lowercase))
        };
        let name_word = |t: Option<&Token>| {
            t.is_some_and(|t| {
                t.is_word()
                    && t.is_capitalized()
                    && month_number(t.text).is_none()
                    && weekday_of(t.text).is_none()
            })
        };
        // The whole text is read for its case last, for the few number words it may touch.
        if matches!(reading.shape, CoreShape::Words { .. })
            && reading.end_token == core + 1
            && self.get(core).is_some_and(Token::is_capitalized)
            && (lowercase_word(prev) && name_word(next) || name_word(prev) && lowercase_word(prev2))
            && !self.in_title_case()
        {
            return Some(QuantityKind::Other);
        }
        // A number right after a name is part of it: "CBS 2", "Channel 8", "Explorer 5";
        // but not in a title-case or capitals headline ("Shooting Leaves 5 Dead"), where
        // a capitalised word follows too, other than a day or a month ("told NBC 6 Monday").
        // So is a model's: a number right after a word in capitals whatever follows ("the
        // ATR 72 aircraft", "an AK 47 rifle"), or after a name and before a noun of craft
        // ("a Boeing 737 jet"), not a count of what follows.
        let name_before = prev.is_some_and(|p| {
            p.is_word()
                && p.is_capitalized()
                && !p.is_any(&UNIT_STOP)
                && month_number(p.text).is_none()
                && weekday_of(p.text).is_none()
        });
        // A verb's participle after the number is no noun it counts ("a Boeing 737 carrying
        // 132 people").
        let unit_is_participle = reading
            .unit
            .split(' ')
            .next()
            .is_some_and(|w| w.chars().count() > 4 && w.ends_with("ing"));
        // A word in capitals after a number after a name in mixed case ends a model's name
        // ("a Boeing 737 MAX"), as no headline is written that way.
        let model_suffix = prev.is_some_and(|p| p.text.chars().any(char::is_lowercase))
            && next.is_some_and(|n| {
                n.is_word()
                    && n.text.chars().count() >= 2
                    && n.text.chars().all(|c| c.is_ascii_uppercase())
            });
        let label_of_a_name = (reading.unit.is_empty() || unit_is_participle || model_suffix)
            && name_before
            && (model_suffix
                || !next.is_some_and(|n| {
                    n.is_word()
                        && n.is_capitalized()
                        && weekday_of(n.text).is_none()
                        && month_number(n.text).is_none()
                }));
        let model_name = prev.is_some_and(|p| {
            p.is_word()
                && p.text.chars().count() >= 2
                && p.text.chars().all(|c| c.is_ascii_uppercase())
                && !next.is_some_and(|n| n.is_word() && n.text.chars().all(|c| !c.is_lowercase()))
        });
        let craft_after = || {
            reading
                .unit
                .split(' ')
                .next()
                .is_some_and(|w| CRAFT_NOUNS.contains(&w))
        };
        // A model's two numbers joined by a dash read as a range ("a Boeing 737-800").
        let dashed_pair = reading.shape == CoreShape::Vague
            && self
                .get(core + 1)
                .is_some_and(|t| t.is_dash() && !t.space_before)
            && self
                .get(core + 2)
                .is_some_and(|t| t.class == TokenClass::Number && !t.space_before);
        if (plain_len.is_some() && reading.bound == Bound::Exact || dashed_pair)
            && (label_of_a_name || model_name || (name_before && craft_after()))
        {
            return Some(QuantityKind::Other);
        }
        // A telephone number: "neighbors called 911 and tended to the injured".
        if plain_len.is_some()
            && reading.bound == Bound::Exact
            && reading.unit.is_empty()
            && prev.is_some_and(|p| p.is_word() && p.is_any(&CALLING_VERBS))
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

    /// Is the text written in title case, as headlines are: are nearly all its words of
    /// four letters or more capitalised (three of them at least)?
    fn in_title_case(&self) -> bool {
        let (long, capitalised) = self
            .tokens
            .iter()
            .filter(|t| t.is_word() && t.text.chars().count() >= 4)
            .fold((0usize, 0usize), |(long, caps), t| {
                (long + 1, caps + usize::from(t.is_capitalized()))
            });
        long >= 3 && capitalised * 5 >= long * 4
    }

    /// Up to three content words after a figure, lowercase, "of" skipped once; trailing
    /// predicates ("killed", "fleeing") dropped. Returns the phrase and the index after it.
    pub(super) fn read_unit(&self, mut at: usize) -> (String, usize) {
        if self.is(at, "of") {
            at += 1;
            while self
                .get(at)
                .is_some_and(|t| t.is_any(&["the", "these", "those", "them"]))
            {
                at += 1;
            }
            // "56 of Scotland's 59 seats", "eight of the Bluejays' 11 assists": an owner
            // before the figure of the whole is no unit of the part.
            let apostrophe = |t: &Token| t.text == "'" || t.text == "’";
            let owner = self.get(at).is_some_and(|t| {
                t.is_word()
                    && (t.text.ends_with("'s")
                        || t.text.ends_with("’s")
                        || t.text.ends_with("s'")
                        || t.text.ends_with("s’"))
            });
            // A plural owner's apostrophe may stand as a token of its own.
            let plural_owner = !owner
                && self
                    .get(at)
                    .is_some_and(|t| t.is_word() && t.text.ends_with('s'))
                && self.get(at + 1).is_some_and(apostrophe);
            let owner_len = if owner {
                1
            } else if plural_owner {
                2
            } else {
                0
            };
            if owner_len > 0
                && self
                    .get(at + owner_len)
                    .is_some_and(|t| t.class == crate::text::numbers::TokenClass::Number)
            {
                at += owner_len;
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
            // "teenagers opened fire", "firefighters drawn from nine stations".
            if !words.is_empty() && starts_a_predicate(&word) {
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
