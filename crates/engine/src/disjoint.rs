//! Disjoint sets over `0..n` (union-find with path halving): the one grouping the engine
//! reads wherever items joined pairwise fall into groups (statements into facts, articles
//! into reports of one story, figures into rows of one measure).

/// Items `0..n`, each in one set, known by its root.
pub(crate) struct DisjointSets {
    parent: Vec<usize>,
}

impl DisjointSets {
    /// Every item alone in its set.
    pub(crate) fn new(n: usize) -> Self {
        Self {
            parent: (0..n).collect(),
        }
    }

    /// The root of the set item `i` is in.
    pub(crate) fn root(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }

    /// Join the sets of `a` and `b`, the lower of the two roots the root of both: a set's
    /// root is then its lowest item.
    pub(crate) fn join(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.root(a), self.root(b));
        self.parent[ra.max(rb)] = ra.min(rb);
    }

    /// Put the set whose root is `rb` under the root `ra`.
    pub(crate) fn attach(&mut self, ra: usize, rb: usize) {
        self.parent[rb] = ra;
    }

    /// The sets of items joined by [`DisjointSets::join`], each in item order, in the
    /// order of their lowest items.
    pub(crate) fn groups(&mut self) -> Vec<Vec<usize>> {
        let mut members: std::collections::BTreeMap<usize, Vec<usize>> =
            std::collections::BTreeMap::new();
        for i in 0..self.parent.len() {
            let r = self.root(i);
            members.entry(r).or_default().push(i);
        }
        members.into_values().collect()
    }

    /// The sets of items `0..n` that `joined` pairs up, each pair tried once (see
    /// [`DisjointSets::groups`]).
    pub(crate) fn grouped(n: usize, joined: impl Fn(usize, usize) -> bool) -> Vec<Vec<usize>> {
        let mut sets = Self::new(n);
        for i in 0..n {
            for j in i + 1..n {
                if joined(i, j) {
                    sets.join(i, j);
                }
            }
        }
        sets.groups()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joined_items_fall_into_sets_rooted_at_their_lowest() {
        let groups = DisjointSets::grouped(6, |i, j| (i, j) == (1, 4) || (i, j) == (3, 4));
        assert_eq!(groups, vec![vec![0], vec![1, 3, 4], vec![2], vec![5]]);
        let mut sets = DisjointSets::new(4);
        sets.join(3, 2);
        assert_eq!(sets.root(3), 2);
        // Attached, a root goes under the one named, lower or not.
        sets.attach(1, 2);
        assert_eq!((sets.root(2), sets.root(3)), (1, 1));
    }
}
