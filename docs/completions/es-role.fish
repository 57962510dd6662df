# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_es_role_global_optspecs
    string join \n generate= o/output= v/verbose q/quiet h/help V/version
end

function __fish_es_role_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_es_role_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_es_role_using_subcommand
    set -l cmd (__fish_es_role_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c es-role -n "__fish_es_role_needs_command" -l generate -d 'Print a man page or shell completions to stdout and exit' -r -f -a "man\t'A roff man page'
bash\t''
zsh\t''
fish\t''
elvish\t''
powershell\t''"
complete -c es-role -n "__fish_es_role_needs_command" -s o -l output -d 'Output format for results on stdout' -r -f -a "text\t'Human-readable text'
json\t'One JSON document'
yaml\t'One YAML document'
jsonl\t'JSON Lines: one JSON document per line, streamed (fleets: a line per cluster, then a summary)'"
complete -c es-role -n "__fish_es_role_needs_command" -s v -l verbose -d 'More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)'
complete -c es-role -n "__fish_es_role_needs_command" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c es-role -n "__fish_es_role_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c es-role -n "__fish_es_role_needs_command" -s V -l version -d 'Print version'
complete -c es-role -n "__fish_es_role_needs_command" -f -a "autoops" -d 'The credential of Elastic\'s AutoOps agent: role, API key, user, privilege check'
complete -c es-role -n "__fish_es_role_needs_command" -f -a "cross-cluster-key" -d 'Cross-cluster API keys of a remote cluster (API key model, 8.14+): create, update, list, invalidate'
complete -c es-role -n "__fish_es_role_needs_command" -f -a "remote-role" -d 'Give a local role remote_indices (8.14+) and remote_cluster (8.15+) privileges for one remote cluster alias, keeping everything else the role has'
complete -c es-role -n "__fish_es_role_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and not __fish_seen_subcommand_from show role api-key user check help" -s o -l output -d 'Output format for results on stdout' -r -f -a "text\t'Human-readable text'
json\t'One JSON document'
yaml\t'One YAML document'
jsonl\t'JSON Lines: one JSON document per line, streamed (fleets: a line per cluster, then a summary)'"
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and not __fish_seen_subcommand_from show role api-key user check help" -s v -l verbose -d 'More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)'
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and not __fish_seen_subcommand_from show role api-key user check help" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and not __fish_seen_subcommand_from show role api-key user check help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and not __fish_seen_subcommand_from show role api-key user check help" -f -a "show" -d 'Print the AutoOps role descriptor (offline: sends nothing, needs no cluster)'
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and not __fish_seen_subcommand_from show role api-key user check help" -f -a "role" -d 'Create or update the `autoops` role (PUT /_security/role/NAME); unchanged roles are left alone'
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and not __fish_seen_subcommand_from show role api-key user check help" -f -a "api-key" -d 'Create a user API key with the AutoOps descriptor; prints only the key, as `id:api_key`'
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and not __fish_seen_subcommand_from show role api-key user check help" -f -a "user" -d 'Create a user with the `autoops` role, or add the role to an existing user (keeping its other roles)'
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and not __fish_seen_subcommand_from show role api-key user check help" -f -a "check" -d 'Check that the given credentials hold every AutoOps privilege (exit 1 when some are missing)'
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and not __fish_seen_subcommand_from show role api-key user check help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from show" -l for -d 'What the descriptor is for' -r -f -a "role\t'The role body, for PUT /_security/role/autoops'
api-key\t'`{"autoops": {...}}` for "Control security privileges" in Kibana\'s API key flyout'
console\t'The Kibana Dev Tools console request, `POST /_security/role/autoops` and its body'"
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format for results on stdout' -r -f -a "text\t'Human-readable text'
json\t'One JSON document'
yaml\t'One YAML document'
jsonl\t'JSON Lines: one JSON document per line, streamed (fleets: a line per cluster, then a summary)'"
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)'
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from role" -l name -l role-name -d 'Name of the role to create or update' -r
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from role" -l es-url -d 'Elasticsearch URL, e.g. https://es.example.com:9200; port 9200 when none is given [env: ELASTICSEARCH_URL]' -r
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from role" -l api-key -d 'API key, `id:api_key` or base64 `encoded`; prefer --api-key-file or $ELASTICSEARCH_API_KEY (argv is visible to other users)' -r
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from role" -l api-key-file -d 'Read the API key from FILE (`-` for standard input)' -r -F
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from role" -l username -d 'Username for basic authentication [env: ELASTICSEARCH_USERNAME]' -r
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from role" -l password -d 'Password; prefer --password-file or $ELASTICSEARCH_PASSWORD' -r
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from role" -l password-file -d 'Read the password from FILE (`-` for standard input)' -r -F
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from role" -l ca-cert -d 'Trust this CA (PEM) for the cluster\'s certificate; repeatable [env: ELASTICSEARCH_CA_CERT]' -r -F
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from role" -l ca-fingerprint -d 'Trust the certificate with this SHA-256 fingerprint (colons optional) [env: ELASTICSEARCH_CA_FINGERPRINT]' -r
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from role" -l proxy -d 'Proxy for every request (overrides HTTPS_PROXY/HTTP_PROXY; NO_PROXY still applies)' -r
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from role" -l connect-timeout -d 'Time limit to open a connection' -r
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from role" -l timeout -d 'Time limit for each request attempt' -r
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from role" -l retries -d 'Retries for idempotent requests on 429/502/503/504 and connection failures' -r
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from role" -s o -l output -d 'Output format for results on stdout' -r -f -a "text\t'Human-readable text'
json\t'One JSON document'
yaml\t'One YAML document'
jsonl\t'JSON Lines: one JSON document per line, streamed (fleets: a line per cluster, then a summary)'"
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from role" -l dry-run -d 'Print the requests that would change the cluster (secrets redacted) and send nothing at all, not even a read: the cluster need not be reachable and no credentials are needed'
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from role" -l insecure -d 'Do not verify the server\'s certificate (loud warning; for diagnosis only)'
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from role" -s v -l verbose -d 'More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)'
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from role" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from role" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from api-key" -l name -d 'Name of the API key (shown in Kibana\'s API keys page)' -r
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from api-key" -l expiration -d 'Lifetime of the key as an Elasticsearch duration (90d, 12h, 30m); without it the key never expires' -r
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from api-key" -l role-name -d 'Name of the role descriptor inside the key (the wizard uses `autoops`)' -r
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from api-key" -l out -d 'Write the key (`id:api_key`) to FILE, atomically and with mode 0600, instead of stdout' -r -F
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from api-key" -l es-url -d 'Elasticsearch URL, e.g. https://es.example.com:9200; port 9200 when none is given [env: ELASTICSEARCH_URL]' -r
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from api-key" -l api-key -d 'API key, `id:api_key` or base64 `encoded`; prefer --api-key-file or $ELASTICSEARCH_API_KEY (argv is visible to other users)' -r
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from api-key" -l api-key-file -d 'Read the API key from FILE (`-` for standard input)' -r -F
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from api-key" -l username -d 'Username for basic authentication [env: ELASTICSEARCH_USERNAME]' -r
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from api-key" -l password -d 'Password; prefer --password-file or $ELASTICSEARCH_PASSWORD' -r
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from api-key" -l password-file -d 'Read the password from FILE (`-` for standard input)' -r -F
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from api-key" -l ca-cert -d 'Trust this CA (PEM) for the cluster\'s certificate; repeatable [env: ELASTICSEARCH_CA_CERT]' -r -F
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from api-key" -l ca-fingerprint -d 'Trust the certificate with this SHA-256 fingerprint (colons optional) [env: ELASTICSEARCH_CA_FINGERPRINT]' -r
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from api-key" -l proxy -d 'Proxy for every request (overrides HTTPS_PROXY/HTTP_PROXY; NO_PROXY still applies)' -r
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from api-key" -l connect-timeout -d 'Time limit to open a connection' -r
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from api-key" -l timeout -d 'Time limit for each request attempt' -r
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from api-key" -l retries -d 'Retries for idempotent requests on 429/502/503/504 and connection failures' -r
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from api-key" -s o -l output -d 'Output format for results on stdout' -r -f -a "text\t'Human-readable text'
json\t'One JSON document'
yaml\t'One YAML document'
jsonl\t'JSON Lines: one JSON document per line, streamed (fleets: a line per cluster, then a summary)'"
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from api-key" -l dry-run -d 'Print the requests that would change the cluster (secrets redacted) and send nothing at all, not even a read: the cluster need not be reachable and no credentials are needed'
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from api-key" -l insecure -d 'Do not verify the server\'s certificate (loud warning; for diagnosis only)'
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from api-key" -s v -l verbose -d 'More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)'
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from api-key" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from api-key" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from user" -l new-password-file -d 'Read the NEW user\'s password from FILE (`-` for standard input); at least 6 characters. The connection\'s --password/--password-file stay the admin\'s credentials' -r -F
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from user" -l role-name -d 'The role to create and assign' -r
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from user" -l es-url -d 'Elasticsearch URL, e.g. https://es.example.com:9200; port 9200 when none is given [env: ELASTICSEARCH_URL]' -r
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from user" -l api-key -d 'API key, `id:api_key` or base64 `encoded`; prefer --api-key-file or $ELASTICSEARCH_API_KEY (argv is visible to other users)' -r
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from user" -l api-key-file -d 'Read the API key from FILE (`-` for standard input)' -r -F
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from user" -l username -d 'Username for basic authentication [env: ELASTICSEARCH_USERNAME]' -r
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from user" -l password -d 'Password; prefer --password-file or $ELASTICSEARCH_PASSWORD' -r
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from user" -l password-file -d 'Read the password from FILE (`-` for standard input)' -r -F
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from user" -l ca-cert -d 'Trust this CA (PEM) for the cluster\'s certificate; repeatable [env: ELASTICSEARCH_CA_CERT]' -r -F
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from user" -l ca-fingerprint -d 'Trust the certificate with this SHA-256 fingerprint (colons optional) [env: ELASTICSEARCH_CA_FINGERPRINT]' -r
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from user" -l proxy -d 'Proxy for every request (overrides HTTPS_PROXY/HTTP_PROXY; NO_PROXY still applies)' -r
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from user" -l connect-timeout -d 'Time limit to open a connection' -r
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from user" -l timeout -d 'Time limit for each request attempt' -r
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from user" -l retries -d 'Retries for idempotent requests on 429/502/503/504 and connection failures' -r
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from user" -s o -l output -d 'Output format for results on stdout' -r -f -a "text\t'Human-readable text'
json\t'One JSON document'
yaml\t'One YAML document'
jsonl\t'JSON Lines: one JSON document per line, streamed (fleets: a line per cluster, then a summary)'"
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from user" -l dry-run -d 'Print the requests that would change the cluster (secrets redacted) and send nothing at all, not even a read: the cluster need not be reachable and no credentials are needed'
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from user" -l insecure -d 'Do not verify the server\'s certificate (loud warning; for diagnosis only)'
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from user" -s v -l verbose -d 'More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)'
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from user" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from user" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from check" -l es-url -d 'Elasticsearch URL, e.g. https://es.example.com:9200; port 9200 when none is given [env: ELASTICSEARCH_URL]' -r
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from check" -l api-key -d 'API key, `id:api_key` or base64 `encoded`; prefer --api-key-file or $ELASTICSEARCH_API_KEY (argv is visible to other users)' -r
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from check" -l api-key-file -d 'Read the API key from FILE (`-` for standard input)' -r -F
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from check" -l username -d 'Username for basic authentication [env: ELASTICSEARCH_USERNAME]' -r
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from check" -l password -d 'Password; prefer --password-file or $ELASTICSEARCH_PASSWORD' -r
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from check" -l password-file -d 'Read the password from FILE (`-` for standard input)' -r -F
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from check" -l ca-cert -d 'Trust this CA (PEM) for the cluster\'s certificate; repeatable [env: ELASTICSEARCH_CA_CERT]' -r -F
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from check" -l ca-fingerprint -d 'Trust the certificate with this SHA-256 fingerprint (colons optional) [env: ELASTICSEARCH_CA_FINGERPRINT]' -r
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from check" -l proxy -d 'Proxy for every request (overrides HTTPS_PROXY/HTTP_PROXY; NO_PROXY still applies)' -r
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from check" -l connect-timeout -d 'Time limit to open a connection' -r
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from check" -l timeout -d 'Time limit for each request attempt' -r
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from check" -l retries -d 'Retries for idempotent requests on 429/502/503/504 and connection failures' -r
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from check" -s o -l output -d 'Output format for results on stdout' -r -f -a "text\t'Human-readable text'
json\t'One JSON document'
yaml\t'One YAML document'
jsonl\t'JSON Lines: one JSON document per line, streamed (fleets: a line per cluster, then a summary)'"
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from check" -l insecure -d 'Do not verify the server\'s certificate (loud warning; for diagnosis only)'
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from check" -s v -l verbose -d 'More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)'
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from help" -f -a "show" -d 'Print the AutoOps role descriptor (offline: sends nothing, needs no cluster)'
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from help" -f -a "role" -d 'Create or update the `autoops` role (PUT /_security/role/NAME); unchanged roles are left alone'
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from help" -f -a "api-key" -d 'Create a user API key with the AutoOps descriptor; prints only the key, as `id:api_key`'
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from help" -f -a "user" -d 'Create a user with the `autoops` role, or add the role to an existing user (keeping its other roles)'
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from help" -f -a "check" -d 'Check that the given credentials hold every AutoOps privilege (exit 1 when some are missing)'
complete -c es-role -n "__fish_es_role_using_subcommand autoops; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and not __fish_seen_subcommand_from create update list invalidate help" -s o -l output -d 'Output format for results on stdout' -r -f -a "text\t'Human-readable text'
json\t'One JSON document'
yaml\t'One YAML document'
jsonl\t'JSON Lines: one JSON document per line, streamed (fleets: a line per cluster, then a summary)'"
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and not __fish_seen_subcommand_from create update list invalidate help" -s v -l verbose -d 'More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)'
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and not __fish_seen_subcommand_from create update list invalidate help" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and not __fish_seen_subcommand_from create update list invalidate help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and not __fish_seen_subcommand_from create update list invalidate help" -f -a "create" -d 'Create a cross-cluster API key (POST /_security/cross_cluster/api_key); prints only its encoded form'
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and not __fish_seen_subcommand_from create update list invalidate help" -f -a "update" -d 'Change a key\'s access, expiration, metadata or certificate identity, keeping the rest; sends nothing when nothing changes'
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and not __fish_seen_subcommand_from create update list invalidate help" -f -a "list" -d 'List the cross-cluster API keys with their expiry, soonest first'
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and not __fish_seen_subcommand_from create update list invalidate help" -f -a "invalidate" -d 'Invalidate a cross-cluster API key (DELETE /_security/api_key with its id)'
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and not __fish_seen_subcommand_from create update list invalidate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from create" -l name -d 'Name of the key (shown in Kibana\'s API keys page)' -r
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from create" -l search -d 'Index patterns the key lets the local cluster search (cross-cluster search), comma-separated' -r
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from create" -l query -d 'A document-level security query (a JSON object) limiting what --search may read' -r
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from create" -l field-security -d 'Field-level security for --search, as JSON, e.g. \'{"grant": ["*"], "except": ["secret"]}\'' -r
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from create" -l replication -d 'Index patterns the key lets the local cluster replicate (cross-cluster replication), comma-separated' -r
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from create" -l expiration -d 'Lifetime of the key as an Elasticsearch duration (90d, 12h, 30m); without it the key never expires (update: the expiry is set to now + DURATION)' -r
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from create" -l certificate-identity -d 'A regular expression the distinguished name of the local cluster\'s signing certificate must match (strong identity verification, 9.3+), e.g. \'CN=.*.node.CLUSTER-ID.cluster.*\'' -r
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from create" -l metadata -d 'Metadata to store with the key, as KEY=VALUE (a string); repeat for more. Keys starting with `_` are Elasticsearch\'s' -r
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from create" -l out -d 'Write the encoded key to FILE, atomically and with mode 0600, instead of stdout' -r -F
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from create" -l es-url -d 'Elasticsearch URL, e.g. https://es.example.com:9200; port 9200 when none is given [env: ELASTICSEARCH_URL]' -r
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from create" -l api-key -d 'API key, `id:api_key` or base64 `encoded`; prefer --api-key-file or $ELASTICSEARCH_API_KEY (argv is visible to other users)' -r
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from create" -l api-key-file -d 'Read the API key from FILE (`-` for standard input)' -r -F
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from create" -l username -d 'Username for basic authentication [env: ELASTICSEARCH_USERNAME]' -r
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from create" -l password -d 'Password; prefer --password-file or $ELASTICSEARCH_PASSWORD' -r
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from create" -l password-file -d 'Read the password from FILE (`-` for standard input)' -r -F
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from create" -l ca-cert -d 'Trust this CA (PEM) for the cluster\'s certificate; repeatable [env: ELASTICSEARCH_CA_CERT]' -r -F
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from create" -l ca-fingerprint -d 'Trust the certificate with this SHA-256 fingerprint (colons optional) [env: ELASTICSEARCH_CA_FINGERPRINT]' -r
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from create" -l proxy -d 'Proxy for every request (overrides HTTPS_PROXY/HTTP_PROXY; NO_PROXY still applies)' -r
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from create" -l connect-timeout -d 'Time limit to open a connection' -r
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from create" -l timeout -d 'Time limit for each request attempt' -r
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from create" -l retries -d 'Retries for idempotent requests on 429/502/503/504 and connection failures' -r
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format for results on stdout' -r -f -a "text\t'Human-readable text'
json\t'One JSON document'
yaml\t'One YAML document'
jsonl\t'JSON Lines: one JSON document per line, streamed (fleets: a line per cluster, then a summary)'"
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from create" -l dry-run -d 'Print the requests that would change the cluster (secrets redacted) and send none of them. The harmless reads the plan depends on (GET only) are still made: the cluster must be reachable, and the plan shows exactly what would change'
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from create" -l insecure -d 'Do not verify the server\'s certificate (loud warning; for diagnosis only)'
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from create" -s v -l verbose -d 'More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)'
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from update" -l search -d 'Index patterns the key lets the local cluster search (cross-cluster search), comma-separated' -r
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from update" -l query -d 'A document-level security query (a JSON object) limiting what --search may read' -r
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from update" -l field-security -d 'Field-level security for --search, as JSON, e.g. \'{"grant": ["*"], "except": ["secret"]}\'' -r
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from update" -l replication -d 'Index patterns the key lets the local cluster replicate (cross-cluster replication), comma-separated' -r
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from update" -l expiration -d 'Lifetime of the key as an Elasticsearch duration (90d, 12h, 30m); without it the key never expires (update: the expiry is set to now + DURATION)' -r
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from update" -l certificate-identity -d 'A regular expression the distinguished name of the local cluster\'s signing certificate must match (strong identity verification, 9.3+), e.g. \'CN=.*.node.CLUSTER-ID.cluster.*\'' -r
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from update" -l metadata -d 'Metadata to store with the key, as KEY=VALUE (a string); repeat for more. Keys starting with `_` are Elasticsearch\'s' -r
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from update" -l es-url -d 'Elasticsearch URL, e.g. https://es.example.com:9200; port 9200 when none is given [env: ELASTICSEARCH_URL]' -r
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from update" -l api-key -d 'API key, `id:api_key` or base64 `encoded`; prefer --api-key-file or $ELASTICSEARCH_API_KEY (argv is visible to other users)' -r
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from update" -l api-key-file -d 'Read the API key from FILE (`-` for standard input)' -r -F
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from update" -l username -d 'Username for basic authentication [env: ELASTICSEARCH_USERNAME]' -r
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from update" -l password -d 'Password; prefer --password-file or $ELASTICSEARCH_PASSWORD' -r
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from update" -l password-file -d 'Read the password from FILE (`-` for standard input)' -r -F
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from update" -l ca-cert -d 'Trust this CA (PEM) for the cluster\'s certificate; repeatable [env: ELASTICSEARCH_CA_CERT]' -r -F
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from update" -l ca-fingerprint -d 'Trust the certificate with this SHA-256 fingerprint (colons optional) [env: ELASTICSEARCH_CA_FINGERPRINT]' -r
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from update" -l proxy -d 'Proxy for every request (overrides HTTPS_PROXY/HTTP_PROXY; NO_PROXY still applies)' -r
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from update" -l connect-timeout -d 'Time limit to open a connection' -r
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from update" -l timeout -d 'Time limit for each request attempt' -r
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from update" -l retries -d 'Retries for idempotent requests on 429/502/503/504 and connection failures' -r
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format for results on stdout' -r -f -a "text\t'Human-readable text'
json\t'One JSON document'
yaml\t'One YAML document'
jsonl\t'JSON Lines: one JSON document per line, streamed (fleets: a line per cluster, then a summary)'"
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from update" -l no-search -d 'Remove the key\'s search access (it keeps its replication access)'
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from update" -l no-replication -d 'Remove the key\'s replication access (it keeps its search access)'
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from update" -l dry-run -d 'Print the requests that would change the cluster (secrets redacted) and send none of them. The harmless reads the plan depends on (GET only) are still made: the cluster must be reachable, and the plan shows exactly what would change'
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from update" -l insecure -d 'Do not verify the server\'s certificate (loud warning; for diagnosis only)'
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from update" -s v -l verbose -d 'More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)'
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from list" -l expiring-within -d 'Exit 1 (and name them) when a key expires within DURATION (30d, 12h) or has expired' -r
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from list" -l es-url -d 'Elasticsearch URL, e.g. https://es.example.com:9200; port 9200 when none is given [env: ELASTICSEARCH_URL]' -r
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from list" -l api-key -d 'API key, `id:api_key` or base64 `encoded`; prefer --api-key-file or $ELASTICSEARCH_API_KEY (argv is visible to other users)' -r
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from list" -l api-key-file -d 'Read the API key from FILE (`-` for standard input)' -r -F
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from list" -l username -d 'Username for basic authentication [env: ELASTICSEARCH_USERNAME]' -r
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from list" -l password -d 'Password; prefer --password-file or $ELASTICSEARCH_PASSWORD' -r
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from list" -l password-file -d 'Read the password from FILE (`-` for standard input)' -r -F
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from list" -l ca-cert -d 'Trust this CA (PEM) for the cluster\'s certificate; repeatable [env: ELASTICSEARCH_CA_CERT]' -r -F
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from list" -l ca-fingerprint -d 'Trust the certificate with this SHA-256 fingerprint (colons optional) [env: ELASTICSEARCH_CA_FINGERPRINT]' -r
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from list" -l proxy -d 'Proxy for every request (overrides HTTPS_PROXY/HTTP_PROXY; NO_PROXY still applies)' -r
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from list" -l connect-timeout -d 'Time limit to open a connection' -r
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from list" -l timeout -d 'Time limit for each request attempt' -r
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from list" -l retries -d 'Retries for idempotent requests on 429/502/503/504 and connection failures' -r
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format for results on stdout' -r -f -a "text\t'Human-readable text'
json\t'One JSON document'
yaml\t'One YAML document'
jsonl\t'JSON Lines: one JSON document per line, streamed (fleets: a line per cluster, then a summary)'"
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from list" -l all -d 'Also list invalidated keys'
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from list" -l insecure -d 'Do not verify the server\'s certificate (loud warning; for diagnosis only)'
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)'
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from invalidate" -l es-url -d 'Elasticsearch URL, e.g. https://es.example.com:9200; port 9200 when none is given [env: ELASTICSEARCH_URL]' -r
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from invalidate" -l api-key -d 'API key, `id:api_key` or base64 `encoded`; prefer --api-key-file or $ELASTICSEARCH_API_KEY (argv is visible to other users)' -r
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from invalidate" -l api-key-file -d 'Read the API key from FILE (`-` for standard input)' -r -F
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from invalidate" -l username -d 'Username for basic authentication [env: ELASTICSEARCH_USERNAME]' -r
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from invalidate" -l password -d 'Password; prefer --password-file or $ELASTICSEARCH_PASSWORD' -r
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from invalidate" -l password-file -d 'Read the password from FILE (`-` for standard input)' -r -F
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from invalidate" -l ca-cert -d 'Trust this CA (PEM) for the cluster\'s certificate; repeatable [env: ELASTICSEARCH_CA_CERT]' -r -F
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from invalidate" -l ca-fingerprint -d 'Trust the certificate with this SHA-256 fingerprint (colons optional) [env: ELASTICSEARCH_CA_FINGERPRINT]' -r
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from invalidate" -l proxy -d 'Proxy for every request (overrides HTTPS_PROXY/HTTP_PROXY; NO_PROXY still applies)' -r
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from invalidate" -l connect-timeout -d 'Time limit to open a connection' -r
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from invalidate" -l timeout -d 'Time limit for each request attempt' -r
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from invalidate" -l retries -d 'Retries for idempotent requests on 429/502/503/504 and connection failures' -r
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from invalidate" -s o -l output -d 'Output format for results on stdout' -r -f -a "text\t'Human-readable text'
json\t'One JSON document'
yaml\t'One YAML document'
jsonl\t'JSON Lines: one JSON document per line, streamed (fleets: a line per cluster, then a summary)'"
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from invalidate" -l dry-run -d 'Print the requests that would change the cluster (secrets redacted) and send none of them. The harmless reads the plan depends on (GET only) are still made: the cluster must be reachable, and the plan shows exactly what would change'
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from invalidate" -l insecure -d 'Do not verify the server\'s certificate (loud warning; for diagnosis only)'
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from invalidate" -s v -l verbose -d 'More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)'
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from invalidate" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from invalidate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a cross-cluster API key (POST /_security/cross_cluster/api_key); prints only its encoded form'
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a key\'s access, expiration, metadata or certificate identity, keeping the rest; sends nothing when nothing changes'
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the cross-cluster API keys with their expiry, soonest first'
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from help" -f -a "invalidate" -d 'Invalidate a cross-cluster API key (DELETE /_security/api_key with its id)'
complete -c es-role -n "__fish_es_role_using_subcommand cross-cluster-key; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c es-role -n "__fish_es_role_using_subcommand remote-role" -l cluster -d 'The remote cluster\'s alias (cluster.remote.ALIAS on the local cluster); wildcards match several' -r
complete -c es-role -n "__fish_es_role_using_subcommand remote-role" -l indices -d 'Index patterns on the remote cluster, comma-separated' -r
complete -c es-role -n "__fish_es_role_using_subcommand remote-role" -l privileges -d 'Index privileges on those indices, comma-separated (or a preset with --for)' -r
complete -c es-role -n "__fish_es_role_using_subcommand remote-role" -l for -d 'A preset of the docs\' examples instead of --privileges' -r -f -a "ccs\t'Cross-cluster search: read, read_cross_cluster, view_index_metadata on the remote indices'
ccr\t'Cross-cluster replication: cross_cluster_replication on the remote (leader) indices, and the local cluster privilege manage_ccr'"
complete -c es-role -n "__fish_es_role_using_subcommand remote-role" -l remote-cluster-privileges -d 'Remote cluster privileges for the alias, comma-separated' -r -f -a "monitor_enrich\t'Enrich across clusters (8.15+)'
monitor_stats\t'Remote cluster statistics (8.17+)'"
complete -c es-role -n "__fish_es_role_using_subcommand remote-role" -l es-url -d 'Elasticsearch URL, e.g. https://es.example.com:9200; port 9200 when none is given [env: ELASTICSEARCH_URL]' -r
complete -c es-role -n "__fish_es_role_using_subcommand remote-role" -l api-key -d 'API key, `id:api_key` or base64 `encoded`; prefer --api-key-file or $ELASTICSEARCH_API_KEY (argv is visible to other users)' -r
complete -c es-role -n "__fish_es_role_using_subcommand remote-role" -l api-key-file -d 'Read the API key from FILE (`-` for standard input)' -r -F
complete -c es-role -n "__fish_es_role_using_subcommand remote-role" -l username -d 'Username for basic authentication [env: ELASTICSEARCH_USERNAME]' -r
complete -c es-role -n "__fish_es_role_using_subcommand remote-role" -l password -d 'Password; prefer --password-file or $ELASTICSEARCH_PASSWORD' -r
complete -c es-role -n "__fish_es_role_using_subcommand remote-role" -l password-file -d 'Read the password from FILE (`-` for standard input)' -r -F
complete -c es-role -n "__fish_es_role_using_subcommand remote-role" -l ca-cert -d 'Trust this CA (PEM) for the cluster\'s certificate; repeatable [env: ELASTICSEARCH_CA_CERT]' -r -F
complete -c es-role -n "__fish_es_role_using_subcommand remote-role" -l ca-fingerprint -d 'Trust the certificate with this SHA-256 fingerprint (colons optional) [env: ELASTICSEARCH_CA_FINGERPRINT]' -r
complete -c es-role -n "__fish_es_role_using_subcommand remote-role" -l proxy -d 'Proxy for every request (overrides HTTPS_PROXY/HTTP_PROXY; NO_PROXY still applies)' -r
complete -c es-role -n "__fish_es_role_using_subcommand remote-role" -l connect-timeout -d 'Time limit to open a connection' -r
complete -c es-role -n "__fish_es_role_using_subcommand remote-role" -l timeout -d 'Time limit for each request attempt' -r
complete -c es-role -n "__fish_es_role_using_subcommand remote-role" -l retries -d 'Retries for idempotent requests on 429/502/503/504 and connection failures' -r
complete -c es-role -n "__fish_es_role_using_subcommand remote-role" -s o -l output -d 'Output format for results on stdout' -r -f -a "text\t'Human-readable text'
json\t'One JSON document'
yaml\t'One YAML document'
jsonl\t'JSON Lines: one JSON document per line, streamed (fleets: a line per cluster, then a summary)'"
complete -c es-role -n "__fish_es_role_using_subcommand remote-role" -l dry-run -d 'Print the requests that would change the cluster (secrets redacted) and send none of them. The harmless reads the plan depends on (GET only) are still made: the cluster must be reachable, and the plan shows exactly what would change'
complete -c es-role -n "__fish_es_role_using_subcommand remote-role" -l insecure -d 'Do not verify the server\'s certificate (loud warning; for diagnosis only)'
complete -c es-role -n "__fish_es_role_using_subcommand remote-role" -s v -l verbose -d 'More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)'
complete -c es-role -n "__fish_es_role_using_subcommand remote-role" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c es-role -n "__fish_es_role_using_subcommand remote-role" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c es-role -n "__fish_es_role_using_subcommand help; and not __fish_seen_subcommand_from autoops cross-cluster-key remote-role help" -f -a "autoops" -d 'The credential of Elastic\'s AutoOps agent: role, API key, user, privilege check'
complete -c es-role -n "__fish_es_role_using_subcommand help; and not __fish_seen_subcommand_from autoops cross-cluster-key remote-role help" -f -a "cross-cluster-key" -d 'Cross-cluster API keys of a remote cluster (API key model, 8.14+): create, update, list, invalidate'
complete -c es-role -n "__fish_es_role_using_subcommand help; and not __fish_seen_subcommand_from autoops cross-cluster-key remote-role help" -f -a "remote-role" -d 'Give a local role remote_indices (8.14+) and remote_cluster (8.15+) privileges for one remote cluster alias, keeping everything else the role has'
complete -c es-role -n "__fish_es_role_using_subcommand help; and not __fish_seen_subcommand_from autoops cross-cluster-key remote-role help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c es-role -n "__fish_es_role_using_subcommand help; and __fish_seen_subcommand_from autoops" -f -a "show" -d 'Print the AutoOps role descriptor (offline: sends nothing, needs no cluster)'
complete -c es-role -n "__fish_es_role_using_subcommand help; and __fish_seen_subcommand_from autoops" -f -a "role" -d 'Create or update the `autoops` role (PUT /_security/role/NAME); unchanged roles are left alone'
complete -c es-role -n "__fish_es_role_using_subcommand help; and __fish_seen_subcommand_from autoops" -f -a "api-key" -d 'Create a user API key with the AutoOps descriptor; prints only the key, as `id:api_key`'
complete -c es-role -n "__fish_es_role_using_subcommand help; and __fish_seen_subcommand_from autoops" -f -a "user" -d 'Create a user with the `autoops` role, or add the role to an existing user (keeping its other roles)'
complete -c es-role -n "__fish_es_role_using_subcommand help; and __fish_seen_subcommand_from autoops" -f -a "check" -d 'Check that the given credentials hold every AutoOps privilege (exit 1 when some are missing)'
complete -c es-role -n "__fish_es_role_using_subcommand help; and __fish_seen_subcommand_from cross-cluster-key" -f -a "create" -d 'Create a cross-cluster API key (POST /_security/cross_cluster/api_key); prints only its encoded form'
complete -c es-role -n "__fish_es_role_using_subcommand help; and __fish_seen_subcommand_from cross-cluster-key" -f -a "update" -d 'Change a key\'s access, expiration, metadata or certificate identity, keeping the rest; sends nothing when nothing changes'
complete -c es-role -n "__fish_es_role_using_subcommand help; and __fish_seen_subcommand_from cross-cluster-key" -f -a "list" -d 'List the cross-cluster API keys with their expiry, soonest first'
complete -c es-role -n "__fish_es_role_using_subcommand help; and __fish_seen_subcommand_from cross-cluster-key" -f -a "invalidate" -d 'Invalidate a cross-cluster API key (DELETE /_security/api_key with its id)'
