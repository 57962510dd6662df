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
(( $+functions[_es-role__subcmd__help_commands] )) ||
_es-role__subcmd__help_commands() {
    local commands; commands=(
'autoops:The credential of Elastic'\''s AutoOps agent\: role, API key, user, privilege check' \
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
(( $+functions[_es-role__subcmd__help__subcmd__help_commands] )) ||
_es-role__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'es-role help help commands' commands "$@"
}

if [ "$funcstack[1]" = "_es-role" ]; then
    _es-role "$@"
else
    compdef _es-role es-role
fi
