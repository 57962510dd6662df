//! Many clusters in one simulator.

mod common;

use std::time::{Duration, Instant};

use common::*;
use esconnect_sim::{ClusterSpec, Sim};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_hundred_clusters_start_fast_and_serve_concurrently() {
    let started = Instant::now();
    let sim = Sim::builder()
        .clusters_from(
            ClusterSpec::new("fleet", "8.17.0").license("trial", "active"),
            200,
        )
        .start()
        .unwrap();
    let startup = started.elapsed();
    assert!(startup < Duration::from_secs(5), "start took {startup:?}");
    assert_eq!(sim.clusters().len(), 200);
    assert_eq!(sim.clusters()[0].name(), "fleet-0000");
    assert_eq!(sim.clusters()[199].name(), "fleet-0199");
    let mut ports: Vec<u16> = sim.clusters().iter().map(|c| c.port()).collect();
    ports.sort_unstable();
    ports.dedup();
    assert_eq!(ports.len(), 200);

    let c = client(&sim);
    let mut set = tokio::task::JoinSet::new();
    for cluster in sim.clusters() {
        let c = c.clone();
        let url = cluster.url();
        let name = cluster.name();
        set.spawn(async move {
            let (status, body) = su(&c, "GET", &url, None).await;
            assert_eq!(status, 200);
            assert_eq!(body["cluster_name"], name);
            body["cluster_uuid"].as_str().unwrap().to_owned()
        });
    }
    let mut uuids = Vec::new();
    while let Some(r) = set.join_next().await {
        uuids.push(r.unwrap());
    }
    uuids.sort();
    uuids.dedup();
    assert_eq!(uuids.len(), 200, "every cluster has its own uuid");
    assert!(started.elapsed() < Duration::from_secs(30));
}

#[test]
fn a_thousand_clusters_start_in_well_under_a_few_seconds() {
    let started = Instant::now();
    let sim = Sim::builder()
        .clusters_from(ClusterSpec::new("big", "9.1.0"), 1000)
        .start()
        .unwrap();
    let startup = started.elapsed();
    eprintln!("1000 clusters started in {startup:?}");
    assert!(startup < Duration::from_secs(3), "start took {startup:?}");
    assert_eq!(sim.cluster("big-0999").name(), "big-0999");
    let stopping = Instant::now();
    drop(sim);
    assert!(stopping.elapsed() < Duration::from_secs(3));
}
