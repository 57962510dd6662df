//! `es-role autoops ...`: the commands.

use crate::plumbing::{
    KeyWritten, REMEDY_MANAGE_SECURITY, TOOL, read_named, rfc3339_from_millis, write_new_key,
};
use crate::{descriptor, usage, user, validate};
use autoops_common::{managed_metadata, privileges_check};
use esconnect_cli::args::ConnectionArgs;
use esconnect_cli::ops::{connect_with_credentials, print_plan_unsent, wire_failure};
use esconnect_cli::{CliError, CliResult, Printer};
use esconnect_core::auth::{ApiKey, Auth};
use esconnect_core::http::{Endpoint, Request};
use esconnect_core::models::es::{
    CreateApiKeyRequest, CreateApiKeyResponse, HasPrivilegesResponse, MissingPrivilege,
    PutRoleResponse, PutUserResponse,
};
use esconnect_core::secret::read_secret_file;
use serde::Serialize;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const REMEDY_API_KEY: &str = "the credentials need the manage_own_api_key (or manage_api_key) cluster privilege, and should hold \
the AutoOps privileges themselves: a user API key never gets more than its owner has";

// ---------------------------------------------------------------------------------------------------
// show

pub fn show(printer: &Printer, form: crate::ShowFor) -> CliResult<u8> {
    let value = match form {
        crate::ShowFor::Role | crate::ShowFor::Console => {
            serde_json::to_value(descriptor::role()).expect("descriptors serialise")
        }
        crate::ShowFor::ApiKey => descriptor::api_key_wrapped(autoops_common::ROLE_NAME),
    };
    let pretty = serde_json::to_string_pretty(&value).expect("JSON values serialise");
    printer.data(&value, |_| match form {
        crate::ShowFor::Console => format!(
            "POST /_security/role/{}\n{pretty}",
            autoops_common::ROLE_NAME
        ),
        _ => pretty.clone(),
    })?;
    Ok(0)
}

// ---------------------------------------------------------------------------------------------------
// role

fn role_path(name: &str) -> String {
    format!("/_security/role/{}", validate::segment(name))
}

fn put_role_request(name: &str) -> Request {
    Request::put(role_path(name), descriptor::role())
}

/// What to do about the role, decided from what is there.
#[derive(Debug)]
enum RolePlan {
    Create,
    Replace { differences: Vec<String> },
    Keep,
}

fn plan_role(printer: &Printer, name: &str, existing: Option<&Value>) -> CliResult<RolePlan> {
    let Some(existing) = existing else {
        return Ok(RolePlan::Create);
    };
    if descriptor::is_reserved(existing) {
        return Err(CliError::failure(format!(
            "the role `{name}` is a built-in role of Elasticsearch and cannot be changed"
        ))
        .with_remedy("give another role name with --name (or --role-name)"));
    }
    let desired = serde_json::to_value(descriptor::role()).expect("descriptors serialise");
    let differences = descriptor::differences(existing, &desired);
    if differences.is_empty() {
        return Ok(RolePlan::Keep);
    }
    printer.warn(&format!(
        "the role `{name}` already exists with a different descriptor ({} differ): replacing it with the AutoOps descriptor",
        differences.join(", ")
    ));
    printer.verbose(&format!("previous descriptor of `{name}`: {existing}"));
    Ok(RolePlan::Replace { differences })
}

#[derive(Debug, Serialize)]
struct RoleReport {
    role: String,
    /// `created`, `updated` or `unchanged`.
    result: &'static str,
    /// The fields in which the role replaced differed from the AutoOps descriptor.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    replaced_fields: Vec<String>,
}

impl RoleReport {
    fn text(&self) -> String {
        match self.result {
            "unchanged" => format!(
                "role `{}` unchanged: it already has the AutoOps descriptor",
                self.role
            ),
            "updated" if !self.replaced_fields.is_empty() => {
                format!(
                    "role `{}` updated (replaced a descriptor that differed in: {})",
                    self.role,
                    self.replaced_fields.join(", ")
                )
            }
            r => format!("role `{}` {r}", self.role),
        }
    }
}

async fn apply_role(ep: &Endpoint, name: &str, plan: RolePlan) -> CliResult<RoleReport> {
    let differences = match plan {
        RolePlan::Keep => {
            return Ok(RoleReport {
                role: name.into(),
                result: "unchanged",
                replaced_fields: vec![],
            });
        }
        RolePlan::Create => vec![],
        RolePlan::Replace { differences } => differences,
    };
    let doing = format!("writing the role `{name}` failed");
    let r: PutRoleResponse = ep
        .call_json(&put_role_request(name))
        .await
        .map_err(|e| wire_failure(e, &doing, REMEDY_MANAGE_SECURITY))?;
    let result = if r.role.created { "created" } else { "updated" };
    Ok(RoleReport {
        role: name.into(),
        result,
        replaced_fields: differences,
    })
}

pub fn role(printer: &Printer, args: &ConnectionArgs, name: &str, dry_run: bool) -> CliResult<u8> {
    validate::name("role name", "--name", name)?;
    let conn = connect_with_credentials(printer, args, dry_run)?;
    if dry_run {
        return print_plan_unsent(
            printer,
            &conn.url.url,
            &[put_role_request(name)],
            "A real run reads the role first and leaves it alone when it already matches.",
        );
    }
    let ep = conn.endpoint()?;
    esconnect_cli::runtime()?.block_on(async {
        let existing = read_named(
            &ep,
            &role_path(name),
            name,
            &format!("reading the role `{name}` failed"),
        )
        .await?;
        let plan = plan_role(printer, name, existing.as_ref())?;
        let report = apply_role(&ep, name, plan).await?;
        printer.data(&report, |_| report.text())?;
        Ok(0)
    })
}

// ---------------------------------------------------------------------------------------------------
// api-key

pub struct KeyOptions {
    pub name: String,
    pub expiration: Option<String>,
    pub role_name: String,
    pub out: Option<PathBuf>,
}

/// `api-key` JSON/YAML output when the key goes to stdout.
#[derive(Serialize)]
struct KeyShown {
    id: String,
    name: String,
    /// Epoch milliseconds, or null for a key that does not expire.
    expiration: Option<i64>,
    /// base64(`id:api_key`), as Kibana shows it.
    encoded: String,
    /// `id:api_key`, what AUTOOPS_ES_API_KEY takes (required on 9.1.0 to 9.1.3, accepted everywhere).
    id_colon_key: String,
}

pub fn api_key(
    printer: &Printer,
    args: &ConnectionArgs,
    opts: &KeyOptions,
    dry_run: bool,
) -> CliResult<u8> {
    validate::key_name(&opts.name)?;
    let expiration = opts
        .expiration
        .as_deref()
        .map(validate::expiration)
        .transpose()?;
    validate::name("role descriptor name", "--role-name", &opts.role_name)?;
    if let Some(p) = &opts.out {
        validate::out_path(p)?;
    }
    let conn = connect_with_credentials(printer, args, dry_run)?;
    if let Some(Auth::ApiKey(_)) = &conn.auth {
        return Err(usage(
            "an API key cannot create the AutoOps key: Elasticsearch refuses privileges to keys created with an API key",
            "authenticate with --username and --password-file as a user with manage_own_api_key who holds the AutoOps privileges (the key gets at most its owner's privileges)",
        ));
    }
    let body = CreateApiKeyRequest {
        name: opts.name.clone(),
        expiration,
        role_descriptors: BTreeMap::from([(opts.role_name.clone(), descriptor::api_key())]),
        metadata: managed_metadata(TOOL),
    };
    let req = Request::post("/_security/api_key", &body);
    if dry_run {
        return print_plan_unsent(
            printer,
            &conn.url.url,
            &[req],
            "The key would be printed once, as `id:api_key`.",
        );
    }
    let ep = conn.endpoint()?;
    let resp: CreateApiKeyResponse = esconnect_cli::runtime()?
        .block_on(ep.call_json(&req))
        .map_err(|e| wire_failure(e, "creating the API key failed", REMEDY_API_KEY))?;
    let key = ApiKey::new(resp.id.clone(), resp.api_key.clone());
    let id_colon_key = key.id_colon_key();
    let encoded = resp.encoded.clone().unwrap_or_else(|| key.encoded());
    let expires = match resp.expiration {
        Some(ms) => format!("expires {}", rfc3339_from_millis(ms)),
        None => "never expires".to_string(),
    };
    printer.status(&format!(
        "created API key `{}` (id {}), which {expires}",
        resp.name, resp.id
    ));
    match &opts.out {
        Some(path) => {
            write_new_key(
                printer,
                path,
                &id_colon_key,
                &format!("the API key {}", resp.id),
                &format!(
                    "DELETE /_security/api_key with {{\"ids\": [\"{}\"]}}",
                    resp.id
                ),
            )?;
            printer.status(&format!(
                "wrote the key as id:api_key (for AUTOOPS_ES_API_KEY) to {} (mode 0600)",
                path.display()
            ));
            let report = KeyWritten {
                id: resp.id.clone(),
                name: resp.name.clone(),
                expiration: resp.expiration,
                written_to: path.clone(),
            };
            printer.data(&report, |_| String::new())?;
            printer.status(&format!(
                "check it with: es-role autoops check --api-key-file {} --es-url ...",
                path.display()
            ));
        }
        None => {
            printer.warn(
                "the key is shown only once (Elasticsearch cannot show it again): store it now; it is in the id:api_key form AUTOOPS_ES_API_KEY takes",
            );
            let report = KeyShown {
                id: resp.id.clone(),
                name: resp.name.clone(),
                expiration: resp.expiration,
                encoded: encoded.expose().to_string(),
                id_colon_key: id_colon_key.expose().to_string(),
            };
            printer.data(&report, |_| id_colon_key.expose().to_string())?;
        }
    }
    Ok(0)
}

// ---------------------------------------------------------------------------------------------------
// user

#[derive(Debug, Serialize)]
struct UserReport {
    user: String,
    /// `created` or `updated`.
    result: &'static str,
    roles: Vec<String>,
    role: RoleReport,
}

pub fn user(
    printer: &Printer,
    args: &ConnectionArgs,
    username: &str,
    password_file: &Path,
    role_name: &str,
    dry_run: bool,
) -> CliResult<u8> {
    validate::user_name(username)?;
    validate::name("role name", "--role-name", role_name)?;
    if validate::RESERVED_USERS.contains(&username) {
        return Err(usage(
            format!(
                "`{username}` is a built-in user of Elasticsearch: its roles cannot be changed"
            ),
            "give the AutoOps agent its own user, e.g. `es-role autoops user autoops-agent ...` (Elastic advises against a superuser like `elastic`)",
        ));
    }
    let stdin = Path::new("-");
    if password_file == stdin
        && (args.api_key_file.as_deref() == Some(stdin)
            || args.password_file.as_deref() == Some(stdin))
    {
        return Err(usage(
            "standard input (`-`) was given for two secrets: --new-password-file and the connection's credentials",
            "read one of them from a file, or from an environment variable",
        ));
    }
    let new_password = read_secret_file(password_file, "the new password")?;
    validate::password(&new_password.value, &new_password.source.to_string())?;
    let conn = connect_with_credentials(printer, args, dry_run)?;
    if let Some(Auth::Basic {
        username: admin, ..
    }) = &conn.auth
        && admin == username
    {
        printer.warn(&format!("`{username}` is also the user this command connects as: its password changes, so later commands need the new one"));
    }
    let user_path = format!("/_security/user/{}", validate::segment(username));
    let managed = managed_metadata(TOOL);
    if dry_run {
        let (body, _) = user::body(None, role_name, &new_password.value, &managed);
        let put_user = Request::put(&user_path, body).redact("/password");
        return print_plan_unsent(
            printer,
            &conn.url.url,
            &[put_role_request(role_name), put_user],
            "A real run reads the role and the user first: an unchanged role is left alone, and an existing user keeps its roles, name, email and metadata.",
        );
    }
    let ep = conn.endpoint()?;
    esconnect_cli::runtime()?.block_on(async {
        // Every read first, so that nothing is changed when something is wrong.
        let existing_role = read_named(&ep, &role_path(role_name), role_name, &format!("reading the role `{role_name}` failed")).await?;
        let existing_user = read_named(&ep, &user_path, username, &format!("reading the user `{username}` failed")).await?;
        if existing_user.as_ref().is_some_and(descriptor::is_reserved) {
            return Err(CliError::failure(format!("`{username}` is a built-in user of Elasticsearch: its roles cannot be changed"))
                .with_remedy("give the AutoOps agent its own user"));
        }
        let role_plan = plan_role(printer, role_name, existing_role.as_ref())?;
        let role_report = apply_role(&ep, role_name, role_plan).await?;
        printer.status(&role_report.text());

        let (body, merge) = user::body(existing_user.as_ref(), role_name, &new_password.value, &managed);
        if existing_user.is_some() {
            printer.status(&format!(
                "user `{username}` exists: keeping its roles ({}), name, email and metadata, and setting the new password",
                if merge.roles_before.is_empty() { "none".to_string() } else { merge.roles_before.join(", ") }
            ));
        }
        if !merge.enabled {
            printer.warn(&format!("user `{username}` is disabled: the AutoOps agent cannot authenticate as it until it is enabled"));
        }
        let req = Request::put(&user_path, body).redact("/password");
        let doing = format!("writing the user `{username}` failed");
        let r: PutUserResponse = ep.call_json(&req).await.map_err(|e| wire_failure(e, &doing, REMEDY_MANAGE_SECURITY))?;
        let report = UserReport { user: username.to_string(), result: if r.created() { "created" } else { "updated" }, roles: merge.roles_after, role: role_report };
        printer.data(&report, |_| format!("user `{}` {} (roles: {})", report.user, report.result, report.roles.join(", ")))?;
        Ok(0)
    })
}

// ---------------------------------------------------------------------------------------------------
// check

#[derive(Debug, Serialize)]
struct CheckReport {
    username: String,
    has_all_requested: bool,
    missing: Vec<MissingPrivilege>,
}

pub fn check(printer: &Printer, args: &ConnectionArgs) -> CliResult<u8> {
    let conn = connect_with_credentials(printer, args, false)?;
    let ep = conn.endpoint()?;
    let req = Request::post("/_security/user/_has_privileges", privileges_check()).idempotent(true);
    let r: HasPrivilegesResponse = esconnect_cli::runtime()?
        .block_on(ep.call_json(&req))
        .map_err(|e| {
            wire_failure(
                e,
                "checking the privileges failed",
                "any authenticated user may check its own privileges: check the credentials",
            )
        })?;
    let missing = r.missing();
    let ok = r.has_all_requested && missing.is_empty();
    let who = match &conn.auth {
        Some(Auth::ApiKey(k)) => format!("API key {} of user `{}`", k.id(), r.username),
        _ => format!("user `{}`", r.username),
    };
    let report = CheckReport {
        username: r.username.clone(),
        has_all_requested: r.has_all_requested,
        missing,
    };
    printer.data(&report, |s| {
        let check = privileges_check();
        if ok {
            let mut t = format!(
                "{}: {who} holds every privilege the AutoOps agent needs\n",
                s.green("OK")
            );
            t.push_str(&format!("  cluster: {}\n", check.cluster.join(", ")));
            for i in &check.index {
                t.push_str(&format!(
                    "  indices `{}` (restricted indices included): {}\n",
                    i.names.join(", "),
                    i.privileges.join(", ")
                ));
            }
            t
        } else {
            let n = report.missing.len();
            let mut t = format!(
                "{}: {who} lacks {n} privilege{} the AutoOps agent needs:\n",
                s.red("MISSING"),
                if n == 1 { "" } else { "s" }
            );
            for m in &report.missing {
                t.push_str(&format!("  - {m}\n"));
            }
            t
        }
    })?;
    if !ok {
        printer.status(match &conn.auth {
            Some(Auth::ApiKey(_)) => {
                "a key gets at most its owner's privileges: create a new one with `es-role autoops api-key` as a user who holds them"
            }
            _ => "create the role with `es-role autoops role` and give it to this user (`es-role autoops user NAME` does both)",
        });
    }
    Ok(if ok { 0 } else { 1 })
}
