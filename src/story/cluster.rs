//! Grouping articles by likeness: the pairs alike enough to matter, found
//! through an inverted index (never all pairs), then average-link
//! agglomeration (two groups join while their articles are, on average, alike
//! enough), then fragments of one or two articles joined to the group they are
//! most like.
//!
//! Every step reads only the likeness of pairs of articles, and likeness reads
//! only the two articles, so a group of articles is clustered the same way
//! whatever else is in the input, as long as nothing else is like them.

use std::cmp::Ordering;
use std::collections::{BinaryHeap, HashMap};

use crate::FastMap;

use rayon::prelude::*;

use super::features::{Features, Key};

/// A pair of articles (by index, `a < b`) and their likeness.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Link {
    /// The first article.
    pub a: usize,
    /// The second article.
    pub b: usize,
    /// Their likeness (0 to 1).
    pub likeness: f32,
}

/// Every pair of articles at least `min` alike. Only features held by at
/// most `posting_cap` articles find and score pairs: a word that thousands of
/// articles share (a wire's sign-off) tells no story apart, and skipping it
/// keeps the cost near-linear in articles.
pub fn links(
    features: &[Features],
    days_apart: &(dyn Fn(usize, usize) -> Option<i32> + Sync),
    min: f32,
    posting_cap: usize,
) -> Vec<Link> {
    let mut postings: FastMap<Key, Vec<(u32, f32)>> = FastMap::default();
    for (doc, f) in features.iter().enumerate() {
        for &(k, w) in &f.weights {
            postings.entry(k).or_default().push((doc as u32, w));
        }
    }
    let n = features.len();
    let per_doc: Vec<Vec<Link>> = (0..n)
        .into_par_iter()
        .map_init(
            || (vec![0f32; n], Vec::<u32>::new()),
            |(acc, touched), a| {
                for &(k, w) in &features[a].weights {
                    let Some(list) = postings.get(&k) else {
                        continue;
                    };
                    if list.len() > posting_cap {
                        continue;
                    }
                    // Lists are in document order: only later articles.
                    let later = list.partition_point(|&(d, _)| d as usize <= a);
                    for &(b, wb) in &list[later..] {
                        if acc[b as usize] == 0.0 {
                            touched.push(b);
                        }
                        acc[b as usize] += w * wb;
                    }
                }
                touched.sort_unstable();
                let mut out = Vec::new();
                for &b in touched.iter() {
                    let likeness = acc[b as usize] * fade(days_apart(a, b as usize));
                    acc[b as usize] = 0.0;
                    if likeness >= min {
                        out.push(Link {
                            a,
                            b: b as usize,
                            likeness,
                        });
                    }
                }
                touched.clear();
                out
            },
        )
        .collect();
    per_doc.into_iter().flatten().collect()
}

/// Articles published this many days apart or less may tell one story
/// at full likeness.
const SAME_TIME_DAYS: i32 = 30;
/// Beyond that, likeness halves every this many days: a follow-up a year
/// later shares names with the first reports but is another story unless it
/// shares much more.
const HALF_LIFE_DAYS: f32 = 120.0;

/// How much of two articles' likeness is left when they came out `apart`
/// days apart: all of it when that is unknown or they are close, less the
/// further apart they are.
fn fade(apart: Option<i32>) -> f32 {
    let Some(apart) = apart else {
        return 1.0;
    };
    let gap = apart - SAME_TIME_DAYS;
    if gap <= 0 {
        1.0
    } else {
        0.5f32.powf(gap as f32 / HALF_LIFE_DAYS)
    }
}

/// A merge candidate: two groups and the mean likeness of their articles.
#[derive(Debug, PartialEq)]
struct Candidate {
    mean: f64,
    a: usize,
    b: usize,
}

impl Eq for Candidate {}

impl Ord for Candidate {
    fn cmp(&self, other: &Self) -> Ordering {
        // The likeliest pair first; ties to the pair of earliest groups.
        self.mean
            .total_cmp(&other.mean)
            .then_with(|| other.a.cmp(&self.a))
            .then_with(|| other.b.cmp(&self.b))
    }
}

impl PartialOrd for Candidate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// A group being built: its articles, the summed likeness to each group it
/// has links to, and among its own articles.
#[derive(Debug, Default)]
struct Group {
    members: Vec<usize>,
    links: FastMap<usize, f64>,
    inner: f64,
    /// True when none of its articles has a publication date.
    undated: bool,
}

impl Group {
    /// The mean likeness of its pairs of articles (unlinked pairs count 0);
    /// `None` for one article.
    fn cohesion(&self) -> Option<f64> {
        let n = self.members.len();
        (n >= 2).then(|| self.inner / (n * (n - 1) / 2) as f64)
    }
}

/// True when one group has no dates and its own articles are alike more than
/// `1 / ratio` times as much as they are like the other, dated group: with
/// no day to tie them to the dated group's happening, they look like a
/// happening of their own (the same kind of event in the same place, another
/// year).
fn undated_apart(a: &Group, b: &Group, mean: f64, ratio: f64) -> bool {
    let apart = |undated: &Group, other: &Group| {
        undated.undated && !other.undated && undated.cohesion().is_some_and(|c| mean < ratio * c)
    };
    apart(a, b) || apart(b, a)
}

/// Average-link agglomeration: groups of articles join, likeliest first,
/// while the mean likeness over all pairs of their articles (unlinked pairs
/// count 0) is at least `threshold`, except that a group of articles none of
/// which is dated (`undated`, one flag per article) joins a dated group only
/// when that mean is at least `undated_ratio` times its own articles' mean
/// likeness. Returns each article's group, named by its first article.
pub fn average_link(
    undated: &[bool],
    links: &[Link],
    threshold: f64,
    undated_ratio: f64,
) -> Vec<usize> {
    let n = undated.len();
    let mut groups: Vec<Option<Group>> = undated
        .iter()
        .enumerate()
        .map(|(i, &undated)| {
            Some(Group {
                members: vec![i],
                undated,
                ..Group::default()
            })
        })
        .collect();
    for l in links {
        let w = f64::from(l.likeness);
        for (x, y) in [(l.a, l.b), (l.b, l.a)] {
            if let Some(g) = groups[x].as_mut() {
                *g.links.entry(y).or_default() += w;
            }
        }
    }
    let mean = |groups: &[Option<Group>], a: usize, b: usize| -> Option<f64> {
        let (ga, gb) = (groups[a].as_ref()?, groups[b].as_ref()?);
        let total = ga.links.get(&b)?;
        Some(total / (ga.members.len() * gb.members.len()) as f64)
    };
    let mut heap: BinaryHeap<Candidate> = links
        .iter()
        .filter_map(|l| {
            let m = mean(&groups, l.a, l.b)?;
            (m >= threshold).then_some(Candidate {
                mean: m,
                a: l.a,
                b: l.b,
            })
        })
        .collect();
    while let Some(c) = heap.pop() {
        // Stale entries: a group merged away, or the mean changed since.
        if mean(&groups, c.a, c.b) != Some(c.mean) {
            continue;
        }
        let (keep, gone) = (c.a.min(c.b), c.a.max(c.b));
        if let (Some(a), Some(b)) = (&groups[keep], &groups[gone])
            && undated_apart(a, b, c.mean, undated_ratio)
        {
            continue;
        }
        let Some(merged) = groups[gone].take() else {
            continue;
        };
        let cross = merged.links.get(&keep).copied().unwrap_or(0.0);
        for (&other, &total) in &merged.links {
            if other == keep {
                continue;
            }
            if let Some(g) = groups[other].as_mut() {
                let moved = g.links.remove(&gone).unwrap_or(0.0);
                *g.links.entry(keep).or_default() += moved;
            }
            if let Some(g) = groups[keep].as_mut() {
                *g.links.entry(other).or_default() += total;
            }
        }
        let Some(g) = groups[keep].as_mut() else {
            continue;
        };
        g.links.remove(&gone);
        g.members.extend(merged.members);
        g.inner += merged.inner + cross;
        g.undated &= merged.undated;
        let others: Vec<usize> = g.links.keys().copied().collect();
        for other in others {
            if let Some(m) = mean(&groups, keep, other)
                && m >= threshold
            {
                heap.push(Candidate {
                    mean: m,
                    a: keep.min(other),
                    b: keep.max(other),
                });
            }
        }
    }
    let mut label = vec![0; n];
    for (id, g) in groups.iter().enumerate() {
        if let Some(g) = g {
            for &m in &g.members {
                label[m] = id;
            }
        }
    }
    label
}

/// Join every group of at most `fragment` articles to the larger group its
/// articles are most like on average, when that mean is at least `min`: an
/// article of one sentence shares too few words to join its story by the
/// stricter test. Every fragment is judged against the groups as they were,
/// so the order fragments are looked at changes nothing.
pub fn join_fragments(groups: &mut [usize], links: &[Link], fragment: usize, min: f64) {
    let mut size: HashMap<usize, usize> = HashMap::new();
    for &g in groups.iter() {
        *size.entry(g).or_default() += 1;
    }
    let small = |g: usize| size[&g] <= fragment;
    // Summed likeness of each fragment to each larger group.
    let mut toward: HashMap<(usize, usize), f64> = HashMap::new();
    for l in links {
        let (ga, gb) = (groups[l.a], groups[l.b]);
        if ga == gb {
            continue;
        }
        for (from, to) in [(ga, gb), (gb, ga)] {
            if small(from) && !small(to) {
                *toward.entry((from, to)).or_default() += f64::from(l.likeness);
            }
        }
    }
    let mut best: HashMap<usize, (f64, usize)> = HashMap::new();
    for (&(from, to), &total) in &toward {
        let m = total / (size[&from] * size[&to]) as f64;
        let entry = best.entry(from).or_insert((m, to));
        if m > entry.0 || (m == entry.0 && to < entry.1) {
            *entry = (m, to);
        }
    }
    for g in groups.iter_mut() {
        if let Some(&(m, to)) = best.get(g)
            && m >= min
        {
            *g = to;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn link(a: usize, b: usize, likeness: f32) -> Link {
        Link { a, b, likeness }
    }

    #[test]
    fn groups_join_while_their_mean_likeness_holds() {
        // Two tight groups {0,1,2} and {3,4}, joined by one weak link.
        let links = [
            link(0, 1, 0.5),
            link(0, 2, 0.4),
            link(1, 2, 0.6),
            link(3, 4, 0.7),
            link(2, 3, 0.3),
        ];
        let g = average_link(&[false; 5], &links, 0.2, 0.0);
        assert_eq!(g, vec![0, 0, 0, 3, 3]);
        // At a low enough bar the bridge holds on average too.
        let g = average_link(&[false; 5], &links, 0.04, 0.0);
        assert!(g.iter().all(|&x| x == 0), "{g:?}");
    }

    #[test]
    fn one_strong_link_does_not_chain_two_groups() {
        // A chain 0-1-2-3 of strong links: {0,1} and {2,3} share one link
        // among four pairs, a mean of 0.225.
        let links = [link(0, 1, 0.9), link(1, 2, 0.9), link(2, 3, 0.9)];
        assert_eq!(
            average_link(&[false; 4], &links, 0.5, 0.0),
            vec![0, 0, 2, 2]
        );
        assert_eq!(
            average_link(&[false; 4], &links, 0.2, 0.0),
            vec![0, 0, 0, 0]
        );
    }

    #[test]
    fn undated_articles_far_more_like_each_other_stay_apart_from_a_dated_group() {
        // {0,1} undated and alike (0.6); {2,3} dated; across, a mean of 0.3.
        let links = [
            link(0, 1, 0.6),
            link(2, 3, 0.5),
            link(0, 2, 0.3),
            link(0, 3, 0.3),
            link(1, 2, 0.3),
            link(1, 3, 0.3),
        ];
        let undated = [true, true, false, false];
        assert_eq!(average_link(&undated, &links, 0.2, 0.8), vec![0, 0, 2, 2]);
        // Half as alike as each other is enough under a lower ratio.
        assert_eq!(average_link(&undated, &links, 0.2, 0.5), vec![0; 4]);
        // Dated or all undated, the mean alone decides.
        assert_eq!(average_link(&[false; 4], &links, 0.2, 0.8), vec![0; 4]);
        assert_eq!(average_link(&[true; 4], &links, 0.2, 0.8), vec![0; 4]);
    }

    #[test]
    fn a_fragment_joins_the_group_it_is_most_like() {
        let mut groups = vec![0, 0, 0, 3, 3, 3, 6];
        let links = [link(0, 6, 0.1), link(3, 6, 0.3), link(4, 6, 0.3)];
        join_fragments(&mut groups, &links, 2, 0.05);
        assert_eq!(groups[6], 3);
        let mut alone = vec![0, 0, 0, 3];
        join_fragments(&mut alone, &[link(0, 3, 0.01)], 2, 0.05);
        assert_eq!(alone[3], 3, "too unlike to join");
    }

    #[test]
    fn links_are_found_through_shared_features_only() {
        let f = |ks: &[(u64, f32)]| Features {
            weights: ks.iter().map(|&(k, w)| (Key(k), w)).collect(),
            names: Vec::new(),
        };
        let docs = [f(&[(1, 0.6), (2, 0.8)]), f(&[(2, 1.0)]), f(&[(3, 1.0)])];
        let undated = |_: usize, _: usize| None;
        let found = links(&docs, &undated, 0.1, 10);
        assert_eq!(found, vec![link(0, 1, 0.8)]);
        assert!(
            links(&docs, &undated, 0.1, 1).is_empty(),
            "feature 2 is too common"
        );
        // A year apart, the likeness fades below the bar.
        let year_apart = |_: usize, _: usize| Some(365);
        assert!(links(&docs, &year_apart, 0.3, 10).is_empty());
    }
}
