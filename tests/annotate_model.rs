//! Verdict scale, labels and colours; target helpers.

use parallax_documents::annotate::model::{BEST_RATING, WORST_RATING};
use parallax_documents::annotate::{OverrideDecision, Verdict};

#[test]
fn verdicts_have_labels_ratings_and_distinct_colours() {
    let labels: Vec<_> = Verdict::ALL.iter().map(|v| v.label()).collect();
    assert_eq!(
        labels,
        [
            "True",
            "Mostly true",
            "Mixed",
            "Mostly false",
            "False",
            "Unverifiable",
            "Needs checking"
        ]
    );
    assert_eq!(Verdict::True.rating(), Some(BEST_RATING));
    assert_eq!(Verdict::False.rating(), Some(WORST_RATING));
    assert_eq!(Verdict::NeedsChecking.rating(), None);
    // Ratings fall strictly from true to false.
    let rated: Vec<u8> = Verdict::ALL.iter().filter_map(|v| v.rating()).collect();
    assert_eq!(rated, [5, 4, 3, 2, 1]);
    let mut colours: Vec<_> = Verdict::ALL.iter().map(|v| v.colour_rgb()).collect();
    colours.sort();
    colours.dedup();
    assert_eq!(colours.len(), Verdict::ALL.len());
    assert_eq!(Verdict::True.colour_hex(), "#2e7d32");
    for v in Verdict::ALL {
        assert_eq!(Verdict::from_name(v.name()), Some(v));
        assert_eq!(Verdict::from_name(&v.label().to_uppercase()), Some(v));
    }
    assert_eq!(Verdict::from_name("pants on fire"), None);
    assert_eq!(OverrideDecision::AddConflict.name(), "add-conflict");
}
