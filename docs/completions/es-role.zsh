#compdef es-role

autoload -U is-at-least

_es-role() {
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
'--generate=[Print a man page or shell completions to stdout and exit]:WHAT:((man\:"A roff man page"
bash\:""
zsh\:""
fish\:""
elvish\:""
powershell\:""))' \
'-o+[Output format for results on stdout]:OUTPUT:((text\:"Human-readable text"
json\:"One JSON document"
yaml\:"One YAML document"
jsonl\:"JSON Lines\: one JSON document per line, streamed (fleets\: a line per cluster, then a summary)"))' \
'--output=[Output format for results on stdout]:OUTPUT:((text\:"Human-readable text"
json\:"One JSON document"
yaml\:"One YAML document"
jsonl\:"JSON Lines\: one JSON document per line, streamed (fleets\: a line per cluster, then a summary)"))' \
'*-v[More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)]' \
'*--verbose[More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)]' \
'(-v --verbose)-q[Only errors and warnings on stderr]' \
'(-v --verbose)--quiet[Only errors and warnings on stderr]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_es-role_commands" \
"*::: :->es-role" \
&& ret=0
    case $state in
    (es-role)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:es-role-command-$line[1]:"
        case $line[1] in
            (autoops)
_arguments "${_arguments_options[@]}" : \
'-o+[Output format for results on stdout]:OUTPUT:((text\:"Human-readable text"
json\:"One JSON document"
yaml\:"One YAML document"
jsonl\:"JSON Lines\: one JSON document per line, streamed (fleets\: a line per cluster, then a summary)"))' \
'--output=[Output format for results on stdout]:OUTPUT:((text\:"Human-readable text"
json\:"One JSON document"
yaml\:"One YAML document"
jsonl\:"JSON Lines\: one JSON document per line, streamed (fleets\: a line per cluster, then a summary)"))' \
'*-v[More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)]' \
'*--verbose[More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)]' \
'(-v --verbose)-q[Only errors and warnings on stderr]' \
'(-v --verbose)--quiet[Only errors and warnings on stderr]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
":: :_es-role__subcmd__autoops_commands" \
"*::: :->autoops" \
&& ret=0

    case $state in
    (autoops)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:es-role-autoops-command-$line[1]:"
        case $line[1] in
            (show)
_arguments "${_arguments_options[@]}" : \
'--for=[What the descriptor is for]:FORM:((role\:"The role body, for PUT /_security/role/autoops"
api-key\:"\`{"autoops"\: {...}}\` for "Control security privileges" in Kibana'\''s API key flyout"
console\:"The Kibana Dev Tools console request, \`POST /_security/role/autoops\` and its body"))' \
'-o+[Output format for results on stdout]:OUTPUT:((text\:"Human-readable text"
json\:"One JSON document"
yaml\:"One YAML document"
jsonl\:"JSON Lines\: one JSON document per line, streamed (fleets\: a line per cluster, then a summary)"))' \
'--output=[Output format for results on stdout]:OUTPUT:((text\:"Human-readable text"
json\:"One JSON document"
yaml\:"One YAML document"
jsonl\:"JSON Lines\: one JSON document per line, streamed (fleets\: a line per cluster, then a summary)"))' \
'*-v[More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)]' \
'*--verbose[More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)]' \
'(-v --verbose)-q[Only errors and warnings on stderr]' \
'(-v --verbose)--quiet[Only errors and warnings on stderr]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
&& ret=0
;;
(role)
_arguments "${_arguments_options[@]}" : \
'--name=[Name of the role to create or update]:NAME:_default' \
'--role-name=[Name of the role to create or update]:NAME:_default' \
'--es-url=[Elasticsearch URL, e.g. https\://es.example.com\:9200; port 9200 when none is given \[env\: ELASTICSEARCH_URL\]]:URL:_default' \
'--api-key=[API key, \`id\:api_key\` or base64 \`encoded\`; prefer --api-key-file or \$ELASTICSEARCH_API_KEY (argv is visible to other users)]:KEY:_default' \
'--api-key-file=[Read the API key from FILE (\`-\` for standard input)]:FILE:_files' \
'--username=[Username for basic authentication \[env\: ELASTICSEARCH_USERNAME\]]:NAME:_default' \
'--password=[Password; prefer --password-file or \$ELASTICSEARCH_PASSWORD]:PASSWORD:_default' \
'--password-file=[Read the password from FILE (\`-\` for standard input)]:FILE:_files' \
'*--ca-cert=[Trust this CA (PEM) for the cluster'\''s certificate; repeatable \[env\: ELASTICSEARCH_CA_CERT\]]:PEM:_files' \
'--ca-fingerprint=[Trust the certificate with this SHA-256 fingerprint (colons optional) \[env\: ELASTICSEARCH_CA_FINGERPRINT\]]:SHA256:_default' \
'--proxy=[Proxy for every request (overrides HTTPS_PROXY/HTTP_PROXY; NO_PROXY still applies)]:URL:_default' \
'--connect-timeout=[Time limit to open a connection]:DURATION:_default' \
'--timeout=[Time limit for each request attempt]:DURATION:_default' \
'--retries=[Retries for idempotent requests on 429/502/503/504 and connection failures]:N:_default' \
'-o+[Output format for results on stdout]:OUTPUT:((text\:"Human-readable text"
json\:"One JSON document"
yaml\:"One YAML document"
jsonl\:"JSON Lines\: one JSON document per line, streamed (fleets\: a line per cluster, then a summary)"))' \
'--output=[Output format for results on stdout]:OUTPUT:((text\:"Human-readable text"
json\:"One JSON document"
yaml\:"One YAML document"
jsonl\:"JSON Lines\: one JSON document per line, streamed (fleets\: a line per cluster, then a summary)"))' \
'--dry-run[Print the requests that would change the cluster (secrets redacted) and send nothing at all, not even a read\: the cluster need not be reachable and no credentials are needed]' \
'--insecure[Do not verify the server'\''s certificate (loud warning; for diagnosis only)]' \
'*-v[More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)]' \
'*--verbose[More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)]' \
'(-v --verbose)-q[Only errors and warnings on stderr]' \
'(-v --verbose)--quiet[Only errors and warnings on stderr]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
&& ret=0
;;
(api-key)
_arguments "${_arguments_options[@]}" : \
'--name=[Name of the API key (shown in Kibana'\''s API keys page)]:NAME:_default' \
'--expiration=[Lifetime of the key as an Elasticsearch duration (90d, 12h, 30m); without it the key never expires]:DURATION:_default' \
'--role-name=[Name of the role descriptor inside the key (the wizard uses \`autoops\`)]:NAME:_default' \
'--out=[Write the key (\`id\:api_key\`) to FILE, atomically and with mode 0600, instead of stdout]:FILE:_files' \
'--es-url=[Elasticsearch URL, e.g. https\://es.example.com\:9200; port 9200 when none is given \[env\: ELASTICSEARCH_URL\]]:URL:_default' \
'--api-key=[API key, \`id\:api_key\` or base64 \`encoded\`; prefer --api-key-file or \$ELASTICSEARCH_API_KEY (argv is visible to other users)]:KEY:_default' \
'--api-key-file=[Read the API key from FILE (\`-\` for standard input)]:FILE:_files' \
'--username=[Username for basic authentication \[env\: ELASTICSEARCH_USERNAME\]]:NAME:_default' \
'--password=[Password; prefer --password-file or \$ELASTICSEARCH_PASSWORD]:PASSWORD:_default' \
'--password-file=[Read the password from FILE (\`-\` for standard input)]:FILE:_files' \
'*--ca-cert=[Trust this CA (PEM) for the cluster'\''s certificate; repeatable \[env\: ELASTICSEARCH_CA_CERT\]]:PEM:_files' \
'--ca-fingerprint=[Trust the certificate with this SHA-256 fingerprint (colons optional) \[env\: ELASTICSEARCH_CA_FINGERPRINT\]]:SHA256:_default' \
'--proxy=[Proxy for every request (overrides HTTPS_PROXY/HTTP_PROXY; NO_PROXY still applies)]:URL:_default' \
'--connect-timeout=[Time limit to open a connection]:DURATION:_default' \
'--timeout=[Time limit for each request attempt]:DURATION:_default' \
'--retries=[Retries for idempotent requests on 429/502/503/504 and connection failures]:N:_default' \
'-o+[Output format for results on stdout]:OUTPUT:((text\:"Human-readable text"
json\:"One JSON document"
yaml\:"One YAML document"
jsonl\:"JSON Lines\: one JSON document per line, streamed (fleets\: a line per cluster, then a summary)"))' \
'--output=[Output format for results on stdout]:OUTPUT:((text\:"Human-readable text"
json\:"One JSON document"
yaml\:"One YAML document"
jsonl\:"JSON Lines\: one JSON document per line, streamed (fleets\: a line per cluster, then a summary)"))' \
'--dry-run[Print the requests that would change the cluster (secrets redacted) and send nothing at all, not even a read\: the cluster need not be reachable and no credentials are needed]' \
'--insecure[Do not verify the server'\''s certificate (loud warning; for diagnosis only)]' \
'*-v[More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)]' \
'*--verbose[More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)]' \
'(-v --verbose)-q[Only errors and warnings on stderr]' \
'(-v --verbose)--quiet[Only errors and warnings on stderr]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
&& ret=0
;;
(user)
_arguments "${_arguments_options[@]}" : \
'--new-password-file=[Read the NEW user'\''s password from FILE (\`-\` for standard input); at least 6 characters. The connection'\''s --password/--password-file stay the admin'\''s credentials]:FILE:_files' \
'--role-name=[The role to create and assign]:NAME:_default' \
'--es-url=[Elasticsearch URL, e.g. https\://es.example.com\:9200; port 9200 when none is given \[env\: ELASTICSEARCH_URL\]]:URL:_default' \
'--api-key=[API key, \`id\:api_key\` or base64 \`encoded\`; prefer --api-key-file or \$ELASTICSEARCH_API_KEY (argv is visible to other users)]:KEY:_default' \
'--api-key-file=[Read the API key from FILE (\`-\` for standard input)]:FILE:_files' \
'--username=[Username for basic authentication \[env\: ELASTICSEARCH_USERNAME\]]:NAME:_default' \
'--password=[Password; prefer --password-file or \$ELASTICSEARCH_PASSWORD]:PASSWORD:_default' \
'--password-file=[Read the password from FILE (\`-\` for standard input)]:FILE:_files' \
'*--ca-cert=[Trust this CA (PEM) for the cluster'\''s certificate; repeatable \[env\: ELASTICSEARCH_CA_CERT\]]:PEM:_files' \
'--ca-fingerprint=[Trust the certificate with this SHA-256 fingerprint (colons optional) \[env\: ELASTICSEARCH_CA_FINGERPRINT\]]:SHA256:_default' \
'--proxy=[Proxy for every request (overrides HTTPS_PROXY/HTTP_PROXY; NO_PROXY still applies)]:URL:_default' \
'--connect-timeout=[Time limit to open a connection]:DURATION:_default' \
'--timeout=[Time limit for each request attempt]:DURATION:_default' \
'--retries=[Retries for idempotent requests on 429/502/503/504 and connection failures]:N:_default' \
'-o+[Output format for results on stdout]:OUTPUT:((text\:"Human-readable text"
json\:"One JSON document"
yaml\:"One YAML document"
jsonl\:"JSON Lines\: one JSON document per line, streamed (fleets\: a line per cluster, then a summary)"))' \
'--output=[Output format for results on stdout]:OUTPUT:((text\:"Human-readable text"
json\:"One JSON document"
yaml\:"One YAML document"
jsonl\:"JSON Lines\: one JSON document per line, streamed (fleets\: a line per cluster, then a summary)"))' \
'--dry-run[Print the requests that would change the cluster (secrets redacted) and send nothing at all, not even a read\: the cluster need not be reachable and no credentials are needed]' \
'--insecure[Do not verify the server'\''s certificate (loud warning; for diagnosis only)]' \
'*-v[More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)]' \
'*--verbose[More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)]' \
'(-v --verbose)-q[Only errors and warnings on stderr]' \
'(-v --verbose)--quiet[Only errors and warnings on stderr]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
':name -- The user to create, or to give the role to:_default' \
&& ret=0
;;
(check)
_arguments "${_arguments_options[@]}" : \
'--es-url=[Elasticsearch URL, e.g. https\://es.example.com\:9200; port 9200 when none is given \[env\: ELASTICSEARCH_URL\]]:URL:_default' \
'--api-key=[API key, \`id\:api_key\` or base64 \`encoded\`; prefer --api-key-file or \$ELASTICSEARCH_API_KEY (argv is visible to other users)]:KEY:_default' \
'--api-key-file=[Read the API key from FILE (\`-\` for standard input)]:FILE:_files' \
'--username=[Username for basic authentication \[env\: ELASTICSEARCH_USERNAME\]]:NAME:_default' \
'--password=[Password; prefer --password-file or \$ELASTICSEARCH_PASSWORD]:PASSWORD:_default' \
'--password-file=[Read the password from FILE (\`-\` for standard input)]:FILE:_files' \
'*--ca-cert=[Trust this CA (PEM) for the cluster'\''s certificate; repeatable \[env\: ELASTICSEARCH_CA_CERT\]]:PEM:_files' \
'--ca-fingerprint=[Trust the certificate with this SHA-256 fingerprint (colons optional) \[env\: ELASTICSEARCH_CA_FINGERPRINT\]]:SHA256:_default' \
'--proxy=[Proxy for every request (overrides HTTPS_PROXY/HTTP_PROXY; NO_PROXY still applies)]:URL:_default' \
'--connect-timeout=[Time limit to open a connection]:DURATION:_default' \
'--timeout=[Time limit for each request attempt]:DURATION:_default' \
'--retries=[Retries for idempotent requests on 429/502/503/504 and connection failures]:N:_default' \
'-o+[Output format for results on stdout]:OUTPUT:((text\:"Human-readable text"
json\:"One JSON document"
yaml\:"One YAML document"
jsonl\:"JSON Lines\: one JSON document per line, streamed (fleets\: a line per cluster, then a summary)"))' \
'--output=[Output format for results on stdout]:OUTPUT:((text\:"Human-readable text"
json\:"One JSON document"
yaml\:"One YAML document"
jsonl\:"JSON Lines\: one JSON document per line, streamed (fleets\: a line per cluster, then a summary)"))' \
'--insecure[Do not verify the server'\''s certificate (loud warning; for diagnosis only)]' \
'*-v[More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)]' \
'*--verbose[More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)]' \
'(-v --verbose)-q[Only errors and warnings on stderr]' \
'(-v --verbose)--quiet[Only errors and warnings on stderr]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_es-role__subcmd__autoops__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:es-role-autoops-help-command-$line[1]:"
        case $line[1] in
            (show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(role)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(api-key)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(user)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(check)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(cross-cluster-key)
_arguments "${_arguments_options[@]}" : \
'-o+[Output format for results on stdout]:OUTPUT:((text\:"Human-readable text"
json\:"One JSON document"
yaml\:"One YAML document"
jsonl\:"JSON Lines\: one JSON document per line, streamed (fleets\: a line per cluster, then a summary)"))' \
'--output=[Output format for results on stdout]:OUTPUT:((text\:"Human-readable text"
json\:"One JSON document"
yaml\:"One YAML document"
jsonl\:"JSON Lines\: one JSON document per line, streamed (fleets\: a line per cluster, then a summary)"))' \
'*-v[More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)]' \
'*--verbose[More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)]' \
'(-v --verbose)-q[Only errors and warnings on stderr]' \
'(-v --verbose)--quiet[Only errors and warnings on stderr]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
":: :_es-role__subcmd__cross-cluster-key_commands" \
"*::: :->cross-cluster-key" \
&& ret=0

    case $state in
    (cross-cluster-key)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:es-role-cross-cluster-key-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
'--name=[Name of the key (shown in Kibana'\''s API keys page)]:NAME:_default' \
'*--search=[Index patterns the key lets the local cluster search (cross-cluster search), comma-separated]:PATTERNS:_default' \
'--query=[A document-level security query (a JSON object) limiting what --search may read]:JSON:_default' \
'--field-security=[Field-level security for --search, as JSON, e.g. '\''{"grant"\: \["*"\], "except"\: \["secret"\]}'\'']:JSON:_default' \
'*--replication=[Index patterns the key lets the local cluster replicate (cross-cluster replication), comma-separated]:PATTERNS:_default' \
'--expiration=[Lifetime of the key as an Elasticsearch duration (90d, 12h, 30m); without it the key never expires (update\: the expiry is set to now + DURATION)]:DURATION:_default' \
'--certificate-identity=[A regular expression the distinguished name of the local cluster'\''s signing certificate must match (strong identity verification, 9.3+), e.g. '\''CN=.*.node.CLUSTER-ID.cluster.*'\'']:REGEX:_default' \
'*--metadata=[Metadata to store with the key, as KEY=VALUE (a string); repeat for more. Keys starting with \`_\` are Elasticsearch'\''s]:KEY=VALUE:_default' \
'--out=[Write the encoded key to FILE, atomically and with mode 0600, instead of stdout]:FILE:_files' \
'--es-url=[Elasticsearch URL, e.g. https\://es.example.com\:9200; port 9200 when none is given \[env\: ELASTICSEARCH_URL\]]:URL:_default' \
'--api-key=[API key, \`id\:api_key\` or base64 \`encoded\`; prefer --api-key-file or \$ELASTICSEARCH_API_KEY (argv is visible to other users)]:KEY:_default' \
'--api-key-file=[Read the API key from FILE (\`-\` for standard input)]:FILE:_files' \
'--username=[Username for basic authentication \[env\: ELASTICSEARCH_USERNAME\]]:NAME:_default' \
'--password=[Password; prefer --password-file or \$ELASTICSEARCH_PASSWORD]:PASSWORD:_default' \
'--password-file=[Read the password from FILE (\`-\` for standard input)]:FILE:_files' \
'*--ca-cert=[Trust this CA (PEM) for the cluster'\''s certificate; repeatable \[env\: ELASTICSEARCH_CA_CERT\]]:PEM:_files' \
'--ca-fingerprint=[Trust the certificate with this SHA-256 fingerprint (colons optional) \[env\: ELASTICSEARCH_CA_FINGERPRINT\]]:SHA256:_default' \
'--proxy=[Proxy for every request (overrides HTTPS_PROXY/HTTP_PROXY; NO_PROXY still applies)]:URL:_default' \
'--connect-timeout=[Time limit to open a connection]:DURATION:_default' \
'--timeout=[Time limit for each request attempt]:DURATION:_default' \
'--retries=[Retries for idempotent requests on 429/502/503/504 and connection failures]:N:_default' \
'-o+[Output format for results on stdout]:OUTPUT:((text\:"Human-readable text"
json\:"One JSON document"
yaml\:"One YAML document"
jsonl\:"JSON Lines\: one JSON document per line, streamed (fleets\: a line per cluster, then a summary)"))' \
'--output=[Output format for results on stdout]:OUTPUT:((text\:"Human-readable text"
json\:"One JSON document"
yaml\:"One YAML document"
jsonl\:"JSON Lines\: one JSON document per line, streamed (fleets\: a line per cluster, then a summary)"))' \
'--dry-run[Print the requests that would change the cluster (secrets redacted) and send none of them. The harmless reads the plan depends on (GET only) are still made\: the cluster must be reachable, and the plan shows exactly what would change]' \
'--insecure[Do not verify the server'\''s certificate (loud warning; for diagnosis only)]' \
'*-v[More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)]' \
'*--verbose[More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)]' \
'(-v --verbose)-q[Only errors and warnings on stderr]' \
'(-v --verbose)--quiet[Only errors and warnings on stderr]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
'*--search=[Index patterns the key lets the local cluster search (cross-cluster search), comma-separated]:PATTERNS:_default' \
'--query=[A document-level security query (a JSON object) limiting what --search may read]:JSON:_default' \
'--field-security=[Field-level security for --search, as JSON, e.g. '\''{"grant"\: \["*"\], "except"\: \["secret"\]}'\'']:JSON:_default' \
'*--replication=[Index patterns the key lets the local cluster replicate (cross-cluster replication), comma-separated]:PATTERNS:_default' \
'--expiration=[Lifetime of the key as an Elasticsearch duration (90d, 12h, 30m); without it the key never expires (update\: the expiry is set to now + DURATION)]:DURATION:_default' \
'--certificate-identity=[A regular expression the distinguished name of the local cluster'\''s signing certificate must match (strong identity verification, 9.3+), e.g. '\''CN=.*.node.CLUSTER-ID.cluster.*'\'']:REGEX:_default' \
'*--metadata=[Metadata to store with the key, as KEY=VALUE (a string); repeat for more. Keys starting with \`_\` are Elasticsearch'\''s]:KEY=VALUE:_default' \
'--es-url=[Elasticsearch URL, e.g. https\://es.example.com\:9200; port 9200 when none is given \[env\: ELASTICSEARCH_URL\]]:URL:_default' \
'--api-key=[API key, \`id\:api_key\` or base64 \`encoded\`; prefer --api-key-file or \$ELASTICSEARCH_API_KEY (argv is visible to other users)]:KEY:_default' \
'--api-key-file=[Read the API key from FILE (\`-\` for standard input)]:FILE:_files' \
'--username=[Username for basic authentication \[env\: ELASTICSEARCH_USERNAME\]]:NAME:_default' \
'--password=[Password; prefer --password-file or \$ELASTICSEARCH_PASSWORD]:PASSWORD:_default' \
'--password-file=[Read the password from FILE (\`-\` for standard input)]:FILE:_files' \
'*--ca-cert=[Trust this CA (PEM) for the cluster'\''s certificate; repeatable \[env\: ELASTICSEARCH_CA_CERT\]]:PEM:_files' \
'--ca-fingerprint=[Trust the certificate with this SHA-256 fingerprint (colons optional) \[env\: ELASTICSEARCH_CA_FINGERPRINT\]]:SHA256:_default' \
'--proxy=[Proxy for every request (overrides HTTPS_PROXY/HTTP_PROXY; NO_PROXY still applies)]:URL:_default' \
'--connect-timeout=[Time limit to open a connection]:DURATION:_default' \
'--timeout=[Time limit for each request attempt]:DURATION:_default' \
'--retries=[Retries for idempotent requests on 429/502/503/504 and connection failures]:N:_default' \
'-o+[Output format for results on stdout]:OUTPUT:((text\:"Human-readable text"
json\:"One JSON document"
yaml\:"One YAML document"
jsonl\:"JSON Lines\: one JSON document per line, streamed (fleets\: a line per cluster, then a summary)"))' \
'--output=[Output format for results on stdout]:OUTPUT:((text\:"Human-readable text"
json\:"One JSON document"
yaml\:"One YAML document"
jsonl\:"JSON Lines\: one JSON document per line, streamed (fleets\: a line per cluster, then a summary)"))' \
'(--search)--no-search[Remove the key'\''s search access (it keeps its replication access)]' \
'(--replication)--no-replication[Remove the key'\''s replication access (it keeps its search access)]' \
'--dry-run[Print the requests that would change the cluster (secrets redacted) and send none of them. The harmless reads the plan depends on (GET only) are still made\: the cluster must be reachable, and the plan shows exactly what would change]' \
'--insecure[Do not verify the server'\''s certificate (loud warning; for diagnosis only)]' \
'*-v[More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)]' \
'*--verbose[More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)]' \
'(-v --verbose)-q[Only errors and warnings on stderr]' \
'(-v --verbose)--quiet[Only errors and warnings on stderr]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
':id -- The id of the key (as `list` shows it). Ids may start with `-`\: they are taken as the id here:_default' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'--expiring-within=[Exit 1 (and name them) when a key expires within DURATION (30d, 12h) or has expired]:DURATION:_default' \
'--es-url=[Elasticsearch URL, e.g. https\://es.example.com\:9200; port 9200 when none is given \[env\: ELASTICSEARCH_URL\]]:URL:_default' \
'--api-key=[API key, \`id\:api_key\` or base64 \`encoded\`; prefer --api-key-file or \$ELASTICSEARCH_API_KEY (argv is visible to other users)]:KEY:_default' \
'--api-key-file=[Read the API key from FILE (\`-\` for standard input)]:FILE:_files' \
'--username=[Username for basic authentication \[env\: ELASTICSEARCH_USERNAME\]]:NAME:_default' \
'--password=[Password; prefer --password-file or \$ELASTICSEARCH_PASSWORD]:PASSWORD:_default' \
'--password-file=[Read the password from FILE (\`-\` for standard input)]:FILE:_files' \
'*--ca-cert=[Trust this CA (PEM) for the cluster'\''s certificate; repeatable \[env\: ELASTICSEARCH_CA_CERT\]]:PEM:_files' \
'--ca-fingerprint=[Trust the certificate with this SHA-256 fingerprint (colons optional) \[env\: ELASTICSEARCH_CA_FINGERPRINT\]]:SHA256:_default' \
'--proxy=[Proxy for every request (overrides HTTPS_PROXY/HTTP_PROXY; NO_PROXY still applies)]:URL:_default' \
'--connect-timeout=[Time limit to open a connection]:DURATION:_default' \
'--timeout=[Time limit for each request attempt]:DURATION:_default' \
'--retries=[Retries for idempotent requests on 429/502/503/504 and connection failures]:N:_default' \
'-o+[Output format for results on stdout]:OUTPUT:((text\:"Human-readable text"
json\:"One JSON document"
yaml\:"One YAML document"
jsonl\:"JSON Lines\: one JSON document per line, streamed (fleets\: a line per cluster, then a summary)"))' \
'--output=[Output format for results on stdout]:OUTPUT:((text\:"Human-readable text"
json\:"One JSON document"
yaml\:"One YAML document"
jsonl\:"JSON Lines\: one JSON document per line, streamed (fleets\: a line per cluster, then a summary)"))' \
'--all[Also list invalidated keys]' \
'--insecure[Do not verify the server'\''s certificate (loud warning; for diagnosis only)]' \
'*-v[More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)]' \
'*--verbose[More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)]' \
'(-v --verbose)-q[Only errors and warnings on stderr]' \
'(-v --verbose)--quiet[Only errors and warnings on stderr]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
&& ret=0
;;
(invalidate)
_arguments "${_arguments_options[@]}" : \
'--es-url=[Elasticsearch URL, e.g. https\://es.example.com\:9200; port 9200 when none is given \[env\: ELASTICSEARCH_URL\]]:URL:_default' \
'--api-key=[API key, \`id\:api_key\` or base64 \`encoded\`; prefer --api-key-file or \$ELASTICSEARCH_API_KEY (argv is visible to other users)]:KEY:_default' \
'--api-key-file=[Read the API key from FILE (\`-\` for standard input)]:FILE:_files' \
'--username=[Username for basic authentication \[env\: ELASTICSEARCH_USERNAME\]]:NAME:_default' \
'--password=[Password; prefer --password-file or \$ELASTICSEARCH_PASSWORD]:PASSWORD:_default' \
'--password-file=[Read the password from FILE (\`-\` for standard input)]:FILE:_files' \
'*--ca-cert=[Trust this CA (PEM) for the cluster'\''s certificate; repeatable \[env\: ELASTICSEARCH_CA_CERT\]]:PEM:_files' \
'--ca-fingerprint=[Trust the certificate with this SHA-256 fingerprint (colons optional) \[env\: ELASTICSEARCH_CA_FINGERPRINT\]]:SHA256:_default' \
'--proxy=[Proxy for every request (overrides HTTPS_PROXY/HTTP_PROXY; NO_PROXY still applies)]:URL:_default' \
'--connect-timeout=[Time limit to open a connection]:DURATION:_default' \
'--timeout=[Time limit for each request attempt]:DURATION:_default' \
'--retries=[Retries for idempotent requests on 429/502/503/504 and connection failures]:N:_default' \
'-o+[Output format for results on stdout]:OUTPUT:((text\:"Human-readable text"
json\:"One JSON document"
yaml\:"One YAML document"
jsonl\:"JSON Lines\: one JSON document per line, streamed (fleets\: a line per cluster, then a summary)"))' \
'--output=[Output format for results on stdout]:OUTPUT:((text\:"Human-readable text"
json\:"One JSON document"
yaml\:"One YAML document"
jsonl\:"JSON Lines\: one JSON document per line, streamed (fleets\: a line per cluster, then a summary)"))' \
'--dry-run[Print the requests that would change the cluster (secrets redacted) and send none of them. The harmless reads the plan depends on (GET only) are still made\: the cluster must be reachable, and the plan shows exactly what would change]' \
'--insecure[Do not verify the server'\''s certificate (loud warning; for diagnosis only)]' \
'*-v[More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)]' \
'*--verbose[More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)]' \
'(-v --verbose)-q[Only errors and warnings on stderr]' \
'(-v --verbose)--quiet[Only errors and warnings on stderr]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
':id -- The id of the key (as `list` shows it). Ids may start with `-`\: they are taken as the id here:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_es-role__subcmd__cross-cluster-key__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:es-role-cross-cluster-key-help-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(invalidate)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(remote-role)
_arguments "${_arguments_options[@]}" : \
'--cluster=[The remote cluster'\''s alias (cluster.remote.ALIAS on the local cluster); wildcards match several]:ALIAS:_default' \
'*--indices=[Index patterns on the remote cluster, comma-separated]:PATTERNS:_default' \
'*--privileges=[Index privileges on those indices, comma-separated (or a preset with --for)]:PRIVILEGES:_default' \
'--for=[A preset of the docs'\'' examples instead of --privileges]:USE:((ccs\:"Cross-cluster search\: read, read_cross_cluster, view_index_metadata on the remote indices"
ccr\:"Cross-cluster replication\: cross_cluster_replication on the remote (leader) indices, and the local cluster privilege manage_ccr"))' \
'*--remote-cluster-privileges=[Remote cluster privileges for the alias, comma-separated]:PRIVILEGES:((monitor_enrich\:"Enrich across clusters (8.15+)"
monitor_stats\:"Remote cluster statistics (8.17+)"))' \
'--es-url=[Elasticsearch URL, e.g. https\://es.example.com\:9200; port 9200 when none is given \[env\: ELASTICSEARCH_URL\]]:URL:_default' \
'--api-key=[API key, \`id\:api_key\` or base64 \`encoded\`; prefer --api-key-file or \$ELASTICSEARCH_API_KEY (argv is visible to other users)]:KEY:_default' \
'--api-key-file=[Read the API key from FILE (\`-\` for standard input)]:FILE:_files' \
'--username=[Username for basic authentication \[env\: ELASTICSEARCH_USERNAME\]]:NAME:_default' \
'--password=[Password; prefer --password-file or \$ELASTICSEARCH_PASSWORD]:PASSWORD:_default' \
'--password-file=[Read the password from FILE (\`-\` for standard input)]:FILE:_files' \
'*--ca-cert=[Trust this CA (PEM) for the cluster'\''s certificate; repeatable \[env\: ELASTICSEARCH_CA_CERT\]]:PEM:_files' \
'--ca-fingerprint=[Trust the certificate with this SHA-256 fingerprint (colons optional) \[env\: ELASTICSEARCH_CA_FINGERPRINT\]]:SHA256:_default' \
'--proxy=[Proxy for every request (overrides HTTPS_PROXY/HTTP_PROXY; NO_PROXY still applies)]:URL:_default' \
'--connect-timeout=[Time limit to open a connection]:DURATION:_default' \
'--timeout=[Time limit for each request attempt]:DURATION:_default' \
'--retries=[Retries for idempotent requests on 429/502/503/504 and connection failures]:N:_default' \
'-o+[Output format for results on stdout]:OUTPUT:((text\:"Human-readable text"
json\:"One JSON document"
yaml\:"One YAML document"
jsonl\:"JSON Lines\: one JSON document per line, streamed (fleets\: a line per cluster, then a summary)"))' \
'--output=[Output format for results on stdout]:OUTPUT:((text\:"Human-readable text"
json\:"One JSON document"
yaml\:"One YAML document"
jsonl\:"JSON Lines\: one JSON document per line, streamed (fleets\: a line per cluster, then a summary)"))' \
'--dry-run[Print the requests that would change the cluster (secrets redacted) and send none of them. The harmless reads the plan depends on (GET only) are still made\: the cluster must be reachable, and the plan shows exactly what would change]' \
'--insecure[Do not verify the server'\''s certificate (loud warning; for diagnosis only)]' \
'*-v[More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)]' \
'*--verbose[More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)]' \
'(-v --verbose)-q[Only errors and warnings on stderr]' \
'(-v --verbose)--quiet[Only errors and warnings on stderr]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
':name -- The local role to create or update:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_es-role__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:es-role-help-command-$line[1]:"
        case $line[1] in
            (autoops)
_arguments "${_arguments_options[@]}" : \
":: :_es-role__subcmd__help__subcmd__autoops_commands" \
"*::: :->autoops" \
&& ret=0

    case $state in
    (autoops)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:es-role-help-autoops-command-$line[1]:"
        case $line[1] in
            (show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(role)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(api-key)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(user)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(check)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(cross-cluster-key)
_arguments "${_arguments_options[@]}" : \
":: :_es-role__subcmd__help__subcmd__cross-cluster-key_commands" \
"*::: :->cross-cluster-key" \
&& ret=0

    case $state in
    (cross-cluster-key)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:es-role-help-cross-cluster-key-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(invalidate)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(remote-role)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
}

(( $+functions[_es-role_commands] )) ||
_es-role_commands() {
    local commands; commands=(
'autoops:The credential of Elastic'\''s AutoOps agent\: role, API key, user, privilege check' \
'cross-cluster-key:Cross-cluster API keys of a remote cluster (API key model, 8.14+)\: create, update, list, invalidate' \
'remote-role:Give a local role remote_indices (8.14+) and remote_cluster (8.15+) privileges for one remote cluster alias, keeping everything else the role has' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'es-role commands' commands "$@"
}
(( $+functions[_es-role__subcmd__autoops_commands] )) ||
_es-role__subcmd__autoops_commands() {
    local commands; commands=(
'show:Print the AutoOps role descriptor (offline\: sends nothing, needs no cluster)' \
'role:Create or update the \`autoops\` role (PUT /_security/role/NAME); unchanged roles are left alone' \
'api-key:Create a user API key with the AutoOps descriptor; prints only the key, as \`id\:api_key\`' \
'user:Create a user with the \`autoops\` role, or add the role to an existing user (keeping its other roles)' \
'check:Check that the given credentials hold every AutoOps privilege (exit 1 when some are missing)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'es-role autoops commands' commands "$@"
}
(( $+functions[_es-role__subcmd__autoops__subcmd__api-key_commands] )) ||
_es-role__subcmd__autoops__subcmd__api-key_commands() {
    local commands; commands=()
    _describe -t commands 'es-role autoops api-key commands' commands "$@"
}
(( $+functions[_es-role__subcmd__autoops__subcmd__check_commands] )) ||
_es-role__subcmd__autoops__subcmd__check_commands() {
    local commands; commands=()
    _describe -t commands 'es-role autoops check commands' commands "$@"
}
(( $+functions[_es-role__subcmd__autoops__subcmd__help_commands] )) ||
_es-role__subcmd__autoops__subcmd__help_commands() {
    local commands; commands=(
'show:Print the AutoOps role descriptor (offline\: sends nothing, needs no cluster)' \
'role:Create or update the \`autoops\` role (PUT /_security/role/NAME); unchanged roles are left alone' \
'api-key:Create a user API key with the AutoOps descriptor; prints only the key, as \`id\:api_key\`' \
'user:Create a user with the \`autoops\` role, or add the role to an existing user (keeping its other roles)' \
'check:Check that the given credentials hold every AutoOps privilege (exit 1 when some are missing)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'es-role autoops help commands' commands "$@"
}
(( $+functions[_es-role__subcmd__autoops__subcmd__help__subcmd__api-key_commands] )) ||
_es-role__subcmd__autoops__subcmd__help__subcmd__api-key_commands() {
    local commands; commands=()
    _describe -t commands 'es-role autoops help api-key commands' commands "$@"
}
(( $+functions[_es-role__subcmd__autoops__subcmd__help__subcmd__check_commands] )) ||
_es-role__subcmd__autoops__subcmd__help__subcmd__check_commands() {
    local commands; commands=()
    _describe -t commands 'es-role autoops help check commands' commands "$@"
}
(( $+functions[_es-role__subcmd__autoops__subcmd__help__subcmd__help_commands] )) ||
_es-role__subcmd__autoops__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'es-role autoops help help commands' commands "$@"
}
(( $+functions[_es-role__subcmd__autoops__subcmd__help__subcmd__role_commands] )) ||
_es-role__subcmd__autoops__subcmd__help__subcmd__role_commands() {
    local commands; commands=()
    _describe -t commands 'es-role autoops help role commands' commands "$@"
}
(( $+functions[_es-role__subcmd__autoops__subcmd__help__subcmd__show_commands] )) ||
_es-role__subcmd__autoops__subcmd__help__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'es-role autoops help show commands' commands "$@"
}
(( $+functions[_es-role__subcmd__autoops__subcmd__help__subcmd__user_commands] )) ||
_es-role__subcmd__autoops__subcmd__help__subcmd__user_commands() {
    local commands; commands=()
    _describe -t commands 'es-role autoops help user commands' commands "$@"
}
(( $+functions[_es-role__subcmd__autoops__subcmd__role_commands] )) ||
_es-role__subcmd__autoops__subcmd__role_commands() {
    local commands; commands=()
    _describe -t commands 'es-role autoops role commands' commands "$@"
}
(( $+functions[_es-role__subcmd__autoops__subcmd__show_commands] )) ||
_es-role__subcmd__autoops__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'es-role autoops show commands' commands "$@"
}
(( $+functions[_es-role__subcmd__autoops__subcmd__user_commands] )) ||
_es-role__subcmd__autoops__subcmd__user_commands() {
    local commands; commands=()
    _describe -t commands 'es-role autoops user commands' commands "$@"
}
(( $+functions[_es-role__subcmd__cross-cluster-key_commands] )) ||
_es-role__subcmd__cross-cluster-key_commands() {
    local commands; commands=(
'create:Create a cross-cluster API key (POST /_security/cross_cluster/api_key); prints only its encoded form' \
'update:Change a key'\''s access, expiration, metadata or certificate identity, keeping the rest; sends nothing when nothing changes' \
'list:List the cross-cluster API keys with their expiry, soonest first' \
'invalidate:Invalidate a cross-cluster API key (DELETE /_security/api_key with its id)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'es-role cross-cluster-key commands' commands "$@"
}
(( $+functions[_es-role__subcmd__cross-cluster-key__subcmd__create_commands] )) ||
_es-role__subcmd__cross-cluster-key__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'es-role cross-cluster-key create commands' commands "$@"
}
(( $+functions[_es-role__subcmd__cross-cluster-key__subcmd__help_commands] )) ||
_es-role__subcmd__cross-cluster-key__subcmd__help_commands() {
    local commands; commands=(
'create:Create a cross-cluster API key (POST /_security/cross_cluster/api_key); prints only its encoded form' \
'update:Change a key'\''s access, expiration, metadata or certificate identity, keeping the rest; sends nothing when nothing changes' \
'list:List the cross-cluster API keys with their expiry, soonest first' \
'invalidate:Invalidate a cross-cluster API key (DELETE /_security/api_key with its id)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'es-role cross-cluster-key help commands' commands "$@"
}
(( $+functions[_es-role__subcmd__cross-cluster-key__subcmd__help__subcmd__create_commands] )) ||
_es-role__subcmd__cross-cluster-key__subcmd__help__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'es-role cross-cluster-key help create commands' commands "$@"
}
(( $+functions[_es-role__subcmd__cross-cluster-key__subcmd__help__subcmd__help_commands] )) ||
_es-role__subcmd__cross-cluster-key__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'es-role cross-cluster-key help help commands' commands "$@"
}
(( $+functions[_es-role__subcmd__cross-cluster-key__subcmd__help__subcmd__invalidate_commands] )) ||
_es-role__subcmd__cross-cluster-key__subcmd__help__subcmd__invalidate_commands() {
    local commands; commands=()
    _describe -t commands 'es-role cross-cluster-key help invalidate commands' commands "$@"
}
(( $+functions[_es-role__subcmd__cross-cluster-key__subcmd__help__subcmd__list_commands] )) ||
_es-role__subcmd__cross-cluster-key__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'es-role cross-cluster-key help list commands' commands "$@"
}
(( $+functions[_es-role__subcmd__cross-cluster-key__subcmd__help__subcmd__update_commands] )) ||
_es-role__subcmd__cross-cluster-key__subcmd__help__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'es-role cross-cluster-key help update commands' commands "$@"
}
(( $+functions[_es-role__subcmd__cross-cluster-key__subcmd__invalidate_commands] )) ||
_es-role__subcmd__cross-cluster-key__subcmd__invalidate_commands() {
    local commands; commands=()
    _describe -t commands 'es-role cross-cluster-key invalidate commands' commands "$@"
}
(( $+functions[_es-role__subcmd__cross-cluster-key__subcmd__list_commands] )) ||
_es-role__subcmd__cross-cluster-key__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'es-role cross-cluster-key list commands' commands "$@"
}
(( $+functions[_es-role__subcmd__cross-cluster-key__subcmd__update_commands] )) ||
_es-role__subcmd__cross-cluster-key__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'es-role cross-cluster-key update commands' commands "$@"
}
(( $+functions[_es-role__subcmd__help_commands] )) ||
_es-role__subcmd__help_commands() {
    local commands; commands=(
'autoops:The credential of Elastic'\''s AutoOps agent\: role, API key, user, privilege check' \
'cross-cluster-key:Cross-cluster API keys of a remote cluster (API key model, 8.14+)\: create, update, list, invalidate' \
'remote-role:Give a local role remote_indices (8.14+) and remote_cluster (8.15+) privileges for one remote cluster alias, keeping everything else the role has' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'es-role help commands' commands "$@"
}
(( $+functions[_es-role__subcmd__help__subcmd__autoops_commands] )) ||
_es-role__subcmd__help__subcmd__autoops_commands() {
    local commands; commands=(
'show:Print the AutoOps role descriptor (offline\: sends nothing, needs no cluster)' \
'role:Create or update the \`autoops\` role (PUT /_security/role/NAME); unchanged roles are left alone' \
'api-key:Create a user API key with the AutoOps descriptor; prints only the key, as \`id\:api_key\`' \
'user:Create a user with the \`autoops\` role, or add the role to an existing user (keeping its other roles)' \
'check:Check that the given credentials hold every AutoOps privilege (exit 1 when some are missing)' \
    )
    _describe -t commands 'es-role help autoops commands' commands "$@"
}
(( $+functions[_es-role__subcmd__help__subcmd__autoops__subcmd__api-key_commands] )) ||
_es-role__subcmd__help__subcmd__autoops__subcmd__api-key_commands() {
    local commands; commands=()
    _describe -t commands 'es-role help autoops api-key commands' commands "$@"
}
(( $+functions[_es-role__subcmd__help__subcmd__autoops__subcmd__check_commands] )) ||
_es-role__subcmd__help__subcmd__autoops__subcmd__check_commands() {
    local commands; commands=()
    _describe -t commands 'es-role help autoops check commands' commands "$@"
}
(( $+functions[_es-role__subcmd__help__subcmd__autoops__subcmd__role_commands] )) ||
_es-role__subcmd__help__subcmd__autoops__subcmd__role_commands() {
    local commands; commands=()
    _describe -t commands 'es-role help autoops role commands' commands "$@"
}
(( $+functions[_es-role__subcmd__help__subcmd__autoops__subcmd__show_commands] )) ||
_es-role__subcmd__help__subcmd__autoops__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'es-role help autoops show commands' commands "$@"
}
(( $+functions[_es-role__subcmd__help__subcmd__autoops__subcmd__user_commands] )) ||
_es-role__subcmd__help__subcmd__autoops__subcmd__user_commands() {
    local commands; commands=()
    _describe -t commands 'es-role help autoops user commands' commands "$@"
}
(( $+functions[_es-role__subcmd__help__subcmd__cross-cluster-key_commands] )) ||
_es-role__subcmd__help__subcmd__cross-cluster-key_commands() {
    local commands; commands=(
'create:Create a cross-cluster API key (POST /_security/cross_cluster/api_key); prints only its encoded form' \
'update:Change a key'\''s access, expiration, metadata or certificate identity, keeping the rest; sends nothing when nothing changes' \
'list:List the cross-cluster API keys with their expiry, soonest first' \
'invalidate:Invalidate a cross-cluster API key (DELETE /_security/api_key with its id)' \
    )
    _describe -t commands 'es-role help cross-cluster-key commands' commands "$@"
}
(( $+functions[_es-role__subcmd__help__subcmd__cross-cluster-key__subcmd__create_commands] )) ||
_es-role__subcmd__help__subcmd__cross-cluster-key__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'es-role help cross-cluster-key create commands' commands "$@"
}
(( $+functions[_es-role__subcmd__help__subcmd__cross-cluster-key__subcmd__invalidate_commands] )) ||
_es-role__subcmd__help__subcmd__cross-cluster-key__subcmd__invalidate_commands() {
    local commands; commands=()
    _describe -t commands 'es-role help cross-cluster-key invalidate commands' commands "$@"
}
(( $+functions[_es-role__subcmd__help__subcmd__cross-cluster-key__subcmd__list_commands] )) ||
_es-role__subcmd__help__subcmd__cross-cluster-key__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'es-role help cross-cluster-key list commands' commands "$@"
}
(( $+functions[_es-role__subcmd__help__subcmd__cross-cluster-key__subcmd__update_commands] )) ||
_es-role__subcmd__help__subcmd__cross-cluster-key__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'es-role help cross-cluster-key update commands' commands "$@"
}
(( $+functions[_es-role__subcmd__help__subcmd__help_commands] )) ||
_es-role__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'es-role help help commands' commands "$@"
}
(( $+functions[_es-role__subcmd__help__subcmd__remote-role_commands] )) ||
_es-role__subcmd__help__subcmd__remote-role_commands() {
    local commands; commands=()
    _describe -t commands 'es-role help remote-role commands' commands "$@"
}
(( $+functions[_es-role__subcmd__remote-role_commands] )) ||
_es-role__subcmd__remote-role_commands() {
    local commands; commands=()
    _describe -t commands 'es-role remote-role commands' commands "$@"
}

if [ "$funcstack[1]" = "_es-role" ]; then
    _es-role "$@"
else
    compdef _es-role es-role
fi
