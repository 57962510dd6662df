#compdef es-remote

autoload -U is-at-least

_es-remote() {
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
":: :_es-remote_commands" \
"*::: :->es-remote" \
&& ret=0
    case $state in
    (es-remote)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:es-remote-command-$line[1]:"
        case $line[1] in
            (add)
_arguments "${_arguments_options[@]}" : \
'--mode=[Connection mode (proxy when --proxy-address is given, sniff when --seeds is)]:MODE:((proxy\:"Connect through one address (a load balancer, an ingress, ECE/ECH/ECK)\: needed for ECE, ECH and ECK remotes"
sniff\:"Connect to seed nodes and discover the remote'\''s nodes (all nodes must be reachable)"))' \
'--proxy-address=[HOST\:PORT of the remote (proxy mode)\: 9443 for API keys, 9300 for certificates; IPv6 as \[ADDR\]\:PORT]:HOST:PORT:_default' \
'--server-name=[The name in the remote'\''s certificate (TLS SNI), when it differs from the proxy address'\''s host]:NAME:_default' \
'--proxy-socket-connections=[Number of sockets to open to the proxy address (proxy mode; Elasticsearch'\''s default is 18)]:N:_default' \
'*--seeds=[Seed nodes, HOST\:PORT,... (sniff mode)]:HOST:PORT,...:_default' \
'--node-connections=[Gateway nodes to connect to in sniff mode (Elasticsearch'\''s default is 3)]:N:_default' \
'--skip-unavailable=[Whether searches skip this remote when it is unavailable]:BOOL:(true false)' \
'--wait-timeout=[How long --wait waits]:DURATION:_default' \
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
'--wait[Poll until the remote is connected (GET /_resolve/cluster/ALIAS\:* on 8.13+, else _remote/info); exit 1 with Elasticsearch'\''s reason if it is not connected in time]' \
'--dry-run[Print the requests that would change the cluster (secrets redacted) and send none of them. The harmless reads the plan depends on (GET only) are still made\: the cluster must be reachable, and the plan shows exactly what would change]' \
'--insecure[Do not verify the server'\''s certificate (loud warning; for diagnosis only)]' \
'*-v[More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)]' \
'*--verbose[More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)]' \
'(-v --verbose)-q[Only errors and warnings on stderr]' \
'(-v --verbose)--quiet[Only errors and warnings on stderr]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
':alias -- The remote cluster'\''s alias\: letters, digits, `-` and `_` (the Cloud UI allows lowercase only):_default' \
&& ret=0
;;
(remove)
_arguments "${_arguments_options[@]}" : \
'--es-home=[The Elasticsearch installation directory\: runs DIR/bin/elasticsearch-keystore \[env\: ES_HOME\]]:DIR:_files' \
'--keystore-bin=[The elasticsearch-keystore program itself (overrides --es-home)]:PATH:_files' \
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
'--credentials[Also remove cluster.remote.ALIAS.credentials from this node'\''s keystore, then reload]' \
'--dry-run[Print the requests that would change the cluster (secrets redacted) and send none of them. The harmless reads the plan depends on (GET only) are still made\: the cluster must be reachable, and the plan shows exactly what would change]' \
'--insecure[Do not verify the server'\''s certificate (loud warning; for diagnosis only)]' \
'*-v[More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)]' \
'*--verbose[More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)]' \
'(-v --verbose)-q[Only errors and warnings on stderr]' \
'(-v --verbose)--quiet[Only errors and warnings on stderr]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
':alias:_default' \
&& ret=0
;;
(list)
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
(status)
_arguments "${_arguments_options[@]}" : \
'--wait-timeout=[How long --wait waits]:DURATION:_default' \
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
'--all[Every remote (the default without ALIAS; for scripts that want to say so)]' \
'--wait[Poll until the remote is connected (GET /_resolve/cluster/ALIAS\:* on 8.13+, else _remote/info); exit 1 with Elasticsearch'\''s reason if it is not connected in time]' \
'--insecure[Do not verify the server'\''s certificate (loud warning; for diagnosis only)]' \
'*-v[More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)]' \
'*--verbose[More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)]' \
'(-v --verbose)-q[Only errors and warnings on stderr]' \
'(-v --verbose)--quiet[Only errors and warnings on stderr]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'::alias -- The alias; without it (or with --all), every remote:_default' \
&& ret=0
;;
(credentials)
_arguments "${_arguments_options[@]}" : \
'--key-file=[The cross-cluster API key (the \`encoded\` value) from FILE, \`-\` for standard input]:FILE:_files' \
'--es-home=[The Elasticsearch installation directory\: runs DIR/bin/elasticsearch-keystore \[env\: ES_HOME\]]:DIR:_files' \
'--keystore-bin=[The elasticsearch-keystore program itself (overrides --es-home)]:PATH:_files' \
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
'--no-reload[Only write the keystore; do not reload the secure settings]' \
'--dry-run[Print the requests that would change the cluster (secrets redacted) and send none of them. The harmless reads the plan depends on (GET only) are still made\: the cluster must be reachable, and the plan shows exactly what would change]' \
'--insecure[Do not verify the server'\''s certificate (loud warning; for diagnosis only)]' \
'*-v[More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)]' \
'*--verbose[More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)]' \
'(-v --verbose)-q[Only errors and warnings on stderr]' \
'(-v --verbose)--quiet[Only errors and warnings on stderr]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
':alias:_default' \
&& ret=0
;;
(reload)
_arguments "${_arguments_options[@]}" : \
'--alias=[Report, for each node, whether it holds cluster.remote.ALIAS.credentials]:ALIAS:_default' \
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
(config)
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
":: :_es-remote__subcmd__config_commands" \
"*::: :->config" \
&& ret=0

    case $state in
    (config)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:es-remote-config-command-$line[1]:"
        case $line[1] in
            (client)
_arguments "${_arguments_options[@]}" : \
'--ca-file=[The remote'\''s CA certificate (PEM), as a path relative to Elasticsearch'\''s config directory; omit it for a remote whose certificate is publicly trusted (ECH)]:FILE:_default' \
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
(server)
_arguments "${_arguments_options[@]}" : \
'--keystore=[The PKCS#12 keystore with the remote cluster server'\''s certificate and key, relative to the config directory]:P12:_default' \
'--port=[The remote cluster server port]:PORT:_default' \
'--host=[The address the remote cluster server binds to (remote_cluster.host)]:HOST:_default' \
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
(help)
_arguments "${_arguments_options[@]}" : \
":: :_es-remote__subcmd__config__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:es-remote-config-help-command-$line[1]:"
        case $line[1] in
            (client)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(server)
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
(eck)
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
":: :_es-remote__subcmd__eck_commands" \
"*::: :->eck" \
&& ret=0

    case $state in
    (eck)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:es-remote-eck-command-$line[1]:"
        case $line[1] in
            (expose)
_arguments "${_arguments_options[@]}" : \
'-n+[]:NS:_default' \
'--namespace=[]:NS:_default' \
'--eck-version=[The ECK operator version (2.16+ for the API key model; 3.3+ configures the service in the resource)]:VERSION:_default' \
'--model=[]:MODEL:((api-key\:"Cross-cluster API keys\: the remote cluster server (9443)"
certificate\:"TLS certificates (deprecated in 9.0)\: the transport port (9300)"))' \
'--service-type=[]:SERVICE_TYPE:(LoadBalancer NodePort ClusterIP)' \
'--port=[The port the service listens on (9443 for API keys, 9300 for certificates when not given); the target port stays Elasticsearch'\''s]:PORT:_default' \
'--ca=[Certificate model\: the other cluster'\''s CA (PEM) that this cluster must trust, put in a ConfigMap referenced by spec.transport.tls.certificateAuthorities]:PEM:_files' \
'--out-dir=[Write one file per document into DIR instead of stdout]:DIR:_files' \
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
':cluster -- The name of the Elasticsearch resource (the remote cluster):_default' \
&& ret=0
;;
(credentials)
_arguments "${_arguments_options[@]}" : \
'--key-file=[The cross-cluster API key (\`encoded\`) from FILE, \`-\` for standard input]:FILE:_files' \
'--cluster=[The LOCAL Elasticsearch resource (the one that connects)]:NAME:_default' \
'-n+[]:NS:_default' \
'--namespace=[]:NS:_default' \
'--secret-name=[The Secret'\''s name (default\: CLUSTER-remote-ALIAS-credentials)]:NAME:_default' \
'--out-dir=[Write the files into DIR (the Secret with mode 0600) instead of stdout]:DIR:_files' \
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
':alias -- The alias the local cluster gives the remote:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_es-remote__subcmd__eck__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:es-remote-eck-help-command-$line[1]:"
        case $line[1] in
            (expose)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(credentials)
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
(explain)
_arguments "${_arguments_options[@]}" : \
'(--role)--user=[The local user whose access to explain]:USER:_default' \
'--role=[Or one local role]:ROLE:_default' \
'--alias=[The remote cluster'\''s alias on the local cluster]:ALIAS:_default' \
'--index=[The remote index (or pattern) to read]:INDEX:_default' \
'*--privileges=[The privileges to explain]:P,...:_default' \
'(--key-file)--key-id=[The id of the cross-cluster key the local cluster holds (es-role cross-cluster-key list on the remote)]:ID:_default' \
'--key-file=[Or the key itself (only its id is read)]:FILE:_files' \
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
'--remote-es-url=[URL of the other cluster of the pair; port 9200 when none is given \[env\: REMOTE_ELASTICSEARCH_URL\]]:URL:_default' \
'--remote-api-key=[API key of the other cluster; prefer --remote-api-key-file or \$REMOTE_ELASTICSEARCH_API_KEY]:KEY:_default' \
'--remote-api-key-file=[Read the other cluster'\''s API key from FILE (\`-\` for standard input)]:FILE:_files' \
'--remote-username=[Username for the other cluster \[env\: REMOTE_ELASTICSEARCH_USERNAME\]]:NAME:_default' \
'--remote-password=[Password for the other cluster; prefer --remote-password-file or \$REMOTE_ELASTICSEARCH_PASSWORD]:PASSWORD:_default' \
'--remote-password-file=[Read the other cluster'\''s password from FILE (\`-\` for standard input)]:FILE:_files' \
'*--remote-ca-cert=[Trust this CA (PEM) for the other cluster'\''s certificate; repeatable \[env\: REMOTE_ELASTICSEARCH_CA_CERT\]]:PEM:_files' \
'--remote-ca-fingerprint=[Trust the other cluster'\''s certificate with this SHA-256 fingerprint \[env\: REMOTE_ELASTICSEARCH_CA_FINGERPRINT\]]:SHA256:_default' \
'--remote-proxy=[Proxy for the other cluster (overrides HTTPS_PROXY/HTTP_PROXY; NO_PROXY still applies)]:URL:_default' \
'-o+[Output format for results on stdout]:OUTPUT:((text\:"Human-readable text"
json\:"One JSON document"
yaml\:"One YAML document"
jsonl\:"JSON Lines\: one JSON document per line, streamed (fleets\: a line per cluster, then a summary)"))' \
'--output=[Output format for results on stdout]:OUTPUT:((text\:"Human-readable text"
json\:"One JSON document"
yaml\:"One YAML document"
jsonl\:"JSON Lines\: one JSON document per line, streamed (fleets\: a line per cluster, then a summary)"))' \
'--insecure[Do not verify the server'\''s certificate (loud warning; for diagnosis only)]' \
'--remote-insecure[Do not verify the other cluster'\''s certificate (loud warning; for diagnosis only)]' \
'*-v[More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)]' \
'*--verbose[More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)]' \
'(-v --verbose)-q[Only errors and warnings on stderr]' \
'(-v --verbose)--quiet[Only errors and warnings on stderr]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
&& ret=0
;;
(doctor)
_arguments "${_arguments_options[@]}" : \
'--remote-ca=[The CA (PEM or DER) of the remote'\''s certificate, where it is private (self-managed, ECE, ECK); without it the public roots are used]:FILE:_files' \
'--key-file=[The cross-cluster key the local keystore holds (only its id is read), to check it on the remote]:FILE:_files' \
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
'--remote-es-url=[URL of the other cluster of the pair; port 9200 when none is given \[env\: REMOTE_ELASTICSEARCH_URL\]]:URL:_default' \
'--remote-api-key=[API key of the other cluster; prefer --remote-api-key-file or \$REMOTE_ELASTICSEARCH_API_KEY]:KEY:_default' \
'--remote-api-key-file=[Read the other cluster'\''s API key from FILE (\`-\` for standard input)]:FILE:_files' \
'--remote-username=[Username for the other cluster \[env\: REMOTE_ELASTICSEARCH_USERNAME\]]:NAME:_default' \
'--remote-password=[Password for the other cluster; prefer --remote-password-file or \$REMOTE_ELASTICSEARCH_PASSWORD]:PASSWORD:_default' \
'--remote-password-file=[Read the other cluster'\''s password from FILE (\`-\` for standard input)]:FILE:_files' \
'*--remote-ca-cert=[Trust this CA (PEM) for the other cluster'\''s certificate; repeatable \[env\: REMOTE_ELASTICSEARCH_CA_CERT\]]:PEM:_files' \
'--remote-ca-fingerprint=[Trust the other cluster'\''s certificate with this SHA-256 fingerprint \[env\: REMOTE_ELASTICSEARCH_CA_FINGERPRINT\]]:SHA256:_default' \
'--remote-proxy=[Proxy for the other cluster (overrides HTTPS_PROXY/HTTP_PROXY; NO_PROXY still applies)]:URL:_default' \
'-o+[Output format for results on stdout]:OUTPUT:((text\:"Human-readable text"
json\:"One JSON document"
yaml\:"One YAML document"
jsonl\:"JSON Lines\: one JSON document per line, streamed (fleets\: a line per cluster, then a summary)"))' \
'--output=[Output format for results on stdout]:OUTPUT:((text\:"Human-readable text"
json\:"One JSON document"
yaml\:"One YAML document"
jsonl\:"JSON Lines\: one JSON document per line, streamed (fleets\: a line per cluster, then a summary)"))' \
'--insecure[Do not verify the server'\''s certificate (loud warning; for diagnosis only)]' \
'--remote-insecure[Do not verify the other cluster'\''s certificate (loud warning; for diagnosis only)]' \
'*-v[More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)]' \
'*--verbose[More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)]' \
'(-v --verbose)-q[Only errors and warnings on stderr]' \
'(-v --verbose)--quiet[Only errors and warnings on stderr]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
':alias:_default' \
&& ret=0
;;
(pair)
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
":: :_es-remote__subcmd__pair_commands" \
"*::: :->pair" \
&& ret=0

    case $state in
    (pair)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:es-remote-pair-command-$line[1]:"
        case $line[1] in
            (export)
_arguments "${_arguments_options[@]}" : \
'--alias=[The alias the local cluster will give this remote]:ALIAS:_default' \
'--address=[HOST\:PORT where the local cluster reaches this cluster'\''s remote cluster server (often a load balancer)]:HOST:PORT:_default' \
'--server-name=[The name in the remote cluster server'\''s certificate, when it differs from the address'\''s host]:NAME:_default' \
'--server-ca=[The CA (PEM) of the remote cluster server'\''s certificate, for the local side to trust (private CAs). (\`--ca-cert\` is the connection'\''s CA for this cluster'\''s HTTP API.)]:PEM:_files' \
'*--search=[Index patterns the local cluster may search (comma-separated or repeated)]:PATTERNS:_default' \
'*--replication=[Index patterns the local cluster may replicate (CCR)]:PATTERNS:_default' \
'--expiration=[Lifetime of the key (Elasticsearch duration\: 90d, 12h); without it the key never expires]:DURATION:_default' \
'--key-name=[The key'\''s name (default esconnect-pair-ALIAS)]:NAME:_default' \
'--out=[Where to write the bundle (mode 0600\: it holds the key)]:FILE:_files' \
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
(import)
_arguments "${_arguments_options[@]}" : \
'--ca-out=[Where to write the remote'\''s CA (default ./ALIAS-remote-ca.crt)]:FILE:_files' \
'--wait-timeout=[How long to wait until connected]:DURATION:_default' \
'--target=[What the local cluster is\: self (this node'\''s keystore), eck (manifests to apply), ece or ech (the deployment'\''s keystore and trust through the API)]:local_target:((self\:"Self-managed; run on one of its nodes (the keystore is this node'\''s)"
eck\:"Managed by ECK\: manifests for the Secret and the CA, applied with kubectl"
ece\:"A deployment of Elastic Cloud Enterprise\: its keystore and trust through the ECE API"
ech\:"A deployment of Elastic Cloud Hosted\: its keystore and trust through the ECH API"))' \
'--es-home=[The Elasticsearch installation directory\: runs DIR/bin/elasticsearch-keystore \[env\: ES_HOME\]]:DIR:_files' \
'--keystore-bin=[The elasticsearch-keystore program itself (overrides --es-home)]:PATH:_files' \
'--eck-cluster=[eck\: the metadata.name of the local Elasticsearch resource]:NAME:_default' \
'-n+[eck\: its namespace]:NS:_default' \
'--namespace=[eck\: its namespace]:NS:_default' \
'--manifests-dir=[eck\: where to write the manifests (default ./ALIAS-eck; the Secret'\''s file has mode 0600)]:DIR:_files' \
'--deployment-id=[ece|ech\: the local deployment'\''s id]:ID:_default' \
'--ref-id=[ece|ech\: its Elasticsearch resource'\''s ref id, when it has more than one]:REF_ID:_default' \
'--ec-host=[ECE coordinator (port 12443 when none is given) or the ECH API host api.elastic-cloud.com; https\:// is implied \[env\: EC_HOST\]]:HOST[:PORT]:_default' \
'--ec-api-key=[ECE/ECH API key, sent as given; prefer --ec-api-key-file or \$EC_API_KEY (argv is visible to other users)]:KEY:_default' \
'--ec-api-key-file=[Read the ECE/ECH API key from FILE (\`-\` for standard input)]:FILE:_files' \
'--ec-username=[ECE only\: a user for basic authentication, with --ec-password-file \[env\: EC_USER\]]:NAME:_default' \
'--ec-password-file=[ECE only\: read the user'\''s password from FILE (\`-\` for standard input) \[env\: EC_PASS\]]:FILE:_files' \
'*--ec-ca-cert=[Trust this CA (PEM) for the API'\''s certificate (ECE often uses a private CA); repeatable \[env\: EC_CA_CERT\]]:PEM:_files' \
'--ec-ca-fingerprint=[Trust the API certificate with this SHA-256 fingerprint \[env\: EC_CA_FINGERPRINT\]]:SHA256:_default' \
'--ec-proxy=[Proxy for the API (overrides HTTPS_PROXY/HTTP_PROXY; NO_PROXY still applies)]:URL:_default' \
'--ec-timeout=[Time limit for each request attempt to the API]:DURATION:_default' \
'--ec-target=[Which API\: inferred from the host (api.elastic-cloud.com and *.elastic-cloud.com are ECH, anything else ECE)]:TARGET:(ece ech)' \
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
'--continue[eck\: the manifests of the first run are applied; apply the settings, wait and run the doctor]' \
'--dry-run[Print the requests that would change the cluster (secrets redacted) and send none of them. The harmless reads the plan depends on (GET only) are still made\: the cluster must be reachable, and the plan shows exactly what would change]' \
'--ec-insecure[Do not verify the API'\''s certificate (loud warning; for diagnosis only)]' \
'--insecure[Do not verify the server'\''s certificate (loud warning; for diagnosis only)]' \
'*-v[More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)]' \
'*--verbose[More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)]' \
'(-v --verbose)-q[Only errors and warnings on stderr]' \
'(-v --verbose)--quiet[Only errors and warnings on stderr]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
':bundle -- The bundle written by `es-remote pair export`:_files' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_es-remote__subcmd__pair__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:es-remote-pair-help-command-$line[1]:"
        case $line[1] in
            (export)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(import)
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
(rotate)
_arguments "${_arguments_options[@]}" : \
'--key-file=[The key the local keystore holds now (\`encoded\`; \`-\` for standard input)\: kept for the rollback]:FILE:_files' \
'--expiration=[Lifetime of the new key (Elasticsearch duration); without it the new key never expires]:DURATION:_default' \
'--state=[Where the rotation records its progress (mode 0600; default ./es-remote-rotate-ALIAS.state)]:FILE:_files' \
'--wait-timeout=[How long to wait for the connection with the new key before rolling back]:DURATION:_default' \
'--target=[What the local cluster is\: self (this node'\''s keystore), eck (manifests to apply), ece or ech (the deployment'\''s keystore and trust through the API)]:local_target:((self\:"Self-managed; run on one of its nodes (the keystore is this node'\''s)"
eck\:"Managed by ECK\: manifests for the Secret and the CA, applied with kubectl"
ece\:"A deployment of Elastic Cloud Enterprise\: its keystore and trust through the ECE API"
ech\:"A deployment of Elastic Cloud Hosted\: its keystore and trust through the ECH API"))' \
'--es-home=[The Elasticsearch installation directory\: runs DIR/bin/elasticsearch-keystore \[env\: ES_HOME\]]:DIR:_files' \
'--keystore-bin=[The elasticsearch-keystore program itself (overrides --es-home)]:PATH:_files' \
'--eck-cluster=[eck\: the metadata.name of the local Elasticsearch resource]:NAME:_default' \
'-n+[eck\: its namespace]:NS:_default' \
'--namespace=[eck\: its namespace]:NS:_default' \
'--manifests-dir=[eck\: where to write the manifests (default ./ALIAS-eck; the Secret'\''s file has mode 0600)]:DIR:_files' \
'--deployment-id=[ece|ech\: the local deployment'\''s id]:ID:_default' \
'--ref-id=[ece|ech\: its Elasticsearch resource'\''s ref id, when it has more than one]:REF_ID:_default' \
'--ec-host=[ECE coordinator (port 12443 when none is given) or the ECH API host api.elastic-cloud.com; https\:// is implied \[env\: EC_HOST\]]:HOST[:PORT]:_default' \
'--ec-api-key=[ECE/ECH API key, sent as given; prefer --ec-api-key-file or \$EC_API_KEY (argv is visible to other users)]:KEY:_default' \
'--ec-api-key-file=[Read the ECE/ECH API key from FILE (\`-\` for standard input)]:FILE:_files' \
'--ec-username=[ECE only\: a user for basic authentication, with --ec-password-file \[env\: EC_USER\]]:NAME:_default' \
'--ec-password-file=[ECE only\: read the user'\''s password from FILE (\`-\` for standard input) \[env\: EC_PASS\]]:FILE:_files' \
'*--ec-ca-cert=[Trust this CA (PEM) for the API'\''s certificate (ECE often uses a private CA); repeatable \[env\: EC_CA_CERT\]]:PEM:_files' \
'--ec-ca-fingerprint=[Trust the API certificate with this SHA-256 fingerprint \[env\: EC_CA_FINGERPRINT\]]:SHA256:_default' \
'--ec-proxy=[Proxy for the API (overrides HTTPS_PROXY/HTTP_PROXY; NO_PROXY still applies)]:URL:_default' \
'--ec-timeout=[Time limit for each request attempt to the API]:DURATION:_default' \
'--ec-target=[Which API\: inferred from the host (api.elastic-cloud.com and *.elastic-cloud.com are ECH, anything else ECE)]:TARGET:(ece ech)' \
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
'--remote-es-url=[URL of the other cluster of the pair; port 9200 when none is given \[env\: REMOTE_ELASTICSEARCH_URL\]]:URL:_default' \
'--remote-api-key=[API key of the other cluster; prefer --remote-api-key-file or \$REMOTE_ELASTICSEARCH_API_KEY]:KEY:_default' \
'--remote-api-key-file=[Read the other cluster'\''s API key from FILE (\`-\` for standard input)]:FILE:_files' \
'--remote-username=[Username for the other cluster \[env\: REMOTE_ELASTICSEARCH_USERNAME\]]:NAME:_default' \
'--remote-password=[Password for the other cluster; prefer --remote-password-file or \$REMOTE_ELASTICSEARCH_PASSWORD]:PASSWORD:_default' \
'--remote-password-file=[Read the other cluster'\''s password from FILE (\`-\` for standard input)]:FILE:_files' \
'*--remote-ca-cert=[Trust this CA (PEM) for the other cluster'\''s certificate; repeatable \[env\: REMOTE_ELASTICSEARCH_CA_CERT\]]:PEM:_files' \
'--remote-ca-fingerprint=[Trust the other cluster'\''s certificate with this SHA-256 fingerprint \[env\: REMOTE_ELASTICSEARCH_CA_FINGERPRINT\]]:SHA256:_default' \
'--remote-proxy=[Proxy for the other cluster (overrides HTTPS_PROXY/HTTP_PROXY; NO_PROXY still applies)]:URL:_default' \
'-o+[Output format for results on stdout]:OUTPUT:((text\:"Human-readable text"
json\:"One JSON document"
yaml\:"One YAML document"
jsonl\:"JSON Lines\: one JSON document per line, streamed (fleets\: a line per cluster, then a summary)"))' \
'--output=[Output format for results on stdout]:OUTPUT:((text\:"Human-readable text"
json\:"One JSON document"
yaml\:"One YAML document"
jsonl\:"JSON Lines\: one JSON document per line, streamed (fleets\: a line per cluster, then a summary)"))' \
'--continue[Resume a rotation stopped after staging (the other nodes have the new key now)]' \
'--dry-run[Print the requests that would change the cluster (secrets redacted) and send none of them. The harmless reads the plan depends on (GET only) are still made\: the cluster must be reachable, and the plan shows exactly what would change]' \
'--ec-insecure[Do not verify the API'\''s certificate (loud warning; for diagnosis only)]' \
'--insecure[Do not verify the server'\''s certificate (loud warning; for diagnosis only)]' \
'--remote-insecure[Do not verify the other cluster'\''s certificate (loud warning; for diagnosis only)]' \
'*-v[More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)]' \
'*--verbose[More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)]' \
'(-v --verbose)-q[Only errors and warnings on stderr]' \
'(-v --verbose)--quiet[Only errors and warnings on stderr]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
':alias:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_es-remote__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:es-remote-help-command-$line[1]:"
        case $line[1] in
            (add)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(remove)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(status)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(credentials)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(reload)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(config)
_arguments "${_arguments_options[@]}" : \
":: :_es-remote__subcmd__help__subcmd__config_commands" \
"*::: :->config" \
&& ret=0

    case $state in
    (config)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:es-remote-help-config-command-$line[1]:"
        case $line[1] in
            (client)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(server)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(eck)
_arguments "${_arguments_options[@]}" : \
":: :_es-remote__subcmd__help__subcmd__eck_commands" \
"*::: :->eck" \
&& ret=0

    case $state in
    (eck)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:es-remote-help-eck-command-$line[1]:"
        case $line[1] in
            (expose)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(credentials)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(explain)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(doctor)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(pair)
_arguments "${_arguments_options[@]}" : \
":: :_es-remote__subcmd__help__subcmd__pair_commands" \
"*::: :->pair" \
&& ret=0

    case $state in
    (pair)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:es-remote-help-pair-command-$line[1]:"
        case $line[1] in
            (export)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(import)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(rotate)
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

(( $+functions[_es-remote_commands] )) ||
_es-remote_commands() {
    local commands; commands=(
'add:Add or update a remote cluster (PUT /_cluster/settings, persistent cluster.remote.ALIAS.* only)' \
'remove:Remove a remote cluster\: null exactly its settings, persistent and transient' \
'list:List the remote clusters\: settings joined with _remote/info' \
'status:Show one or every remote cluster; --wait polls until connected' \
'credentials:Put a cross-cluster API key in this node'\''s keystore, then reload the secure settings' \
'reload:Reload the secure settings of every node (POST /_nodes/reload_secure_settings) and report each node' \
'config:Print the elasticsearch.yml lines of the API key model (offline)' \
'eck:Manifests for ECK\: expose the remote cluster server, or a Secret with the key' \
'explain:Why a local user can or cannot read a remote index\: the local remote_indices intersected with the cross-cluster key'\''s access, per privilege, with the sentence Elasticsearch would answer' \
'doctor:Diagnose a remote\: settings, nodes, network, TLS, credentials and the connection, concurrently, each with a cause and a remedy; with --remote-es-url also the remote side' \
'pair:A pairing bundle\: one file (mode 0600) to hand from the remote'\''s owner to the local'\''s' \
'rotate:Replace the cross-cluster key of a remote without a moment without a valid key\: a new key with the old one'\''s access, staged and verified, then the old one invalidated (rolled back on failure)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'es-remote commands' commands "$@"
}
(( $+functions[_es-remote__subcmd__add_commands] )) ||
_es-remote__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'es-remote add commands' commands "$@"
}
(( $+functions[_es-remote__subcmd__config_commands] )) ||
_es-remote__subcmd__config_commands() {
    local commands; commands=(
'client:The local (client) side\: trust the remote'\''s CA on the remote cluster client' \
'server:The remote (server) side\: enable the remote cluster server with its certificate' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'es-remote config commands' commands "$@"
}
(( $+functions[_es-remote__subcmd__config__subcmd__client_commands] )) ||
_es-remote__subcmd__config__subcmd__client_commands() {
    local commands; commands=()
    _describe -t commands 'es-remote config client commands' commands "$@"
}
(( $+functions[_es-remote__subcmd__config__subcmd__help_commands] )) ||
_es-remote__subcmd__config__subcmd__help_commands() {
    local commands; commands=(
'client:The local (client) side\: trust the remote'\''s CA on the remote cluster client' \
'server:The remote (server) side\: enable the remote cluster server with its certificate' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'es-remote config help commands' commands "$@"
}
(( $+functions[_es-remote__subcmd__config__subcmd__help__subcmd__client_commands] )) ||
_es-remote__subcmd__config__subcmd__help__subcmd__client_commands() {
    local commands; commands=()
    _describe -t commands 'es-remote config help client commands' commands "$@"
}
(( $+functions[_es-remote__subcmd__config__subcmd__help__subcmd__help_commands] )) ||
_es-remote__subcmd__config__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'es-remote config help help commands' commands "$@"
}
(( $+functions[_es-remote__subcmd__config__subcmd__help__subcmd__server_commands] )) ||
_es-remote__subcmd__config__subcmd__help__subcmd__server_commands() {
    local commands; commands=()
    _describe -t commands 'es-remote config help server commands' commands "$@"
}
(( $+functions[_es-remote__subcmd__config__subcmd__server_commands] )) ||
_es-remote__subcmd__config__subcmd__server_commands() {
    local commands; commands=()
    _describe -t commands 'es-remote config server commands' commands "$@"
}
(( $+functions[_es-remote__subcmd__credentials_commands] )) ||
_es-remote__subcmd__credentials_commands() {
    local commands; commands=()
    _describe -t commands 'es-remote credentials commands' commands "$@"
}
(( $+functions[_es-remote__subcmd__doctor_commands] )) ||
_es-remote__subcmd__doctor_commands() {
    local commands; commands=()
    _describe -t commands 'es-remote doctor commands' commands "$@"
}
(( $+functions[_es-remote__subcmd__eck_commands] )) ||
_es-remote__subcmd__eck_commands() {
    local commands; commands=(
'expose:Enable and expose the remote cluster server of an ECK-managed cluster (or its transport port)' \
'credentials:A Secret holding the cross-cluster key and the spec.secureSettings entry that references it' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'es-remote eck commands' commands "$@"
}
(( $+functions[_es-remote__subcmd__eck__subcmd__credentials_commands] )) ||
_es-remote__subcmd__eck__subcmd__credentials_commands() {
    local commands; commands=()
    _describe -t commands 'es-remote eck credentials commands' commands "$@"
}
(( $+functions[_es-remote__subcmd__eck__subcmd__expose_commands] )) ||
_es-remote__subcmd__eck__subcmd__expose_commands() {
    local commands; commands=()
    _describe -t commands 'es-remote eck expose commands' commands "$@"
}
(( $+functions[_es-remote__subcmd__eck__subcmd__help_commands] )) ||
_es-remote__subcmd__eck__subcmd__help_commands() {
    local commands; commands=(
'expose:Enable and expose the remote cluster server of an ECK-managed cluster (or its transport port)' \
'credentials:A Secret holding the cross-cluster key and the spec.secureSettings entry that references it' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'es-remote eck help commands' commands "$@"
}
(( $+functions[_es-remote__subcmd__eck__subcmd__help__subcmd__credentials_commands] )) ||
_es-remote__subcmd__eck__subcmd__help__subcmd__credentials_commands() {
    local commands; commands=()
    _describe -t commands 'es-remote eck help credentials commands' commands "$@"
}
(( $+functions[_es-remote__subcmd__eck__subcmd__help__subcmd__expose_commands] )) ||
_es-remote__subcmd__eck__subcmd__help__subcmd__expose_commands() {
    local commands; commands=()
    _describe -t commands 'es-remote eck help expose commands' commands "$@"
}
(( $+functions[_es-remote__subcmd__eck__subcmd__help__subcmd__help_commands] )) ||
_es-remote__subcmd__eck__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'es-remote eck help help commands' commands "$@"
}
(( $+functions[_es-remote__subcmd__explain_commands] )) ||
_es-remote__subcmd__explain_commands() {
    local commands; commands=()
    _describe -t commands 'es-remote explain commands' commands "$@"
}
(( $+functions[_es-remote__subcmd__help_commands] )) ||
_es-remote__subcmd__help_commands() {
    local commands; commands=(
'add:Add or update a remote cluster (PUT /_cluster/settings, persistent cluster.remote.ALIAS.* only)' \
'remove:Remove a remote cluster\: null exactly its settings, persistent and transient' \
'list:List the remote clusters\: settings joined with _remote/info' \
'status:Show one or every remote cluster; --wait polls until connected' \
'credentials:Put a cross-cluster API key in this node'\''s keystore, then reload the secure settings' \
'reload:Reload the secure settings of every node (POST /_nodes/reload_secure_settings) and report each node' \
'config:Print the elasticsearch.yml lines of the API key model (offline)' \
'eck:Manifests for ECK\: expose the remote cluster server, or a Secret with the key' \
'explain:Why a local user can or cannot read a remote index\: the local remote_indices intersected with the cross-cluster key'\''s access, per privilege, with the sentence Elasticsearch would answer' \
'doctor:Diagnose a remote\: settings, nodes, network, TLS, credentials and the connection, concurrently, each with a cause and a remedy; with --remote-es-url also the remote side' \
'pair:A pairing bundle\: one file (mode 0600) to hand from the remote'\''s owner to the local'\''s' \
'rotate:Replace the cross-cluster key of a remote without a moment without a valid key\: a new key with the old one'\''s access, staged and verified, then the old one invalidated (rolled back on failure)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'es-remote help commands' commands "$@"
}
(( $+functions[_es-remote__subcmd__help__subcmd__add_commands] )) ||
_es-remote__subcmd__help__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'es-remote help add commands' commands "$@"
}
(( $+functions[_es-remote__subcmd__help__subcmd__config_commands] )) ||
_es-remote__subcmd__help__subcmd__config_commands() {
    local commands; commands=(
'client:The local (client) side\: trust the remote'\''s CA on the remote cluster client' \
'server:The remote (server) side\: enable the remote cluster server with its certificate' \
    )
    _describe -t commands 'es-remote help config commands' commands "$@"
}
(( $+functions[_es-remote__subcmd__help__subcmd__config__subcmd__client_commands] )) ||
_es-remote__subcmd__help__subcmd__config__subcmd__client_commands() {
    local commands; commands=()
    _describe -t commands 'es-remote help config client commands' commands "$@"
}
(( $+functions[_es-remote__subcmd__help__subcmd__config__subcmd__server_commands] )) ||
_es-remote__subcmd__help__subcmd__config__subcmd__server_commands() {
    local commands; commands=()
    _describe -t commands 'es-remote help config server commands' commands "$@"
}
(( $+functions[_es-remote__subcmd__help__subcmd__credentials_commands] )) ||
_es-remote__subcmd__help__subcmd__credentials_commands() {
    local commands; commands=()
    _describe -t commands 'es-remote help credentials commands' commands "$@"
}
(( $+functions[_es-remote__subcmd__help__subcmd__doctor_commands] )) ||
_es-remote__subcmd__help__subcmd__doctor_commands() {
    local commands; commands=()
    _describe -t commands 'es-remote help doctor commands' commands "$@"
}
(( $+functions[_es-remote__subcmd__help__subcmd__eck_commands] )) ||
_es-remote__subcmd__help__subcmd__eck_commands() {
    local commands; commands=(
'expose:Enable and expose the remote cluster server of an ECK-managed cluster (or its transport port)' \
'credentials:A Secret holding the cross-cluster key and the spec.secureSettings entry that references it' \
    )
    _describe -t commands 'es-remote help eck commands' commands "$@"
}
(( $+functions[_es-remote__subcmd__help__subcmd__eck__subcmd__credentials_commands] )) ||
_es-remote__subcmd__help__subcmd__eck__subcmd__credentials_commands() {
    local commands; commands=()
    _describe -t commands 'es-remote help eck credentials commands' commands "$@"
}
(( $+functions[_es-remote__subcmd__help__subcmd__eck__subcmd__expose_commands] )) ||
_es-remote__subcmd__help__subcmd__eck__subcmd__expose_commands() {
    local commands; commands=()
    _describe -t commands 'es-remote help eck expose commands' commands "$@"
}
(( $+functions[_es-remote__subcmd__help__subcmd__explain_commands] )) ||
_es-remote__subcmd__help__subcmd__explain_commands() {
    local commands; commands=()
    _describe -t commands 'es-remote help explain commands' commands "$@"
}
(( $+functions[_es-remote__subcmd__help__subcmd__help_commands] )) ||
_es-remote__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'es-remote help help commands' commands "$@"
}
(( $+functions[_es-remote__subcmd__help__subcmd__list_commands] )) ||
_es-remote__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'es-remote help list commands' commands "$@"
}
(( $+functions[_es-remote__subcmd__help__subcmd__pair_commands] )) ||
_es-remote__subcmd__help__subcmd__pair_commands() {
    local commands; commands=(
'export:On the REMOTE cluster\: create a cross-cluster key and write the bundle (alias, address, server name, CA, key, the remote'\''s name and version)' \
'import:On the LOCAL side\: validate a bundle, then apply it where the local cluster runs (--target self\: this node'\''s keystore; eck\: manifests, then --continue; ece/ech\: the deployment'\''s keystore and trust through the API), the alias'\''s settings, the wait until connected, the doctor' \
    )
    _describe -t commands 'es-remote help pair commands' commands "$@"
}
(( $+functions[_es-remote__subcmd__help__subcmd__pair__subcmd__export_commands] )) ||
_es-remote__subcmd__help__subcmd__pair__subcmd__export_commands() {
    local commands; commands=()
    _describe -t commands 'es-remote help pair export commands' commands "$@"
}
(( $+functions[_es-remote__subcmd__help__subcmd__pair__subcmd__import_commands] )) ||
_es-remote__subcmd__help__subcmd__pair__subcmd__import_commands() {
    local commands; commands=()
    _describe -t commands 'es-remote help pair import commands' commands "$@"
}
(( $+functions[_es-remote__subcmd__help__subcmd__reload_commands] )) ||
_es-remote__subcmd__help__subcmd__reload_commands() {
    local commands; commands=()
    _describe -t commands 'es-remote help reload commands' commands "$@"
}
(( $+functions[_es-remote__subcmd__help__subcmd__remove_commands] )) ||
_es-remote__subcmd__help__subcmd__remove_commands() {
    local commands; commands=()
    _describe -t commands 'es-remote help remove commands' commands "$@"
}
(( $+functions[_es-remote__subcmd__help__subcmd__rotate_commands] )) ||
_es-remote__subcmd__help__subcmd__rotate_commands() {
    local commands; commands=()
    _describe -t commands 'es-remote help rotate commands' commands "$@"
}
(( $+functions[_es-remote__subcmd__help__subcmd__status_commands] )) ||
_es-remote__subcmd__help__subcmd__status_commands() {
    local commands; commands=()
    _describe -t commands 'es-remote help status commands' commands "$@"
}
(( $+functions[_es-remote__subcmd__list_commands] )) ||
_es-remote__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'es-remote list commands' commands "$@"
}
(( $+functions[_es-remote__subcmd__pair_commands] )) ||
_es-remote__subcmd__pair_commands() {
    local commands; commands=(
'export:On the REMOTE cluster\: create a cross-cluster key and write the bundle (alias, address, server name, CA, key, the remote'\''s name and version)' \
'import:On the LOCAL side\: validate a bundle, then apply it where the local cluster runs (--target self\: this node'\''s keystore; eck\: manifests, then --continue; ece/ech\: the deployment'\''s keystore and trust through the API), the alias'\''s settings, the wait until connected, the doctor' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'es-remote pair commands' commands "$@"
}
(( $+functions[_es-remote__subcmd__pair__subcmd__export_commands] )) ||
_es-remote__subcmd__pair__subcmd__export_commands() {
    local commands; commands=()
    _describe -t commands 'es-remote pair export commands' commands "$@"
}
(( $+functions[_es-remote__subcmd__pair__subcmd__help_commands] )) ||
_es-remote__subcmd__pair__subcmd__help_commands() {
    local commands; commands=(
'export:On the REMOTE cluster\: create a cross-cluster key and write the bundle (alias, address, server name, CA, key, the remote'\''s name and version)' \
'import:On the LOCAL side\: validate a bundle, then apply it where the local cluster runs (--target self\: this node'\''s keystore; eck\: manifests, then --continue; ece/ech\: the deployment'\''s keystore and trust through the API), the alias'\''s settings, the wait until connected, the doctor' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'es-remote pair help commands' commands "$@"
}
(( $+functions[_es-remote__subcmd__pair__subcmd__help__subcmd__export_commands] )) ||
_es-remote__subcmd__pair__subcmd__help__subcmd__export_commands() {
    local commands; commands=()
    _describe -t commands 'es-remote pair help export commands' commands "$@"
}
(( $+functions[_es-remote__subcmd__pair__subcmd__help__subcmd__help_commands] )) ||
_es-remote__subcmd__pair__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'es-remote pair help help commands' commands "$@"
}
(( $+functions[_es-remote__subcmd__pair__subcmd__help__subcmd__import_commands] )) ||
_es-remote__subcmd__pair__subcmd__help__subcmd__import_commands() {
    local commands; commands=()
    _describe -t commands 'es-remote pair help import commands' commands "$@"
}
(( $+functions[_es-remote__subcmd__pair__subcmd__import_commands] )) ||
_es-remote__subcmd__pair__subcmd__import_commands() {
    local commands; commands=()
    _describe -t commands 'es-remote pair import commands' commands "$@"
}
(( $+functions[_es-remote__subcmd__reload_commands] )) ||
_es-remote__subcmd__reload_commands() {
    local commands; commands=()
    _describe -t commands 'es-remote reload commands' commands "$@"
}
(( $+functions[_es-remote__subcmd__remove_commands] )) ||
_es-remote__subcmd__remove_commands() {
    local commands; commands=()
    _describe -t commands 'es-remote remove commands' commands "$@"
}
(( $+functions[_es-remote__subcmd__rotate_commands] )) ||
_es-remote__subcmd__rotate_commands() {
    local commands; commands=()
    _describe -t commands 'es-remote rotate commands' commands "$@"
}
(( $+functions[_es-remote__subcmd__status_commands] )) ||
_es-remote__subcmd__status_commands() {
    local commands; commands=()
    _describe -t commands 'es-remote status commands' commands "$@"
}

if [ "$funcstack[1]" = "_es-remote" ]; then
    _es-remote "$@"
else
    compdef _es-remote es-remote
fi
