//! Reordering large vectors in place: a sort's order computed on indices,
//! then applied by swaps along its cycles, so a vector of big elements (a
//! dense article's claims, its topics) is never held twice, nor given the
//! scratch half a stable sort of the elements themselves needs.

/// Put `items` in `order`, where `order[k]` is the index of the item that
/// belongs at `k` (a permutation of `0..items.len()`).
pub fn apply<T>(items: &mut [T], mut order: Vec<usize>) {
    debug_assert_eq!(items.len(), order.len());
    for start in 0..order.len() {
        let mut at = start;
        while order[at] != usize::MAX {
            let from = std::mem::replace(&mut order[at], usize::MAX);
            if from == start {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_permutation_is_applied_cycle_by_cycle() {
        let mut items = vec!['a', 'b', 'c', 'd', 'e'];
        // A three-cycle, a fixed point and a swap.
        apply(&mut items, vec![1, 2, 0, 3, 4]);
        assert_eq!(items, ['b', 'c', 'a', 'd', 'e']);
        let mut items = vec!['a', 'b', 'c', 'd', 'e'];
        apply(&mut items, vec![4, 2, 1, 3, 0]);
        assert_eq!(items, ['e', 'c', 'b', 'd', 'a']);
    }

    #[test]
    fn applying_a_sorted_order_sorts() {
        let mut items = vec![5, 3, 9, 1, 3, 7];
        let mut order: Vec<usize> = (0..items.len()).collect();
        order.sort_by_key(|&i| items[i]);
        apply(&mut items, order);
        assert_eq!(items, [1, 3, 3, 5, 7, 9]);
    }
}
