# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_es_remote_global_optspecs
    string join \n generate= o/output= v/verbose q/quiet h/help V/version
end

function __fish_es_remote_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_es_remote_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_es_remote_using_subcommand
    set -l cmd (__fish_es_remote_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c es-remote -n "__fish_es_remote_needs_command" -l generate -d 'Print a man page or shell completions to stdout and exit' -r -f -a "man\t'A roff man page'
bash\t''
zsh\t''
fish\t''
elvish\t''
powershell\t''"
complete -c es-remote -n "__fish_es_remote_needs_command" -s o -l output -d 'Output format for results on stdout' -r -f -a "text\t'Human-readable text'
json\t'One JSON document'
yaml\t'One YAML document'
jsonl\t'JSON Lines: one JSON document per line, streamed (fleets: a line per cluster, then a summary)'"
complete -c es-remote -n "__fish_es_remote_needs_command" -s v -l verbose -d 'More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)'
complete -c es-remote -n "__fish_es_remote_needs_command" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c es-remote -n "__fish_es_remote_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c es-remote -n "__fish_es_remote_needs_command" -s V -l version -d 'Print version'
complete -c es-remote -n "__fish_es_remote_needs_command" -f -a "add" -d 'Add or update a remote cluster (PUT /_cluster/settings, persistent cluster.remote.ALIAS.* only)'
complete -c es-remote -n "__fish_es_remote_needs_command" -f -a "remove" -d 'Remove a remote cluster: null exactly its settings, persistent and transient'
complete -c es-remote -n "__fish_es_remote_needs_command" -f -a "list" -d 'List the remote clusters: settings joined with _remote/info'
complete -c es-remote -n "__fish_es_remote_needs_command" -f -a "status" -d 'Show one or every remote cluster; --wait polls until connected'
complete -c es-remote -n "__fish_es_remote_needs_command" -f -a "credentials" -d 'Put a cross-cluster API key in this node\'s keystore, then reload the secure settings'
complete -c es-remote -n "__fish_es_remote_needs_command" -f -a "reload" -d 'Reload the secure settings of every node (POST /_nodes/reload_secure_settings) and report each node'
complete -c es-remote -n "__fish_es_remote_needs_command" -f -a "config" -d 'Print the elasticsearch.yml lines of the API key model (offline)'
complete -c es-remote -n "__fish_es_remote_needs_command" -f -a "eck" -d 'Manifests for ECK: expose the remote cluster server, or a Secret with the key'
complete -c es-remote -n "__fish_es_remote_needs_command" -f -a "explain" -d 'Why a local user can or cannot read a remote index: the local remote_indices intersected with the cross-cluster key\'s access, per privilege, with the sentence Elasticsearch would answer'
complete -c es-remote -n "__fish_es_remote_needs_command" -f -a "doctor" -d 'Diagnose a remote: settings, nodes, network, TLS, credentials and the connection, concurrently, each with a cause and a remedy; with --remote-es-url also the remote side'
complete -c es-remote -n "__fish_es_remote_needs_command" -f -a "pair" -d 'A pairing bundle: one file (mode 0600) to hand from the remote\'s owner to the local\'s'
complete -c es-remote -n "__fish_es_remote_needs_command" -f -a "rotate" -d 'Replace the cross-cluster key of a remote without a moment without a valid key: a new key with the old one\'s access, staged and verified, then the old one invalidated (rolled back on failure)'
complete -c es-remote -n "__fish_es_remote_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c es-remote -n "__fish_es_remote_using_subcommand add" -l mode -d 'Connection mode (proxy when --proxy-address is given, sniff when --seeds is)' -r -f -a "proxy\t'Connect through one address (a load balancer, an ingress, ECE/ECH/ECK): needed for ECE, ECH and ECK remotes'
sniff\t'Connect to seed nodes and discover the remote\'s nodes (all nodes must be reachable)'"
complete -c es-remote -n "__fish_es_remote_using_subcommand add" -l proxy-address -d 'HOST:PORT of the remote (proxy mode): 9443 for API keys, 9300 for certificates; IPv6 as [ADDR]:PORT' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand add" -l server-name -d 'The name in the remote\'s certificate (TLS SNI), when it differs from the proxy address\'s host' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand add" -l proxy-socket-connections -d 'Number of sockets to open to the proxy address (proxy mode; Elasticsearch\'s default is 18)' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand add" -l seeds -d 'Seed nodes, HOST:PORT,... (sniff mode)' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand add" -l node-connections -d 'Gateway nodes to connect to in sniff mode (Elasticsearch\'s default is 3)' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand add" -l skip-unavailable -d 'Whether searches skip this remote when it is unavailable' -r -f -a "true\t''
false\t''"
complete -c es-remote -n "__fish_es_remote_using_subcommand add" -l wait-timeout -d 'How long --wait waits' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand add" -l es-url -d 'Elasticsearch URL, e.g. https://es.example.com:9200; port 9200 when none is given [env: ELASTICSEARCH_URL]' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand add" -l api-key -d 'API key, `id:api_key` or base64 `encoded`; prefer --api-key-file or $ELASTICSEARCH_API_KEY (argv is visible to other users)' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand add" -l api-key-file -d 'Read the API key from FILE (`-` for standard input)' -r -F
complete -c es-remote -n "__fish_es_remote_using_subcommand add" -l username -d 'Username for basic authentication [env: ELASTICSEARCH_USERNAME]' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand add" -l password -d 'Password; prefer --password-file or $ELASTICSEARCH_PASSWORD' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand add" -l password-file -d 'Read the password from FILE (`-` for standard input)' -r -F
complete -c es-remote -n "__fish_es_remote_using_subcommand add" -l ca-cert -d 'Trust this CA (PEM) for the cluster\'s certificate; repeatable [env: ELASTICSEARCH_CA_CERT]' -r -F
complete -c es-remote -n "__fish_es_remote_using_subcommand add" -l ca-fingerprint -d 'Trust the certificate with this SHA-256 fingerprint (colons optional) [env: ELASTICSEARCH_CA_FINGERPRINT]' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand add" -l proxy -d 'Proxy for every request (overrides HTTPS_PROXY/HTTP_PROXY; NO_PROXY still applies)' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand add" -l connect-timeout -d 'Time limit to open a connection' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand add" -l timeout -d 'Time limit for each request attempt' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand add" -l retries -d 'Retries for idempotent requests on 429/502/503/504 and connection failures' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand add" -s o -l output -d 'Output format for results on stdout' -r -f -a "text\t'Human-readable text'
json\t'One JSON document'
yaml\t'One YAML document'
jsonl\t'JSON Lines: one JSON document per line, streamed (fleets: a line per cluster, then a summary)'"
complete -c es-remote -n "__fish_es_remote_using_subcommand add" -l wait -d 'Poll until the remote is connected (GET /_resolve/cluster/ALIAS:* on 8.13+, else _remote/info); exit 1 with Elasticsearch\'s reason if it is not connected in time'
complete -c es-remote -n "__fish_es_remote_using_subcommand add" -l dry-run -d 'Print the requests that would change the cluster (secrets redacted) and send none of them. The harmless reads the plan depends on (GET only) are still made: the cluster must be reachable, and the plan shows exactly what would change'
complete -c es-remote -n "__fish_es_remote_using_subcommand add" -l insecure -d 'Do not verify the server\'s certificate (loud warning; for diagnosis only)'
complete -c es-remote -n "__fish_es_remote_using_subcommand add" -s v -l verbose -d 'More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)'
complete -c es-remote -n "__fish_es_remote_using_subcommand add" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c es-remote -n "__fish_es_remote_using_subcommand add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c es-remote -n "__fish_es_remote_using_subcommand remove" -l es-home -d 'The Elasticsearch installation directory: runs DIR/bin/elasticsearch-keystore [env: ES_HOME]' -r -F
complete -c es-remote -n "__fish_es_remote_using_subcommand remove" -l keystore-bin -d 'The elasticsearch-keystore program itself (overrides --es-home)' -r -F
complete -c es-remote -n "__fish_es_remote_using_subcommand remove" -l es-url -d 'Elasticsearch URL, e.g. https://es.example.com:9200; port 9200 when none is given [env: ELASTICSEARCH_URL]' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand remove" -l api-key -d 'API key, `id:api_key` or base64 `encoded`; prefer --api-key-file or $ELASTICSEARCH_API_KEY (argv is visible to other users)' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand remove" -l api-key-file -d 'Read the API key from FILE (`-` for standard input)' -r -F
complete -c es-remote -n "__fish_es_remote_using_subcommand remove" -l username -d 'Username for basic authentication [env: ELASTICSEARCH_USERNAME]' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand remove" -l password -d 'Password; prefer --password-file or $ELASTICSEARCH_PASSWORD' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand remove" -l password-file -d 'Read the password from FILE (`-` for standard input)' -r -F
complete -c es-remote -n "__fish_es_remote_using_subcommand remove" -l ca-cert -d 'Trust this CA (PEM) for the cluster\'s certificate; repeatable [env: ELASTICSEARCH_CA_CERT]' -r -F
complete -c es-remote -n "__fish_es_remote_using_subcommand remove" -l ca-fingerprint -d 'Trust the certificate with this SHA-256 fingerprint (colons optional) [env: ELASTICSEARCH_CA_FINGERPRINT]' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand remove" -l proxy -d 'Proxy for every request (overrides HTTPS_PROXY/HTTP_PROXY; NO_PROXY still applies)' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand remove" -l connect-timeout -d 'Time limit to open a connection' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand remove" -l timeout -d 'Time limit for each request attempt' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand remove" -l retries -d 'Retries for idempotent requests on 429/502/503/504 and connection failures' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand remove" -s o -l output -d 'Output format for results on stdout' -r -f -a "text\t'Human-readable text'
json\t'One JSON document'
yaml\t'One YAML document'
jsonl\t'JSON Lines: one JSON document per line, streamed (fleets: a line per cluster, then a summary)'"
complete -c es-remote -n "__fish_es_remote_using_subcommand remove" -l credentials -d 'Also remove cluster.remote.ALIAS.credentials from this node\'s keystore, then reload'
complete -c es-remote -n "__fish_es_remote_using_subcommand remove" -l dry-run -d 'Print the requests that would change the cluster (secrets redacted) and send none of them. The harmless reads the plan depends on (GET only) are still made: the cluster must be reachable, and the plan shows exactly what would change'
complete -c es-remote -n "__fish_es_remote_using_subcommand remove" -l insecure -d 'Do not verify the server\'s certificate (loud warning; for diagnosis only)'
complete -c es-remote -n "__fish_es_remote_using_subcommand remove" -s v -l verbose -d 'More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)'
complete -c es-remote -n "__fish_es_remote_using_subcommand remove" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c es-remote -n "__fish_es_remote_using_subcommand remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c es-remote -n "__fish_es_remote_using_subcommand list" -l es-url -d 'Elasticsearch URL, e.g. https://es.example.com:9200; port 9200 when none is given [env: ELASTICSEARCH_URL]' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand list" -l api-key -d 'API key, `id:api_key` or base64 `encoded`; prefer --api-key-file or $ELASTICSEARCH_API_KEY (argv is visible to other users)' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand list" -l api-key-file -d 'Read the API key from FILE (`-` for standard input)' -r -F
complete -c es-remote -n "__fish_es_remote_using_subcommand list" -l username -d 'Username for basic authentication [env: ELASTICSEARCH_USERNAME]' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand list" -l password -d 'Password; prefer --password-file or $ELASTICSEARCH_PASSWORD' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand list" -l password-file -d 'Read the password from FILE (`-` for standard input)' -r -F
complete -c es-remote -n "__fish_es_remote_using_subcommand list" -l ca-cert -d 'Trust this CA (PEM) for the cluster\'s certificate; repeatable [env: ELASTICSEARCH_CA_CERT]' -r -F
complete -c es-remote -n "__fish_es_remote_using_subcommand list" -l ca-fingerprint -d 'Trust the certificate with this SHA-256 fingerprint (colons optional) [env: ELASTICSEARCH_CA_FINGERPRINT]' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand list" -l proxy -d 'Proxy for every request (overrides HTTPS_PROXY/HTTP_PROXY; NO_PROXY still applies)' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand list" -l connect-timeout -d 'Time limit to open a connection' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand list" -l timeout -d 'Time limit for each request attempt' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand list" -l retries -d 'Retries for idempotent requests on 429/502/503/504 and connection failures' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand list" -s o -l output -d 'Output format for results on stdout' -r -f -a "text\t'Human-readable text'
json\t'One JSON document'
yaml\t'One YAML document'
jsonl\t'JSON Lines: one JSON document per line, streamed (fleets: a line per cluster, then a summary)'"
complete -c es-remote -n "__fish_es_remote_using_subcommand list" -l insecure -d 'Do not verify the server\'s certificate (loud warning; for diagnosis only)'
complete -c es-remote -n "__fish_es_remote_using_subcommand list" -s v -l verbose -d 'More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)'
complete -c es-remote -n "__fish_es_remote_using_subcommand list" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c es-remote -n "__fish_es_remote_using_subcommand list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c es-remote -n "__fish_es_remote_using_subcommand status" -l wait-timeout -d 'How long --wait waits' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand status" -l es-url -d 'Elasticsearch URL, e.g. https://es.example.com:9200; port 9200 when none is given [env: ELASTICSEARCH_URL]' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand status" -l api-key -d 'API key, `id:api_key` or base64 `encoded`; prefer --api-key-file or $ELASTICSEARCH_API_KEY (argv is visible to other users)' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand status" -l api-key-file -d 'Read the API key from FILE (`-` for standard input)' -r -F
complete -c es-remote -n "__fish_es_remote_using_subcommand status" -l username -d 'Username for basic authentication [env: ELASTICSEARCH_USERNAME]' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand status" -l password -d 'Password; prefer --password-file or $ELASTICSEARCH_PASSWORD' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand status" -l password-file -d 'Read the password from FILE (`-` for standard input)' -r -F
complete -c es-remote -n "__fish_es_remote_using_subcommand status" -l ca-cert -d 'Trust this CA (PEM) for the cluster\'s certificate; repeatable [env: ELASTICSEARCH_CA_CERT]' -r -F
complete -c es-remote -n "__fish_es_remote_using_subcommand status" -l ca-fingerprint -d 'Trust the certificate with this SHA-256 fingerprint (colons optional) [env: ELASTICSEARCH_CA_FINGERPRINT]' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand status" -l proxy -d 'Proxy for every request (overrides HTTPS_PROXY/HTTP_PROXY; NO_PROXY still applies)' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand status" -l connect-timeout -d 'Time limit to open a connection' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand status" -l timeout -d 'Time limit for each request attempt' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand status" -l retries -d 'Retries for idempotent requests on 429/502/503/504 and connection failures' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand status" -s o -l output -d 'Output format for results on stdout' -r -f -a "text\t'Human-readable text'
json\t'One JSON document'
yaml\t'One YAML document'
jsonl\t'JSON Lines: one JSON document per line, streamed (fleets: a line per cluster, then a summary)'"
complete -c es-remote -n "__fish_es_remote_using_subcommand status" -l all -d 'Every remote (the default without ALIAS; for scripts that want to say so)'
complete -c es-remote -n "__fish_es_remote_using_subcommand status" -l wait -d 'Poll until the remote is connected (GET /_resolve/cluster/ALIAS:* on 8.13+, else _remote/info); exit 1 with Elasticsearch\'s reason if it is not connected in time'
complete -c es-remote -n "__fish_es_remote_using_subcommand status" -l insecure -d 'Do not verify the server\'s certificate (loud warning; for diagnosis only)'
complete -c es-remote -n "__fish_es_remote_using_subcommand status" -s v -l verbose -d 'More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)'
complete -c es-remote -n "__fish_es_remote_using_subcommand status" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c es-remote -n "__fish_es_remote_using_subcommand status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c es-remote -n "__fish_es_remote_using_subcommand credentials" -l key-file -d 'The cross-cluster API key (the `encoded` value) from FILE, `-` for standard input' -r -F
complete -c es-remote -n "__fish_es_remote_using_subcommand credentials" -l es-home -d 'The Elasticsearch installation directory: runs DIR/bin/elasticsearch-keystore [env: ES_HOME]' -r -F
complete -c es-remote -n "__fish_es_remote_using_subcommand credentials" -l keystore-bin -d 'The elasticsearch-keystore program itself (overrides --es-home)' -r -F
complete -c es-remote -n "__fish_es_remote_using_subcommand credentials" -l es-url -d 'Elasticsearch URL, e.g. https://es.example.com:9200; port 9200 when none is given [env: ELASTICSEARCH_URL]' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand credentials" -l api-key -d 'API key, `id:api_key` or base64 `encoded`; prefer --api-key-file or $ELASTICSEARCH_API_KEY (argv is visible to other users)' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand credentials" -l api-key-file -d 'Read the API key from FILE (`-` for standard input)' -r -F
complete -c es-remote -n "__fish_es_remote_using_subcommand credentials" -l username -d 'Username for basic authentication [env: ELASTICSEARCH_USERNAME]' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand credentials" -l password -d 'Password; prefer --password-file or $ELASTICSEARCH_PASSWORD' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand credentials" -l password-file -d 'Read the password from FILE (`-` for standard input)' -r -F
complete -c es-remote -n "__fish_es_remote_using_subcommand credentials" -l ca-cert -d 'Trust this CA (PEM) for the cluster\'s certificate; repeatable [env: ELASTICSEARCH_CA_CERT]' -r -F
complete -c es-remote -n "__fish_es_remote_using_subcommand credentials" -l ca-fingerprint -d 'Trust the certificate with this SHA-256 fingerprint (colons optional) [env: ELASTICSEARCH_CA_FINGERPRINT]' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand credentials" -l proxy -d 'Proxy for every request (overrides HTTPS_PROXY/HTTP_PROXY; NO_PROXY still applies)' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand credentials" -l connect-timeout -d 'Time limit to open a connection' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand credentials" -l timeout -d 'Time limit for each request attempt' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand credentials" -l retries -d 'Retries for idempotent requests on 429/502/503/504 and connection failures' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand credentials" -s o -l output -d 'Output format for results on stdout' -r -f -a "text\t'Human-readable text'
json\t'One JSON document'
yaml\t'One YAML document'
jsonl\t'JSON Lines: one JSON document per line, streamed (fleets: a line per cluster, then a summary)'"
complete -c es-remote -n "__fish_es_remote_using_subcommand credentials" -l no-reload -d 'Only write the keystore; do not reload the secure settings'
complete -c es-remote -n "__fish_es_remote_using_subcommand credentials" -l dry-run -d 'Print the requests that would change the cluster (secrets redacted) and send none of them. The harmless reads the plan depends on (GET only) are still made: the cluster must be reachable, and the plan shows exactly what would change'
complete -c es-remote -n "__fish_es_remote_using_subcommand credentials" -l insecure -d 'Do not verify the server\'s certificate (loud warning; for diagnosis only)'
complete -c es-remote -n "__fish_es_remote_using_subcommand credentials" -s v -l verbose -d 'More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)'
complete -c es-remote -n "__fish_es_remote_using_subcommand credentials" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c es-remote -n "__fish_es_remote_using_subcommand credentials" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c es-remote -n "__fish_es_remote_using_subcommand reload" -l alias -d 'Report, for each node, whether it holds cluster.remote.ALIAS.credentials' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand reload" -l es-url -d 'Elasticsearch URL, e.g. https://es.example.com:9200; port 9200 when none is given [env: ELASTICSEARCH_URL]' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand reload" -l api-key -d 'API key, `id:api_key` or base64 `encoded`; prefer --api-key-file or $ELASTICSEARCH_API_KEY (argv is visible to other users)' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand reload" -l api-key-file -d 'Read the API key from FILE (`-` for standard input)' -r -F
complete -c es-remote -n "__fish_es_remote_using_subcommand reload" -l username -d 'Username for basic authentication [env: ELASTICSEARCH_USERNAME]' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand reload" -l password -d 'Password; prefer --password-file or $ELASTICSEARCH_PASSWORD' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand reload" -l password-file -d 'Read the password from FILE (`-` for standard input)' -r -F
complete -c es-remote -n "__fish_es_remote_using_subcommand reload" -l ca-cert -d 'Trust this CA (PEM) for the cluster\'s certificate; repeatable [env: ELASTICSEARCH_CA_CERT]' -r -F
complete -c es-remote -n "__fish_es_remote_using_subcommand reload" -l ca-fingerprint -d 'Trust the certificate with this SHA-256 fingerprint (colons optional) [env: ELASTICSEARCH_CA_FINGERPRINT]' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand reload" -l proxy -d 'Proxy for every request (overrides HTTPS_PROXY/HTTP_PROXY; NO_PROXY still applies)' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand reload" -l connect-timeout -d 'Time limit to open a connection' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand reload" -l timeout -d 'Time limit for each request attempt' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand reload" -l retries -d 'Retries for idempotent requests on 429/502/503/504 and connection failures' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand reload" -s o -l output -d 'Output format for results on stdout' -r -f -a "text\t'Human-readable text'
json\t'One JSON document'
yaml\t'One YAML document'
jsonl\t'JSON Lines: one JSON document per line, streamed (fleets: a line per cluster, then a summary)'"
complete -c es-remote -n "__fish_es_remote_using_subcommand reload" -l insecure -d 'Do not verify the server\'s certificate (loud warning; for diagnosis only)'
complete -c es-remote -n "__fish_es_remote_using_subcommand reload" -s v -l verbose -d 'More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)'
complete -c es-remote -n "__fish_es_remote_using_subcommand reload" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c es-remote -n "__fish_es_remote_using_subcommand reload" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c es-remote -n "__fish_es_remote_using_subcommand config; and not __fish_seen_subcommand_from client server help" -s o -l output -d 'Output format for results on stdout' -r -f -a "text\t'Human-readable text'
json\t'One JSON document'
yaml\t'One YAML document'
jsonl\t'JSON Lines: one JSON document per line, streamed (fleets: a line per cluster, then a summary)'"
complete -c es-remote -n "__fish_es_remote_using_subcommand config; and not __fish_seen_subcommand_from client server help" -s v -l verbose -d 'More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)'
complete -c es-remote -n "__fish_es_remote_using_subcommand config; and not __fish_seen_subcommand_from client server help" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c es-remote -n "__fish_es_remote_using_subcommand config; and not __fish_seen_subcommand_from client server help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c es-remote -n "__fish_es_remote_using_subcommand config; and not __fish_seen_subcommand_from client server help" -f -a "client" -d 'The local (client) side: trust the remote\'s CA on the remote cluster client'
complete -c es-remote -n "__fish_es_remote_using_subcommand config; and not __fish_seen_subcommand_from client server help" -f -a "server" -d 'The remote (server) side: enable the remote cluster server with its certificate'
complete -c es-remote -n "__fish_es_remote_using_subcommand config; and not __fish_seen_subcommand_from client server help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c es-remote -n "__fish_es_remote_using_subcommand config; and __fish_seen_subcommand_from client" -l ca-file -d 'The remote\'s CA certificate (PEM), as a path relative to Elasticsearch\'s config directory; omit it for a remote whose certificate is publicly trusted (ECH)' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand config; and __fish_seen_subcommand_from client" -s o -l output -d 'Output format for results on stdout' -r -f -a "text\t'Human-readable text'
json\t'One JSON document'
yaml\t'One YAML document'
jsonl\t'JSON Lines: one JSON document per line, streamed (fleets: a line per cluster, then a summary)'"
complete -c es-remote -n "__fish_es_remote_using_subcommand config; and __fish_seen_subcommand_from client" -s v -l verbose -d 'More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)'
complete -c es-remote -n "__fish_es_remote_using_subcommand config; and __fish_seen_subcommand_from client" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c es-remote -n "__fish_es_remote_using_subcommand config; and __fish_seen_subcommand_from client" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c es-remote -n "__fish_es_remote_using_subcommand config; and __fish_seen_subcommand_from server" -l keystore -d 'The PKCS#12 keystore with the remote cluster server\'s certificate and key, relative to the config directory' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand config; and __fish_seen_subcommand_from server" -l port -d 'The remote cluster server port' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand config; and __fish_seen_subcommand_from server" -l host -d 'The address the remote cluster server binds to (remote_cluster.host)' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand config; and __fish_seen_subcommand_from server" -s o -l output -d 'Output format for results on stdout' -r -f -a "text\t'Human-readable text'
json\t'One JSON document'
yaml\t'One YAML document'
jsonl\t'JSON Lines: one JSON document per line, streamed (fleets: a line per cluster, then a summary)'"
complete -c es-remote -n "__fish_es_remote_using_subcommand config; and __fish_seen_subcommand_from server" -s v -l verbose -d 'More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)'
complete -c es-remote -n "__fish_es_remote_using_subcommand config; and __fish_seen_subcommand_from server" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c es-remote -n "__fish_es_remote_using_subcommand config; and __fish_seen_subcommand_from server" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c es-remote -n "__fish_es_remote_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "client" -d 'The local (client) side: trust the remote\'s CA on the remote cluster client'
complete -c es-remote -n "__fish_es_remote_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "server" -d 'The remote (server) side: enable the remote cluster server with its certificate'
complete -c es-remote -n "__fish_es_remote_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c es-remote -n "__fish_es_remote_using_subcommand eck; and not __fish_seen_subcommand_from expose credentials help" -s o -l output -d 'Output format for results on stdout' -r -f -a "text\t'Human-readable text'
json\t'One JSON document'
yaml\t'One YAML document'
jsonl\t'JSON Lines: one JSON document per line, streamed (fleets: a line per cluster, then a summary)'"
complete -c es-remote -n "__fish_es_remote_using_subcommand eck; and not __fish_seen_subcommand_from expose credentials help" -s v -l verbose -d 'More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)'
complete -c es-remote -n "__fish_es_remote_using_subcommand eck; and not __fish_seen_subcommand_from expose credentials help" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c es-remote -n "__fish_es_remote_using_subcommand eck; and not __fish_seen_subcommand_from expose credentials help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c es-remote -n "__fish_es_remote_using_subcommand eck; and not __fish_seen_subcommand_from expose credentials help" -f -a "expose" -d 'Enable and expose the remote cluster server of an ECK-managed cluster (or its transport port)'
complete -c es-remote -n "__fish_es_remote_using_subcommand eck; and not __fish_seen_subcommand_from expose credentials help" -f -a "credentials" -d 'A Secret holding the cross-cluster key and the spec.secureSettings entry that references it'
complete -c es-remote -n "__fish_es_remote_using_subcommand eck; and not __fish_seen_subcommand_from expose credentials help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c es-remote -n "__fish_es_remote_using_subcommand eck; and __fish_seen_subcommand_from expose" -s n -l namespace -r
complete -c es-remote -n "__fish_es_remote_using_subcommand eck; and __fish_seen_subcommand_from expose" -l eck-version -d 'The ECK operator version (2.16+ for the API key model; 3.3+ configures the service in the resource)' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand eck; and __fish_seen_subcommand_from expose" -l model -r -f -a "api-key\t'Cross-cluster API keys: the remote cluster server (9443)'
certificate\t'TLS certificates (deprecated in 9.0): the transport port (9300)'"
complete -c es-remote -n "__fish_es_remote_using_subcommand eck; and __fish_seen_subcommand_from expose" -l service-type -r -f -a "LoadBalancer\t''
NodePort\t''
ClusterIP\t''"
complete -c es-remote -n "__fish_es_remote_using_subcommand eck; and __fish_seen_subcommand_from expose" -l port -d 'The port the service listens on (9443 for API keys, 9300 for certificates when not given); the target port stays Elasticsearch\'s' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand eck; and __fish_seen_subcommand_from expose" -l ca -d 'Certificate model: the other cluster\'s CA (PEM) that this cluster must trust, put in a ConfigMap referenced by spec.transport.tls.certificateAuthorities' -r -F
complete -c es-remote -n "__fish_es_remote_using_subcommand eck; and __fish_seen_subcommand_from expose" -l out-dir -d 'Write one file per document into DIR instead of stdout' -r -F
complete -c es-remote -n "__fish_es_remote_using_subcommand eck; and __fish_seen_subcommand_from expose" -s o -l output -d 'Output format for results on stdout' -r -f -a "text\t'Human-readable text'
json\t'One JSON document'
yaml\t'One YAML document'
jsonl\t'JSON Lines: one JSON document per line, streamed (fleets: a line per cluster, then a summary)'"
complete -c es-remote -n "__fish_es_remote_using_subcommand eck; and __fish_seen_subcommand_from expose" -s v -l verbose -d 'More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)'
complete -c es-remote -n "__fish_es_remote_using_subcommand eck; and __fish_seen_subcommand_from expose" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c es-remote -n "__fish_es_remote_using_subcommand eck; and __fish_seen_subcommand_from expose" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c es-remote -n "__fish_es_remote_using_subcommand eck; and __fish_seen_subcommand_from credentials" -l key-file -d 'The cross-cluster API key (`encoded`) from FILE, `-` for standard input' -r -F
complete -c es-remote -n "__fish_es_remote_using_subcommand eck; and __fish_seen_subcommand_from credentials" -l cluster -d 'The LOCAL Elasticsearch resource (the one that connects)' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand eck; and __fish_seen_subcommand_from credentials" -s n -l namespace -r
complete -c es-remote -n "__fish_es_remote_using_subcommand eck; and __fish_seen_subcommand_from credentials" -l secret-name -d 'The Secret\'s name (default: CLUSTER-remote-ALIAS-credentials)' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand eck; and __fish_seen_subcommand_from credentials" -l out-dir -d 'Write the files into DIR (the Secret with mode 0600) instead of stdout' -r -F
complete -c es-remote -n "__fish_es_remote_using_subcommand eck; and __fish_seen_subcommand_from credentials" -s o -l output -d 'Output format for results on stdout' -r -f -a "text\t'Human-readable text'
json\t'One JSON document'
yaml\t'One YAML document'
jsonl\t'JSON Lines: one JSON document per line, streamed (fleets: a line per cluster, then a summary)'"
complete -c es-remote -n "__fish_es_remote_using_subcommand eck; and __fish_seen_subcommand_from credentials" -s v -l verbose -d 'More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)'
complete -c es-remote -n "__fish_es_remote_using_subcommand eck; and __fish_seen_subcommand_from credentials" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c es-remote -n "__fish_es_remote_using_subcommand eck; and __fish_seen_subcommand_from credentials" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c es-remote -n "__fish_es_remote_using_subcommand eck; and __fish_seen_subcommand_from help" -f -a "expose" -d 'Enable and expose the remote cluster server of an ECK-managed cluster (or its transport port)'
complete -c es-remote -n "__fish_es_remote_using_subcommand eck; and __fish_seen_subcommand_from help" -f -a "credentials" -d 'A Secret holding the cross-cluster key and the spec.secureSettings entry that references it'
complete -c es-remote -n "__fish_es_remote_using_subcommand eck; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c es-remote -n "__fish_es_remote_using_subcommand explain" -l user -d 'The local user whose access to explain' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand explain" -l role -d 'Or one local role' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand explain" -l alias -d 'The remote cluster\'s alias on the local cluster' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand explain" -l index -d 'The remote index (or pattern) to read' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand explain" -l privileges -d 'The privileges to explain' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand explain" -l key-id -d 'The id of the cross-cluster key the local cluster holds (es-role cross-cluster-key list on the remote)' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand explain" -l key-file -d 'Or the key itself (only its id is read)' -r -F
complete -c es-remote -n "__fish_es_remote_using_subcommand explain" -l es-url -d 'Elasticsearch URL, e.g. https://es.example.com:9200; port 9200 when none is given [env: ELASTICSEARCH_URL]' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand explain" -l api-key -d 'API key, `id:api_key` or base64 `encoded`; prefer --api-key-file or $ELASTICSEARCH_API_KEY (argv is visible to other users)' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand explain" -l api-key-file -d 'Read the API key from FILE (`-` for standard input)' -r -F
complete -c es-remote -n "__fish_es_remote_using_subcommand explain" -l username -d 'Username for basic authentication [env: ELASTICSEARCH_USERNAME]' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand explain" -l password -d 'Password; prefer --password-file or $ELASTICSEARCH_PASSWORD' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand explain" -l password-file -d 'Read the password from FILE (`-` for standard input)' -r -F
complete -c es-remote -n "__fish_es_remote_using_subcommand explain" -l ca-cert -d 'Trust this CA (PEM) for the cluster\'s certificate; repeatable [env: ELASTICSEARCH_CA_CERT]' -r -F
complete -c es-remote -n "__fish_es_remote_using_subcommand explain" -l ca-fingerprint -d 'Trust the certificate with this SHA-256 fingerprint (colons optional) [env: ELASTICSEARCH_CA_FINGERPRINT]' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand explain" -l proxy -d 'Proxy for every request (overrides HTTPS_PROXY/HTTP_PROXY; NO_PROXY still applies)' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand explain" -l connect-timeout -d 'Time limit to open a connection' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand explain" -l timeout -d 'Time limit for each request attempt' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand explain" -l retries -d 'Retries for idempotent requests on 429/502/503/504 and connection failures' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand explain" -l remote-es-url -d 'URL of the other cluster of the pair; port 9200 when none is given [env: REMOTE_ELASTICSEARCH_URL]' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand explain" -l remote-api-key -d 'API key of the other cluster; prefer --remote-api-key-file or $REMOTE_ELASTICSEARCH_API_KEY' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand explain" -l remote-api-key-file -d 'Read the other cluster\'s API key from FILE (`-` for standard input)' -r -F
complete -c es-remote -n "__fish_es_remote_using_subcommand explain" -l remote-username -d 'Username for the other cluster [env: REMOTE_ELASTICSEARCH_USERNAME]' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand explain" -l remote-password -d 'Password for the other cluster; prefer --remote-password-file or $REMOTE_ELASTICSEARCH_PASSWORD' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand explain" -l remote-password-file -d 'Read the other cluster\'s password from FILE (`-` for standard input)' -r -F
complete -c es-remote -n "__fish_es_remote_using_subcommand explain" -l remote-ca-cert -d 'Trust this CA (PEM) for the other cluster\'s certificate; repeatable [env: REMOTE_ELASTICSEARCH_CA_CERT]' -r -F
complete -c es-remote -n "__fish_es_remote_using_subcommand explain" -l remote-ca-fingerprint -d 'Trust the other cluster\'s certificate with this SHA-256 fingerprint [env: REMOTE_ELASTICSEARCH_CA_FINGERPRINT]' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand explain" -l remote-proxy -d 'Proxy for the other cluster (overrides HTTPS_PROXY/HTTP_PROXY; NO_PROXY still applies)' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand explain" -s o -l output -d 'Output format for results on stdout' -r -f -a "text\t'Human-readable text'
json\t'One JSON document'
yaml\t'One YAML document'
jsonl\t'JSON Lines: one JSON document per line, streamed (fleets: a line per cluster, then a summary)'"
complete -c es-remote -n "__fish_es_remote_using_subcommand explain" -l insecure -d 'Do not verify the server\'s certificate (loud warning; for diagnosis only)'
complete -c es-remote -n "__fish_es_remote_using_subcommand explain" -l remote-insecure -d 'Do not verify the other cluster\'s certificate (loud warning; for diagnosis only)'
complete -c es-remote -n "__fish_es_remote_using_subcommand explain" -s v -l verbose -d 'More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)'
complete -c es-remote -n "__fish_es_remote_using_subcommand explain" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c es-remote -n "__fish_es_remote_using_subcommand explain" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c es-remote -n "__fish_es_remote_using_subcommand doctor" -l remote-ca -d 'The CA (PEM or DER) of the remote\'s certificate, where it is private (self-managed, ECE, ECK); without it the public roots are used' -r -F
complete -c es-remote -n "__fish_es_remote_using_subcommand doctor" -l key-file -d 'The cross-cluster key the local keystore holds (only its id is read), to check it on the remote' -r -F
complete -c es-remote -n "__fish_es_remote_using_subcommand doctor" -l es-url -d 'Elasticsearch URL, e.g. https://es.example.com:9200; port 9200 when none is given [env: ELASTICSEARCH_URL]' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand doctor" -l api-key -d 'API key, `id:api_key` or base64 `encoded`; prefer --api-key-file or $ELASTICSEARCH_API_KEY (argv is visible to other users)' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand doctor" -l api-key-file -d 'Read the API key from FILE (`-` for standard input)' -r -F
complete -c es-remote -n "__fish_es_remote_using_subcommand doctor" -l username -d 'Username for basic authentication [env: ELASTICSEARCH_USERNAME]' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand doctor" -l password -d 'Password; prefer --password-file or $ELASTICSEARCH_PASSWORD' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand doctor" -l password-file -d 'Read the password from FILE (`-` for standard input)' -r -F
complete -c es-remote -n "__fish_es_remote_using_subcommand doctor" -l ca-cert -d 'Trust this CA (PEM) for the cluster\'s certificate; repeatable [env: ELASTICSEARCH_CA_CERT]' -r -F
complete -c es-remote -n "__fish_es_remote_using_subcommand doctor" -l ca-fingerprint -d 'Trust the certificate with this SHA-256 fingerprint (colons optional) [env: ELASTICSEARCH_CA_FINGERPRINT]' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand doctor" -l proxy -d 'Proxy for every request (overrides HTTPS_PROXY/HTTP_PROXY; NO_PROXY still applies)' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand doctor" -l connect-timeout -d 'Time limit to open a connection' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand doctor" -l timeout -d 'Time limit for each request attempt' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand doctor" -l retries -d 'Retries for idempotent requests on 429/502/503/504 and connection failures' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand doctor" -l remote-es-url -d 'URL of the other cluster of the pair; port 9200 when none is given [env: REMOTE_ELASTICSEARCH_URL]' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand doctor" -l remote-api-key -d 'API key of the other cluster; prefer --remote-api-key-file or $REMOTE_ELASTICSEARCH_API_KEY' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand doctor" -l remote-api-key-file -d 'Read the other cluster\'s API key from FILE (`-` for standard input)' -r -F
complete -c es-remote -n "__fish_es_remote_using_subcommand doctor" -l remote-username -d 'Username for the other cluster [env: REMOTE_ELASTICSEARCH_USERNAME]' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand doctor" -l remote-password -d 'Password for the other cluster; prefer --remote-password-file or $REMOTE_ELASTICSEARCH_PASSWORD' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand doctor" -l remote-password-file -d 'Read the other cluster\'s password from FILE (`-` for standard input)' -r -F
complete -c es-remote -n "__fish_es_remote_using_subcommand doctor" -l remote-ca-cert -d 'Trust this CA (PEM) for the other cluster\'s certificate; repeatable [env: REMOTE_ELASTICSEARCH_CA_CERT]' -r -F
complete -c es-remote -n "__fish_es_remote_using_subcommand doctor" -l remote-ca-fingerprint -d 'Trust the other cluster\'s certificate with this SHA-256 fingerprint [env: REMOTE_ELASTICSEARCH_CA_FINGERPRINT]' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand doctor" -l remote-proxy -d 'Proxy for the other cluster (overrides HTTPS_PROXY/HTTP_PROXY; NO_PROXY still applies)' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand doctor" -s o -l output -d 'Output format for results on stdout' -r -f -a "text\t'Human-readable text'
json\t'One JSON document'
yaml\t'One YAML document'
jsonl\t'JSON Lines: one JSON document per line, streamed (fleets: a line per cluster, then a summary)'"
complete -c es-remote -n "__fish_es_remote_using_subcommand doctor" -l insecure -d 'Do not verify the server\'s certificate (loud warning; for diagnosis only)'
complete -c es-remote -n "__fish_es_remote_using_subcommand doctor" -l remote-insecure -d 'Do not verify the other cluster\'s certificate (loud warning; for diagnosis only)'
complete -c es-remote -n "__fish_es_remote_using_subcommand doctor" -s v -l verbose -d 'More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)'
complete -c es-remote -n "__fish_es_remote_using_subcommand doctor" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c es-remote -n "__fish_es_remote_using_subcommand doctor" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and not __fish_seen_subcommand_from export import help" -s o -l output -d 'Output format for results on stdout' -r -f -a "text\t'Human-readable text'
json\t'One JSON document'
yaml\t'One YAML document'
jsonl\t'JSON Lines: one JSON document per line, streamed (fleets: a line per cluster, then a summary)'"
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and not __fish_seen_subcommand_from export import help" -s v -l verbose -d 'More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)'
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and not __fish_seen_subcommand_from export import help" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and not __fish_seen_subcommand_from export import help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and not __fish_seen_subcommand_from export import help" -f -a "export" -d 'On the REMOTE cluster: create a cross-cluster key and write the bundle (alias, address, server name, CA, key, the remote\'s name and version)'
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and not __fish_seen_subcommand_from export import help" -f -a "import" -d 'On the LOCAL side: validate a bundle, then apply it where the local cluster runs (--target self: this node\'s keystore; eck: manifests, then --continue; ece/ech: the deployment\'s keystore and trust through the API), the alias\'s settings, the wait until connected, the doctor'
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and not __fish_seen_subcommand_from export import help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and __fish_seen_subcommand_from export" -l alias -d 'The alias the local cluster will give this remote' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and __fish_seen_subcommand_from export" -l address -d 'HOST:PORT where the local cluster reaches this cluster\'s remote cluster server (often a load balancer)' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and __fish_seen_subcommand_from export" -l server-name -d 'The name in the remote cluster server\'s certificate, when it differs from the address\'s host' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and __fish_seen_subcommand_from export" -l server-ca -d 'The CA (PEM) of the remote cluster server\'s certificate, for the local side to trust (private CAs). (`--ca-cert` is the connection\'s CA for this cluster\'s HTTP API.)' -r -F
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and __fish_seen_subcommand_from export" -l search -d 'Index patterns the local cluster may search (comma-separated or repeated)' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and __fish_seen_subcommand_from export" -l replication -d 'Index patterns the local cluster may replicate (CCR)' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and __fish_seen_subcommand_from export" -l expiration -d 'Lifetime of the key (Elasticsearch duration: 90d, 12h); without it the key never expires' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and __fish_seen_subcommand_from export" -l key-name -d 'The key\'s name (default esconnect-pair-ALIAS)' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and __fish_seen_subcommand_from export" -l out -d 'Where to write the bundle (mode 0600: it holds the key)' -r -F
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and __fish_seen_subcommand_from export" -l es-url -d 'Elasticsearch URL, e.g. https://es.example.com:9200; port 9200 when none is given [env: ELASTICSEARCH_URL]' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and __fish_seen_subcommand_from export" -l api-key -d 'API key, `id:api_key` or base64 `encoded`; prefer --api-key-file or $ELASTICSEARCH_API_KEY (argv is visible to other users)' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and __fish_seen_subcommand_from export" -l api-key-file -d 'Read the API key from FILE (`-` for standard input)' -r -F
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and __fish_seen_subcommand_from export" -l username -d 'Username for basic authentication [env: ELASTICSEARCH_USERNAME]' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and __fish_seen_subcommand_from export" -l password -d 'Password; prefer --password-file or $ELASTICSEARCH_PASSWORD' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and __fish_seen_subcommand_from export" -l password-file -d 'Read the password from FILE (`-` for standard input)' -r -F
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and __fish_seen_subcommand_from export" -l ca-cert -d 'Trust this CA (PEM) for the cluster\'s certificate; repeatable [env: ELASTICSEARCH_CA_CERT]' -r -F
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and __fish_seen_subcommand_from export" -l ca-fingerprint -d 'Trust the certificate with this SHA-256 fingerprint (colons optional) [env: ELASTICSEARCH_CA_FINGERPRINT]' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and __fish_seen_subcommand_from export" -l proxy -d 'Proxy for every request (overrides HTTPS_PROXY/HTTP_PROXY; NO_PROXY still applies)' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and __fish_seen_subcommand_from export" -l connect-timeout -d 'Time limit to open a connection' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and __fish_seen_subcommand_from export" -l timeout -d 'Time limit for each request attempt' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and __fish_seen_subcommand_from export" -l retries -d 'Retries for idempotent requests on 429/502/503/504 and connection failures' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and __fish_seen_subcommand_from export" -s o -l output -d 'Output format for results on stdout' -r -f -a "text\t'Human-readable text'
json\t'One JSON document'
yaml\t'One YAML document'
jsonl\t'JSON Lines: one JSON document per line, streamed (fleets: a line per cluster, then a summary)'"
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and __fish_seen_subcommand_from export" -l dry-run -d 'Print the requests that would change the cluster (secrets redacted) and send none of them. The harmless reads the plan depends on (GET only) are still made: the cluster must be reachable, and the plan shows exactly what would change'
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and __fish_seen_subcommand_from export" -l insecure -d 'Do not verify the server\'s certificate (loud warning; for diagnosis only)'
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and __fish_seen_subcommand_from export" -s v -l verbose -d 'More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)'
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and __fish_seen_subcommand_from import" -l ca-out -d 'Where to write the remote\'s CA (default ./ALIAS-remote-ca.crt)' -r -F
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and __fish_seen_subcommand_from import" -l wait-timeout -d 'How long to wait until connected' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and __fish_seen_subcommand_from import" -l target -d 'What the local cluster is: self (this node\'s keystore), eck (manifests to apply), ece or ech (the deployment\'s keystore and trust through the API)' -r -f -a "self\t'Self-managed; run on one of its nodes (the keystore is this node\'s)'
eck\t'Managed by ECK: manifests for the Secret and the CA, applied with kubectl'
ece\t'A deployment of Elastic Cloud Enterprise: its keystore and trust through the ECE API'
ech\t'A deployment of Elastic Cloud Hosted: its keystore and trust through the ECH API'"
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and __fish_seen_subcommand_from import" -l es-home -d 'The Elasticsearch installation directory: runs DIR/bin/elasticsearch-keystore [env: ES_HOME]' -r -F
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and __fish_seen_subcommand_from import" -l keystore-bin -d 'The elasticsearch-keystore program itself (overrides --es-home)' -r -F
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and __fish_seen_subcommand_from import" -l eck-cluster -d 'eck: the metadata.name of the local Elasticsearch resource' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and __fish_seen_subcommand_from import" -s n -l namespace -d 'eck: its namespace' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and __fish_seen_subcommand_from import" -l manifests-dir -d 'eck: where to write the manifests (default ./ALIAS-eck; the Secret\'s file has mode 0600)' -r -F
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and __fish_seen_subcommand_from import" -l deployment-id -d 'ece|ech: the local deployment\'s id' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and __fish_seen_subcommand_from import" -l ref-id -d 'ece|ech: its Elasticsearch resource\'s ref id, when it has more than one' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and __fish_seen_subcommand_from import" -l ec-host -d 'ECE coordinator (port 12443 when none is given) or the ECH API host api.elastic-cloud.com; https:// is implied [env: EC_HOST]' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and __fish_seen_subcommand_from import" -l ec-api-key -d 'ECE/ECH API key, sent as given; prefer --ec-api-key-file or $EC_API_KEY (argv is visible to other users)' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and __fish_seen_subcommand_from import" -l ec-api-key-file -d 'Read the ECE/ECH API key from FILE (`-` for standard input)' -r -F
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and __fish_seen_subcommand_from import" -l ec-username -d 'ECE only: a user for basic authentication, with --ec-password-file [env: EC_USER]' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and __fish_seen_subcommand_from import" -l ec-password-file -d 'ECE only: read the user\'s password from FILE (`-` for standard input) [env: EC_PASS]' -r -F
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and __fish_seen_subcommand_from import" -l ec-ca-cert -d 'Trust this CA (PEM) for the API\'s certificate (ECE often uses a private CA); repeatable [env: EC_CA_CERT]' -r -F
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and __fish_seen_subcommand_from import" -l ec-ca-fingerprint -d 'Trust the API certificate with this SHA-256 fingerprint [env: EC_CA_FINGERPRINT]' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and __fish_seen_subcommand_from import" -l ec-proxy -d 'Proxy for the API (overrides HTTPS_PROXY/HTTP_PROXY; NO_PROXY still applies)' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and __fish_seen_subcommand_from import" -l ec-timeout -d 'Time limit for each request attempt to the API' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and __fish_seen_subcommand_from import" -l ec-target -d 'Which API: inferred from the host (api.elastic-cloud.com and *.elastic-cloud.com are ECH, anything else ECE)' -r -f -a "ece\t''
ech\t''"
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and __fish_seen_subcommand_from import" -l es-url -d 'Elasticsearch URL, e.g. https://es.example.com:9200; port 9200 when none is given [env: ELASTICSEARCH_URL]' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and __fish_seen_subcommand_from import" -l api-key -d 'API key, `id:api_key` or base64 `encoded`; prefer --api-key-file or $ELASTICSEARCH_API_KEY (argv is visible to other users)' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and __fish_seen_subcommand_from import" -l api-key-file -d 'Read the API key from FILE (`-` for standard input)' -r -F
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and __fish_seen_subcommand_from import" -l username -d 'Username for basic authentication [env: ELASTICSEARCH_USERNAME]' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and __fish_seen_subcommand_from import" -l password -d 'Password; prefer --password-file or $ELASTICSEARCH_PASSWORD' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and __fish_seen_subcommand_from import" -l password-file -d 'Read the password from FILE (`-` for standard input)' -r -F
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and __fish_seen_subcommand_from import" -l ca-cert -d 'Trust this CA (PEM) for the cluster\'s certificate; repeatable [env: ELASTICSEARCH_CA_CERT]' -r -F
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and __fish_seen_subcommand_from import" -l ca-fingerprint -d 'Trust the certificate with this SHA-256 fingerprint (colons optional) [env: ELASTICSEARCH_CA_FINGERPRINT]' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and __fish_seen_subcommand_from import" -l proxy -d 'Proxy for every request (overrides HTTPS_PROXY/HTTP_PROXY; NO_PROXY still applies)' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and __fish_seen_subcommand_from import" -l connect-timeout -d 'Time limit to open a connection' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and __fish_seen_subcommand_from import" -l timeout -d 'Time limit for each request attempt' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and __fish_seen_subcommand_from import" -l retries -d 'Retries for idempotent requests on 429/502/503/504 and connection failures' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and __fish_seen_subcommand_from import" -s o -l output -d 'Output format for results on stdout' -r -f -a "text\t'Human-readable text'
json\t'One JSON document'
yaml\t'One YAML document'
jsonl\t'JSON Lines: one JSON document per line, streamed (fleets: a line per cluster, then a summary)'"
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and __fish_seen_subcommand_from import" -l continue -d 'eck: the manifests of the first run are applied; apply the settings, wait and run the doctor'
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and __fish_seen_subcommand_from import" -l dry-run -d 'Print the requests that would change the cluster (secrets redacted) and send none of them. The harmless reads the plan depends on (GET only) are still made: the cluster must be reachable, and the plan shows exactly what would change'
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and __fish_seen_subcommand_from import" -l ec-insecure -d 'Do not verify the API\'s certificate (loud warning; for diagnosis only)'
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and __fish_seen_subcommand_from import" -l insecure -d 'Do not verify the server\'s certificate (loud warning; for diagnosis only)'
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and __fish_seen_subcommand_from import" -s v -l verbose -d 'More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)'
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and __fish_seen_subcommand_from help" -f -a "export" -d 'On the REMOTE cluster: create a cross-cluster key and write the bundle (alias, address, server name, CA, key, the remote\'s name and version)'
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and __fish_seen_subcommand_from help" -f -a "import" -d 'On the LOCAL side: validate a bundle, then apply it where the local cluster runs (--target self: this node\'s keystore; eck: manifests, then --continue; ece/ech: the deployment\'s keystore and trust through the API), the alias\'s settings, the wait until connected, the doctor'
complete -c es-remote -n "__fish_es_remote_using_subcommand pair; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c es-remote -n "__fish_es_remote_using_subcommand rotate" -l key-file -d 'The key the local keystore holds now (`encoded`; `-` for standard input): kept for the rollback' -r -F
complete -c es-remote -n "__fish_es_remote_using_subcommand rotate" -l expiration -d 'Lifetime of the new key (Elasticsearch duration); without it the new key never expires' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand rotate" -l state -d 'Where the rotation records its progress (mode 0600; default ./es-remote-rotate-ALIAS.state)' -r -F
complete -c es-remote -n "__fish_es_remote_using_subcommand rotate" -l wait-timeout -d 'How long to wait for the connection with the new key before rolling back' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand rotate" -l target -d 'What the local cluster is: self (this node\'s keystore), eck (manifests to apply), ece or ech (the deployment\'s keystore and trust through the API)' -r -f -a "self\t'Self-managed; run on one of its nodes (the keystore is this node\'s)'
eck\t'Managed by ECK: manifests for the Secret and the CA, applied with kubectl'
ece\t'A deployment of Elastic Cloud Enterprise: its keystore and trust through the ECE API'
ech\t'A deployment of Elastic Cloud Hosted: its keystore and trust through the ECH API'"
complete -c es-remote -n "__fish_es_remote_using_subcommand rotate" -l es-home -d 'The Elasticsearch installation directory: runs DIR/bin/elasticsearch-keystore [env: ES_HOME]' -r -F
complete -c es-remote -n "__fish_es_remote_using_subcommand rotate" -l keystore-bin -d 'The elasticsearch-keystore program itself (overrides --es-home)' -r -F
complete -c es-remote -n "__fish_es_remote_using_subcommand rotate" -l eck-cluster -d 'eck: the metadata.name of the local Elasticsearch resource' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand rotate" -s n -l namespace -d 'eck: its namespace' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand rotate" -l manifests-dir -d 'eck: where to write the manifests (default ./ALIAS-eck; the Secret\'s file has mode 0600)' -r -F
complete -c es-remote -n "__fish_es_remote_using_subcommand rotate" -l deployment-id -d 'ece|ech: the local deployment\'s id' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand rotate" -l ref-id -d 'ece|ech: its Elasticsearch resource\'s ref id, when it has more than one' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand rotate" -l ec-host -d 'ECE coordinator (port 12443 when none is given) or the ECH API host api.elastic-cloud.com; https:// is implied [env: EC_HOST]' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand rotate" -l ec-api-key -d 'ECE/ECH API key, sent as given; prefer --ec-api-key-file or $EC_API_KEY (argv is visible to other users)' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand rotate" -l ec-api-key-file -d 'Read the ECE/ECH API key from FILE (`-` for standard input)' -r -F
complete -c es-remote -n "__fish_es_remote_using_subcommand rotate" -l ec-username -d 'ECE only: a user for basic authentication, with --ec-password-file [env: EC_USER]' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand rotate" -l ec-password-file -d 'ECE only: read the user\'s password from FILE (`-` for standard input) [env: EC_PASS]' -r -F
complete -c es-remote -n "__fish_es_remote_using_subcommand rotate" -l ec-ca-cert -d 'Trust this CA (PEM) for the API\'s certificate (ECE often uses a private CA); repeatable [env: EC_CA_CERT]' -r -F
complete -c es-remote -n "__fish_es_remote_using_subcommand rotate" -l ec-ca-fingerprint -d 'Trust the API certificate with this SHA-256 fingerprint [env: EC_CA_FINGERPRINT]' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand rotate" -l ec-proxy -d 'Proxy for the API (overrides HTTPS_PROXY/HTTP_PROXY; NO_PROXY still applies)' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand rotate" -l ec-timeout -d 'Time limit for each request attempt to the API' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand rotate" -l ec-target -d 'Which API: inferred from the host (api.elastic-cloud.com and *.elastic-cloud.com are ECH, anything else ECE)' -r -f -a "ece\t''
ech\t''"
complete -c es-remote -n "__fish_es_remote_using_subcommand rotate" -l es-url -d 'Elasticsearch URL, e.g. https://es.example.com:9200; port 9200 when none is given [env: ELASTICSEARCH_URL]' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand rotate" -l api-key -d 'API key, `id:api_key` or base64 `encoded`; prefer --api-key-file or $ELASTICSEARCH_API_KEY (argv is visible to other users)' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand rotate" -l api-key-file -d 'Read the API key from FILE (`-` for standard input)' -r -F
complete -c es-remote -n "__fish_es_remote_using_subcommand rotate" -l username -d 'Username for basic authentication [env: ELASTICSEARCH_USERNAME]' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand rotate" -l password -d 'Password; prefer --password-file or $ELASTICSEARCH_PASSWORD' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand rotate" -l password-file -d 'Read the password from FILE (`-` for standard input)' -r -F
complete -c es-remote -n "__fish_es_remote_using_subcommand rotate" -l ca-cert -d 'Trust this CA (PEM) for the cluster\'s certificate; repeatable [env: ELASTICSEARCH_CA_CERT]' -r -F
complete -c es-remote -n "__fish_es_remote_using_subcommand rotate" -l ca-fingerprint -d 'Trust the certificate with this SHA-256 fingerprint (colons optional) [env: ELASTICSEARCH_CA_FINGERPRINT]' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand rotate" -l proxy -d 'Proxy for every request (overrides HTTPS_PROXY/HTTP_PROXY; NO_PROXY still applies)' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand rotate" -l connect-timeout -d 'Time limit to open a connection' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand rotate" -l timeout -d 'Time limit for each request attempt' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand rotate" -l retries -d 'Retries for idempotent requests on 429/502/503/504 and connection failures' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand rotate" -l remote-es-url -d 'URL of the other cluster of the pair; port 9200 when none is given [env: REMOTE_ELASTICSEARCH_URL]' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand rotate" -l remote-api-key -d 'API key of the other cluster; prefer --remote-api-key-file or $REMOTE_ELASTICSEARCH_API_KEY' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand rotate" -l remote-api-key-file -d 'Read the other cluster\'s API key from FILE (`-` for standard input)' -r -F
complete -c es-remote -n "__fish_es_remote_using_subcommand rotate" -l remote-username -d 'Username for the other cluster [env: REMOTE_ELASTICSEARCH_USERNAME]' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand rotate" -l remote-password -d 'Password for the other cluster; prefer --remote-password-file or $REMOTE_ELASTICSEARCH_PASSWORD' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand rotate" -l remote-password-file -d 'Read the other cluster\'s password from FILE (`-` for standard input)' -r -F
complete -c es-remote -n "__fish_es_remote_using_subcommand rotate" -l remote-ca-cert -d 'Trust this CA (PEM) for the other cluster\'s certificate; repeatable [env: REMOTE_ELASTICSEARCH_CA_CERT]' -r -F
complete -c es-remote -n "__fish_es_remote_using_subcommand rotate" -l remote-ca-fingerprint -d 'Trust the other cluster\'s certificate with this SHA-256 fingerprint [env: REMOTE_ELASTICSEARCH_CA_FINGERPRINT]' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand rotate" -l remote-proxy -d 'Proxy for the other cluster (overrides HTTPS_PROXY/HTTP_PROXY; NO_PROXY still applies)' -r
complete -c es-remote -n "__fish_es_remote_using_subcommand rotate" -s o -l output -d 'Output format for results on stdout' -r -f -a "text\t'Human-readable text'
json\t'One JSON document'
yaml\t'One YAML document'
jsonl\t'JSON Lines: one JSON document per line, streamed (fleets: a line per cluster, then a summary)'"
complete -c es-remote -n "__fish_es_remote_using_subcommand rotate" -l continue -d 'Resume a rotation stopped after staging (the other nodes have the new key now)'
complete -c es-remote -n "__fish_es_remote_using_subcommand rotate" -l dry-run -d 'Print the requests that would change the cluster (secrets redacted) and send none of them. The harmless reads the plan depends on (GET only) are still made: the cluster must be reachable, and the plan shows exactly what would change'
complete -c es-remote -n "__fish_es_remote_using_subcommand rotate" -l ec-insecure -d 'Do not verify the API\'s certificate (loud warning; for diagnosis only)'
complete -c es-remote -n "__fish_es_remote_using_subcommand rotate" -l insecure -d 'Do not verify the server\'s certificate (loud warning; for diagnosis only)'
complete -c es-remote -n "__fish_es_remote_using_subcommand rotate" -l remote-insecure -d 'Do not verify the other cluster\'s certificate (loud warning; for diagnosis only)'
complete -c es-remote -n "__fish_es_remote_using_subcommand rotate" -s v -l verbose -d 'More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)'
complete -c es-remote -n "__fish_es_remote_using_subcommand rotate" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c es-remote -n "__fish_es_remote_using_subcommand rotate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c es-remote -n "__fish_es_remote_using_subcommand help; and not __fish_seen_subcommand_from add remove list status credentials reload config eck explain doctor pair rotate help" -f -a "add" -d 'Add or update a remote cluster (PUT /_cluster/settings, persistent cluster.remote.ALIAS.* only)'
complete -c es-remote -n "__fish_es_remote_using_subcommand help; and not __fish_seen_subcommand_from add remove list status credentials reload config eck explain doctor pair rotate help" -f -a "remove" -d 'Remove a remote cluster: null exactly its settings, persistent and transient'
complete -c es-remote -n "__fish_es_remote_using_subcommand help; and not __fish_seen_subcommand_from add remove list status credentials reload config eck explain doctor pair rotate help" -f -a "list" -d 'List the remote clusters: settings joined with _remote/info'
complete -c es-remote -n "__fish_es_remote_using_subcommand help; and not __fish_seen_subcommand_from add remove list status credentials reload config eck explain doctor pair rotate help" -f -a "status" -d 'Show one or every remote cluster; --wait polls until connected'
complete -c es-remote -n "__fish_es_remote_using_subcommand help; and not __fish_seen_subcommand_from add remove list status credentials reload config eck explain doctor pair rotate help" -f -a "credentials" -d 'Put a cross-cluster API key in this node\'s keystore, then reload the secure settings'
complete -c es-remote -n "__fish_es_remote_using_subcommand help; and not __fish_seen_subcommand_from add remove list status credentials reload config eck explain doctor pair rotate help" -f -a "reload" -d 'Reload the secure settings of every node (POST /_nodes/reload_secure_settings) and report each node'
complete -c es-remote -n "__fish_es_remote_using_subcommand help; and not __fish_seen_subcommand_from add remove list status credentials reload config eck explain doctor pair rotate help" -f -a "config" -d 'Print the elasticsearch.yml lines of the API key model (offline)'
complete -c es-remote -n "__fish_es_remote_using_subcommand help; and not __fish_seen_subcommand_from add remove list status credentials reload config eck explain doctor pair rotate help" -f -a "eck" -d 'Manifests for ECK: expose the remote cluster server, or a Secret with the key'
complete -c es-remote -n "__fish_es_remote_using_subcommand help; and not __fish_seen_subcommand_from add remove list status credentials reload config eck explain doctor pair rotate help" -f -a "explain" -d 'Why a local user can or cannot read a remote index: the local remote_indices intersected with the cross-cluster key\'s access, per privilege, with the sentence Elasticsearch would answer'
complete -c es-remote -n "__fish_es_remote_using_subcommand help; and not __fish_seen_subcommand_from add remove list status credentials reload config eck explain doctor pair rotate help" -f -a "doctor" -d 'Diagnose a remote: settings, nodes, network, TLS, credentials and the connection, concurrently, each with a cause and a remedy; with --remote-es-url also the remote side'
complete -c es-remote -n "__fish_es_remote_using_subcommand help; and not __fish_seen_subcommand_from add remove list status credentials reload config eck explain doctor pair rotate help" -f -a "pair" -d 'A pairing bundle: one file (mode 0600) to hand from the remote\'s owner to the local\'s'
complete -c es-remote -n "__fish_es_remote_using_subcommand help; and not __fish_seen_subcommand_from add remove list status credentials reload config eck explain doctor pair rotate help" -f -a "rotate" -d 'Replace the cross-cluster key of a remote without a moment without a valid key: a new key with the old one\'s access, staged and verified, then the old one invalidated (rolled back on failure)'
complete -c es-remote -n "__fish_es_remote_using_subcommand help; and not __fish_seen_subcommand_from add remove list status credentials reload config eck explain doctor pair rotate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c es-remote -n "__fish_es_remote_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "client" -d 'The local (client) side: trust the remote\'s CA on the remote cluster client'
complete -c es-remote -n "__fish_es_remote_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "server" -d 'The remote (server) side: enable the remote cluster server with its certificate'
complete -c es-remote -n "__fish_es_remote_using_subcommand help; and __fish_seen_subcommand_from eck" -f -a "expose" -d 'Enable and expose the remote cluster server of an ECK-managed cluster (or its transport port)'
complete -c es-remote -n "__fish_es_remote_using_subcommand help; and __fish_seen_subcommand_from eck" -f -a "credentials" -d 'A Secret holding the cross-cluster key and the spec.secureSettings entry that references it'
complete -c es-remote -n "__fish_es_remote_using_subcommand help; and __fish_seen_subcommand_from pair" -f -a "export" -d 'On the REMOTE cluster: create a cross-cluster key and write the bundle (alias, address, server name, CA, key, the remote\'s name and version)'
complete -c es-remote -n "__fish_es_remote_using_subcommand help; and __fish_seen_subcommand_from pair" -f -a "import" -d 'On the LOCAL side: validate a bundle, then apply it where the local cluster runs (--target self: this node\'s keystore; eck: manifests, then --continue; ece/ech: the deployment\'s keystore and trust through the API), the alias\'s settings, the wait until connected, the doctor'
