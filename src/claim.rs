//! The claim: what one article states, with its evidence.
//!
//! Produced by `extract`, read by `graph`, `compare` and `report`. A claim
//! holds its evidence span (document-absolute bytes), its sentence, its kind
//! and measure, a normalised value, its subject, and who it is attributed to.

use std::fmt;

use jiff::civil::Date;
use serde::Serialize;

use crate::normalize::date::DayPart;
use crate::normalize::number::Amount;
use crate::normalize::time::format_minutes;
use crate::normalize::words::WordSet;
use crate::segment::BlockKind;
use crate::span::Span;

/// What sort of fact a claim states.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimKind {
    /// What happened to people: killed, injured, missing, in hospital,
    /// arrested, charged, detained, rescued, evacuated, displaced.
    Casualties,
    /// A count of things or people (facilities, troops stationed, attacks).
    Count,
    /// A quantity with a unit (distance, money, duration, magnitude, percent).
    Quantity,
    /// A time of day.
    Time,
    /// A date or an interval of days.
    Date,
    /// Words quoted from a speaker.
    Quote,
    /// Where something happened, or where someone is from, was taken or is
    /// based ("off the coast of Sicily", "of Schenectady", "taken to Jamaica
    /// Hospital").
    Place,
    /// Who or what took part: charges laid, a vehicle, the nationality of a
    /// group, a name given to a thing ("charged with murder", "a grey Toyota
    /// Camry", "23 Somali pirates", "a dhow named Salahaddin").
    Actor,
    /// A named person and what the text says they are: title or rank, age
    /// ("navy spokesman Commander Nirad Sinha", "Epaminondas Korkoneas, 37").
    Person,
}

impl ClaimKind {
    /// Lower-case name.
    pub fn name(self) -> &'static str {
        match self {
            ClaimKind::Casualties => "casualties",
            ClaimKind::Count => "count",
            ClaimKind::Quantity => "quantity",
            ClaimKind::Time => "time",
            ClaimKind::Date => "date",
            ClaimKind::Quote => "quote",
            ClaimKind::Place => "place",
            ClaimKind::Actor => "actor",
            ClaimKind::Person => "person",
        }
    }
}

/// One part of a figure the text splits up ("two U.S." of "one British and
/// two U.S. service members").
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Part {
    /// Who the part is: a nationality code ("US"), or the noun ("women").
    pub who: String,
    /// How many.
    pub amount: Amount,
}

/// A normalised value.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case", tag = "type")]
pub enum Value {
    /// A figure: an interval with its qualifier.
    Amount {
        /// The figure (the total, where there are parts).
        amount: Amount,
        /// The parts the text gives, if any; they add up to `amount`.
        #[serde(skip_serializing_if = "Vec::is_empty")]
        parts: Vec<Part>,
    },
    /// A quantity in a base unit.
    Quantity {
        /// The figure in the base unit.
        amount: Amount,
        /// The base unit (`m`, `s`, `USD`, `%`, `magnitude`).
        unit: String,
    },
    /// A time of day.
    Time {
        /// Minutes after midnight.
        minutes: u16,
        /// "around", "about" …
        approximate: bool,
        /// The side of the time "shortly before" or "just past" puts it on.
        #[serde(skip_serializing_if = "Option::is_none")]
        side: Option<crate::normalize::time::Side>,
        /// The IANA zone (or `UTC+H`) the time is in, where known.
        zone: Option<String>,
    },
    /// An interval of calendar days.
    Date {
        /// First day.
        from: Date,
        /// Last day (inclusive).
        to: Date,
        /// A part of the day, where named.
        part: Option<DayPart>,
        /// Time zones the day may be counted in: the article's, and the
        /// event's place where the text names one.
        zones: Vec<String>,
    },
    /// A number that names something rather than counting it: a telephone
    /// number, as its digits.
    Code {
        /// The digits, without spaces or punctuation ("08005550123").
        digits: String,
    },
    /// Two figures said as one result: a score ("91-73"), a record
    /// ("10-0"), a shooting line ("7-for-14").
    Score {
        /// The first figure (the winner's score, the wins, the shots made).
        first: u32,
        /// The second.
        second: u32,
    },
    /// A moment of a match: the time left in a period ("with 7:42 left in
    /// the first half"), or its middle ("midway through the first half").
    Clock {
        /// The period ("first half", "third quarter", "overtime"), where
        /// said.
        period: Option<String>,
        /// Seconds left in it; none for its middle.
        left: Option<u32>,
    },
    /// A day the text names that no publication date places: "on
    /// Saturday", "November 19", "last night" in an article that does not
    /// say when it came out.
    Day {
        /// The day as the text names it ("Saturday", "November 19").
        said: String,
        /// A part of the day, where named.
        part: Option<DayPart>,
    },
    /// Quoted words.
    Quote {
        /// The words as quoted.
        text: String,
    },
    /// A place, with what the gazetteer knows of it.
    Place {
        /// The preposition or phrase that places it ("in", "near", "off",
        /// "between", "from"), lower case.
        relation: String,
        /// Every name the phrase gives, as written, most specific first
        /// ("High Street", "Banstead").
        names: Vec<String>,
        /// The gazetteer ids of the names it knows, in the same order
        /// ("2656192"; "AIT.15" for a region, "CEG" for a country).
        places: Vec<String>,
    },
    /// Who or what: a set of entities (charges as their classes, nationalities
    /// as country codes, a vehicle's make and model, a name as written) with
    /// attributes ("colour:grey", "year:2013").
    Actor {
        /// The entities, normalised and sorted.
        names: Vec<String>,
        /// Attributes of the whole, `name:value`, sorted.
        #[serde(skip_serializing_if = "Vec::is_empty")]
        attributes: Vec<String>,
    },
    /// A named person.
    Person {
        /// The name as written ("Commander Nirad Sinha" gives "Nirad Sinha").
        name: String,
        /// Title or rank as written, lower case ("navy spokesman commander").
        #[serde(skip_serializing_if = "String::is_empty")]
        title: String,
        /// The rank of a ladder of ranks the title names ("commander"),
        /// where it names one: two ranks of one person contradict.
        #[serde(skip_serializing_if = "Option::is_none")]
        rank: Option<String>,
        /// Age in years, where given.
        #[serde(skip_serializing_if = "Option::is_none")]
        age: Option<u16>,
    },
}

/// A game clock as people say it: "7:42 left in the first half",
/// "midway through the second quarter".
pub fn clock_shown(period: Option<&str>, left: Option<u32>) -> String {
    match (left, period) {
        (Some(s), Some(p)) => format!("{}:{:02} left in the {p}", s / 60, s % 60),
        (Some(s), None) => format!("{}:{:02} left", s / 60, s % 60),
        (None, Some(p)) => format!("midway through the {p}"),
        (None, None) => "midway through a period".to_string(),
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Amount { amount, parts } => {
                write!(f, "{amount}")?;
                if !parts.is_empty() {
                    let parts: Vec<String> = parts
                        .iter()
                        .map(|p| format!("{} {}", p.who, p.amount))
                        .collect();
                    write!(f, " = {}", parts.join(" + "))?;
                }
                Ok(())
            }
            Value::Quantity { amount, unit } => write!(f, "{amount} {unit}"),
            Value::Time {
                minutes,
                approximate,
                side,
                zone,
            } => {
                let approx = match side {
                    Some(side) if side.is_bound() && *approximate => {
                        format!("{} ~", side.words())
                    }
                    Some(side) => format!("{} ", side.words()),
                    None if *approximate => "~".to_string(),
                    None => String::new(),
                };
                let zone = zone.as_deref().unwrap_or("zone unknown");
                write!(f, "{approx}{} {zone}", format_minutes(*minutes))
            }
            Value::Date { from, to, part, .. } => {
                // A bound open on one side ("before 1997") shows only its
                // other end.
                if *from == Date::MIN {
                    write!(f, "..{to}")?;
                } else if *to == Date::MAX {
                    write!(f, "{from}..")?;
                } else if from == to {
                    write!(f, "{from}")?;
                } else {
                    write!(f, "{from}..{to}")?;
                }
                if let Some(part) = part {
                    write!(f, " {}", part.word())?;
                }
                Ok(())
            }
            Value::Day { said, .. } => write!(f, "{said} (undated)"),
            Value::Score { first, second } => write!(f, "{first}–{second}"),
            Value::Clock { period, left } => f.write_str(&clock_shown(period.as_deref(), *left)),
            Value::Code { digits } => write!(f, "{digits}"),
            Value::Quote { text } => write!(f, "“{text}”"),
            Value::Place {
                relation, names, ..
            } => write!(f, "{relation} {}", names.join(", ")),
            Value::Actor { names, attributes } => {
                write!(f, "{}", names.join(" + "))?;
                if !attributes.is_empty() {
                    write!(f, " ({})", attributes.join(", "))?;
                }
                Ok(())
            }
            Value::Person {
                name, title, age, ..
            } => {
                write!(f, "{name}")?;
                if !title.is_empty() {
                    write!(f, ", {title}")?;
                }
                if let Some(age) = age {
                    write!(f, ", aged {age}")?;
                }
                Ok(())
            }
        }
    }
}

/// Who a claim is attributed to in the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Attribution {
    /// The source as written, or its canonical name where the gazetteer
    /// knows it ("the Iraqi military", "Mark Esper").
    pub source: String,
    /// The source reduced for comparison: its words less titles and
    /// articles, sorted ("iraqi military" for "an Iraqi military
    /// statement" and "the Iraqi military").
    #[serde(skip)]
    pub key: String,
    /// The words that attribute it ("according to the Iraqi military").
    #[serde(skip)]
    pub span: Span,
    /// The rule that found the attribution.
    #[serde(skip)]
    pub rule: String,
}

/// What the claim is about.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Subject {
    /// The noun, as a class where the lexicon has one ("military" for troops,
    /// service members, personnel) or else its singular ("facility").
    pub noun: String,
    /// Nationalities named with it ("US", "UK").
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub who: Vec<String>,
    /// The head noun's singular ("worker"), or what a quantity is measured
    /// from ("Bireun" for "55 km south of Bireun"); empty when none.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub head: String,
    /// What a share or a sum is of, as its head noun's singular ("traffic"
    /// for "82 percent of India's voice traffic", "offer" for "a $200
    /// million offer", "share" for "shares fell 4 percent"); empty when
    /// the text does not say.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub of: String,
    /// Words before a count's head noun that narrow it ("ak-47", "assault"
    /// for "seven AK-47 assault rifles"): a count of a narrower kind is a
    /// part of a count of the broader one.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub modifiers: Vec<String>,
    /// True when it counts people (a class of people, or a people's name:
    /// "troops", "Somalis"): one nationality's count is then a part of a
    /// count that names none.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub people: bool,
    /// True for an increment rather than a total ("another two people were
    /// killed", "four more died in hospital"): never compared as a total.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub additional: bool,
    /// The measure this one is a part of, where its outcome rule says
    /// ("injured" for "hospitalised", "casualties" for "killed"): within its
    /// whole a part is compatible with it.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub part_of: String,
    /// True for a count of some of a set ("two of the bombs fell within the
    /// camp"): a part of the set's count, which may be larger.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub partitive: bool,
    /// True for an ordinal ("the seventh round", "the fourth raid"): which
    /// member of a series, counting the ones before it. Two different
    /// positions are different members, never one figure said two ways.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub position: bool,
    /// True for a count joined by a hyphen to its noun before another noun
    /// ("a four-truck convoy", "a 20-point lead"): how many make up that
    /// thing, not how many something was done to.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub compound: bool,
    /// True for a count in apposition after the names it counts ("Ardonia
    /// and Belvia, two countries on the gulf"): it restates how many names
    /// the list gives, and reports nothing to compare.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub restates: bool,
    /// For a distance, the kind of place it locates where an apposition
    /// says ("town" for "Alden, a small town on the river, 6 km west of the
    /// dam"); empty for the event's own place.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub located: String,
    /// For a distance, the compass bearing from its place in degrees
    /// clockwise from north, where the text gives a direction (90 for "east
    /// of Marsk").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bearing: Option<u16>,
    /// For an amount restating the figure before it in another unit, that
    /// figure as stated ("110000000000" for "euro110 billion ($141
    /// billion)"); empty otherwise.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub converts: String,
}

/// Where and when the text places a claim: what tells claims of one event
/// from claims of another.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Context {
    /// The days the claim's event happened on, from a date in its sentence
    /// or earlier in its paragraph (a date claim's own days).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub when: Option<(Date, Date)>,
    /// The weekday (0 for Monday) its sentence names for what happened,
    /// where no date could be computed (an article with no publication
    /// date): claims on weekdays more than a day apart are of different
    /// days.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub weekday: Option<u8>,
    /// A period the claim counts over ("in the last six months", "since late
    /// October"), from its sentence.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub window: Option<(Date, Date)>,
    /// The place (not country) its sentence names nearest to it: a place the
    /// gazetteer knows, a name after "in", "at" or "near", or a scope ("the
    /// district", "several countries"); never the place of its source.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// A country its sentence says it happened in ("in eastern China").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// The event its sentence names nearest to it, as a class of the event
    /// nouns ("quake", "strike").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event_noun: Option<String>,
    /// Who carried out that event, where its sentence says: a country's
    /// code, a known body's name, or the name as written ("IR" for "an
    /// Iranian missile attack", "Kataib Hezbollah" for "Kataib Hezbollah
    /// rocket attacks").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<String>,
    /// True when its sentence is in the article's first paragraphs (the
    /// lede), which say what the article's main event is.
    #[serde(skip)]
    pub lede: bool,
    /// True when a time's event is its article's main event, taken from the
    /// article because its own sentence names none ("The quake struck at
    /// 1353" names it; "at 1353 GMT" does not).
    #[serde(skip)]
    pub event_from_article: bool,
    /// True when a date or time bounds a state after the event ("closed
    /// until about 1630 GMT", "extinguished by 7 a.m.") or dates what
    /// followed it ("turned himself in around 6 p.m.", "charged with the
    /// killing on Friday"): it dates no event, not even its article's main
    /// one.
    #[serde(skip)]
    pub after_event: bool,
    /// True when a date or time dates a statement, right after its verb of
    /// saying ("a harbour official said around 11 a.m. that", "told AFP late
    /// Tuesday"): it dates no event either.
    #[serde(skip)]
    pub dates_saying: bool,
    /// In the lede, every agent its sentence names for any event: who
    /// carried out the article's main event.
    #[serde(skip)]
    pub lede_agents: Vec<String>,
    /// What happened to what it counts, from the state word nearest it
    /// ("destroyed", "damaged"): counts in different states count different
    /// sets.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// The part of the whole its sentence narrows it to before the figure
    /// ("village" for "in one village in X district, two died"): a part's
    /// figure is not the whole's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub part: Option<String>,
    /// Whose figure it is: a possessor or the name its clause gives before
    /// it ("Germany" for "Germany's share", "Manning" for "Manning completed
    /// 28 of 41 passes"). Counts and quantities; for a home, the surname
    /// of the person it is the home of ("Okafor" for "Raj Okafor, 59, of
    /// Dunmore").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    /// A name its sentence gives that may own the figure, where no owner
    /// could be told (counts and quantities only): such a figure may be one
    /// person's or team's, not the event's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub names: Option<String>,
    /// The words by which its sentence places itself in the past of its
    /// article ("last year", "earlier this year", "a similar"), if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub past: Option<String>,
    /// The word by which its clause makes a figure one of what may or will
    /// happen ("could", "expected to"), if any: no figure of what happened.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prospect: Option<String>,
    /// The words by which its clause makes a figure an earlier one since
    /// revised ("initially", "said earlier"), if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub superseded: Option<String>,
    /// Content words within a few words of the figure: what a sum or share
    /// is of.
    #[serde(skip)]
    pub near: WordSet,
    /// Content words of its sentence.
    #[serde(skip)]
    pub words: WordSet,
}

/// A factual claim with its evidence.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Claim {
    /// The evidence: the words that state the claim.
    #[serde(skip)]
    pub span: Span,
    /// The sentence it is in.
    #[serde(skip)]
    pub sentence: Span,
    /// The kind of paragraph it comes from (claims from headlines and
    /// captions are marked).
    pub block: BlockKind,
    /// What sort of fact.
    pub kind: ClaimKind,
    /// What is measured: "killed", "injured", "facility", "distance", "time
    /// of day", "date", "quote".
    pub measure: String,
    /// The id of the rule that extracted it.
    pub rule: String,
    /// The normalised value.
    pub value: Value,
    /// What it is about.
    pub subject: Subject,
    /// Who it is attributed to, if the text says.
    pub attribution: Option<Attribution>,
    /// Hedges in its sentence ("believed to be", "reportedly").
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub hedges: Vec<String>,
    /// Entities named in its sentence (canonical names).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub entities: Vec<String>,
    /// When and where.
    pub context: Context,
    /// Every word of its sentence: two claims whose sentences share most of
    /// them are one agency's copy, not two confirmations.
    #[serde(skip)]
    pub copy: WordSet,
    /// True when another claim of the same document states the same words
    /// with the same value and is the one compared: a headline restated in
    /// the body marks the headline; otherwise the later mention is marked.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub repeated: bool,
}

impl Claim {
    /// Drop the word sets only the analysis reads (the copy fingerprint and
    /// the words around the figure), once the claims are compared: a report
    /// of a large corpus need not hold a few hundred bytes per claim it
    /// never shows.
    pub fn release_word_sets(&mut self) {
        self.copy = WordSet::default();
        self.context.near = WordSet::default();
        self.context.words = WordSet::default();
    }

    /// One line for people: `kind measure: value`, or `position measure:
    /// value` for a member of a series ("position player: 5th").
    pub fn summary(&self) -> String {
        let kind = if self.subject.position {
            "position"
        } else {
            self.kind.name()
        };
        format!("{kind} {}: {}", self.measure, self.value_shown())
    }

    /// The value as people read it: a position is an ordinal ("the fifth
    /// player" is 5th, not five players).
    pub fn value_shown(&self) -> String {
        match &self.value {
            Value::Amount { amount, .. }
                if self.subject.position
                    && amount.stated.fract() == 0.0
                    && amount.stated >= 1.0 =>
            {
                ordinal(amount.stated as u64)
            }
            value => value.to_string(),
        }
    }
}

/// "1st", "2nd", "3rd", "4th", "11th", "22nd".
fn ordinal(n: u64) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

#[cfg(test)]
mod tests {
    use super::ordinal;

    #[test]
    fn ordinals_take_their_english_suffix() {
        let shown: Vec<String> = [1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111]
            .into_iter()
            .map(ordinal)
            .collect();
        assert_eq!(
            shown,
            [
                "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st",
                "111th"
            ]
        );
    }
}
