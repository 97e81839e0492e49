//! Developer's probe: the matching keys of the statements that contain a given text.
//!
//! `cargo run --example keys -- FILE... -- TEXT...` prints, for every statement of the
//! article set (the files) holding one of the texts, its keys with kind and weight.

use std::path::PathBuf;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let split = args.iter().position(|a| a == "--").unwrap_or(args.len());
    let paths: Vec<PathBuf> = args[..split].iter().map(PathBuf::from).collect();
    let wanted = &args[(split + 1).min(args.len())..];
    let set = match parallax_engine::corpus::load::load_paths(&paths) {
        Ok(set) => set,
        Err(e) => {
            eprintln!("keys: {e}");
            std::process::exit(2);
        }
    };
    let prepared = parallax_engine::analysis::prepare(&set, 0.05, false);
    let analysis = prepared.analysis();
    let features = parallax_engine::align::features::compute(analysis);
    for (i, s) in analysis.statements.iter().enumerate() {
        if !wanted.iter().any(|w| s.text.contains(w.as_str())) {
            continue;
        }
        println!("{} [{}] {}", s.id, i, s.text);
        for k in &features[i].keys {
            println!("    {:?} {} ({}) {:.2}", k.kind, k.key, k.surface, k.weight);
        }
    }
}
