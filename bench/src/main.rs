//! The native side of the benchmarks: prints the figures of one benchmark as JSON.
#![allow(clippy::print_stdout, reason = "the figures are the output")]

use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let number = |index: usize, default: usize| {
        args.get(index)
            .and_then(|value| value.parse().ok())
            .unwrap_or(default)
    };
    let origin = Instant::now();
    let now = move || origin.elapsed().as_secs_f64() * 1000.0;
    match args.first().map(String::as_str) {
        Some("rank") | None => {
            let figures =
                bench::rank_bench(number(1, 5_000), number(2, 50_000), number(3, 15), &now);
            println!("{figures}");
        }
        Some("layout") => {
            let figures =
                bench::layout_bench(number(1, 5_000), number(2, 15_000), number(3, 60), &now);
            println!("{figures}");
        }
        Some("landscape-layout") => {
            let figures = bench::landscape_layout_bench(
                number(1, 4_780),
                number(2, 15_000),
                number(3, 150),
                &now,
            );
            println!("{figures}");
        }
        Some("stapeling") => {
            let default = bench::stack_bench(number(1, 20), None, number(3, 7), &now);
            let synthetic = bench::stack_bench(50, Some(number(2, 5_000)), number(3, 7), &now);
            println!("{}", serde_json::json!([default, synthetic]));
        }
        Some(other) => {
            eprintln!(
                "unknown benchmark {other:?}; known: rank, layout, landscape-layout, stapeling"
            );
            std::process::exit(2);
        }
    }
}
