//! Writes the benchmarks' big plan as a plan file, for the apps' timing harnesses:
//! `big-plan PEOPLE YEARS OUT`.

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [people, years, out] = args.as_slice() else {
        eprintln!("usage: big-plan PEOPLE YEARS OUT");
        return ExitCode::FAILURE;
    };
    let (Ok(people), Ok(years)) = (people.parse(), years.parse()) else {
        eprintln!("big-plan: PEOPLE and YEARS are whole numbers, not {people:?} and {years:?}");
        return ExitCode::FAILURE;
    };
    match std::fs::write(out, familytime_benches::big_plan_file(people, years)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("big-plan: cannot write {out}: {e}");
            ExitCode::FAILURE
        }
    }
}
