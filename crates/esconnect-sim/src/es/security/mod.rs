//! Authentication, authorization and the `_security` endpoints, one file per section: [`auth`]
//! (credentials, permissions, the 403 check), [`roles`], [`users`] (and `_authenticate`),
//! [`has_privileges`](mod@has_privileges), [`api_keys`] (REST keys) and [`cross_cluster`] (cross-cluster keys).

mod api_keys;
mod auth;
mod cross_cluster;
mod has_privileges;
mod roles;
mod users;

pub(crate) use api_keys::{
    api_key_json, create_api_key, get_api_keys, invalidate_api_keys, parse_time_value,
};
pub(crate) use auth::{Subject, authenticate, java_base64_decode, require};
pub(crate) use cross_cluster::{create_cross_cluster_key, update_cross_cluster_key};
pub(crate) use has_privileges::has_privileges;
pub(crate) use roles::{delete_role, get_roles, put_role};
pub(crate) use users::{authenticate_response, delete_user, get_users, put_user};
