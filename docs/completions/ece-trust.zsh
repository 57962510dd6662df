#compdef ece-trust

autoload -U is-at-least

_ece-trust() {
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
":: :_ece-trust_commands" \
"*::: :->ece-trust" \
&& ret=0
    case $state in
    (ece-trust)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ece-trust-command-$line[1]:"
        case $line[1] in
            (cert)
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
":: :_ece-trust__subcmd__cert_commands" \
"*::: :->cert" \
&& ret=0

    case $state in
    (cert)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ece-trust-cert-command-$line[1]:"
        case $line[1] in
            (inspect)
_arguments "${_arguments_options[@]}" : \
'--server-name=[For an endpoint\: the name to check its certificate against (and to send as SNI); the host by default]:NAME:_default' \
'*--ca-cert=[For an endpoint\: CA certificate file(s) (PEM, DER or PKCS#12) to check the presented chain with; the public roots when none is given. Repeatable]:FILE:_files' \
'--password-file=[The password of a PKCS#12 file (the inspected one, and any --ca-cert), read from FILE (\`-\` for standard input). Without it the empty password is tried]:FILE:_files' \
'--timeout=[For an endpoint\: how long to wait for the connection and each TLS message]:DURATION:_default' \
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
':target -- A certificate file (PEM, DER or PKCS#12), or HOST\:PORT of a TLS endpoint (an Elasticsearch transport port such as 9300, a remote cluster server on 9443, an HTTPS port):_default' \
&& ret=0
;;
(convert)
_arguments "${_arguments_options[@]}" : \
'--out=[The PEM file to write (certificates only)]:CA.pem:_files' \
'--password-file=[The password of a PKCS#12 IN, read from FILE (\`-\` for standard input)]:FILE:_files' \
'-o+[Output format for results on stdout]:OUTPUT:((text\:"Human-readable text"
json\:"One JSON document"
yaml\:"One YAML document"
jsonl\:"JSON Lines\: one JSON document per line, streamed (fleets\: a line per cluster, then a summary)"))' \
'--output=[Output format for results on stdout]:OUTPUT:((text\:"Human-readable text"
json\:"One JSON document"
yaml\:"One YAML document"
jsonl\:"JSON Lines\: one JSON document per line, streamed (fleets\: a line per cluster, then a summary)"))' \
'--allow-leaf[Also write certificates that are not CAs (basicConstraints cA false)]' \
'*-v[More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)]' \
'*--verbose[More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)]' \
'(-v --verbose)-q[Only errors and warnings on stderr]' \
'(-v --verbose)--quiet[Only errors and warnings on stderr]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
':input -- The PKCS#12 file (elastic-stack-ca.p12) or PEM bundle:_files' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_ece-trust__subcmd__cert__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ece-trust-cert-help-command-$line[1]:"
        case $line[1] in
            (inspect)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(convert)
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
(restrictions)
_arguments "${_arguments_options[@]}" : \
'*--cluster=[A cluster to trust\: \`*.node.<ID>.cluster.<scope>.account\`. Repeatable]:ID:_default' \
'--scope=[The scope of --cluster\: the ECE environment id or the ECH organization id]:SCOPE:_default' \
'*--all-clusters-of=[Trust every cluster of this scope\: \`*.node.*.cluster.<SCOPE>.account\`. Repeatable]:SCOPE:_default' \
'*--own=[A pattern for the cluster'\''s own nodes when their certificates follow another convention (e.g. \`node*.es.example.com\`). \`*\` and \`?\` are wildcards. Repeatable]:PATTERN:_default' \
'--x509-field=[The certificate field the patterns match\: adds \`trust_restrictions.x509_fields\` to the printed elasticsearch.yml lines when not the default]:FIELD:((other-name\:"\`subjectAltName.otherName.commonName\` (the default)"
dns\:"\`subjectAltName.dnsName\`"))' \
'--out=[Write the file to FILE instead of stdout. The patterns an existing FILE holds are kept (new ones are added after them), unless --replace]:FILE:_files' \
'-o+[Output format for results on stdout]:OUTPUT:((text\:"Human-readable text"
json\:"One JSON document"
yaml\:"One YAML document"
jsonl\:"JSON Lines\: one JSON document per line, streamed (fleets\: a line per cluster, then a summary)"))' \
'--output=[Output format for results on stdout]:OUTPUT:((text\:"Human-readable text"
json\:"One JSON document"
yaml\:"One YAML document"
jsonl\:"JSON Lines\: one JSON document per line, streamed (fleets\: a line per cluster, then a summary)"))' \
'--replace[With --out\: write only the patterns given here, dropping those FILE holds]' \
'*-v[More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)]' \
'*--verbose[More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)]' \
'(-v --verbose)-q[Only errors and warnings on stderr]' \
'(-v --verbose)--quiet[Only errors and warnings on stderr]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
":: :_ece-trust__subcmd__restrictions_commands" \
"*::: :->restrictions" \
&& ret=0

    case $state in
    (restrictions)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ece-trust-restrictions-command-$line[1]:"
        case $line[1] in
            (check)
_arguments "${_arguments_options[@]}" : \
'--cert=[The node certificate to check (PEM, DER or PKCS#12; the first certificate that is not a CA)]:FILE:_files' \
'--password-file=[The password of a PKCS#12 --cert, read from FILE (\`-\` for standard input)]:FILE:_files' \
'--x509-field=[The certificate field to match]:FIELD:((other-name\:"\`subjectAltName.otherName.commonName\` (the default)"
dns\:"\`subjectAltName.dnsName\`"))' \
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
':file -- The restrictions file (YAML with `trust.subject_name`):_files' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_ece-trust__subcmd__restrictions__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ece-trust-restrictions-help-command-$line[1]:"
        case $line[1] in
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
(instances)
_arguments "${_arguments_options[@]}" : \
'--cluster=[The cluster id in the names (\`<node>.node.<ID>.cluster.<scope>.account\`)]:ID:_default' \
'--scope=[The scope in the names\: the ECE environment id or the ECH organization id (lowercase letters and digits, at most 32)]:SCOPE:_default' \
'(--from-cluster)--nodes=[The nodes\: CSV lines \`name\[,dns\[;dns…\]\]\[,ip\[;ip…\]\]\` or one name per line; \`#\` starts a comment]:FILE:_files' \
'--out=[Write the file to FILE instead of stdout. The instances an existing FILE lists for other nodes are kept (those of the same names are replaced), unless --replace]:FILE:_files' \
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
'--from-cluster[Read node names and addresses from GET /_nodes of the (self-managed) cluster the connection flags name]' \
'--filenames[Add \`filename\: <name>\` to each instance (certutil'\''s default is the name already)]' \
'--replace[With --out\: write only the nodes given here, dropping the others FILE lists]' \
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
":: :_ece-trust__subcmd__config_commands" \
"*::: :->config" \
&& ret=0

    case $state in
    (config)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ece-trust-config-command-$line[1]:"
        case $line[1] in
            (self)
_arguments "${_arguments_options[@]}" : \
'--ca=[The deployment'\''s CA certificate (PEM, DER or PKCS#12; from the deployment'\''s Security page)]:FILE:_files' \
'--password-file=[The password of a PKCS#12 --ca, read from FILE (\`-\` for standard input)]:FILE:_files' \
'--ca-path=[Where the CA will be on the nodes, as the setting names it (relative to the config directory)]:PATH:_default' \
'*--keep-ca=[A CA the transport layer trusts today (the cluster'\''s own, e.g. certs/ca.crt)\: kept in the list, which the setting replaces as a whole. Repeatable]:PATH:_default' \
'--restrictions=[The trust restrictions file, as \`trust_restrictions.path\` names it]:PATH:_default' \
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
(eck)
_arguments "${_arguments_options[@]}" : \
'--ca=[The deployment'\''s CA certificate (PEM, DER or PKCS#12)]:FILE:_files' \
'--cluster=[The name of the Elasticsearch resource]:NAME:_default' \
'-n+[The namespace]:NAMESPACE:_default' \
'--namespace=[The namespace]:NAMESPACE:_default' \
'--configmap=[The name of the ConfigMap to create; \`<cluster>-transport-cas\` by default]:NAME:_default' \
'--password-file=[The password of a PKCS#12 --ca, read from FILE (\`-\` for standard input)]:FILE:_files' \
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
":: :_ece-trust__subcmd__config__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ece-trust-config-help-command-$line[1]:"
        case $line[1] in
            (self)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(eck)
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
(add)
_arguments "${_arguments_options[@]}" : \
'--deployment=[The deployment'\''s id (the 32-character hexadecimal id in the deployment'\''s page URL)]:ID:_default' \
'--ref-id=[The Elasticsearch resource of the deployment (its ref_id); needed only when it has several]:REF:_default' \
'--ec-host=[ECE coordinator (port 12443 when none is given) or the ECH API host api.elastic-cloud.com; https\:// is implied \[env\: EC_HOST\]]:HOST[:PORT]:_default' \
'--target=[Which API\: inferred from the host (api.elastic-cloud.com and *.elastic-cloud.com are ECH, anything else ECE)]:TARGET:(ece ech)' \
'--ec-api-key=[ECE/ECH API key, sent as given; prefer --ec-api-key-file or \$EC_API_KEY (argv is visible to other users)]:KEY:_default' \
'--ec-api-key-file=[Read the ECE/ECH API key from FILE (\`-\` for standard input)]:FILE:_files' \
'--ec-username=[ECE only\: a user for basic authentication, with --ec-password-file \[env\: EC_USER\]]:NAME:_default' \
'--ec-password-file=[ECE only\: read the user'\''s password from FILE (\`-\` for standard input) \[env\: EC_PASS\]]:FILE:_files' \
'*--ec-ca-cert=[Trust this CA (PEM) for the API'\''s certificate (ECE often uses a private CA); repeatable \[env\: EC_CA_CERT\]]:PEM:_files' \
'--ec-ca-fingerprint=[Trust the API certificate with this SHA-256 fingerprint \[env\: EC_CA_FINGERPRINT\]]:SHA256:_default' \
'--ec-proxy=[Proxy for the API (overrides HTTPS_PROXY/HTTP_PROXY; NO_PROXY still applies)]:URL:_default' \
'--ec-timeout=[Time limit for each request attempt to the API]:DURATION:_default' \
'--name=[A name for the trusted environment; an entry with this name is replaced (its uid kept)]:NAME:_default' \
'--ca=[The CA certificate of the trusted environment (PEM, DER or PKCS#12 without a password; no private key)]:PEM:_files' \
'*--node-names=[Node names to trust (no wildcards), comma-separated; required without --scope-id]:N,...:_default' \
'--scope-id=[The scope id of the trusted clusters'\'' certificate names (\`*.node.<cluster>.cluster.<scope>.account\`)\: lowercase letters and digits, at most 32]:S:_default' \
'*--allowlist=[Trust these clusters of the scope (Elasticsearch cluster ids, comma-separated; needs --scope-id)]:CLUSTER_ID,...:_default' \
'--type=[Who issues the certificates\: generic (self-managed, the default), ECE, ESS (ECH) or proxy]:TYPE:(generic ECE ESS proxy)' \
'-o+[Output format for results on stdout]:OUTPUT:((text\:"Human-readable text"
json\:"One JSON document"
yaml\:"One YAML document"
jsonl\:"JSON Lines\: one JSON document per line, streamed (fleets\: a line per cluster, then a summary)"))' \
'--output=[Output format for results on stdout]:OUTPUT:((text\:"Human-readable text"
json\:"One JSON document"
yaml\:"One YAML document"
jsonl\:"JSON Lines\: one JSON document per line, streamed (fleets\: a line per cluster, then a summary)"))' \
'--ec-insecure[Do not verify the API'\''s certificate (loud warning; for diagnosis only)]' \
'--trust-all[Trust every cluster of the scope (needs --scope-id)]' \
'--dry-run[Show the change and send nothing]' \
'*-v[More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)]' \
'*--verbose[More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)]' \
'(-v --verbose)-q[Only errors and warnings on stderr]' \
'(-v --verbose)--quiet[Only errors and warnings on stderr]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
&& ret=0
;;
(account)
_arguments "${_arguments_options[@]}" : \
'--deployment=[The deployment'\''s id (the 32-character hexadecimal id in the deployment'\''s page URL)]:ID:_default' \
'--ref-id=[The Elasticsearch resource of the deployment (its ref_id); needed only when it has several]:REF:_default' \
'--ec-host=[ECE coordinator (port 12443 when none is given) or the ECH API host api.elastic-cloud.com; https\:// is implied \[env\: EC_HOST\]]:HOST[:PORT]:_default' \
'--target=[Which API\: inferred from the host (api.elastic-cloud.com and *.elastic-cloud.com are ECH, anything else ECE)]:TARGET:(ece ech)' \
'--ec-api-key=[ECE/ECH API key, sent as given; prefer --ec-api-key-file or \$EC_API_KEY (argv is visible to other users)]:KEY:_default' \
'--ec-api-key-file=[Read the ECE/ECH API key from FILE (\`-\` for standard input)]:FILE:_files' \
'--ec-username=[ECE only\: a user for basic authentication, with --ec-password-file \[env\: EC_USER\]]:NAME:_default' \
'--ec-password-file=[ECE only\: read the user'\''s password from FILE (\`-\` for standard input) \[env\: EC_PASS\]]:FILE:_files' \
'*--ec-ca-cert=[Trust this CA (PEM) for the API'\''s certificate (ECE often uses a private CA); repeatable \[env\: EC_CA_CERT\]]:PEM:_files' \
'--ec-ca-fingerprint=[Trust the API certificate with this SHA-256 fingerprint \[env\: EC_CA_FINGERPRINT\]]:SHA256:_default' \
'--ec-proxy=[Proxy for the API (overrides HTTPS_PROXY/HTTP_PROXY; NO_PROXY still applies)]:URL:_default' \
'--ec-timeout=[Time limit for each request attempt to the API]:DURATION:_default' \
'--account-id=[The account (organisation) id]:A:_default' \
'*--allowlist=[Trust only these clusters (Elasticsearch cluster ids, not deployment ids; comma-separated)]:CLUSTER_ID,...:_default' \
'-o+[Output format for results on stdout]:OUTPUT:((text\:"Human-readable text"
json\:"One JSON document"
yaml\:"One YAML document"
jsonl\:"JSON Lines\: one JSON document per line, streamed (fleets\: a line per cluster, then a summary)"))' \
'--output=[Output format for results on stdout]:OUTPUT:((text\:"Human-readable text"
json\:"One JSON document"
yaml\:"One YAML document"
jsonl\:"JSON Lines\: one JSON document per line, streamed (fleets\: a line per cluster, then a summary)"))' \
'--ec-insecure[Do not verify the API'\''s certificate (loud warning; for diagnosis only)]' \
'--trust-all[Trust every cluster of the account]' \
'--dry-run[Show the change and send nothing]' \
'*-v[More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)]' \
'*--verbose[More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)]' \
'(-v --verbose)-q[Only errors and warnings on stderr]' \
'(-v --verbose)--quiet[Only errors and warnings on stderr]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
&& ret=0
;;
(external)
_arguments "${_arguments_options[@]}" : \
'--deployment=[The deployment'\''s id (the 32-character hexadecimal id in the deployment'\''s page URL)]:ID:_default' \
'--ref-id=[The Elasticsearch resource of the deployment (its ref_id); needed only when it has several]:REF:_default' \
'--ec-host=[ECE coordinator (port 12443 when none is given) or the ECH API host api.elastic-cloud.com; https\:// is implied \[env\: EC_HOST\]]:HOST[:PORT]:_default' \
'--target=[Which API\: inferred from the host (api.elastic-cloud.com and *.elastic-cloud.com are ECH, anything else ECE)]:TARGET:(ece ech)' \
'--ec-api-key=[ECE/ECH API key, sent as given; prefer --ec-api-key-file or \$EC_API_KEY (argv is visible to other users)]:KEY:_default' \
'--ec-api-key-file=[Read the ECE/ECH API key from FILE (\`-\` for standard input)]:FILE:_files' \
'--ec-username=[ECE only\: a user for basic authentication, with --ec-password-file \[env\: EC_USER\]]:NAME:_default' \
'--ec-password-file=[ECE only\: read the user'\''s password from FILE (\`-\` for standard input) \[env\: EC_PASS\]]:FILE:_files' \
'*--ec-ca-cert=[Trust this CA (PEM) for the API'\''s certificate (ECE often uses a private CA); repeatable \[env\: EC_CA_CERT\]]:PEM:_files' \
'--ec-ca-fingerprint=[Trust the API certificate with this SHA-256 fingerprint \[env\: EC_CA_FINGERPRINT\]]:SHA256:_default' \
'--ec-proxy=[Proxy for the API (overrides HTTPS_PROXY/HTTP_PROXY; NO_PROXY still applies)]:URL:_default' \
'--ec-timeout=[Time limit for each request attempt to the API]:DURATION:_default' \
'--relationship-id=[The trust relationship'\''s id (\`ece-trust relationships list\`)]:R:_default' \
'*--allowlist=[Trust only these clusters (Elasticsearch cluster ids, comma-separated)]:CLUSTER_ID,...:_default' \
'-o+[Output format for results on stdout]:OUTPUT:((text\:"Human-readable text"
json\:"One JSON document"
yaml\:"One YAML document"
jsonl\:"JSON Lines\: one JSON document per line, streamed (fleets\: a line per cluster, then a summary)"))' \
'--output=[Output format for results on stdout]:OUTPUT:((text\:"Human-readable text"
json\:"One JSON document"
yaml\:"One YAML document"
jsonl\:"JSON Lines\: one JSON document per line, streamed (fleets\: a line per cluster, then a summary)"))' \
'--ec-insecure[Do not verify the API'\''s certificate (loud warning; for diagnosis only)]' \
'--trust-all[Trust every cluster of the environment]' \
'--dry-run[Show the change and send nothing]' \
'*-v[More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)]' \
'*--verbose[More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)]' \
'(-v --verbose)-q[Only errors and warnings on stderr]' \
'(-v --verbose)--quiet[Only errors and warnings on stderr]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
&& ret=0
;;
(remove)
_arguments "${_arguments_options[@]}" : \
'--deployment=[The deployment'\''s id (the 32-character hexadecimal id in the deployment'\''s page URL)]:ID:_default' \
'--ref-id=[The Elasticsearch resource of the deployment (its ref_id); needed only when it has several]:REF:_default' \
'--ec-host=[ECE coordinator (port 12443 when none is given) or the ECH API host api.elastic-cloud.com; https\:// is implied \[env\: EC_HOST\]]:HOST[:PORT]:_default' \
'--target=[Which API\: inferred from the host (api.elastic-cloud.com and *.elastic-cloud.com are ECH, anything else ECE)]:TARGET:(ece ech)' \
'--ec-api-key=[ECE/ECH API key, sent as given; prefer --ec-api-key-file or \$EC_API_KEY (argv is visible to other users)]:KEY:_default' \
'--ec-api-key-file=[Read the ECE/ECH API key from FILE (\`-\` for standard input)]:FILE:_files' \
'--ec-username=[ECE only\: a user for basic authentication, with --ec-password-file \[env\: EC_USER\]]:NAME:_default' \
'--ec-password-file=[ECE only\: read the user'\''s password from FILE (\`-\` for standard input) \[env\: EC_PASS\]]:FILE:_files' \
'*--ec-ca-cert=[Trust this CA (PEM) for the API'\''s certificate (ECE often uses a private CA); repeatable \[env\: EC_CA_CERT\]]:PEM:_files' \
'--ec-ca-fingerprint=[Trust the API certificate with this SHA-256 fingerprint \[env\: EC_CA_FINGERPRINT\]]:SHA256:_default' \
'--ec-proxy=[Proxy for the API (overrides HTTPS_PROXY/HTTP_PROXY; NO_PROXY still applies)]:URL:_default' \
'--ec-timeout=[Time limit for each request attempt to the API]:DURATION:_default' \
'--name=[The entry'\''s name (or account id, or relationship id)]:NAME:_default' \
'-o+[Output format for results on stdout]:OUTPUT:((text\:"Human-readable text"
json\:"One JSON document"
yaml\:"One YAML document"
jsonl\:"JSON Lines\: one JSON document per line, streamed (fleets\: a line per cluster, then a summary)"))' \
'--output=[Output format for results on stdout]:OUTPUT:((text\:"Human-readable text"
json\:"One JSON document"
yaml\:"One YAML document"
jsonl\:"JSON Lines\: one JSON document per line, streamed (fleets\: a line per cluster, then a summary)"))' \
'--ec-insecure[Do not verify the API'\''s certificate (loud warning; for diagnosis only)]' \
'--dry-run[Show the change and send nothing]' \
'*-v[More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)]' \
'*--verbose[More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)]' \
'(-v --verbose)-q[Only errors and warnings on stderr]' \
'(-v --verbose)--quiet[Only errors and warnings on stderr]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'--deployment=[The deployment'\''s id (the 32-character hexadecimal id in the deployment'\''s page URL)]:ID:_default' \
'--ref-id=[The Elasticsearch resource of the deployment (its ref_id); needed only when it has several]:REF:_default' \
'--ec-host=[ECE coordinator (port 12443 when none is given) or the ECH API host api.elastic-cloud.com; https\:// is implied \[env\: EC_HOST\]]:HOST[:PORT]:_default' \
'--target=[Which API\: inferred from the host (api.elastic-cloud.com and *.elastic-cloud.com are ECH, anything else ECE)]:TARGET:(ece ech)' \
'--ec-api-key=[ECE/ECH API key, sent as given; prefer --ec-api-key-file or \$EC_API_KEY (argv is visible to other users)]:KEY:_default' \
'--ec-api-key-file=[Read the ECE/ECH API key from FILE (\`-\` for standard input)]:FILE:_files' \
'--ec-username=[ECE only\: a user for basic authentication, with --ec-password-file \[env\: EC_USER\]]:NAME:_default' \
'--ec-password-file=[ECE only\: read the user'\''s password from FILE (\`-\` for standard input) \[env\: EC_PASS\]]:FILE:_files' \
'*--ec-ca-cert=[Trust this CA (PEM) for the API'\''s certificate (ECE often uses a private CA); repeatable \[env\: EC_CA_CERT\]]:PEM:_files' \
'--ec-ca-fingerprint=[Trust the API certificate with this SHA-256 fingerprint \[env\: EC_CA_FINGERPRINT\]]:SHA256:_default' \
'--ec-proxy=[Proxy for the API (overrides HTTPS_PROXY/HTTP_PROXY; NO_PROXY still applies)]:URL:_default' \
'--ec-timeout=[Time limit for each request attempt to the API]:DURATION:_default' \
'-o+[Output format for results on stdout]:OUTPUT:((text\:"Human-readable text"
json\:"One JSON document"
yaml\:"One YAML document"
jsonl\:"JSON Lines\: one JSON document per line, streamed (fleets\: a line per cluster, then a summary)"))' \
'--output=[Output format for results on stdout]:OUTPUT:((text\:"Human-readable text"
json\:"One JSON document"
yaml\:"One YAML document"
jsonl\:"JSON Lines\: one JSON document per line, streamed (fleets\: a line per cluster, then a summary)"))' \
'--ec-insecure[Do not verify the API'\''s certificate (loud warning; for diagnosis only)]' \
'*-v[More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)]' \
'*--verbose[More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)]' \
'(-v --verbose)-q[Only errors and warnings on stderr]' \
'(-v --verbose)--quiet[Only errors and warnings on stderr]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
&& ret=0
;;
(keystore)
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
":: :_ece-trust__subcmd__keystore_commands" \
"*::: :->keystore" \
&& ret=0

    case $state in
    (keystore)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ece-trust-keystore-command-$line[1]:"
        case $line[1] in
            (set)
_arguments "${_arguments_options[@]}" : \
'--deployment=[The deployment'\''s id (the 32-character hexadecimal id in the deployment'\''s page URL)]:ID:_default' \
'--ref-id=[The Elasticsearch resource of the deployment (its ref_id); needed only when it has several]:REF:_default' \
'--ec-host=[ECE coordinator (port 12443 when none is given) or the ECH API host api.elastic-cloud.com; https\:// is implied \[env\: EC_HOST\]]:HOST[:PORT]:_default' \
'--target=[Which API\: inferred from the host (api.elastic-cloud.com and *.elastic-cloud.com are ECH, anything else ECE)]:TARGET:(ece ech)' \
'--ec-api-key=[ECE/ECH API key, sent as given; prefer --ec-api-key-file or \$EC_API_KEY (argv is visible to other users)]:KEY:_default' \
'--ec-api-key-file=[Read the ECE/ECH API key from FILE (\`-\` for standard input)]:FILE:_files' \
'--ec-username=[ECE only\: a user for basic authentication, with --ec-password-file \[env\: EC_USER\]]:NAME:_default' \
'--ec-password-file=[ECE only\: read the user'\''s password from FILE (\`-\` for standard input) \[env\: EC_PASS\]]:FILE:_files' \
'*--ec-ca-cert=[Trust this CA (PEM) for the API'\''s certificate (ECE often uses a private CA); repeatable \[env\: EC_CA_CERT\]]:PEM:_files' \
'--ec-ca-fingerprint=[Trust the API certificate with this SHA-256 fingerprint \[env\: EC_CA_FINGERPRINT\]]:SHA256:_default' \
'--ec-proxy=[Proxy for the API (overrides HTTPS_PROXY/HTTP_PROXY; NO_PROXY still applies)]:URL:_default' \
'--ec-timeout=[Time limit for each request attempt to the API]:DURATION:_default' \
'--alias=[The remote cluster'\''s alias (as in cluster.remote.ALIAS.*)]:ALIAS:_default' \
'--key-file=[The cross-cluster API key'\''s \`encoded\` value, read from FILE (\`-\` for standard input)]:FILE:_files' \
'-o+[Output format for results on stdout]:OUTPUT:((text\:"Human-readable text"
json\:"One JSON document"
yaml\:"One YAML document"
jsonl\:"JSON Lines\: one JSON document per line, streamed (fleets\: a line per cluster, then a summary)"))' \
'--output=[Output format for results on stdout]:OUTPUT:((text\:"Human-readable text"
json\:"One JSON document"
yaml\:"One YAML document"
jsonl\:"JSON Lines\: one JSON document per line, streamed (fleets\: a line per cluster, then a summary)"))' \
'--ec-insecure[Do not verify the API'\''s certificate (loud warning; for diagnosis only)]' \
'--dry-run[Show the request (the key redacted) and send nothing]' \
'*-v[More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)]' \
'*--verbose[More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)]' \
'(-v --verbose)-q[Only errors and warnings on stderr]' \
'(-v --verbose)--quiet[Only errors and warnings on stderr]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'--deployment=[The deployment'\''s id (the 32-character hexadecimal id in the deployment'\''s page URL)]:ID:_default' \
'--ref-id=[The Elasticsearch resource of the deployment (its ref_id); needed only when it has several]:REF:_default' \
'--ec-host=[ECE coordinator (port 12443 when none is given) or the ECH API host api.elastic-cloud.com; https\:// is implied \[env\: EC_HOST\]]:HOST[:PORT]:_default' \
'--target=[Which API\: inferred from the host (api.elastic-cloud.com and *.elastic-cloud.com are ECH, anything else ECE)]:TARGET:(ece ech)' \
'--ec-api-key=[ECE/ECH API key, sent as given; prefer --ec-api-key-file or \$EC_API_KEY (argv is visible to other users)]:KEY:_default' \
'--ec-api-key-file=[Read the ECE/ECH API key from FILE (\`-\` for standard input)]:FILE:_files' \
'--ec-username=[ECE only\: a user for basic authentication, with --ec-password-file \[env\: EC_USER\]]:NAME:_default' \
'--ec-password-file=[ECE only\: read the user'\''s password from FILE (\`-\` for standard input) \[env\: EC_PASS\]]:FILE:_files' \
'*--ec-ca-cert=[Trust this CA (PEM) for the API'\''s certificate (ECE often uses a private CA); repeatable \[env\: EC_CA_CERT\]]:PEM:_files' \
'--ec-ca-fingerprint=[Trust the API certificate with this SHA-256 fingerprint \[env\: EC_CA_FINGERPRINT\]]:SHA256:_default' \
'--ec-proxy=[Proxy for the API (overrides HTTPS_PROXY/HTTP_PROXY; NO_PROXY still applies)]:URL:_default' \
'--ec-timeout=[Time limit for each request attempt to the API]:DURATION:_default' \
'-o+[Output format for results on stdout]:OUTPUT:((text\:"Human-readable text"
json\:"One JSON document"
yaml\:"One YAML document"
jsonl\:"JSON Lines\: one JSON document per line, streamed (fleets\: a line per cluster, then a summary)"))' \
'--output=[Output format for results on stdout]:OUTPUT:((text\:"Human-readable text"
json\:"One JSON document"
yaml\:"One YAML document"
jsonl\:"JSON Lines\: one JSON document per line, streamed (fleets\: a line per cluster, then a summary)"))' \
'--ec-insecure[Do not verify the API'\''s certificate (loud warning; for diagnosis only)]' \
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
":: :_ece-trust__subcmd__keystore__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ece-trust-keystore-help-command-$line[1]:"
        case $line[1] in
            (set)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
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
(relationships)
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
":: :_ece-trust__subcmd__relationships_commands" \
"*::: :->relationships" \
&& ret=0

    case $state in
    (relationships)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ece-trust-relationships-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'--ec-host=[ECE coordinator (port 12443 when none is given) or the ECH API host api.elastic-cloud.com; https\:// is implied \[env\: EC_HOST\]]:HOST[:PORT]:_default' \
'--target=[Which API\: inferred from the host (api.elastic-cloud.com and *.elastic-cloud.com are ECH, anything else ECE)]:TARGET:(ece ech)' \
'--ec-api-key=[ECE/ECH API key, sent as given; prefer --ec-api-key-file or \$EC_API_KEY (argv is visible to other users)]:KEY:_default' \
'--ec-api-key-file=[Read the ECE/ECH API key from FILE (\`-\` for standard input)]:FILE:_files' \
'--ec-username=[ECE only\: a user for basic authentication, with --ec-password-file \[env\: EC_USER\]]:NAME:_default' \
'--ec-password-file=[ECE only\: read the user'\''s password from FILE (\`-\` for standard input) \[env\: EC_PASS\]]:FILE:_files' \
'*--ec-ca-cert=[Trust this CA (PEM) for the API'\''s certificate (ECE often uses a private CA); repeatable \[env\: EC_CA_CERT\]]:PEM:_files' \
'--ec-ca-fingerprint=[Trust the API certificate with this SHA-256 fingerprint \[env\: EC_CA_FINGERPRINT\]]:SHA256:_default' \
'--ec-proxy=[Proxy for the API (overrides HTTPS_PROXY/HTTP_PROXY; NO_PROXY still applies)]:URL:_default' \
'--ec-timeout=[Time limit for each request attempt to the API]:DURATION:_default' \
'-o+[Output format for results on stdout]:OUTPUT:((text\:"Human-readable text"
json\:"One JSON document"
yaml\:"One YAML document"
jsonl\:"JSON Lines\: one JSON document per line, streamed (fleets\: a line per cluster, then a summary)"))' \
'--output=[Output format for results on stdout]:OUTPUT:((text\:"Human-readable text"
json\:"One JSON document"
yaml\:"One YAML document"
jsonl\:"JSON Lines\: one JSON document per line, streamed (fleets\: a line per cluster, then a summary)"))' \
'--ec-insecure[Do not verify the API'\''s certificate (loud warning; for diagnosis only)]' \
'--include-certificate[Include each relationship'\''s CA certificate]' \
'*-v[More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)]' \
'*--verbose[More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)]' \
'(-v --verbose)-q[Only errors and warnings on stderr]' \
'(-v --verbose)--quiet[Only errors and warnings on stderr]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
'--ec-host=[ECE coordinator (port 12443 when none is given) or the ECH API host api.elastic-cloud.com; https\:// is implied \[env\: EC_HOST\]]:HOST[:PORT]:_default' \
'--target=[Which API\: inferred from the host (api.elastic-cloud.com and *.elastic-cloud.com are ECH, anything else ECE)]:TARGET:(ece ech)' \
'--ec-api-key=[ECE/ECH API key, sent as given; prefer --ec-api-key-file or \$EC_API_KEY (argv is visible to other users)]:KEY:_default' \
'--ec-api-key-file=[Read the ECE/ECH API key from FILE (\`-\` for standard input)]:FILE:_files' \
'--ec-username=[ECE only\: a user for basic authentication, with --ec-password-file \[env\: EC_USER\]]:NAME:_default' \
'--ec-password-file=[ECE only\: read the user'\''s password from FILE (\`-\` for standard input) \[env\: EC_PASS\]]:FILE:_files' \
'*--ec-ca-cert=[Trust this CA (PEM) for the API'\''s certificate (ECE often uses a private CA); repeatable \[env\: EC_CA_CERT\]]:PEM:_files' \
'--ec-ca-fingerprint=[Trust the API certificate with this SHA-256 fingerprint \[env\: EC_CA_FINGERPRINT\]]:SHA256:_default' \
'--ec-proxy=[Proxy for the API (overrides HTTPS_PROXY/HTTP_PROXY; NO_PROXY still applies)]:URL:_default' \
'--ec-timeout=[Time limit for each request attempt to the API]:DURATION:_default' \
'--name=[The relationship'\''s name]:NAME:_default' \
'--ca=[The other environment'\''s CA certificate (no private key)]:PEM:_files' \
'*--account-ids=[Accounts (organisations) of the environment to trust, comma-separated]:A,...:_default' \
'--installation-id=[The other environment'\''s installation id]:ID:_default' \
'-o+[Output format for results on stdout]:OUTPUT:((text\:"Human-readable text"
json\:"One JSON document"
yaml\:"One YAML document"
jsonl\:"JSON Lines\: one JSON document per line, streamed (fleets\: a line per cluster, then a summary)"))' \
'--output=[Output format for results on stdout]:OUTPUT:((text\:"Human-readable text"
json\:"One JSON document"
yaml\:"One YAML document"
jsonl\:"JSON Lines\: one JSON document per line, streamed (fleets\: a line per cluster, then a summary)"))' \
'--ec-insecure[Do not verify the API'\''s certificate (loud warning; for diagnosis only)]' \
'--trust-by-default[Trust every deployment of the environment by default]' \
'--dry-run[Show the request and send nothing]' \
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
'--ec-host=[ECE coordinator (port 12443 when none is given) or the ECH API host api.elastic-cloud.com; https\:// is implied \[env\: EC_HOST\]]:HOST[:PORT]:_default' \
'--target=[Which API\: inferred from the host (api.elastic-cloud.com and *.elastic-cloud.com are ECH, anything else ECE)]:TARGET:(ece ech)' \
'--ec-api-key=[ECE/ECH API key, sent as given; prefer --ec-api-key-file or \$EC_API_KEY (argv is visible to other users)]:KEY:_default' \
'--ec-api-key-file=[Read the ECE/ECH API key from FILE (\`-\` for standard input)]:FILE:_files' \
'--ec-username=[ECE only\: a user for basic authentication, with --ec-password-file \[env\: EC_USER\]]:NAME:_default' \
'--ec-password-file=[ECE only\: read the user'\''s password from FILE (\`-\` for standard input) \[env\: EC_PASS\]]:FILE:_files' \
'*--ec-ca-cert=[Trust this CA (PEM) for the API'\''s certificate (ECE often uses a private CA); repeatable \[env\: EC_CA_CERT\]]:PEM:_files' \
'--ec-ca-fingerprint=[Trust the API certificate with this SHA-256 fingerprint \[env\: EC_CA_FINGERPRINT\]]:SHA256:_default' \
'--ec-proxy=[Proxy for the API (overrides HTTPS_PROXY/HTTP_PROXY; NO_PROXY still applies)]:URL:_default' \
'--ec-timeout=[Time limit for each request attempt to the API]:DURATION:_default' \
'--name=[]:NAME:_default' \
'--ca=[A new CA certificate (no private key)]:PEM:_files' \
'--trust-by-default=[]:BOOL:(true false)' \
'*--account-ids=[Accounts to trust (replaces the list), comma-separated]:A,...:_default' \
'-o+[Output format for results on stdout]:OUTPUT:((text\:"Human-readable text"
json\:"One JSON document"
yaml\:"One YAML document"
jsonl\:"JSON Lines\: one JSON document per line, streamed (fleets\: a line per cluster, then a summary)"))' \
'--output=[Output format for results on stdout]:OUTPUT:((text\:"Human-readable text"
json\:"One JSON document"
yaml\:"One YAML document"
jsonl\:"JSON Lines\: one JSON document per line, streamed (fleets\: a line per cluster, then a summary)"))' \
'--ec-insecure[Do not verify the API'\''s certificate (loud warning; for diagnosis only)]' \
'--dry-run[Show the request and send nothing]' \
'*-v[More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)]' \
'*--verbose[More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)]' \
'(-v --verbose)-q[Only errors and warnings on stderr]' \
'(-v --verbose)--quiet[Only errors and warnings on stderr]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
':id -- The relationship'\''s id:_default' \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
'--ec-host=[ECE coordinator (port 12443 when none is given) or the ECH API host api.elastic-cloud.com; https\:// is implied \[env\: EC_HOST\]]:HOST[:PORT]:_default' \
'--target=[Which API\: inferred from the host (api.elastic-cloud.com and *.elastic-cloud.com are ECH, anything else ECE)]:TARGET:(ece ech)' \
'--ec-api-key=[ECE/ECH API key, sent as given; prefer --ec-api-key-file or \$EC_API_KEY (argv is visible to other users)]:KEY:_default' \
'--ec-api-key-file=[Read the ECE/ECH API key from FILE (\`-\` for standard input)]:FILE:_files' \
'--ec-username=[ECE only\: a user for basic authentication, with --ec-password-file \[env\: EC_USER\]]:NAME:_default' \
'--ec-password-file=[ECE only\: read the user'\''s password from FILE (\`-\` for standard input) \[env\: EC_PASS\]]:FILE:_files' \
'*--ec-ca-cert=[Trust this CA (PEM) for the API'\''s certificate (ECE often uses a private CA); repeatable \[env\: EC_CA_CERT\]]:PEM:_files' \
'--ec-ca-fingerprint=[Trust the API certificate with this SHA-256 fingerprint \[env\: EC_CA_FINGERPRINT\]]:SHA256:_default' \
'--ec-proxy=[Proxy for the API (overrides HTTPS_PROXY/HTTP_PROXY; NO_PROXY still applies)]:URL:_default' \
'--ec-timeout=[Time limit for each request attempt to the API]:DURATION:_default' \
'-o+[Output format for results on stdout]:OUTPUT:((text\:"Human-readable text"
json\:"One JSON document"
yaml\:"One YAML document"
jsonl\:"JSON Lines\: one JSON document per line, streamed (fleets\: a line per cluster, then a summary)"))' \
'--output=[Output format for results on stdout]:OUTPUT:((text\:"Human-readable text"
json\:"One JSON document"
yaml\:"One YAML document"
jsonl\:"JSON Lines\: one JSON document per line, streamed (fleets\: a line per cluster, then a summary)"))' \
'--ec-insecure[Do not verify the API'\''s certificate (loud warning; for diagnosis only)]' \
'--dry-run[Show the request and send nothing]' \
'*-v[More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)]' \
'*--verbose[More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)]' \
'(-v --verbose)-q[Only errors and warnings on stderr]' \
'(-v --verbose)--quiet[Only errors and warnings on stderr]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
':id -- The relationship'\''s id:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_ece-trust__subcmd__relationships__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ece-trust-relationships-help-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
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
":: :_ece-trust__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ece-trust-help-command-$line[1]:"
        case $line[1] in
            (cert)
_arguments "${_arguments_options[@]}" : \
":: :_ece-trust__subcmd__help__subcmd__cert_commands" \
"*::: :->cert" \
&& ret=0

    case $state in
    (cert)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ece-trust-help-cert-command-$line[1]:"
        case $line[1] in
            (inspect)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(convert)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(restrictions)
_arguments "${_arguments_options[@]}" : \
":: :_ece-trust__subcmd__help__subcmd__restrictions_commands" \
"*::: :->restrictions" \
&& ret=0

    case $state in
    (restrictions)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ece-trust-help-restrictions-command-$line[1]:"
        case $line[1] in
            (check)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(instances)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(config)
_arguments "${_arguments_options[@]}" : \
":: :_ece-trust__subcmd__help__subcmd__config_commands" \
"*::: :->config" \
&& ret=0

    case $state in
    (config)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ece-trust-help-config-command-$line[1]:"
        case $line[1] in
            (self)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(eck)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(add)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(account)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(external)
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
(keystore)
_arguments "${_arguments_options[@]}" : \
":: :_ece-trust__subcmd__help__subcmd__keystore_commands" \
"*::: :->keystore" \
&& ret=0

    case $state in
    (keystore)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ece-trust-help-keystore-command-$line[1]:"
        case $line[1] in
            (set)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(relationships)
_arguments "${_arguments_options[@]}" : \
":: :_ece-trust__subcmd__help__subcmd__relationships_commands" \
"*::: :->relationships" \
&& ret=0

    case $state in
    (relationships)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ece-trust-help-relationships-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
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

(( $+functions[_ece-trust_commands] )) ||
_ece-trust_commands() {
    local commands; commands=(
'cert:Certificates\: inspect a file or a live endpoint, extract the CA for upload' \
'restrictions:The trust restrictions file (\`trust.subject_name\`) and a check of a certificate against it' \
'instances:certutil'\''s instances.yml for node certificates with Cloud-convention otherName names' \
'config:The settings that trust a deployment'\''s CA\: elasticsearch.yml lines, or ECK resources' \
'add:Trust another environment'\''s CA in a deployment (settings.trust.direct) \[ECE/ECH API\]' \
'account:Trust clusters of an account of the same ECE installation or ECH region (settings.trust.accounts) \[ECE/ECH API\]' \
'external:Trust clusters of a platform trust relationship (settings.trust.external) \[ECE/ECH API\]' \
'remove:Remove trust entries by name (or account or relationship id) \[ECE/ECH API\]' \
'list:A deployment'\''s trust settings \[ECE/ECH API\]' \
'keystore:The deployment'\''s Elasticsearch keystore\: a remote'\''s cross-cluster API key \[ECE/ECH API\]' \
'relationships:ECE'\''s platform trust relationships (ECE only) \[ECE API\]' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ece-trust commands' commands "$@"
}
(( $+functions[_ece-trust__subcmd__account_commands] )) ||
_ece-trust__subcmd__account_commands() {
    local commands; commands=()
    _describe -t commands 'ece-trust account commands' commands "$@"
}
(( $+functions[_ece-trust__subcmd__add_commands] )) ||
_ece-trust__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'ece-trust add commands' commands "$@"
}
(( $+functions[_ece-trust__subcmd__cert_commands] )) ||
_ece-trust__subcmd__cert_commands() {
    local commands; commands=(
'inspect:Show each certificate of a PEM, DER or PKCS#12 file, or the chain a live endpoint presents' \
'convert:Write the CA certificate(s) of a PKCS#12 file or PEM bundle as PEM, without any private key' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ece-trust cert commands' commands "$@"
}
(( $+functions[_ece-trust__subcmd__cert__subcmd__convert_commands] )) ||
_ece-trust__subcmd__cert__subcmd__convert_commands() {
    local commands; commands=()
    _describe -t commands 'ece-trust cert convert commands' commands "$@"
}
(( $+functions[_ece-trust__subcmd__cert__subcmd__help_commands] )) ||
_ece-trust__subcmd__cert__subcmd__help_commands() {
    local commands; commands=(
'inspect:Show each certificate of a PEM, DER or PKCS#12 file, or the chain a live endpoint presents' \
'convert:Write the CA certificate(s) of a PKCS#12 file or PEM bundle as PEM, without any private key' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ece-trust cert help commands' commands "$@"
}
(( $+functions[_ece-trust__subcmd__cert__subcmd__help__subcmd__convert_commands] )) ||
_ece-trust__subcmd__cert__subcmd__help__subcmd__convert_commands() {
    local commands; commands=()
    _describe -t commands 'ece-trust cert help convert commands' commands "$@"
}
(( $+functions[_ece-trust__subcmd__cert__subcmd__help__subcmd__help_commands] )) ||
_ece-trust__subcmd__cert__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'ece-trust cert help help commands' commands "$@"
}
(( $+functions[_ece-trust__subcmd__cert__subcmd__help__subcmd__inspect_commands] )) ||
_ece-trust__subcmd__cert__subcmd__help__subcmd__inspect_commands() {
    local commands; commands=()
    _describe -t commands 'ece-trust cert help inspect commands' commands "$@"
}
(( $+functions[_ece-trust__subcmd__cert__subcmd__inspect_commands] )) ||
_ece-trust__subcmd__cert__subcmd__inspect_commands() {
    local commands; commands=()
    _describe -t commands 'ece-trust cert inspect commands' commands "$@"
}
(( $+functions[_ece-trust__subcmd__config_commands] )) ||
_ece-trust__subcmd__config_commands() {
    local commands; commands=(
'self:elasticsearch.yml lines that trust the deployment'\''s CA, restricted by a trust restrictions file' \
'eck:The ConfigMap holding the deployment'\''s CA and the Elasticsearch patch that trusts it (ECK)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ece-trust config commands' commands "$@"
}
(( $+functions[_ece-trust__subcmd__config__subcmd__eck_commands] )) ||
_ece-trust__subcmd__config__subcmd__eck_commands() {
    local commands; commands=()
    _describe -t commands 'ece-trust config eck commands' commands "$@"
}
(( $+functions[_ece-trust__subcmd__config__subcmd__help_commands] )) ||
_ece-trust__subcmd__config__subcmd__help_commands() {
    local commands; commands=(
'self:elasticsearch.yml lines that trust the deployment'\''s CA, restricted by a trust restrictions file' \
'eck:The ConfigMap holding the deployment'\''s CA and the Elasticsearch patch that trusts it (ECK)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ece-trust config help commands' commands "$@"
}
(( $+functions[_ece-trust__subcmd__config__subcmd__help__subcmd__eck_commands] )) ||
_ece-trust__subcmd__config__subcmd__help__subcmd__eck_commands() {
    local commands; commands=()
    _describe -t commands 'ece-trust config help eck commands' commands "$@"
}
(( $+functions[_ece-trust__subcmd__config__subcmd__help__subcmd__help_commands] )) ||
_ece-trust__subcmd__config__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'ece-trust config help help commands' commands "$@"
}
(( $+functions[_ece-trust__subcmd__config__subcmd__help__subcmd__self_commands] )) ||
_ece-trust__subcmd__config__subcmd__help__subcmd__self_commands() {
    local commands; commands=()
    _describe -t commands 'ece-trust config help self commands' commands "$@"
}
(( $+functions[_ece-trust__subcmd__config__subcmd__self_commands] )) ||
_ece-trust__subcmd__config__subcmd__self_commands() {
    local commands; commands=()
    _describe -t commands 'ece-trust config self commands' commands "$@"
}
(( $+functions[_ece-trust__subcmd__external_commands] )) ||
_ece-trust__subcmd__external_commands() {
    local commands; commands=()
    _describe -t commands 'ece-trust external commands' commands "$@"
}
(( $+functions[_ece-trust__subcmd__help_commands] )) ||
_ece-trust__subcmd__help_commands() {
    local commands; commands=(
'cert:Certificates\: inspect a file or a live endpoint, extract the CA for upload' \
'restrictions:The trust restrictions file (\`trust.subject_name\`) and a check of a certificate against it' \
'instances:certutil'\''s instances.yml for node certificates with Cloud-convention otherName names' \
'config:The settings that trust a deployment'\''s CA\: elasticsearch.yml lines, or ECK resources' \
'add:Trust another environment'\''s CA in a deployment (settings.trust.direct) \[ECE/ECH API\]' \
'account:Trust clusters of an account of the same ECE installation or ECH region (settings.trust.accounts) \[ECE/ECH API\]' \
'external:Trust clusters of a platform trust relationship (settings.trust.external) \[ECE/ECH API\]' \
'remove:Remove trust entries by name (or account or relationship id) \[ECE/ECH API\]' \
'list:A deployment'\''s trust settings \[ECE/ECH API\]' \
'keystore:The deployment'\''s Elasticsearch keystore\: a remote'\''s cross-cluster API key \[ECE/ECH API\]' \
'relationships:ECE'\''s platform trust relationships (ECE only) \[ECE API\]' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ece-trust help commands' commands "$@"
}
(( $+functions[_ece-trust__subcmd__help__subcmd__account_commands] )) ||
_ece-trust__subcmd__help__subcmd__account_commands() {
    local commands; commands=()
    _describe -t commands 'ece-trust help account commands' commands "$@"
}
(( $+functions[_ece-trust__subcmd__help__subcmd__add_commands] )) ||
_ece-trust__subcmd__help__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'ece-trust help add commands' commands "$@"
}
(( $+functions[_ece-trust__subcmd__help__subcmd__cert_commands] )) ||
_ece-trust__subcmd__help__subcmd__cert_commands() {
    local commands; commands=(
'inspect:Show each certificate of a PEM, DER or PKCS#12 file, or the chain a live endpoint presents' \
'convert:Write the CA certificate(s) of a PKCS#12 file or PEM bundle as PEM, without any private key' \
    )
    _describe -t commands 'ece-trust help cert commands' commands "$@"
}
(( $+functions[_ece-trust__subcmd__help__subcmd__cert__subcmd__convert_commands] )) ||
_ece-trust__subcmd__help__subcmd__cert__subcmd__convert_commands() {
    local commands; commands=()
    _describe -t commands 'ece-trust help cert convert commands' commands "$@"
}
(( $+functions[_ece-trust__subcmd__help__subcmd__cert__subcmd__inspect_commands] )) ||
_ece-trust__subcmd__help__subcmd__cert__subcmd__inspect_commands() {
    local commands; commands=()
    _describe -t commands 'ece-trust help cert inspect commands' commands "$@"
}
(( $+functions[_ece-trust__subcmd__help__subcmd__config_commands] )) ||
_ece-trust__subcmd__help__subcmd__config_commands() {
    local commands; commands=(
'self:elasticsearch.yml lines that trust the deployment'\''s CA, restricted by a trust restrictions file' \
'eck:The ConfigMap holding the deployment'\''s CA and the Elasticsearch patch that trusts it (ECK)' \
    )
    _describe -t commands 'ece-trust help config commands' commands "$@"
}
(( $+functions[_ece-trust__subcmd__help__subcmd__config__subcmd__eck_commands] )) ||
_ece-trust__subcmd__help__subcmd__config__subcmd__eck_commands() {
    local commands; commands=()
    _describe -t commands 'ece-trust help config eck commands' commands "$@"
}
(( $+functions[_ece-trust__subcmd__help__subcmd__config__subcmd__self_commands] )) ||
_ece-trust__subcmd__help__subcmd__config__subcmd__self_commands() {
    local commands; commands=()
    _describe -t commands 'ece-trust help config self commands' commands "$@"
}
(( $+functions[_ece-trust__subcmd__help__subcmd__external_commands] )) ||
_ece-trust__subcmd__help__subcmd__external_commands() {
    local commands; commands=()
    _describe -t commands 'ece-trust help external commands' commands "$@"
}
(( $+functions[_ece-trust__subcmd__help__subcmd__help_commands] )) ||
_ece-trust__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'ece-trust help help commands' commands "$@"
}
(( $+functions[_ece-trust__subcmd__help__subcmd__instances_commands] )) ||
_ece-trust__subcmd__help__subcmd__instances_commands() {
    local commands; commands=()
    _describe -t commands 'ece-trust help instances commands' commands "$@"
}
(( $+functions[_ece-trust__subcmd__help__subcmd__keystore_commands] )) ||
_ece-trust__subcmd__help__subcmd__keystore_commands() {
    local commands; commands=(
'set:Store a remote cluster'\''s cross-cluster API key as cluster.remote.ALIAS.credentials' \
'list:The keystore'\''s entry names (never values)' \
    )
    _describe -t commands 'ece-trust help keystore commands' commands "$@"
}
(( $+functions[_ece-trust__subcmd__help__subcmd__keystore__subcmd__list_commands] )) ||
_ece-trust__subcmd__help__subcmd__keystore__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'ece-trust help keystore list commands' commands "$@"
}
(( $+functions[_ece-trust__subcmd__help__subcmd__keystore__subcmd__set_commands] )) ||
_ece-trust__subcmd__help__subcmd__keystore__subcmd__set_commands() {
    local commands; commands=()
    _describe -t commands 'ece-trust help keystore set commands' commands "$@"
}
(( $+functions[_ece-trust__subcmd__help__subcmd__list_commands] )) ||
_ece-trust__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'ece-trust help list commands' commands "$@"
}
(( $+functions[_ece-trust__subcmd__help__subcmd__relationships_commands] )) ||
_ece-trust__subcmd__help__subcmd__relationships_commands() {
    local commands; commands=(
'list:The trust relationships of the installation' \
'create:Register another environment by its CA (a second name with the same settings changes nothing)' \
'update:Change a relationship; only the fields given are sent' \
'delete:Delete a relationship' \
    )
    _describe -t commands 'ece-trust help relationships commands' commands "$@"
}
(( $+functions[_ece-trust__subcmd__help__subcmd__relationships__subcmd__create_commands] )) ||
_ece-trust__subcmd__help__subcmd__relationships__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'ece-trust help relationships create commands' commands "$@"
}
(( $+functions[_ece-trust__subcmd__help__subcmd__relationships__subcmd__delete_commands] )) ||
_ece-trust__subcmd__help__subcmd__relationships__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'ece-trust help relationships delete commands' commands "$@"
}
(( $+functions[_ece-trust__subcmd__help__subcmd__relationships__subcmd__list_commands] )) ||
_ece-trust__subcmd__help__subcmd__relationships__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'ece-trust help relationships list commands' commands "$@"
}
(( $+functions[_ece-trust__subcmd__help__subcmd__relationships__subcmd__update_commands] )) ||
_ece-trust__subcmd__help__subcmd__relationships__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'ece-trust help relationships update commands' commands "$@"
}
(( $+functions[_ece-trust__subcmd__help__subcmd__remove_commands] )) ||
_ece-trust__subcmd__help__subcmd__remove_commands() {
    local commands; commands=()
    _describe -t commands 'ece-trust help remove commands' commands "$@"
}
(( $+functions[_ece-trust__subcmd__help__subcmd__restrictions_commands] )) ||
_ece-trust__subcmd__help__subcmd__restrictions_commands() {
    local commands; commands=(
'check:Say which pattern of a restrictions file admits a certificate (exit 1 when none does)' \
    )
    _describe -t commands 'ece-trust help restrictions commands' commands "$@"
}
(( $+functions[_ece-trust__subcmd__help__subcmd__restrictions__subcmd__check_commands] )) ||
_ece-trust__subcmd__help__subcmd__restrictions__subcmd__check_commands() {
    local commands; commands=()
    _describe -t commands 'ece-trust help restrictions check commands' commands "$@"
}
(( $+functions[_ece-trust__subcmd__instances_commands] )) ||
_ece-trust__subcmd__instances_commands() {
    local commands; commands=()
    _describe -t commands 'ece-trust instances commands' commands "$@"
}
(( $+functions[_ece-trust__subcmd__keystore_commands] )) ||
_ece-trust__subcmd__keystore_commands() {
    local commands; commands=(
'set:Store a remote cluster'\''s cross-cluster API key as cluster.remote.ALIAS.credentials' \
'list:The keystore'\''s entry names (never values)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ece-trust keystore commands' commands "$@"
}
(( $+functions[_ece-trust__subcmd__keystore__subcmd__help_commands] )) ||
_ece-trust__subcmd__keystore__subcmd__help_commands() {
    local commands; commands=(
'set:Store a remote cluster'\''s cross-cluster API key as cluster.remote.ALIAS.credentials' \
'list:The keystore'\''s entry names (never values)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ece-trust keystore help commands' commands "$@"
}
(( $+functions[_ece-trust__subcmd__keystore__subcmd__help__subcmd__help_commands] )) ||
_ece-trust__subcmd__keystore__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'ece-trust keystore help help commands' commands "$@"
}
(( $+functions[_ece-trust__subcmd__keystore__subcmd__help__subcmd__list_commands] )) ||
_ece-trust__subcmd__keystore__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'ece-trust keystore help list commands' commands "$@"
}
(( $+functions[_ece-trust__subcmd__keystore__subcmd__help__subcmd__set_commands] )) ||
_ece-trust__subcmd__keystore__subcmd__help__subcmd__set_commands() {
    local commands; commands=()
    _describe -t commands 'ece-trust keystore help set commands' commands "$@"
}
(( $+functions[_ece-trust__subcmd__keystore__subcmd__list_commands] )) ||
_ece-trust__subcmd__keystore__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'ece-trust keystore list commands' commands "$@"
}
(( $+functions[_ece-trust__subcmd__keystore__subcmd__set_commands] )) ||
_ece-trust__subcmd__keystore__subcmd__set_commands() {
    local commands; commands=()
    _describe -t commands 'ece-trust keystore set commands' commands "$@"
}
(( $+functions[_ece-trust__subcmd__list_commands] )) ||
_ece-trust__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'ece-trust list commands' commands "$@"
}
(( $+functions[_ece-trust__subcmd__relationships_commands] )) ||
_ece-trust__subcmd__relationships_commands() {
    local commands; commands=(
'list:The trust relationships of the installation' \
'create:Register another environment by its CA (a second name with the same settings changes nothing)' \
'update:Change a relationship; only the fields given are sent' \
'delete:Delete a relationship' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ece-trust relationships commands' commands "$@"
}
(( $+functions[_ece-trust__subcmd__relationships__subcmd__create_commands] )) ||
_ece-trust__subcmd__relationships__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'ece-trust relationships create commands' commands "$@"
}
(( $+functions[_ece-trust__subcmd__relationships__subcmd__delete_commands] )) ||
_ece-trust__subcmd__relationships__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'ece-trust relationships delete commands' commands "$@"
}
(( $+functions[_ece-trust__subcmd__relationships__subcmd__help_commands] )) ||
_ece-trust__subcmd__relationships__subcmd__help_commands() {
    local commands; commands=(
'list:The trust relationships of the installation' \
'create:Register another environment by its CA (a second name with the same settings changes nothing)' \
'update:Change a relationship; only the fields given are sent' \
'delete:Delete a relationship' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ece-trust relationships help commands' commands "$@"
}
(( $+functions[_ece-trust__subcmd__relationships__subcmd__help__subcmd__create_commands] )) ||
_ece-trust__subcmd__relationships__subcmd__help__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'ece-trust relationships help create commands' commands "$@"
}
(( $+functions[_ece-trust__subcmd__relationships__subcmd__help__subcmd__delete_commands] )) ||
_ece-trust__subcmd__relationships__subcmd__help__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'ece-trust relationships help delete commands' commands "$@"
}
(( $+functions[_ece-trust__subcmd__relationships__subcmd__help__subcmd__help_commands] )) ||
_ece-trust__subcmd__relationships__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'ece-trust relationships help help commands' commands "$@"
}
(( $+functions[_ece-trust__subcmd__relationships__subcmd__help__subcmd__list_commands] )) ||
_ece-trust__subcmd__relationships__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'ece-trust relationships help list commands' commands "$@"
}
(( $+functions[_ece-trust__subcmd__relationships__subcmd__help__subcmd__update_commands] )) ||
_ece-trust__subcmd__relationships__subcmd__help__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'ece-trust relationships help update commands' commands "$@"
}
(( $+functions[_ece-trust__subcmd__relationships__subcmd__list_commands] )) ||
_ece-trust__subcmd__relationships__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'ece-trust relationships list commands' commands "$@"
}
(( $+functions[_ece-trust__subcmd__relationships__subcmd__update_commands] )) ||
_ece-trust__subcmd__relationships__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'ece-trust relationships update commands' commands "$@"
}
(( $+functions[_ece-trust__subcmd__remove_commands] )) ||
_ece-trust__subcmd__remove_commands() {
    local commands; commands=()
    _describe -t commands 'ece-trust remove commands' commands "$@"
}
(( $+functions[_ece-trust__subcmd__restrictions_commands] )) ||
_ece-trust__subcmd__restrictions_commands() {
    local commands; commands=(
'check:Say which pattern of a restrictions file admits a certificate (exit 1 when none does)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ece-trust restrictions commands' commands "$@"
}
(( $+functions[_ece-trust__subcmd__restrictions__subcmd__check_commands] )) ||
_ece-trust__subcmd__restrictions__subcmd__check_commands() {
    local commands; commands=()
    _describe -t commands 'ece-trust restrictions check commands' commands "$@"
}
(( $+functions[_ece-trust__subcmd__restrictions__subcmd__help_commands] )) ||
_ece-trust__subcmd__restrictions__subcmd__help_commands() {
    local commands; commands=(
'check:Say which pattern of a restrictions file admits a certificate (exit 1 when none does)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ece-trust restrictions help commands' commands "$@"
}
(( $+functions[_ece-trust__subcmd__restrictions__subcmd__help__subcmd__check_commands] )) ||
_ece-trust__subcmd__restrictions__subcmd__help__subcmd__check_commands() {
    local commands; commands=()
    _describe -t commands 'ece-trust restrictions help check commands' commands "$@"
}
(( $+functions[_ece-trust__subcmd__restrictions__subcmd__help__subcmd__help_commands] )) ||
_ece-trust__subcmd__restrictions__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'ece-trust restrictions help help commands' commands "$@"
}

if [ "$funcstack[1]" = "_ece-trust" ]; then
    _ece-trust "$@"
else
    compdef _ece-trust ece-trust
fi
