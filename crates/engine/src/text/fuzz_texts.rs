//! Test support: deterministic pseudo-random texts over a small, nasty alphabet, for the
//! readers' tests that nothing panics and every range they give is exact.

/// `count` texts of fewer than `max_chars` characters each, drawn from `alphabet` by an
/// xorshift generator started at `seed`; after each text the state moves on by `step`.
pub(crate) fn pseudo_random_texts(
    alphabet: &str,
    seed: u64,
    count: usize,
    max_chars: u64,
    step: u64,
) -> Vec<String> {
    let alphabet: Vec<char> = alphabet.chars().collect();
    let mut state = seed;
    let mut texts = Vec::with_capacity(count);
    for _ in 0..count {
        let mut sample = String::new();
        for _ in 0..(state % max_chars) {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            sample.push(alphabet[(state % alphabet.len() as u64) as usize]);
        }
        state = state.wrapping_add(step);
        texts.push(sample);
    }
    texts
}
