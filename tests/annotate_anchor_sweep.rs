//! Sweep every statement of every seed article through edits and count outcomes:
//! nothing may ever attach to text that differs from what was annotated beyond the edit.

use parallax_documents::annotate::SourceRef;
use parallax_documents::annotate::anchor::{Resolution, anchor_text, reattach};
use parallax_engine::corpus::bundled_set;

fn source(name: &str) -> SourceRef {
    SourceRef {
        file_name: name.into(),
        content_hash: String::new(),
    }
}

#[test]
fn every_statement_survives_an_insertion_and_is_orphaned_when_deleted() {
    let set = bundled_set();
    let (mut total, mut moved_ok, mut orphaned, mut identical_elsewhere) = (0, 0, 0, 0);
    let started = std::time::Instant::now();
    for article in &set.articles {
        let text = &article.source.stored_text;
        let name = &article.source.file_name;
        for d in &article.statements {
            if d.end - d.start < 12 {
                continue;
            }
            total += 1;
            let anchor = anchor_text(source(name), text, d.start, d.end).unwrap();
            assert_eq!(
                reattach(&anchor, text),
                Resolution::Attached {
                    start: d.start,
                    end: d.end
                }
            );
            // A paragraph inserted before: found, shifted by exactly the insertion.
            let insert = "Update: corrected at 10:00.\n\n";
            let edited = format!("{insert}{text}");
            let r = reattach(&anchor, &edited);
            assert_eq!(
                r.range(),
                Some((d.start + insert.len(), d.end + insert.len())),
                "{}",
                &text[d.start..d.end]
            );
            moved_ok += 1;
            // The statement deleted: orphaned, or found on identical text elsewhere.
            let deleted = format!("{}{}", &text[..d.start], &text[d.end..]);
            match reattach(&anchor, &deleted) {
                Resolution::Orphaned => orphaned += 1,
                r => {
                    let (s, e) = r.range().unwrap();
                    let found = &deleted[s..e];
                    let similar =
                        similar::TextDiff::from_chars(&text[d.start..d.end], found).ratio();
                    assert!(
                        similar >= 0.9,
                        "deleted statement attached to different text:\n  was {:?}\n  got {found:?}",
                        &text[d.start..d.end]
                    );
                    println!("deleted {:?}\n   found {found:?}", &text[d.start..d.end]);
                    identical_elsewhere += 1;
                }
            }
        }
    }
    println!(
        "{total} statements: {moved_ok} re-found after an insertion; after deletion {orphaned} orphaned, \
         {identical_elsewhere} found on near-identical text elsewhere; {:?}",
        started.elapsed()
    );
    assert!(total > 100);
}
