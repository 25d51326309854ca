//! Line diffs in the unified format (`diff -u`), for `report --check`: Myers'
//! O((N+M)·D) algorithm on lines, so a small change to a large report costs
//! little, and hunks with three lines of context.

use std::fmt::Write as _;

/// Lines of unchanged context around each change.
const CONTEXT: usize = 3;

/// One step of an edit script.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Op {
    /// Line `old` equals line `new`.
    Keep(usize, usize),
    /// Line `old` is removed.
    Remove(usize),
    /// Line `new` is inserted.
    Insert(usize),
}

/// The shortest edit script from `old` to `new` (Myers, with the trace of
/// every round kept to walk back).
fn edit_script(old: &[&str], new: &[&str]) -> Vec<Op> {
    let (n, m) = (old.len() as isize, new.len() as isize);
    let max = (n + m) as usize;
    let offset = max as isize + 1;
    let mut v = vec![0isize; 2 * max + 3];
    let mut trace: Vec<Vec<isize>> = Vec::new();
    'search: for d in 0..=max as isize {
        trace.push(v.clone());
        let mut k = -d;
        while k <= d {
            let at = (k + offset) as usize;
            let mut x = if k == -d || (k != d && v[at - 1] < v[at + 1]) {
                v[at + 1]
            } else {
                v[at - 1] + 1
            };
            let mut y = x - k;
            while x < n && y < m && old[x as usize] == new[y as usize] {
                x += 1;
                y += 1;
            }
            v[at] = x;
            if x >= n && y >= m {
                trace.push(v.clone());
                break 'search;
            }
            k += 2;
        }
    }
    // Walk back from the end through each round's furthest points.
    let mut ops = Vec::new();
    let (mut x, mut y) = (n, m);
    for d in (1..trace.len() as isize - 1).rev() {
        let v = &trace[d as usize];
        let k = x - y;
        let at = (k + offset) as usize;
        let down = k == -d || (k != d && v[at - 1] < v[at + 1]);
        let prev_k = if down { k + 1 } else { k - 1 };
        let prev_x = v[(prev_k + offset) as usize];
        let prev_y = prev_x - prev_k;
        while x > prev_x && y > prev_y {
            x -= 1;
            y -= 1;
            ops.push(Op::Keep(x as usize, y as usize));
        }
        if down {
            y -= 1;
            ops.push(Op::Insert(y as usize));
        } else {
            x -= 1;
            ops.push(Op::Remove(x as usize));
        }
    }
    while x > 0 && y > 0 {
        x -= 1;
        y -= 1;
        ops.push(Op::Keep(x as usize, y as usize));
    }
    ops.reverse();
    ops
}

/// `old` and `new` as a unified diff with headers naming them, or `None`
/// when they are equal.
pub fn unified(old_name: &str, old: &str, new_name: &str, new: &str) -> Option<String> {
    if old == new {
        return None;
    }
    let old_lines: Vec<&str> = old.lines().collect();
    let new_lines: Vec<&str> = new.lines().collect();
    let ops = edit_script(&old_lines, &new_lines);
    let mut out = format!("--- {old_name}\n+++ {new_name}\n");
    let changed: Vec<usize> = ops
        .iter()
        .enumerate()
        .filter(|(_, op)| !matches!(op, Op::Keep(..)))
        .map(|(i, _)| i)
        .collect();
    if changed.is_empty() {
        // Only a trailing newline differs.
        out.push_str("@@ the files differ only in their final newline @@\n");
        return Some(out);
    }
    // Group changes whose context overlaps into hunks.
    let mut hunks: Vec<(usize, usize)> = Vec::new();
    for &i in &changed {
        let start = i.saturating_sub(CONTEXT);
        let end = (i + CONTEXT + 1).min(ops.len());
        match hunks.last_mut() {
            Some(last) if start <= last.1 => last.1 = end,
            _ => hunks.push((start, end)),
        }
    }
    for (start, end) in hunks {
        let (mut old_start, mut new_start) = (None, None);
        let (mut old_count, mut new_count) = (0, 0);
        let mut body = String::new();
        for op in &ops[start..end] {
            match *op {
                Op::Keep(o, n) => {
                    old_start.get_or_insert(o);
                    new_start.get_or_insert(n);
                    old_count += 1;
                    new_count += 1;
                    let _ = writeln!(body, " {}", old_lines[o]);
                }
                Op::Remove(o) => {
                    old_start.get_or_insert(o);
                    old_count += 1;
                    let _ = writeln!(body, "-{}", old_lines[o]);
                }
                Op::Insert(n) => {
                    new_start.get_or_insert(n);
                    new_count += 1;
                    let _ = writeln!(body, "+{}", new_lines[n]);
                }
            }
        }
        // A side with no lines in the hunk is numbered after the line before it.
        let at = |first: Option<usize>, count: usize, ops_before: usize| match first {
            Some(line) => line + 1,
            None if count == 0 => ops_before,
            None => 0,
        };
        let old_before = ops[..start]
            .iter()
            .filter(|op| !matches!(op, Op::Insert(_)))
            .count();
        let new_before = ops[..start]
            .iter()
            .filter(|op| !matches!(op, Op::Remove(_)))
            .count();
        let _ = writeln!(
            out,
            "@@ -{},{old_count} +{},{new_count} @@",
            at(old_start, old_count, old_before),
            at(new_start, new_count, new_before)
        );
        out.push_str(&body);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn apply(old: &[&str], new: &[&str]) -> (Vec<String>, Vec<String>) {
        let ops = edit_script(old, new);
        let mut from = Vec::new();
        let mut to = Vec::new();
        for op in ops {
            match op {
                Op::Keep(o, n) => {
                    assert_eq!(old[o], new[n]);
                    from.push(old[o].to_string());
                    to.push(new[n].to_string());
                }
                Op::Remove(o) => from.push(old[o].to_string()),
                Op::Insert(n) => to.push(new[n].to_string()),
            }
        }
        (from, to)
    }

    #[test]
    fn the_edit_script_rebuilds_both_sides_and_is_minimal() {
        let old = ["a", "b", "c", "a", "b", "b", "a"];
        let new = ["c", "b", "a", "b", "a", "c"];
        let (from, to) = apply(&old, &new);
        assert_eq!(from, old);
        assert_eq!(to, new);
        let edits = edit_script(&old, &new)
            .iter()
            .filter(|op| !matches!(op, Op::Keep(..)))
            .count();
        assert_eq!(edits, 5, "Myers' paper's example has an edit distance of 5");
    }

    proptest::proptest! {
        #[test]
        fn any_two_texts_are_rebuilt_from_their_script(
            old in proptest::collection::vec("[abc]", 0..30),
            new in proptest::collection::vec("[abc]", 0..30),
        ) {
            let old: Vec<&str> = old.iter().map(String::as_str).collect();
            let new: Vec<&str> = new.iter().map(String::as_str).collect();
            let (from, to) = apply(&old, &new);
            proptest::prop_assert_eq!(from, old);
            proptest::prop_assert_eq!(to, new);
        }
    }

    #[test]
    fn empty_sides_are_all_inserts_or_all_removes() {
        assert_eq!(edit_script(&[], &["x"]), vec![Op::Insert(0)]);
        assert_eq!(edit_script(&["x"], &[]), vec![Op::Remove(0)]);
        assert!(edit_script(&[], &[]).is_empty());
    }

    #[test]
    fn equal_texts_have_no_diff() {
        assert_eq!(unified("a", "x\ny\n", "b", "x\ny\n"), None);
    }

    #[test]
    fn a_changed_line_is_one_hunk_with_context_like_diff_u() {
        let old = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
        let new = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n";
        let diff = unified("old.md", old, "new.md", new).expect("they differ");
        assert_eq!(
            diff,
            "--- old.md\n+++ new.md\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n"
        );
    }

    #[test]
    fn distant_changes_make_separate_hunks_and_insertions_count_right() {
        let old: String = (1..=20).map(|i| format!("{i}\n")).collect();
        let new = old.replacen("2\n", "2\nnew\n", 1).replacen("19\n", "", 1);
        let diff = unified("a", &old, "b", &new).expect("they differ");
        let hunks: Vec<&str> = diff.lines().filter(|l| l.starts_with("@@")).collect();
        assert_eq!(hunks, ["@@ -1,5 +1,6 @@", "@@ -16,5 +17,4 @@"]);
    }

    #[test]
    fn a_missing_final_newline_is_still_a_difference() {
        assert!(unified("a", "x\n", "b", "x").is_some());
    }
}
