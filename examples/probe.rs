fn main() {
    for s in std::env::args().skip(1) {
        println!("{s}");
        for q in parallax::text::quantity::extract_quantities(&s) {
            println!(
                "  {:?} {} {} [{}, {}] {:?} unit={:?}",
                q.text, q.start, q.value, q.low, q.high, q.kind, q.unit
            );
        }
        let f = parallax::align::Features::unweighted(&s);
        for q in &f.quantities {
            println!(
                "  measure {:?}",
                parallax::conflict::number::measure_of(&f, &s, q, None)
            );
        }
    }
}
