//! Pairs of organisations that together perform every asked task type, when no one does.

use super::*;

pub(super) fn combinations(
    context: &Context<'_>,
    candidates: &[Candidate],
    threshold: f64,
) -> Vec<Combination> {
    let tasks = &context.proposal.tasks;
    if tasks.len() < 2 {
        return Vec::new();
    }
    // The pool: the candidates that cover most of the task types, partly or wholly.
    let mut scored: Vec<(f64, &Candidate)> = candidates
        .iter()
        .map(|c| (c.task_scores.iter().sum::<f64>(), c))
        .filter(|(coverage, c)| (*coverage > 0.0 && c.competent) || c.pinned)
        .collect();
    // Stable: ties keep the feasibility order of `candidates`.
    scored.shared_sort_by(|a, b| {
        b.0.total_cmp(&a.0)
            .then_with(|| b.1.fit.total_cmp(&a.1.fit))
    });
    scored.truncate(COMBINATION_POOL);
    let pool: Vec<&Candidate> = scored.iter().map(|(_, c)| *c).collect();
    let register_scores = |id: &OrganisationId| -> Vec<f64> {
        let rows = context.landscape.registers_of(id);
        context
            .proposal
            .registers
            .iter()
            .map(|code| {
                rows.iter()
                    .filter(|row| &row.register == code)
                    .map(|row| role_score(row.rol))
                    .fold(0.0, f64::max)
            })
            .collect()
    };
    let half = context.need / 2.0;
    let mut result = Vec::new();
    for (i, a) in pool.iter().enumerate() {
        for b in &pool[i + 1..] {
            let (sa, sb) = (&a.task_scores, &b.task_scores);
            let joint: Vec<f64> = sa.iter().zip(sb.iter()).map(|(x, y)| x.max(*y)).collect();
            let task = task_product(&joint);
            if task <= a.parts.task.score.max(b.parts.task.score) {
                continue;
            }
            let w = context.weights;
            let target = joint_target(context, &a.organisation, &b.organisation);
            let data = if context.proposal.registers.is_empty() {
                NEUTRAL
            } else {
                let (ra, rb) = (
                    register_scores(&a.organisation),
                    register_scores(&b.organisation),
                );
                ra.iter().zip(&rb).map(|(x, y)| x.max(*y)).sum::<f64>() / ra.len() as f64
            };
            let ministry = a.parts.ministry.score.max(b.parts.ministry.score);
            // Both must already work in the field: the mean, where coverage takes the best.
            let schemes = (a.parts.schemes.score + b.parts.schemes.score) / 2.0;
            let fit = (w.task * task
                + w.target * target
                + w.data * data
                + w.ministry * ministry
                + w.schemes * schemes)
                .clamp(0.0, 1.0);
            let (ca, cb) = (
                context.capacity(
                    &a.organisation,
                    context.landscape.position(&a.organisation),
                    half,
                ),
                context.capacity(
                    &b.organisation,
                    context.landscape.position(&b.organisation),
                    half,
                ),
            );
            let pressure = ca.effective_pressure().max(cb.effective_pressure());
            let feasibility = (fit * (1.0 - PRESSURE_WEIGHT * pressure)).clamp(0.0, 1.0);
            let does_not_fit = ca.rules_out() || cb.rules_out();
            let chain_relation = context
                .landscape
                .chain_partners(&a.organisation)
                .into_iter()
                .find(|link| link.partner == &b.organisation)
                .map(|link| link.relation.soort.label_in(context.lang).to_owned());
            let (first, second) = (a.organisation.clone(), b.organisation.clone());
            result.push(Combination {
                passes: feasibility >= threshold && task >= TASK_GATE && !does_not_fit,
                first,
                second,
                task,
                fit,
                feasibility,
                does_not_fit,
                chain_relation,
            });
        }
    }
    result.shared_sort_by(|x, y| {
        y.passes
            .cmp(&x.passes)
            .then_with(|| y.feasibility.total_cmp(&x.feasibility))
            .then_with(|| (&x.first, &x.second).cmp(&(&y.first, &y.second)))
    });
    result.truncate(5);
    result
}

pub(super) fn joint_target(context: &Context<'_>, a: &OrganisationId, b: &OrganisationId) -> f64 {
    let wanted = &context.proposal.target_groups;
    if wanted.is_empty() {
        return NEUTRAL;
    }
    let served = sorted_unique(
        context
            .landscape
            .target_groups_of(a)
            .into_iter()
            .chain(context.landscape.target_groups_of(b))
            .map(|row| &row.doelgroep),
    );
    wanted
        .iter()
        .filter(|g| served.binary_search(g).is_ok())
        .count() as f64
        / wanted.len() as f64
}
