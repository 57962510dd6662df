//! The text reports.

use crate::check::{Check, Component, FleetReport, Report, Status};
use esconnect_cli::printer::{Styles, table};

fn mark(status: Status, s: Styles) -> String {
    match status {
        Status::Pass => s.green("✓"),
        Status::Warn => s.yellow("!"),
        Status::Fail => s.red("✗"),
        Status::Skip => s.dim("-"),
    }
}

/// One check: mark, what, code, message, elapsed time when it matters, and the remedy underneath.
fn check_lines(c: &Check, full_id: bool, s: Styles, out: &mut String) {
    let what = if full_id {
        c.id.as_str()
    } else {
        c.id.split_once('.').map_or(c.id.as_str(), |(_, w)| w)
    };
    let code = c
        .code
        .as_deref()
        .map(|k| format!("[{k}] "))
        .unwrap_or_default();
    let time = if c.elapsed_ms >= 100 {
        format!(" ({} ms)", c.elapsed_ms)
    } else {
        String::new()
    };
    let message = if c.status == Status::Skip {
        s.dim(&c.message)
    } else {
        c.message.clone()
    };
    out.push_str(&format!(
        "  {} {}: {code}{message}{time}\n",
        mark(c.status, s),
        s.bold(what)
    ));
    if !c.remedy.is_empty() && matches!(c.status, Status::Fail | Status::Warn) {
        out.push_str(&format!("      fix: {}\n", c.remedy));
    }
}

fn tally(checks: &[&Check]) -> String {
    let n = |st| checks.iter().filter(|c| c.status == st).count();
    let plural =
        |k: usize, one: &str, many: &str| format!("{k} {}", if k == 1 { one } else { many });
    format!(
        "{}, {}, {}, {}",
        plural(n(Status::Pass), "passed", "passed"),
        plural(n(Status::Warn), "warning", "warnings"),
        plural(n(Status::Fail), "failed", "failed"),
        plural(n(Status::Skip), "skipped", "skipped")
    )
}

/// The single-run report, grouped by component.
pub fn single(r: &Report, s: Styles) -> String {
    let mut out = String::new();
    for component in Component::ALL {
        let checks: Vec<&Check> = r
            .checks
            .iter()
            .filter(|c| c.component == component)
            .collect();
        if checks.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&s.bold(component.title()));
        out.push('\n');
        for c in checks {
            check_lines(c, false, s, &mut out);
        }
    }
    let all: Vec<&Check> = r.checks.iter().collect();
    let verdict = if r.ok { s.green("OK") } else { s.red("FAILED") };
    out.push_str(&format!("\n{verdict}: {}\n", tally(&all)));
    out
}

fn codes(checks: &[Check], status: Status) -> Vec<String> {
    let mut v: Vec<String> = checks
        .iter()
        .filter(|c| c.status == status)
        .filter_map(|c| c.code.clone())
        .collect();
    v.dedup();
    v
}

/// The fleet report: a table of clusters, the shared checks, then the details of every failure.
pub fn fleet(r: &FleetReport, shard: Option<String>, s: Styles) -> String {
    let mut out = String::new();
    let share = shard.map(|sh| format!(" (shard {sh})")).unwrap_or_default();
    out.push_str(&format!(
        "{}{share}: {} probed, {} ok, {} failed\n\n",
        s.bold("Clusters"),
        r.summary.total,
        r.summary.ok,
        r.summary.failed
    ));
    let rows: Vec<Vec<String>> = r
        .clusters
        .iter()
        .map(|c| {
            let fails = codes(&c.checks, Status::Fail);
            let warns = codes(&c.checks, Status::Warn);
            let (result, list) = if !c.ok {
                (s.red("FAIL"), fails)
            } else if !warns.is_empty() {
                (s.yellow("warn"), warns)
            } else {
                (s.green("ok"), vec![])
            };
            vec![c.name.clone(), c.url.clone(), result, list.join(" ")]
        })
        .collect();
    out.push_str(&table(&["NAME", "URL", "RESULT", "CODES"], &rows, s));

    out.push_str(&format!("\n{}\n", s.bold("Shared checks")));
    for c in &r.shared {
        check_lines(c, true, s, &mut out);
    }

    let failing: Vec<_> = r
        .clusters
        .iter()
        .filter(|c| {
            c.checks
                .iter()
                .any(|k| matches!(k.status, Status::Fail | Status::Warn))
        })
        .collect();
    if !failing.is_empty() {
        out.push_str(&format!("\n{}\n", s.bold("Details")));
        for c in failing {
            out.push_str(&format!("{} ({})\n", s.bold(&c.name), c.url));
            for k in c
                .checks
                .iter()
                .filter(|k| matches!(k.status, Status::Fail | Status::Warn))
            {
                check_lines(k, true, s, &mut out);
            }
        }
    }
    let verdict = if r.ok { s.green("OK") } else { s.red("FAILED") };
    let shared: Vec<&Check> = r.shared.iter().collect();
    out.push_str(&format!(
        "\n{verdict}: {} of {} clusters failed; shared checks: {}\n",
        r.summary.failed,
        r.summary.total,
        tally(&shared)
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::ClusterReport;

    #[test]
    fn single_groups_by_component_and_shows_remedies_under_failures() {
        let r = Report::new(vec![
            Check::pass(Component::Environment, "es_url", "url ok"),
            Check::fail(
                Component::Elasticsearch,
                "connect",
                "HTTP_0",
                "refused",
                "check the port",
            )
            .elapsed(12),
            Check::skip(Component::Elasticsearch, "license", "not run"),
            Check::warn(Component::OtelCollector, "reachable", "W", "slow", "wait").elapsed(1500),
        ]);
        let t = single(&r, Styles { on: false });
        assert_eq!(
            t,
            "Environment\n  ✓ es_url: url ok\n\nElasticsearch\n  ✗ connect: [HTTP_0] refused\n      fix: check the port\n  - license: not run\n\nOTel collector\n  ! reachable: [W] slow (1500 ms)\n      fix: wait\n\nFAILED: 1 passed, 1 warning, 1 failed, 1 skipped\n"
        );
    }

    #[test]
    fn fleet_lists_failing_codes() {
        let bad = ClusterReport {
            name: "b".into(),
            url: "https://b:9200".into(),
            ok: false,
            checks: vec![Check::fail(
                Component::Elasticsearch,
                "connect",
                "HTTP_401",
                "denied",
                "fix it",
            )],
        };
        let good = ClusterReport {
            name: "a".into(),
            url: "https://a:9200".into(),
            ok: true,
            checks: vec![Check::pass(Component::Elasticsearch, "connect", "ok")],
        };
        let r = FleetReport::new(
            vec![good, bad],
            vec![Check::pass(Component::OtelCollector, "reachable", "ok")],
        );
        let t = fleet(&r, Some("0/1".into()), Styles { on: false });
        assert!(
            t.starts_with("Clusters (shard 0/1): 2 probed, 1 ok, 1 failed\n"),
            "{t}"
        );
        assert!(
            t.contains("b     https://b:9200  FAIL    HTTP_401\n"),
            "{t}"
        );
        assert!(t.contains("b (https://b:9200)\n  ✗ elasticsearch.connect: [HTTP_401] denied\n      fix: fix it\n"), "{t}");
        assert!(t.ends_with("FAILED: 1 of 2 clusters failed; shared checks: 1 passed, 0 warnings, 0 failed, 0 skipped\n"), "{t}");
    }
}

/// A line of `--output jsonl` for one cluster, written as soon as the cluster is done.
#[derive(Debug, serde::Serialize)]
pub struct ClusterLine<'a> {
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// The cluster's 0-based index in the inventory.
    pub index: usize,
    #[serde(flatten)]
    pub report: &'a crate::check::ClusterReport,
}

/// The last line of `--output jsonl`: the shared checks and the totals.
#[derive(Debug, serde::Serialize)]
pub struct SummaryLine<'a> {
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub ok: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shard: Option<String>,
    pub shared: &'a [crate::check::Check],
    pub summary: crate::check::Summary,
}
