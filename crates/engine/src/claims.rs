//! Every statement's claims as typed data, for the JSON contract and the views: what it
//! counts (figures, see [`crate::figures`]), when a happening took place (times), whose
//! words it quotes (quotations), how far an action has gone (statuses), the post, the
//! leaving of a post and the age it gives a named person (posts, departures, ages) and how
//! a party answered (responses). All are
//! read from the same features the conflict detectors compare, once per statement;
//! boilerplate makes no claim.

use serde::Serialize;

use crate::conflict::Side;
use crate::conflict::status::Status;
use crate::figures::FigureClaim;
use crate::model::{Analysis, Date, StatementIdx};
use crate::text::date::DatePrecision;

/// A date a statement gives, and what it says happened then.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TimeClaim {
    pub statement: StatementIdx,
    /// As written: "on Wednesday", "January 19".
    pub text: String,
    /// The day (or first day of a span) it refers to, when the article's date or the
    /// text resolves it.
    pub date: Option<Date>,
    /// The last day of a span ("this week"); the same day otherwise.
    pub date_end: Option<Date>,
    pub precision: DatePrecision,
    /// The happenings next to the date in its clause, as the lexicon's concepts (`KILL`,
    /// `STORM`): what the statement says took place then. Empty when the date is not
    /// told of a happening ("said on Friday").
    pub happenings: Vec<String>,
}

/// Words a statement quotes.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuotationClaim {
    pub statement: StatementIdx,
    /// The quoted words, as written (a quotation cut by an ellipsis gives two).
    pub words: String,
    /// Whom the statement cites ("the Interior Ministry"), when it names someone.
    pub speaker: Option<String>,
}

/// An action a statement reports, and how far it has gone.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StatusClaim {
    pub statement: StatementIdx,
    /// The lexicon's concept of the action (`SEND`, `STORM`, `RESIGN`, ...).
    pub action: String,
    /// The action with up to two words before it, as written: "would send".
    pub text: String,
    /// Announced or intended, attempted, under way, done, denied.
    pub status: Status,
}

/// The post a statement gives a named person.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PostClaim {
    pub statement: StatementIdx,
    /// The person's last name, folded ("su").
    pub person: String,
    /// The post's head ("manager").
    pub head: String,
    /// The post as written: "senior vice president and general manager for AMD's products
    /// division".
    pub post: String,
}

/// How a statement says a named person left a post.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DepartureClaim {
    pub statement: StatementIdx,
    /// The person's last name, folded ("nazarbayev").
    pub person: String,
    /// `left` (of their own accord: resigned, stepped down) or `removed` (fired, dismissed,
    /// forced to resign).
    pub manner: crate::conflict::departure::Manner,
    /// The post left, as written ("head of the security council"), when one is named.
    pub post: Option<String>,
    /// As written: "would step down as head of the security council".
    pub text: String,
}

/// The age a statement gives a named person.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AgeClaim {
    pub statement: StatementIdx,
    /// The name as written ("Jose Luis Orozco").
    pub person: String,
    pub years: f64,
}

/// How a party answered, as a statement reports it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ResponseClaim {
    pub statement: StatementIdx,
    /// `no-comment`, `denied-happening` ("denied the attack occurred"),
    /// `denied-involvement` ("denied any links to the raid") or `denied` (not saying which).
    pub stance: crate::conflict::response::Stance,
    /// The words of the party's name two outlets can share (country keys and capitalised
    /// words, folded).
    pub party: Vec<String>,
    /// As written: "Sudan's armed forces denied".
    pub text: String,
}

/// The claims of every statement of an analysis, each list in statement order.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Claims {
    pub figures: Vec<FigureClaim>,
    pub times: Vec<TimeClaim>,
    pub quotations: Vec<QuotationClaim>,
    pub statuses: Vec<StatusClaim>,
    pub posts: Vec<PostClaim>,
    pub departures: Vec<DepartureClaim>,
    pub ages: Vec<AgeClaim>,
    pub responses: Vec<ResponseClaim>,
}

impl Claims {
    /// Read the claims of every statement that is not boilerplate.
    pub fn of(analysis: &Analysis) -> Claims {
        let features = crate::figures::claim_features(analysis);
        let readings = crate::conflict::Readings::of(analysis);
        let mut claims = Claims::default();
        for (i, statement) in analysis.statements.iter().enumerate() {
            if statement.is_boilerplate() {
                continue;
            }
            let idx = StatementIdx(i);
            let (side, _) = crate::conflict::sides(analysis, &features, &readings, idx, idx);
            claims.read_statement(idx, &side);
        }
        claims
    }

    fn read_statement(&mut self, statement: StatementIdx, side: &Side) {
        self.figures
            .extend(crate::figures::statement_claims(statement, side));
        for d in &side.features.parse.dates {
            let happenings = crate::conflict::date::anchors(side, d);
            self.times.push(TimeClaim {
                statement,
                text: d.text.clone(),
                date: d.resolved,
                date_end: d.resolved_end,
                precision: d.precision,
                happenings,
            });
        }
        // Whom the statement cites when it names a party ("police spokesman John Smith"),
        // else the person it names as the quotation's speaker ("Ghimire said").
        let speaker = (!side.quotes.is_empty())
            .then(|| {
                crate::conflict::attribution::attribution(&side.features.parse, side.text())
                    .or_else(|| crate::conflict::quote::speaker(side))
            })
            .flatten();
        for words in &side.quotes {
            self.quotations.push(QuotationClaim {
                statement,
                words: words.to_string(),
                speaker: speaker.clone(),
            });
        }
        for (action, text, status) in crate::conflict::status::statuses(side) {
            self.statuses.push(StatusClaim {
                statement,
                action,
                text,
                status,
            });
        }
        for (person, head, post) in crate::conflict::role::post_claims(side) {
            self.posts.push(PostClaim {
                statement,
                person,
                head,
                post,
            });
        }
        for (person, manner, post, text) in crate::conflict::departure::departure_claims(side) {
            self.departures.push(DepartureClaim {
                statement,
                person,
                manner,
                post,
                text,
            });
        }
        for (person, years) in crate::conflict::age::age_claims(side) {
            self.ages.push(AgeClaim {
                statement,
                person,
                years,
            });
        }
        for (stance, party, text) in crate::conflict::response::response_claims(side) {
            self.responses.push(ResponseClaim {
                statement,
                stance,
                party,
                text,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{ArticleSet, article_from_bytes};
    use crate::{Config, analyze};

    #[test]
    fn a_statement_gives_its_posts_departures_ages_and_responses() {
        let text = "Source: Daily Ledger\nPublished: Friday, 7 January 2022\n\n\
                    Jose Luis Orozco, 27, was arrested, said Dana Reyes, spokeswoman for the Marren County Sheriff's Office.\n\n\
                    Acme Mining declined to comment on the spill.\n\n\
                    Mine director Tom Ellery was forced to resign as head of the safety board on Thursday.\n";
        let set = ArticleSet {
            name: "one".into(),
            warnings: vec![],
            articles: vec![article_from_bytes("ledger.txt", text.as_bytes(), None).unwrap()],
        };
        let claims = Claims::of(&analyze(&set, &Config::default()));
        assert_eq!(claims.ages.len(), 1);
        assert_eq!(claims.ages[0].person, "Jose Luis Orozco");
        assert_eq!(claims.ages[0].years, 27.0);
        assert_eq!(claims.posts.len(), 2);
        assert_eq!(claims.posts[0].person, "reyes");
        assert_eq!(
            claims.posts[0].post,
            "spokeswoman for the Marren County Sheriff's Office"
        );
        // A title before a name is a post too.
        assert_eq!(claims.posts[1].person, "ellery");
        assert_eq!(claims.posts[1].post, "Mine director");
        assert_eq!(claims.responses.len(), 1);
        assert_eq!(
            claims.responses[0].stance,
            crate::conflict::response::Stance::NoComment
        );
        assert_eq!(claims.responses[0].party, ["acme", "mining"]);
        assert_eq!(claims.departures.len(), 1);
        let departure = &claims.departures[0];
        assert_eq!(departure.person, "ellery");
        assert_eq!(
            departure.manner,
            crate::conflict::departure::Manner::Removed
        );
        assert_eq!(departure.post.as_deref(), Some("head of the safety board"));
        assert_eq!(
            departure.text,
            "was forced to resign as head of the safety board"
        );
    }

    #[test]
    fn a_statement_gives_its_measurements_in_base_units() {
        let text = "Source: Daily Ledger\nPublished: Thursday, 29 September 2022\n\n\
                    Ian made landfall with maximum sustained winds of 150 mph.\n\n\
                    The epicentre was more than 80 kilometres northwest of Kathmandu.\n\n\
                    Its depth was 15 km, about 80 km northwest of Kathmandu.\n";
        let set = ArticleSet {
            name: "one".into(),
            warnings: vec![],
            articles: vec![article_from_bytes("ledger.txt", text.as_bytes(), None).unwrap()],
        };
        let claims = Claims::of(&analyze(&set, &Config::default()));
        let [winds, distance, depth, abbreviated] = claims.figures.as_slice() else {
            panic!("four measurements: {:?}", claims.figures);
        };
        // A unit written short is a measurement too ("km" is no plural, so "80 km northwest"
        // once read as a compound), and what a verb of being ties to it is measured.
        assert_eq!(
            (depth.text.as_str(), depth.noun.as_str()),
            ("15 km", "depth")
        );
        assert_eq!(abbreviated.text, "about 80 km");
        assert_eq!(abbreviated.noun, "distance from Kathmandu");
        assert_eq!(winds.text, "150 mph");
        assert_eq!(winds.noun, "winds");
        assert_eq!(
            winds.measure,
            crate::figures::MeasureKey::Measurement {
                dimension: crate::conflict::measurement::Dimension::Speed,
                of: "wind".into()
            }
        );
        assert!((winds.low - 241.4).abs() < 0.1, "{}", winds.low);
        assert_eq!(distance.text, "more than 80 kilometres");
        assert_eq!(distance.noun, "distance from Kathmandu");
        assert_eq!(distance.high, None);
    }

    #[test]
    fn a_statement_gives_its_times_quotations_and_statuses() {
        let text = "Source: Daily Ledger\nPublished: Friday, 7 January 2022\n\n\
                    Protesters stormed the city hall on Wednesday, the police said.\n\n\
                    The alliance would send troops, the president said: \"We will restore order.\"\n\n\
                    Police have not arrested anyone.\n";
        let set = ArticleSet {
            name: "one".into(),
            warnings: vec![],
            articles: vec![article_from_bytes("ledger.txt", text.as_bytes(), None).unwrap()],
        };
        let analysis = analyze(&set, &Config::default());
        let claims = Claims::of(&analysis);
        let wednesday = claims
            .times
            .iter()
            .find(|t| t.text.contains("Wednesday"))
            .expect("a time claim for Wednesday");
        assert_eq!(wednesday.date, Date::from_ymd_opt(2022, 1, 5));
        assert_eq!(wednesday.happenings, ["STORM"]);
        let send = claims
            .statuses
            .iter()
            .find(|s| s.action == "SEND")
            .expect("a status claim for the sending");
        assert_eq!(send.status, Status::Intended);
        assert_eq!(send.text, "alliance would send");
        let arrest = claims
            .statuses
            .iter()
            .find(|s| s.action == "DETAIN")
            .expect("a status claim for the arrest");
        assert_eq!(arrest.status, Status::Denied);
        let quote = claims
            .quotations
            .iter()
            .find(|q| q.words.contains("restore order"))
            .expect("the quotation");
        assert_eq!(quote.words, "We will restore order.");
    }
}
