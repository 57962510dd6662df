#compdef autoops-probe

autoload -U is-at-least

_autoops-probe() {
    typeset -A opt_args
    typeset -a _arguments_options
    local ret=1

    if is-at-least 5.2; then
        _arguments_options=(-s -S -C)
    else
        _arguments_options=(-s -C)
    fi

    local context curcontext="$curcontext" state line
    _arguments "${_arguments_options[@]}" : \
'-o+[Output format for results on stdout]:OUTPUT:((text\:"Human-readable text"
json\:"One JSON document"
yaml\:"One YAML document"
jsonl\:"JSON Lines\: one JSON document per line, streamed (fleets\: a line per cluster, then a summary)"))' \
'--output=[Output format for results on stdout]:OUTPUT:((text\:"Human-readable text"
json\:"One JSON document"
yaml\:"One YAML document"
jsonl\:"JSON Lines\: one JSON document per line, streamed (fleets\: a line per cluster, then a summary)"))' \
'--env-file=[Read the agent'\''s variables from this env file (KEY=value, as autoops-env writes it); flags win over it, it wins over the environment]:FILE:_files' \
'--es-url=[Elasticsearch URL \[env\: AUTOOPS_ES_URL\]]:URL:_default' \
'--api-key-file=[Read the API key (id\:api_key or encoded) from FILE, \`-\` for stdin \[env\: AUTOOPS_ES_API_KEY\]]:FILE:_files' \
'--username=[Username for basic authentication \[env\: AUTOOPS_ES_USERNAME\]]:NAME:_default' \
'--password-file=[Read the password from FILE, \`-\` for stdin \[env\: AUTOOPS_ES_PASSWORD\]]:FILE:_files' \
'--otel-url=[OTel collector URL \[env\: AUTOOPS_OTEL_URL\]]:URL:_default' \
'--region=[Derive the OTel URL from the region, e.g. aws/eu-west-1]:CSP/REGION:_default' \
'--cloud-connected-url=[Cloud Connected API base URL \[env\: ELASTIC_CLOUD_CONNECTED_MODE_API_URL\] \[default\: https\://api.elastic-cloud.com\]]:URL:_default' \
'--cloud-api-url=[Cloud Connected API base URL \[env\: ELASTIC_CLOUD_CONNECTED_MODE_API_URL\] \[default\: https\://api.elastic-cloud.com\]]:URL:_default' \
'--ca-cert=[CA certificate the cluster'\''s certificate chains to \[env\: AUTOOPS_CA_CERT\]]:PEM:_files' \
'--proxy=[Proxy for every connection (overrides HTTPS_PROXY and HTTP_PROXY; NO_PROXY still applies)]:URL:_default' \
'--check-timeout=[Time limit of each check]:DURATION:_default' \
'--connect-timeout=[Time limit to resolve and connect (at most --check-timeout)]:DURATION:_default' \
'--retries=[Retries of the cluster'\''s read requests on connection failures and 429/502/503/504]:N:_default' \
'(--es-url --api-key-file --username --password-file)--inventory=[Probe the clusters listed in this YAML inventory (clusters\: \[{name, url, api_key_env | api_key_file | username + password_env | password_file, ca_cert?}\])]:FILE:_files' \
'--concurrency=[Clusters probed at the same time]:N:_default' \
'(--shards)--shard=[Probe only the clusters whose 0-based index i in the inventory has i % N == I]:I/N:_default' \
'--shards=[Split into N shares and take share \$JOB_COMPLETION_INDEX (a Kubernetes Indexed Job)]:N:_default' \
'--generate=[Print a man page or shell completions and exit]:WHAT:((man\:"A roff man page"
bash\:""
zsh\:""
fish\:""
elvish\:""
powershell\:""))' \
'*-v[More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)]' \
'*--verbose[More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)]' \
'(-v --verbose)-q[Only errors and warnings on stderr]' \
'(-v --verbose)--quiet[Only errors and warnings on stderr]' \
'--insecure[Do not verify the cluster'\''s certificate (loud warning; diagnosis only)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
}

(( $+functions[_autoops-probe_commands] )) ||
_autoops-probe_commands() {
    local commands; commands=()
    _describe -t commands 'autoops-probe commands' commands "$@"
}

if [ "$funcstack[1]" = "_autoops-probe" ]; then
    _autoops-probe "$@"
else
    compdef _autoops-probe autoops-probe
fi
