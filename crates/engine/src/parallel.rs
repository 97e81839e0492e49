//! Work spread over the cores, in a result that does not depend on how many there are:
//! [`map_on_cores`] maps a slice and keeps its order (the conflict detectors over the
//! links), [`blocks_on_cores`] runs numbered blocks of work with a scratch state per worker
//! (candidate generation).

use std::sync::atomic::{AtomicUsize, Ordering};

/// Items handed to a worker at a time by [`map_on_cores`]: small enough that a slow stretch
/// of the slice is shared, large enough that taking work costs nothing.
const ITEMS_PER_TASK: usize = 16;

/// `f` of every item of `items`, in order, computed on every core.
pub fn map_on_cores<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let blocks = items.len().div_ceil(ITEMS_PER_TASK);
    blocks_on_cores(
        blocks,
        || (),
        |(), block| {
            let start = block * ITEMS_PER_TASK;
            let end = (start + ITEMS_PER_TASK).min(items.len());
            items[start..end].iter().map(&f).collect::<Vec<R>>()
        },
    )
    .into_iter()
    .flatten()
    .collect()
}

/// `work` of every block `0..blocks`, in block order, computed on every core: each worker
/// makes its own scratch state with `state` once, then takes the next block until none is
/// left (so a slow stretch is shared). With one core, or one block, all runs on the calling
/// thread. The result does not depend on how many cores there are.
pub fn blocks_on_cores<S, R: Send>(
    blocks: usize,
    state: impl Fn() -> S + Sync,
    work: impl Fn(&mut S, usize) -> R + Sync,
) -> Vec<R> {
    let workers = std::thread::available_parallelism()
        .map_or(1, usize::from)
        .min(blocks);
    let next_block = AtomicUsize::new(0);
    let worker = || {
        let mut scratch = state();
        let mut done: Vec<(usize, R)> = Vec::new();
        loop {
            let block = next_block.fetch_add(1, Ordering::Relaxed);
            if block >= blocks {
                return done;
            }
            done.push((block, work(&mut scratch, block)));
        }
    };
    let mut done: Vec<(usize, R)> = if workers <= 1 {
        worker()
    } else {
        std::thread::scope(|scope| {
            let handles: Vec<_> = (0..workers).map(|_| scope.spawn(worker)).collect();
            handles
                .into_iter()
                .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
                .collect()
        })
    };
    done.sort_unstable_by_key(|(block, _)| *block);
    done.into_iter().map(|(_, r)| r).collect()
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
