//! One compiled sort for the whole program. The standard library's stable sort is generic, so
//! every element type and comparison gets its own copy of the algorithm (a few KB of wasm each,
//! about fifty copies in the app). [`SharedSort`] sorts positions through a comparison behind a
//! reference instead, so the algorithm exists once, and then moves the elements into place.
//! The result is the same as `sort_by`: stable, equal elements keep their order.
//!
//! Collecting into a `BTreeSet` or `BTreeMap` sorts too: `FromIterator` sorts the items with its
//! own copy of the stable sort per item type before building the tree. [`sorted_unique`] gives
//! the distinct items in order as a list through the one sort, where a set only sorted and
//! deduplicated, and [`CollectOrdered`] builds a map by inserting, which needs no sort.

use std::cmp::Ordering;
use std::collections::BTreeMap;

/// Stable sorting with one shared copy of the sorting algorithm.
pub trait SharedSort<T> {
    /// Like `sort_by`.
    fn shared_sort_by(&mut self, compare: impl Fn(&T, &T) -> Ordering);

    /// Like `sort_by_key`.
    fn shared_sort_by_key<K: Ord>(&mut self, key: impl Fn(&T) -> K) {
        self.shared_sort_by(|a, b| key(a).cmp(&key(b)));
    }

    /// Like `sort`.
    fn shared_sort(&mut self)
    where
        T: Ord,
    {
        self.shared_sort_by(T::cmp);
    }
}

impl<T> SharedSort<T> for [T] {
    fn shared_sort_by(&mut self, compare: impl Fn(&T, &T) -> Ordering) {
        if self.len() < 2 {
            return;
        }
        let items: &[T] = self;
        let mut order: Vec<u32> = (0..u32::try_from(items.len()).unwrap_or(u32::MAX)).collect();
        sort_positions(&mut order, &|a, b| {
            compare(&items[a as usize], &items[b as usize])
        });
        permute(self, &mut order);
    }
}

/// Ordered maps built by inserting, without a copy of the sort per item type. The result equals
/// `collect()`: for a key that comes twice, the map keeps the last value.
pub trait CollectOrdered: Iterator + Sized {
    /// Like `collect::<BTreeMap<_, _>>()`.
    fn ordered_map<K: Ord, V>(self) -> BTreeMap<K, V>
    where
        Self: Iterator<Item = (K, V)>,
    {
        let mut map = BTreeMap::new();
        map.extend(self);
        map
    }
}

impl<I: Iterator> CollectOrdered for I {}

/// The distinct items in ascending order, like `collect::<BTreeSet<_>>().into_iter().collect()`
/// but through the one shared sort and without a tree.
pub fn sorted_unique<T: Ord>(items: impl IntoIterator<Item = T>) -> Vec<T> {
    let mut items: Vec<T> = items.into_iter().collect();
    items.shared_sort();
    items.dedup();
    items
}

/// The one instance of the sorting algorithm: positions, compared through a trait object.
#[inline(never)]
fn sort_positions(order: &mut [u32], compare: &dyn Fn(u32, u32) -> Ordering) {
    order.sort_by(|&a, &b| compare(a, b));
}

/// Puts `items[order[i]]` at position `i` for every `i`, following the permutation's cycles
/// with swaps (no copies, no `Clone`). `order` is used up.
fn permute<T>(items: &mut [T], order: &mut [u32]) {
    for start in 0..order.len() {
        let mut at = start;
        loop {
            let from = order[at] as usize;
            order[at] = at as u32;
            if from == start || from == at {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}

/// The positions of `keys` in descending key order, equal keys in position order: a stable
/// least-significant-digit radix sort, one byte per pass. For the thousands of candidates of a
/// ranking this takes a few passes over the keys instead of tens of thousands of comparisons;
/// passes over a byte that all keys share are skipped.
pub fn descending_positions(keys: &[u64]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..keys.len()).collect();
    let mut spare = vec![0usize; keys.len()];
    for shift in (0..64).step_by(8) {
        // Descending: sort the complements ascending.
        let digit = |position: usize| ((!keys[position] >> shift) & 0xff) as usize;
        let mut counts = [0usize; 256];
        for &position in &order {
            counts[digit(position)] += 1;
        }
        if counts.contains(&keys.len()) {
            continue;
        }
        let mut start = 0;
        for count in &mut counts {
            let here = *count;
            *count = start;
            start += here;
        }
        for &position in &order {
            let slot = &mut counts[digit(position)];
            spare[*slot] = position;
            *slot += 1;
        }
        std::mem::swap(&mut order, &mut spare);
    }
    order
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::random::Rng;
    use std::collections::BTreeSet;

    #[test]
    fn unique_lists_and_ordered_maps_equal_collect() {
        let mut rng = Rng::new(9);
        let pairs: Vec<(u8, usize)> = (0..200).map(|i| (rng.below(40) as u8, i)).collect();
        let set: BTreeSet<u8> = pairs.iter().map(|p| p.0).collect();
        assert!(
            set.len() < pairs.len(),
            "the keys repeat, so some are dropped"
        );
        let unique = sorted_unique(pairs.iter().map(|p| p.0));
        assert_eq!(unique, set.into_iter().collect::<Vec<_>>());
        let map = pairs.iter().copied().ordered_map();
        assert_eq!(map, pairs.iter().copied().collect::<BTreeMap<_, _>>());
        // The last value of a repeated key wins, as with `collect`.
        let last = pairs.iter().rev().find(|p| p.0 == pairs[0].0).map(|p| p.1);
        assert_eq!(map.get(&pairs[0].0).copied(), last);
    }

    #[test]
    fn it_sorts_like_the_standard_stable_sort() {
        let mut rng = Rng::new(5);
        for length in [0, 1, 2, 3, 7, 64, 1000] {
            let items: Vec<(u8, usize)> = (0..length).map(|i| (rng.below(5) as u8, i)).collect();
            let mut ours = items.clone();
            let mut theirs = items.clone();
            // Compare on the first field only: stability decides the order of equals.
            ours.shared_sort_by(|a, b| a.0.cmp(&b.0));
            theirs.sort_by_key(|a| a.0);
            assert_eq!(ours, theirs, "length {length}");
            let mut keyed = items.clone();
            keyed.shared_sort_by_key(|item| std::cmp::Reverse(item.1));
            assert!(keyed.windows(2).all(|w| w[0].1 > w[1].1));
            let mut plain: Vec<String> = items.iter().map(|i| format!("{}-{}", i.0, i.1)).collect();
            let mut expected = plain.clone();
            plain.shared_sort();
            expected.sort();
            assert_eq!(plain, expected);
        }
    }

    #[test]
    fn descending_positions_match_a_stable_sort_on_the_reversed_key() {
        let mut rng = Rng::new(11);
        for length in [0, 1, 2, 5, 300, 5000] {
            // Few distinct values in some bytes and many in others, with ties.
            let keys: Vec<u64> = (0..length)
                .map(|_| {
                    let mut draw = |n: usize| rng.below(n) as u64;
                    (draw(2) << 63) | (draw(1 << 20) << 30) | draw(2)
                })
                .collect();
            let mut expected: Vec<usize> = (0..length).collect();
            expected.sort_by(|&a, &b| keys[b].cmp(&keys[a]));
            assert_eq!(descending_positions(&keys), expected, "length {length}");
        }
        assert_eq!(descending_positions(&[7, 7, 7]), vec![0, 1, 2]);
        assert_eq!(descending_positions(&[0, u64::MAX, 1]), vec![1, 2, 0]);
    }
}
