//! Work spread over the cores: [`map_on_cores`] maps a slice on every core and keeps the
//! order, so that a stage that compares many pairs independently (the conflict detectors
//! over the links) takes the machine's cores rather than one.

use std::sync::atomic::{AtomicUsize, Ordering};

/// Items handed to a worker at a time: small enough that a slow stretch of the slice is
/// shared, large enough that taking work costs nothing.
const ITEMS_PER_TASK: usize = 64;

/// `f` of every item of `items`, in order, computed on every core (workers take blocks of
/// items as they finish the last; a slice of one block runs on the calling thread).
pub fn map_on_cores<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let blocks = items.len().div_ceil(ITEMS_PER_TASK);
    let workers = std::thread::available_parallelism()
        .map_or(1, usize::from)
        .min(blocks);
    if workers <= 1 {
        return items.iter().map(f).collect();
    }
    let next_block = AtomicUsize::new(0);
    let work = || {
        let mut done: Vec<(usize, Vec<R>)> = Vec::new();
        loop {
            let block = next_block.fetch_add(1, Ordering::Relaxed);
            let start = block * ITEMS_PER_TASK;
            if start >= items.len() {
                return done;
            }
            let end = (start + ITEMS_PER_TASK).min(items.len());
            done.push((block, items[start..end].iter().map(&f).collect()));
        }
    };
    let mut blocks: Vec<(usize, Vec<R>)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers).map(|_| scope.spawn(work)).collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    });
    blocks.sort_unstable_by_key(|(block, _)| *block);
    blocks.into_iter().flat_map(|(_, found)| found).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_order_is_kept_whatever_the_length() {
        for n in [0, 1, 63, 64, 65, 1000] {
            let items: Vec<usize> = (0..n).collect();
            let doubled = map_on_cores(&items, |x| x * 2);
            assert_eq!(doubled, items.iter().map(|x| x * 2).collect::<Vec<_>>());
        }
    }
}
