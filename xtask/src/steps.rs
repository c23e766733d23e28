//! Where a long run is: `cargo xtask test` announces each step with its number, what it usually
//! takes and what is still to come, and ends with the time each step took, so that a first run on
//! a fresh machine (which installs tools for about half an hour) never looks hung.

use std::time::Instant;

/// A step: its name and what it usually takes on a 2-core machine.
pub struct Step {
    pub name: &'static str,
    pub usually: &'static str,
}

/// The steps of a run and the time each took.
pub struct Steps {
    plan: Vec<Step>,
    next: usize,
    started: Instant,
    current: Option<Instant>,
    taken: Vec<(&'static str, f64)>,
}

impl Steps {
    /// Prints the plan.
    pub fn new(what: &str, plan: Vec<Step>) -> Steps {
        println!("==> {what}: {} steps", plan.len());
        for (number, step) in plan.iter().enumerate() {
            println!("    {}. {} ({})", number + 1, step.name, step.usually);
        }
        Steps {
            plan,
            next: 0,
            started: Instant::now(),
            current: None,
            taken: Vec::new(),
        }
    }

    fn close_current(&mut self) {
        if let Some(started) = self.current.take() {
            let name = self.plan[self.next - 1].name;
            let seconds = started.elapsed().as_secs_f64();
            println!("    ({name}: {seconds:.0} s)");
            self.taken.push((name, seconds));
        }
    }

    /// Announces the next step: its number, what it usually takes and what comes after it.
    pub fn begin(&mut self, name: &'static str) {
        self.close_current();
        let total = self.plan.len();
        let number = self.next + 1;
        let (usually, rest) = match self.plan.iter().position(|step| step.name == name) {
            Some(index) => {
                self.next = index + 1;
                let rest: Vec<&str> = self.plan[index + 1..].iter().map(|s| s.name).collect();
                (self.plan[index].usually, rest)
            }
            None => ("", Vec::new()),
        };
        let after = if rest.is_empty() {
            "the last step".to_owned()
        } else {
            format!("then {}", rest.join(", "))
        };
        println!(
            "\n==> step {number} of {total}, after {:.0} s: {name} ({usually}); {after}",
            self.started.elapsed().as_secs_f64()
        );
        self.current = Some(Instant::now());
    }

    /// Ends the run with the time of every step.
    pub fn finish(mut self) {
        self.close_current();
        println!("==> time per step:");
        for (name, seconds) in &self.taken {
            println!("    {seconds:>6.0} s  {name}");
        }
        println!(
            "    {:>6.0} s  in all",
            self.started.elapsed().as_secs_f64()
        );
    }
}
