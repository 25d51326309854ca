//! Comparing who and where: places (by the gazetteer: the same place, one
//! inside the other, near, or too far apart to both be the site), sets of
//! actors (charges, vehicles, nationalities, names: the same, one within the
//! other, exclusive classes, differing attributes) and named persons (the
//! same person by spelling; ranks and ages).
//!
//! Reads claims' values only; never text.

use serde::Deserialize;

use super::Judgement;
use crate::claim::Value;
use crate::gazetteer::{self, PlaceId, PlaceKind};
use crate::normalize::skeleton;
use crate::verdict::Verdict;

/// Parameters of a `places` comparison rule.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlaceCompareParams {
    /// Roles whose places exclude each other: one event has one site.
    pub exclusive_roles: Vec<String>,
    /// Two known places further apart than this (km) cannot both be the site.
    pub far_km: f64,
    /// Places nearer than this (km) are compatible ("near" one of the other).
    pub near_km: f64,
    /// Relations that put a thing beside a place, not in it ("near", "next
    /// to", "outside"): one place named with one of these and with another
    /// relation ("in") is compatible, not the same place.
    #[serde(default)]
    pub beside: Vec<String>,
}

/// Parameters of an `actors` comparison rule.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActorCompareParams {
    /// The actor measures it compares ("charge", "vehicle").
    pub measures: Vec<String>,
    /// Groups of classes that exclude each other ("murder" and
    /// "manslaughter" for one death).
    #[serde(default)]
    pub exclusive: Vec<Vec<String>>,
    /// Attributes that contradict when both sides give different values.
    #[serde(default)]
    pub attributes: Vec<String>,
    /// Groups of attribute values one thing may be told as by two eyes
    /// ("colour:grey" and "colour:silver"): compatible, not a contradiction.
    #[serde(default)]
    pub overlapping: Vec<Vec<String>>,
    /// The verdict for two sets with nothing in common (default distinct).
    #[serde(default)]
    pub disjoint: Option<Verdict>,
    /// True when names match across spellings (transliteration skeletons)
    /// and when one name's words are within the other's ("Camry" within
    /// "Toyota Camry").
    #[serde(default)]
    pub loose: bool,
    /// Words next to the two claims their sentences must share before a
    /// contradiction outside both ledes counts as one fact (default 2).
    /// One is enough where the role's own word says what the fact is:
    /// "charged" names the one accusation of an event.
    #[serde(default)]
    pub shared_words: Option<usize>,
    /// True when one event has one value of this role, so an article that
    /// gives two exclusive values contradicts itself: the value it shares
    /// with the other side does not excuse the one it differs on (the
    /// `own-value` check leaves these contradictions standing). A lede's
    /// "charged in her murder" against "charged with manslaughter" stays a
    /// contradiction though the same article lists manslaughter further on.
    #[serde(default)]
    pub one_per_event: bool,
}

/// Parameters of a `persons` comparison rule.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PersonCompareParams {
    /// Ages this many years apart still agree (a birthday between reports).
    pub age_slack: u16,
}

fn ids(places: &[String]) -> Vec<PlaceId> {
    let g = gazetteer::global();
    places.iter().filter_map(|p| g.by_id(p)).collect()
}

/// Two places claims of one role.
pub fn places(
    a: &crate::claim::Claim,
    b: &crate::claim::Claim,
    p: &PlaceCompareParams,
) -> Option<Judgement> {
    // Only where the lede of each article says its event happened is the
    // site: elsewhere an article names places of other events and parties.
    let site_of = |c: &crate::claim::Claim| c.context.lede && c.context.event_noun.is_some();
    let one_event = site_of(a) && site_of(b) && a.context.event_noun == b.context.event_noun;
    // One person's home is one fact wherever it is said.
    let one_home = a
        .context
        .owner
        .as_deref()
        .zip(b.context.owner.as_deref())
        .is_some_and(|(x, y)| x.eq_ignore_ascii_case(y));
    let (role, a, b) = (a.measure.as_str(), &a.value, &b.value);
    let (
        Value::Place {
            names: na,
            places: pa,
            relation: ra,
        },
        Value::Place {
            names: nb,
            places: pb,
            relation: rb,
        },
    ) = (a, b)
    else {
        return None;
    };
    let beside = |r: &String| p.beside.contains(r);
    let one_beside = beside(ra) != beside(rb);
    let g = gazetteer::global();
    let (ia, ib) = (ids(pa), ids(pb));
    // By their words: "Banstead High Street" and "High Street, Banstead" are
    // one place; "117th St." is within "117th Street and 97th Avenue".
    let (wa, wb) = (place_words(na), place_words(nb));
    if !wa.is_empty() && wa == wb && one_beside {
        let (near, inside) = if beside(ra) { (ra, rb) } else { (rb, ra) };
        return Some(Judgement::new(
            Verdict::Compatible,
            format!(
                "one puts it {inside} {}, the other {near} it",
                na.join(", ")
            ),
        ));
    }
    if !wa.is_empty() && wa == wb {
        return Some(Judgement::new(
            Verdict::Agree,
            format!("the same place ({})", na.join(", ")),
        ));
    }
    let within = |names: &[String], other: &[String]| {
        names
            .iter()
            .find(|n| {
                let w = place_words(std::slice::from_ref(*n));
                !w.is_empty() && w.iter().all(|x| other.contains(x))
            })
            .cloned()
    };
    if let Some(name) = within(na, &wb).or_else(|| within(nb, &wa)) {
        return Some(Judgement::new(
            Verdict::Compatible,
            format!("both name {name}, one more narrowly"),
        ));
    }
    let shared: Vec<&String> = na
        .iter()
        .filter(|x| nb.iter().any(|y| skeleton::close(x, y)))
        .collect();
    if !shared.is_empty() || ia.iter().any(|x| ib.contains(x)) {
        let same = na.len() == nb.len() && shared.len() == na.len() && !one_beside;
        let name = shared.first().map_or_else(
            || {
                ia.iter()
                    .find(|x| ib.contains(x))
                    .map_or("", |&x| g.get(x).name)
                    .to_string()
            },
            |s| s.to_string(),
        );
        return Some(if same {
            Judgement::new(Verdict::Agree, format!("the same place ({name})"))
        } else {
            Judgement::new(
                Verdict::Compatible,
                format!("both name {name}, one more narrowly"),
            )
        });
    }
    for &x in &ia {
        for &y in &ib {
            let (px, py) = (g.get(x), g.get(y));
            if g.contains(x, y) || g.contains(y, x) {
                let (inner, outer) = if g.contains(x, y) { (py, px) } else { (px, py) };
                return Some(Judgement::new(
                    Verdict::Compatible,
                    format!("{} lies within {}", inner.name, outer.name),
                ));
            }
            let km = g.distance_km(x, y);
            if km <= p.near_km {
                return Some(Judgement::new(
                    Verdict::Compatible,
                    format!("{} and {} are {km:.0} km apart", px.name, py.name),
                ));
            }
        }
    }
    // "in Millom" and "in Cumbria": the table knows second-level regions
    // only as what its towns lie in.
    let in_county = |names: &[String], other: &[String]| {
        names.iter().find_map(|n| {
            let county = g.lookup(n).iter().map(|&x| g.get(x).admin2).find(|c| {
                !c.is_empty() && other.iter().any(|o| skeleton::key(o) == skeleton::key(c))
            })?;
            Some((n.clone(), county))
        })
    };
    if let Some((town, county)) = in_county(na, nb).or_else(|| in_county(nb, na)) {
        return Some(Judgement::new(
            Verdict::Compatible,
            format!("{town} lies within {county}"),
        ));
    }
    // Countries are too wide to be a site against another: an article
    // names the countries of an event's parties as readily as its own.
    // And two names are too far apart to be one site only when every place
    // each may be, as written, lies far from every place the other may be:
    // Cloverdale read as the largest of its name is far from Cobb, but
    // there is a Cloverdale near Cobb. A name the gazetteer knows only by a
    // looser spelling is too uncertain to contradict anything.
    let narrow = |ids: &[PlaceId]| ids.iter().all(|&x| g.get(x).kind != PlaceKind::Country);
    let readings = |names: &[String]| -> Option<Vec<PlaceId>> {
        let mut all = Vec::new();
        for name in names {
            let found = g.lookup(name);
            if found.is_empty() {
                return None;
            }
            all.extend_from_slice(found);
        }
        Some(all)
    };
    let far = !ia.is_empty()
        && !ib.is_empty()
        && narrow(&ia)
        && narrow(&ib)
        && readings(na).zip(readings(nb)).is_some_and(|(ra, rb)| {
            ra.iter()
                .all(|&x| rb.iter().all(|&y| g.distance_km(x, y) > p.far_km))
        });
    if far && (one_event || one_home) && p.exclusive_roles.iter().any(|r| r == role) {
        let (x, y) = (g.get(ia[0]), g.get(ib[0]));
        return Some(Judgement::new(
            Verdict::Contradict,
            format!(
                "{} and {} are {:.0} km apart: not one {role}",
                x.name,
                y.name,
                g.distance_km(ia[0], ib[0])
            ),
        ));
    }
    // Two places that may both be true (the site and a street of it, a
    // town and the hospital the injured were taken to) are not related:
    // saying "distinct" of every such pair would bury the report.
    None
}

/// The words of place names, lower case, abbreviations spelt out ("St." is
/// "street"), articles left out, sorted.
fn place_words(names: &[String]) -> Vec<String> {
    let mut out: Vec<String> = names
        .iter()
        .flat_map(|n| n.split([' ', '-']))
        .map(|w| match w.trim_end_matches('.').to_lowercase().as_str() {
            "st" => "street".to_string(),
            "ave" => "avenue".to_string(),
            "rd" => "road".to_string(),
            other => other.to_string(),
        })
        .filter(|w| !w.is_empty() && !matches!(w.as_str(), "the" | "al" | "el"))
        .collect();
    out.sort();
    out.dedup();
    out
}

fn words(s: &str) -> Vec<&str> {
    s.split_whitespace().collect()
}

fn same_name(x: &str, y: &str, loose: bool) -> bool {
    if x == y {
        return true;
    }
    if !loose {
        return false;
    }
    let (wx, wy) = (words(x), words(y));
    skeleton::close(x, y) || wx.iter().all(|w| wy.contains(w)) || wy.iter().all(|w| wx.contains(w))
}

/// Two actor claims of one measure.
pub fn actors(a: &Value, b: &Value, p: &ActorCompareParams) -> Option<Judgement> {
    let (
        Value::Actor {
            names: na,
            attributes: aa,
        },
        Value::Actor {
            names: nb,
            attributes: ab,
        },
    ) = (a, b)
    else {
        return None;
    };
    for group in &p.exclusive {
        let (ga, gb): (Vec<&String>, Vec<&String>) = (
            na.iter().filter(|n| group.contains(n)).collect(),
            nb.iter().filter(|n| group.contains(n)).collect(),
        );
        if !ga.is_empty() && !gb.is_empty() && !ga.iter().any(|x| gb.contains(x)) {
            return Some(Judgement::new(
                Verdict::Contradict,
                format!(
                    "{} against {}: they exclude each other",
                    ga.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", "),
                    gb.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ")
                ),
            ));
        }
    }
    let matched_a = na
        .iter()
        .filter(|x| nb.iter().any(|y| same_name(x, y, p.loose)))
        .count();
    let matched_b = nb
        .iter()
        .filter(|y| na.iter().any(|x| same_name(x, y, p.loose)))
        .count();
    if matched_a == 0 {
        return Some(Judgement::new(
            p.disjoint.unwrap_or(Verdict::Distinct),
            format!("{} and {} share nothing", na.join(", "), nb.join(", ")),
        ));
    }
    let value = |attrs: &[String], name: &str| {
        attrs
            .iter()
            .find_map(|x| x.strip_prefix(&format!("{name}:")).map(str::to_string))
    };
    for attr in &p.attributes {
        if let (Some(x), Some(y)) = (value(aa, attr), value(ab, attr))
            && x != y
        {
            let (tx, ty) = (format!("{attr}:{x}"), format!("{attr}:{y}"));
            if p.overlapping
                .iter()
                .any(|g| g.contains(&tx) && g.contains(&ty))
            {
                return Some(Judgement::new(
                    Verdict::Compatible,
                    format!("one {attr} is {x}, the other {y}: one may be told as the other"),
                ));
            }
            return Some(Judgement::new(
                Verdict::Contradict,
                format!("one {attr} is {x}, the other {y}"),
            ));
        }
    }
    // One name said more or less fully ("Camry", "Toyota Camry") with the
    // same attributes is the same thing.
    let same = matched_a == na.len() && matched_b == nb.len() && aa == ab;
    Some(if same {
        Judgement::new(Verdict::Agree, format!("the same: {}", na.join(", ")))
    } else if matched_a == na.len() && matched_b == nb.len() {
        Judgement::new(
            Verdict::Compatible,
            "the same, one said more fully".to_string(),
        )
    } else {
        Judgement::new(
            Verdict::Compatible,
            "one names what the other does, and more".to_string(),
        )
    })
}

/// True when two written names are one person's: the same name spelt two
/// ways, or one name's surname alone with the other's.
pub fn one_person(x: &str, y: &str) -> bool {
    let (wx, wy) = (words(x), words(y));
    let (Some(sx), Some(sy)) = (wx.last(), wy.last()) else {
        return false;
    };
    if !skeleton::close(sx, sy) && skeleton::skeleton(sx) != skeleton::skeleton(sy) {
        return false;
    }
    if wx.len() == 1 || wy.len() == 1 {
        return true;
    }
    // First names: one spelt two ways (Vassilis, Vassilios) or an initial.
    let (fx, fy) = (skeleton::skeleton(wx[0]), skeleton::skeleton(wy[0]));
    let initial = |w: &str, other: &str| {
        w.trim_end_matches('.').chars().count() == 1 && other.starts_with(w.trim_end_matches('.'))
    };
    fx == fy
        || (fx.len().min(fy.len()) >= 5 && skeleton::distance(&fx, &fy, 1) <= 1)
        || initial(wx[0], wy[0])
        || initial(wy[0], wx[0])
}

/// True when one title is the other with its employer named after "at" or
/// "with" ("assistant chief fire officer at Marsk Fire Service" and
/// "assistant chief fire officer"): one title. A title's "of" or "for" is
/// part of it ("secretary of state" is not "secretary of defense").
fn employer_added(x: &str, y: &str) -> bool {
    let (short, long) = if x.len() <= y.len() { (x, y) } else { (y, x) };
    long.strip_prefix(short)
        .is_some_and(|rest| rest.starts_with(" at ") || rest.starts_with(" with "))
}

/// Two person claims (of one surname's slot).
pub fn persons(a: &Value, b: &Value, p: &PersonCompareParams) -> Option<Judgement> {
    let (
        Value::Person {
            name: na,
            title: ta,
            rank: ra,
            age: aa,
        },
        Value::Person {
            name: nb,
            title: tb,
            rank: rb,
            age: ab,
        },
    ) = (a, b)
    else {
        return None;
    };
    if !one_person(na, nb) {
        return None;
    }
    if let (Some(x), Some(y)) = (ra, rb)
        && x != y
    {
        return Some(Judgement::new(
            Verdict::Contradict,
            format!("{na} is a {x} in one, a {y} in the other"),
        ));
    }
    if let (Some(x), Some(y)) = (aa, ab)
        && x.abs_diff(*y) > p.age_slack
    {
        return Some(Judgement::new(
            Verdict::Contradict,
            format!("{na} is {x} in one, {y} in the other"),
        ));
    }
    // Nothing said differently: what one side leaves out, it does not deny.
    let same_title = ta == tb || ta.is_empty() || tb.is_empty() || employer_added(ta, tb);
    let same_age = aa == ab || aa.is_none() || ab.is_none();
    Some(if same_title && same_age && na == nb {
        Judgement::new(Verdict::Agree, format!("the same person, {na}"))
    } else {
        Judgement::new(
            Verdict::Compatible,
            format!("one person ({na}, {nb}) described in other words"),
        )
    })
}
