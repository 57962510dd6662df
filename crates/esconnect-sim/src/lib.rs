//! A simulator of self-managed Elasticsearch clusters and of the Elastic Cloud endpoints AutoOps uses.
//!
//! No Elasticsearch can run where the esconnect tools are tested, so this crate stands in for it. Its
//! value is fidelity: status codes, error JSON, semantics and version differences follow Elasticsearch's
//! documented (and, where the documentation is silent, its source code's) behaviour. Deviations are listed
//! below.
//!
//! ```no_run
//! use esconnect_sim::{ClusterSpec, Fault, FaultRule, Sim};
//!
//! let sim = Sim::builder()
//!     .cluster(ClusterSpec::new("prod", "8.17.0").user("bob", "secret1", &["autoops"]))
//!     .cloud(true)
//!     .start()?;
//! let es = sim.cluster("prod");
//! println!("{} trusts {}", es.url(), sim.ca_pem());
//! es.add_fault(FaultRule::path("/_license", Fault::Status(503)).times(1));
//! // ... run the tool under test against es.url(), then:
//! assert!(es.journal().iter().any(|e| e.path == "/_license"));
//! # anyhow::Ok(())
//! ```
//!
//! # Listeners
//! Each cluster, the Cloud Connected API and the OTel collector get their own port on `127.0.0.1`, all
//! served by one background thread with a two-worker tokio runtime and an accept loop per listener
//! (hyper 1, HTTP/1.1 only, as Elasticsearch). HTTPS by default: the simulator makes its own CA and one
//! server certificate (ECDSA P-256; SANs `localhost`, `127.0.0.1`, `::1`). A plain HTTP client talking to
//! an HTTPS listener gets the connection closed without any HTTP response, as Elasticsearch does.
//! See [`Fault`] and [`TlsFault`] for fault injection, [`ServiceHandle::journal`] for the request record.
//!
//! # ECE/ECH API
//! [`SimBuilder::ece`] adds a listener for the ECE or ECH API (deployments, `settings.trust`, keystore,
//! platform trust relationships, `x-cloud-resource-version` and 409 on a stale `?version=`): see the
//! [`ece`] module. A deployment may be backed by one of the simulated clusters
//! ([`DeploymentSpec::backed_by`]): keystore changes then reach its nodes, and `direct` trust entries its
//! remote cluster client CAs.
//! ## Per-cluster TLS identities and the remote cluster ports
//! A cluster may have its own CA and certificate names ([`ClusterSpec::ca`], [`ClusterSpec::server_names`]):
//! CAs are named; every name other than [`SIM_CA`] is a CA of its own with subject `CN=<name>`, made at
//! start and shared by the clusters naming it ([`Sim::named_ca_pem`]). Clusters that set neither keep the
//! simulator's CA and leaf, so trust between clusters can be right or wrong on purpose. Two optional raw
//! TLS listeners per cluster (no HTTP):
//! - the **remote cluster server port** ([`ClusterSpec::remote_cluster_server`], stands for 9443,
//!   `remote_cluster_server.enabled: true`): TLS with the HTTP identity, no client certificate requested;
//! - the **transport port** ([`ClusterSpec::transport_port`], stands for 9300): TLS with the transport
//!   certificate (issued by [`ClusterSpec::transport_ca`], e.g. `Elastic Auto Transport CA` as ECK names
//!   it; SANs and EKU `serverAuth`+`clientAuth`) that REQUIRES a client certificate from a CA in
//!   [`ClusterSpec::transport_trusted_cas`]; a client without one gets a fatal alert.
//!
//! Their addresses: [`ClusterHandle::rcs_addr`], [`ClusterHandle::transport_addr`]; what they received:
//! [`ClusterHandle::inbound_handshakes`]; closing and reopening them (connection refused meanwhile):
//! [`ClusterHandle::set_remote_cluster_server_up`], [`ClusterHandle::set_transport_up`].
//! A CA of another simulator (another `esconnect-sim serve` process) is trusted from its PEM:
//! [`ClusterSpec::remote_cluster_client_ca_pem`], [`ClusterSpec::transport_trusted_ca_pem`] (serve config
//! `remote_cluster_client_ca_files`, `transport_trusted_ca_files`); named CAs exist per process.
//! A [`TlsFault`] on a cluster with its own identity presents the simulator's fault certificates (built
//! on [`SIM_CA`]); the raw ports speak TLS even in a plain-HTTP simulator (the remote cluster server's
//! SSL cannot be turned off here).
//!
//! ```no_run
//! use esconnect_sim::{ClusterSpec, SIM_CA, Sim};
//!
//! let sim = Sim::builder()
//!     // the local cluster reads its keystore from a file that `esconnect-sim keystore add` writes
//!     .cluster(ClusterSpec::new("local", "8.17.0").keystore_path("/tmp/local/elasticsearch.keystore"))
//!     .cluster(
//!         ClusterSpec::new("remote", "9.1.0")
//!             .remote_cluster_server(true)
//!             .transport_port(true)
//!             .transport_ca("Elastic Auto Transport CA")
//!             .index("logs-1"),
//!     )
//!     .start()?;
//! let rcs = sim.cluster("remote").rcs_addr().expect("enabled"); // proxy_address, API key model
//! let transport = sim.cluster("remote").transport_addr().expect("enabled"); // certificate model
//! // trust changes stand for elasticsearch.yml edits and a restart
//! sim.cluster("local").set_remote_cluster_client_cas(&[SIM_CA]);
//! sim.cluster("remote").set_transport_trusted_cas(&["Elastic Auto Transport CA", SIM_CA]);
//! # let _ = (rcs, transport);
//! # anyhow::Ok(())
//! ```
//!
//! # Elasticsearch endpoints
//! `GET|HEAD /`, `GET /_license`, `GET /_cluster/health`, `GET|PUT /_cluster/settings`, `GET /_remote/info`,
//! `GET /_nodes[/{x}]`, `POST /_nodes[/{id}]/reload_secure_settings`, `GET /_security/role[/{name}]`,
//! `PUT|POST|DELETE /_security/role/{name}`, `GET /_security/user[/{name}]`,
//! `PUT|POST|DELETE /_security/user/{name}`, `GET /_security/_authenticate`,
//! `GET|POST /_security/user[/{name}]/_has_privileges`, `POST|PUT|GET|DELETE /_security/api_key`,
//! `POST /_security/cross_cluster/api_key` and `PUT /_security/cross_cluster/api_key/{id}` (8.14+),
//! `GET /_resolve/cluster/{expression}` (8.13+) and `GET /_resolve/cluster` (8.18+).
//! Every response carries `X-elastic-product: Elasticsearch`; `?filter_path=` (with `*`, `**`, `\.` and
//! `-` exclusions) and `?pretty` work on every successful response, like in Elasticsearch.
//!
//! ## Request processing order
//! 1. Authentication (`Authorization: Basic` for users, `ApiKey base64(id:api_key)` for REST API keys).
//!    Missing credentials: 401 `missing authentication credentials for REST request [<uri>]`; a wrong
//!    user or password: 401 `unable to authenticate user [<user>] for REST request [<uri>]`; a bad API key:
//!    401 `unable to authenticate with provided credentials and anonymous access is not allowed for this
//!    request` with `additional_unsuccessful_credentials` (8.0+) naming the reason (unknown id, wrong secret,
//!    invalidated, expired, cross-cluster key); an `ApiKey` value that is not base64 of `id:secret` (for
//!    example the raw `id:api_key`) gives 401 `error attempting to authenticate request` caused by
//!    `illegal_argument_exception` `Illegal base64 character 3a` (decoding is `java.util.Base64`'s: padding
//!    optional, standard alphabet only). 401s carry two `WWW-Authenticate` headers
//!    (`Basic realm="security", charset="UTF-8"` and `ApiKey`) and the same list under `header` in the body.
//! 2. Routing: an unknown path gives 400 `{"error":"no handler found for uri [<uri>] and method [<M>]"}`
//!    (`RestController.handleBadRequest`, 7.x–9.x, no `status` field); a known path with another method
//!    gives 405 `{"error":"Incorrect HTTP method for uri [<uri>] and method [<M>], allowed: [..]","status":405}`
//!    with an `Allow` header. Version-gated endpoints are unknown paths on older versions.
//! 3. Content type: a body without `Content-Type` gives 406 `Content-Type header is missing`; browser
//!    "simple" types and non-JSON types give 406 `Content-Type header [<t>] is not supported`.
//! 4. Query parameters: one the endpoint does not know gives 400 `illegal_argument_exception` `request
//!    [/_cluster/settings] contains unrecognized parameter: [flat_setting] -> did you mean
//!    [flat_settings]?` (`BaseRestHandler`); `pretty`, `human`, `error_trace`, `filter_path` are global.
//! 5. Authorization: a missing cluster privilege gives 403 `security_exception` `action [<action>] is
//!    unauthorized for user [<u>] with effective roles [<r>], this action is granted by the cluster
//!    privileges [<p1>,<p2>,..]` (for API keys `... for API key id [<id>] of user [<owner>], ...`).
//! 6. The handler. JSON bodies may contain `//` and `/* */` comments (Elasticsearch's parser allows them);
//!    malformed JSON gives 400 `x_content_parse_exception` `[line:col] ...`; a missing required body gives
//!    400 `parse_exception` `request body is required`. Errors are always
//!    `{"error":{"root_cause":[..],"type","reason",..},"status":N}` with a JSON `Content-Type`.
//!
//! | endpoint | action (in 403 messages) | cluster privilege required |
//! |---|---|---|
//! | `GET /`, `/_license`, `/_nodes`, `/_cluster/health`, `/_remote/info`, `GET /_cluster/settings` | `cluster:monitor/...` | `monitor` |
//! | `PUT /_cluster/settings`, `POST /_nodes/reload_secure_settings` | `cluster:admin/settings/update`, `cluster:admin/nodes/reload_secure_settings` | `manage` |
//! | role and user writes, cross-cluster API keys | `cluster:admin/xpack/security/...` | `manage_security` |
//! | role and user reads | `cluster:admin/xpack/security/role/get`, `.../user/get` | `read_security` |
//! | create API key | `cluster:admin/xpack/security/api_key/create` | `manage_own_api_key` |
//! | get / invalidate API keys | `cluster:admin/xpack/security/api_key/get`, `.../invalidate` | all keys: `manage_api_key` (get also `read_security`); own keys (`owner=true` or `username=<self>`): `manage_own_api_key`; an API key may always see and invalidate itself by id |
//! | `_authenticate`, `_has_privileges` | | none |
//! | `_resolve/cluster` | `indices:admin/resolve/cluster` | `monitor` (a simplification, see deviations) |
//!
//! # Privileges
//! Effective permissions of a user are the union of its roles (unknown roles grant nothing). An API key's
//! are the intersection of its own `role_descriptors` (when it has any) and the owner's roles as they were
//! when the key was created (`limited_by`, a snapshot, like Elasticsearch). Built-in roles: `superuser`
//! (8.x+: `all` on non-restricted indices and read-only on restricted ones; 7.x: `all` everywhere),
//! `viewer`, `monitoring_user`; they cannot be changed or deleted.
//!
//! | privilege | implies |
//! |---|---|
//! | cluster `all` | every cluster privilege |
//! | `manage` | `monitor`, `manage_ilm`, `read_ilm`, `manage_slm`, `read_slm`, `manage_index_templates`, `manage_ingest_pipelines`, `manage_pipeline`, `read_pipeline`, `manage_enrich`, `manage_ml`, `manage_transform`, `manage_rollup`, `manage_watcher`, `manage_ccr`, `read_ccr`, `manage_autoscaling`, `create_snapshot`, `cancel_task` (not security privileges) |
//! | `monitor` | `monitor_ml`, `monitor_transform`, `monitor_watcher`, `monitor_rollup`, `monitor_enrich`, `monitor_snapshot`, `monitor_text_structure`, `monitor_inference`, `monitor_stats` |
//! | `manage_security` | `manage_api_key`, `manage_own_api_key`, `read_security`, `manage_token`, `manage_saml`, `manage_oidc`, `manage_service_account`, `manage_user_profile`, `grant_api_key`, `delegate_pki` |
//! | `manage_api_key` | `manage_own_api_key` |
//! | `manage_ilm` / `manage_slm` / `manage_ccr` | `read_ilm` / `read_slm` / `read_ccr` |
//! | index `all` | every index privilege |
//! | index `manage` | `monitor`, `view_index_metadata`, `create_index`, `delete_index`, `manage_ilm`, `manage_data_stream_lifecycle`, `manage_follow_index`, `manage_leader_index`, `maintenance`, `auto_configure` |
//! | index `read` | `read_cross_cluster` |
//! | index `write` | `index`, `create`, `create_doc`, `delete` |
//!
//! Action patterns (`cluster:monitor/*`, `indices:data/read/*`) may be granted and asked for; they are
//! matched against a few representative actions per named privilege.
//!
//! Index names: `*` and `?` wildcards. Restricted indices are names starting with `.security`,
//! `.async-search` or `.fleet-`; only grants with `allow_restricted_indices: true` cover them. For
//! `_has_privileges` a requested pattern is covered when a grant's pattern matches every name it
//! matches; the simulator decides this soundly for `*`, equal patterns, concrete names and trailing-`*`
//! prefixes (anything else counts as not covered). A request with `allow_restricted_indices: true` for a
//! pattern that can reach restricted names needs a grant with it; a wildcard pattern that can only match
//! restricted names, asked without it, is reported as granted (Elasticsearch removes the restricted names
//! first and answers `true` for the empty remainder).
//!
//! # Version differences
//! | from | what |
//! |---|---|
//! | 7.16 | oldest supported version; `X-elastic-product` on every response |
//! | 8.0 | `Content-Type: application/json` (7.x sends `application/json; charset=UTF-8`); `superuser` no longer writes restricted indices; `additional_unsuccessful_credentials` in 401s; `GET /_cluster/settings` action `cluster:monitor/settings` |
//! | 8.5 | API keys show `type` (`rest`/`cross_cluster`) and `role_descriptors`; `with_limited_by` |
//! | 8.10 | `_remote/info` shows `cluster_credentials: "::es_redacted::"` |
//! | 8.12 | invalidated API keys show `invalidation` |
//! | 8.13 | `GET /_resolve/cluster/{expression}` |
//! | 8.14 | role `remote_indices`; `POST /_security/cross_cluster/api_key` and its update; cross-cluster search keys also get `monitor_enrich`; remote cluster credentials reload with `reload_secure_settings`; `realm_type` on API keys |
//! | 8.15 | role `remote_cluster` (`monitor_enrich`) and `description` |
//! | 8.17 | `remote_cluster` privilege `monitor_stats` |
//! | 8.18 | `GET /_resolve/cluster` without an expression (elasticsearch#119898: remote clusters only, no `matching_indices`, index options refused; the version is our reading of that PR's backport) |
//! | 9.0 | `skip_unavailable` defaults to `true` in `_remote/info` |
//! | 9.3 | `reload_secure_settings` nodes show `secure_setting_names`, `keystore_path`, `keystore_digest`, `keystore_last_modified_time`; cross-cluster keys accept `certificate_identity` |
//!
//! 8.14 is the first version with cross-cluster API keys and role `remote_indices` here, as the
//! documentation states for the API key remote cluster model (GA); the 8.10–8.13 beta versions are treated
//! as not having them. On older versions `POST /_security/cross_cluster/api_key` is an unknown path: 400
//! `{"error":"no handler found for uri [/_security/cross_cluster/api_key] and method [POST]"}` (the shape
//! every 7.x–9.x version uses for an unregistered path; 405 is only for a registered path with another
//! method).
//!
//! Before a version gate a role field is an `unexpected field` (400 `parse_exception` `failed to parse role
//! [x]. unexpected field [remote_indices]`), as on a version that does not know it.
//!
//! # Cluster settings, keystore and remote clusters
//! Settings are stored flat, values as strings (lists of strings stay lists), like Elasticsearch's
//! `Settings`; PUT accepts flat and nested keys, `null` removes a key, a `null` object or a `prefix.*` key
//! removes a whole subtree (`cluster.remote.a.*`). The response is `{"acknowledged":true,"persistent":{..},
//! "transient":{..}}` with the settings applied, nested unless `flat_settings=true`. Settings under
//! `cluster.remote.` are validated (unknown names: `persistent setting [k], not recognized`; `mode` must be
//! `sniff` or `proxy`; proxy-only and sniff-only settings must match the mode: `Setting "k" cannot be used
//! with the configured "cluster.remote.a.mode" [required=PROXY, configured=SNIFF]`); other settings are
//! accepted as given.
//!
//! Addresses in `seeds` and `proxy_address` need `host:port` (`RemoteConnectionStrategy.parsePort`'s
//! messages: `remote hosts need to be configured as [host:port], found [x] instead`, `failed to parse
//! port`, `port number must be > 0 but was: [0]`). Node settings that are not dynamic
//! (`remote_cluster_server.enabled`, `remote_cluster.port`, `cluster.remote.initial_connect_timeout`,
//! `xpack.security.*.ssl.*`, ...) give
//! `persistent setting [k], not dynamically updateable`.
//!
//! `GET /_remote/info` lists the aliases that have `seeds` (sniff) or `proxy_address` (proxy) with the
//! fields of elastic-facts §3.3; `connected` comes from a REAL TLS connection and handshake, made by the
//! local cluster at each call:
//! - **API key model**: node 0's loaded keystore has `cluster.remote.<alias>.credentials` (8.10+): TLS
//!   without a client certificate, the remote's chain checked against
//!   [`ClusterSpec::remote_cluster_client_cas`] (`xpack.security.remote_cluster_client.ssl.certificate_authorities`,
//!   default [`SIM_CA`]) and its names against `server_name` (or the address's host). The remote
//!   cluster server then requires a valid, unexpired, non-invalidated `cross_cluster` key of the remote
//!   cluster. `cluster_credentials: "::es_redacted::"` is shown (8.10+).
//! - **Certificate model** (no credentials): TLS with the local transport certificate as client
//!   certificate, the remote's chain checked against [`ClusterSpec::transport_trusted_cas`]; needs
//!   trust in both directions.
//!
//! Sniff mode tries the seeds in order and reports `num_nodes_connected` = min(remote nodes,
//! `node_connections`); proxy mode reports `num_proxy_sockets_connected` = `proxy_socket_connections`
//! (18) when connected.
//!
//! `GET /_resolve/cluster/<expr>` connects the same way and returns per alias `{connected,
//! skip_unavailable, matching_indices, version{number, build_flavor, minimum_wire_compatibility_version,
//! minimum_index_compatibility_version}}` or `{connected: false, skip_unavailable, error}`; local index
//! patterns give `(local)` (a missing concrete index: `error: "no such index [x]"`); an unknown alias
//! gives 404 `no_such_remote_cluster_exception` `no such remote cluster: [x]`; indices come from
//! [`ClusterSpec::index`]. The `error` strings are those of the troubleshooting guide (elastic-facts §2.7):
//!
//! | fault | `error` |
//! |---|---|
//! | no credentials, remote cluster server port | `Cross cluster requests through the dedicated remote cluster server port require transport header [_cross_cluster_access_credentials] but none found. Please ensure you have configured remote cluster credentials on the cluster originating the request.` |
//! | a REST key | `authentication expected API key type of [cross_cluster], but API key [<id>] has type [rest]` |
//! | unknown, wrong secret, expired or invalidated key | `unable to authenticate user [<id>] for action [cluster:internal/remote_cluster/handshake]` |
//! | credentials aimed at a transport port without client authentication ([`ClusterSpec::transport_client_authentication`] `None`) | `remote cluster handshake action requires channel profile to be [_remote_cluster], but got [default]` |
//! | credentials aimed at the transport port | first `failed to establish trust with server at [<host>]; ... issued by [CN=Elastic Auto Transport CA] ...` (when the local side does not trust the transport CA), else `Received fatal alert: certificate_required` (no client certificate) |
//! | remote CA not trusted | `failed to establish trust with server at [<host>]; the server provided a certificate with subject name [CN=..]; the certificate is issued by [CN=..]; the [CN=..] certificate is not trusted in this ssl context ([xpack.security.remote_cluster_client.ssl])` (or `[xpack.security.transport.ssl]`) |
//! | host name mismatch | `No subject alternative DNS name matching <name> found.` (Java's `HostnameChecker`) |
//! | certificate model, remote does not trust the local transport CA | `Received fatal alert: unknown_ca` |
//! | a slow remote ([`ClusterHandle::set_remote_handshake_delay`]) | with `?timeout=`: `Request timed out before receiving a response from the remote cluster` (the specification's example); otherwise `[][<addr>] handshake_timeout[<initial_connect_timeout>]` |
//! | nothing listening (or [`ClusterHandle::set_remote_cluster_server_up`] `false`) | proxy: `failed to open any proxy connections to cluster [<alias>]; [][<addr>] connect_exception: Connection refused: /<addr>`; sniff: `fetching nodes from external cluster [<alias>] failed; ...` |
//!
//! ## Keystores
//! Each node ([`ClusterSpec::nodes`], [`ClusterSpec::node_names`]) has a keystore: in memory
//! ([`ClusterSpec::keystore`], [`ClusterHandle::keystore_set`]) or a FILE ([`ClusterSpec::keystore_path`],
//! [`ClusterSpec::node_keystore_path`]; format in [`keystore`], written by `esconnect-sim keystore add -x
//! -f NAME --keystore PATH`, the stand-in for `elasticsearch-keystore`). A node reads its keystore at start
//! and on `POST /_nodes[/{node_id}]/reload_secure_settings` (filters: ids, names, `*` wildcards, `_all`,
//! `_local`, `_master`); what it read becomes its *loaded* secure settings. Remote cluster credentials
//! reload from 8.14; before that they change only with [`ClusterHandle::restart`]. A node whose keystore
//! cannot be read reports `reload_exception` and keeps what it had: `illegal_state_exception` `Keystore
//! is missing`, `security_exception` `Keystore has been corrupted or tampered with`, or (with
//! [`ClusterSpec::keystore_password`] and another `secure_settings_password`) `security_exception`
//! `Provided keystore password was incorrect`. `secure_setting_names`, `keystore_path`, `keystore_digest`
//! (SHA-256 of the file) and `keystore_last_modified_time` appear from 9.3 only (elasticsearch PR
//! #138052 and the specification's 9.3 example; earlier versions show only `name`).

//! # Deviations from Elasticsearch
//! - Authentication happens before routing for every path, so an unknown path without credentials gives
//!   401 (Elasticsearch 8.8+ authenticates in the HTTP layer and behaves the same; older versions route
//!   first). Anonymous access, realms other than native/reserved, tokens and PKI are not simulated; the
//!   401 challenge omits the `Bearer` realm that clusters with the token service enabled add.
//! - Single-segment paths such as `GET /foo` are "no handler" errors, while Elasticsearch routes them to
//!   index APIs; there are no indices, documents or shards.
//! - 405 lists the methods the simulator implements for a path, which can be fewer than Elasticsearch's.
//! - Only JSON bodies are understood (YAML, CBOR and Smile get 406).
//! - `GET /_security/api_key` with no match answers `{"api_keys":[]}`. Error texts of rarely used
//!   validation paths are plausible rather than verbatim.
//! - Cross-cluster keys show their `certificate_identity` in `GET /_security/api_key` on 9.3+ (the spec's
//!   examples predate it); an explicit `null` in an update clears it. Both are assumptions.
//! - `_has_privileges` decides pattern coverage soundly only for the simple shapes described above.
//! - A `Fault::Close` on HTTPS closes the socket without a TLS `close_notify`, so clients may report an
//!   unexpected EOF rather than an empty reply.
//! - Remote clusters: inside the TLS stream the simulator speaks its own one-line JSON handshake, not
//!   Elasticsearch's binary transport protocol, so a real Elasticsearch cannot connect to a simulated
//!   port (and the other way round). `_remote/info` connects at each call (Elasticsearch reports the
//!   connections it keeps open and reconnects in the background; `_resolve/cluster` does connect at each
//!   call in Elasticsearch too), waiting at most 3 s per
//!   address (`initial_connect_timeout` clamped to 0.2–3 s). The node answering HTTP is node 0; its loaded
//!   secure settings decide the model. The cross-cluster key's `access` names decide which remote
//!   indices `matching_indices` can see; the local user's `remote_indices` are not intersected, and
//!   `_resolve/cluster` requires `monitor` instead of index privileges.
//! - TLS error texts are abridged versions of Java's and of Elasticsearch's `SslDiagnostics` (subject and
//!   issuer are named only for certificates this process issued). rustls rejects a missing client
//!   certificate with `certificate_required` (TLS 1.3) where the troubleshooting guide shows
//!   `bad_certificate`, and an untrusted one with `unknown_ca` where JSSE may send `certificate_unknown`.
//! - Setting validation messages come unwrapped (Elasticsearch may wrap a validator's exception in
//!   `illegal value can't update [...]`).
//! - Keystore files are plain JSON (mode 0600), not Elasticsearch's encrypted format; the stand-in's `add`
//!   does not prompt: values come from stdin (`-x`), an existing setting needs `-f`.
//!
//! # Module structure
//! Dependencies point one way, from the entry points down to the request types (read off the `use`
//! lines):
//!
//! ```text
//! cli ──► config ──► sim ──► es, cloud, ece ──► server ──► service
//!  │                  ├──► server, remote, tls     └───────────► service
//!  └──► keystore::cli ──► keystore
//! ```
//! - `service`: the request and response types (`Req`, `Resp`) and the `Service` trait
//!   (`handle`, `fault_response`); it depends on no other module of the crate.
//! - `server`: listeners, TLS per connection, journal, request faults; it knows the services only as
//!   `dyn Service` and answers 502–504 faults itself (the nginx page of the proxy in front).
//! - the services: `es` (a cluster: `ClusterState`; its handlers see an `es::request::EsReq`), `cloud`
//!   (`CloudApi`, `Otel`), `ece` (`EceState`); each implements `Service`. They use `server` only for the
//!   [`ServiceHandle`] their public handles wrap.
//! - `remote` (the raw TLS ports and the connections `_remote/info` makes) and `es` use each other
//!   (a port answers with its cluster's keys; a cluster connects through its ports); `tls`, `journal`,
//!   `fault` and `util` are leaves.
//! - On top, for the binary (whose `main.rs` is one line): [`cli`] (argument parsing, the `serve` loop
//!   and its JSON document on stdout), [`config`] (the `serve --config FILE.json` model and its
//!   conversion into a [`SimBuilder`]) and [`keystore::cli`] (the `elasticsearch-keystore` stand-in).
//!   Nothing below them uses them.
//!
//! # Independence
//! This crate does not depend on `esconnect-core` (nor on any tool crate), so that the simulator tests
//! the tools from outside: it has its own TLS, HTTP server, atomic file writes ([`keystore`]) and its
//! own reading of `ES_PATH_CONF` in the keystore stand-in ([`keystore::cli`]).

pub mod certs;
pub mod cli;
mod cloud;
pub mod config;
pub mod ece;
mod es;
mod fault;
mod journal;
pub mod keystore;
mod remote;
mod server;
mod service;
mod sim;
mod tls;
mod util;

pub use ece::{DeploymentSpec, EceHandle, EceSpec, EceTarget};
pub use es::{ClusterHandle, ClusterSpec};
pub use fault::{Fault, FaultRule, TlsFault};
pub use journal::JournalEntry;
pub use remote::Inbound;
pub use server::ServiceHandle;
pub use sim::{DEFAULT_AUTOOPS_TOKEN, DEFAULT_CLOUD_API_KEY, Sim, SimBuilder};
pub use tls::{ClientAuth, SIM_CA};
