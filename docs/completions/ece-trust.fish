# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_ece_trust_global_optspecs
    string join \n generate= o/output= v/verbose q/quiet h/help V/version
end

function __fish_ece_trust_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_ece_trust_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_ece_trust_using_subcommand
    set -l cmd (__fish_ece_trust_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c ece-trust -n "__fish_ece_trust_needs_command" -l generate -d 'Print a man page or shell completions to stdout and exit' -r -f -a "man\t'A roff man page'
bash\t''
zsh\t''
fish\t''
elvish\t''
powershell\t''"
complete -c ece-trust -n "__fish_ece_trust_needs_command" -s o -l output -d 'Output format for results on stdout' -r -f -a "text\t'Human-readable text'
json\t'One JSON document'
yaml\t'One YAML document'
jsonl\t'JSON Lines: one JSON document per line, streamed (fleets: a line per cluster, then a summary)'"
complete -c ece-trust -n "__fish_ece_trust_needs_command" -s v -l verbose -d 'More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)'
complete -c ece-trust -n "__fish_ece_trust_needs_command" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c ece-trust -n "__fish_ece_trust_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ece-trust -n "__fish_ece_trust_needs_command" -s V -l version -d 'Print version'
complete -c ece-trust -n "__fish_ece_trust_needs_command" -f -a "cert" -d 'Certificates: inspect a file or a live endpoint, extract the CA for upload'
complete -c ece-trust -n "__fish_ece_trust_needs_command" -f -a "restrictions" -d 'The trust restrictions file (`trust.subject_name`) and a check of a certificate against it'
complete -c ece-trust -n "__fish_ece_trust_needs_command" -f -a "instances" -d 'certutil\'s instances.yml for node certificates with Cloud-convention otherName names'
complete -c ece-trust -n "__fish_ece_trust_needs_command" -f -a "config" -d 'The settings that trust a deployment\'s CA: elasticsearch.yml lines, or ECK resources'
complete -c ece-trust -n "__fish_ece_trust_needs_command" -f -a "add" -d 'Trust another environment\'s CA in a deployment (settings.trust.direct) [ECE/ECH API]'
complete -c ece-trust -n "__fish_ece_trust_needs_command" -f -a "account" -d 'Trust clusters of an account of the same ECE installation or ECH region (settings.trust.accounts) [ECE/ECH API]'
complete -c ece-trust -n "__fish_ece_trust_needs_command" -f -a "external" -d 'Trust clusters of a platform trust relationship (settings.trust.external) [ECE/ECH API]'
complete -c ece-trust -n "__fish_ece_trust_needs_command" -f -a "remove" -d 'Remove trust entries by name (or account or relationship id) [ECE/ECH API]'
complete -c ece-trust -n "__fish_ece_trust_needs_command" -f -a "list" -d 'A deployment\'s trust settings [ECE/ECH API]'
complete -c ece-trust -n "__fish_ece_trust_needs_command" -f -a "keystore" -d 'The deployment\'s Elasticsearch keystore: a remote\'s cross-cluster API key [ECE/ECH API]'
complete -c ece-trust -n "__fish_ece_trust_needs_command" -f -a "relationships" -d 'ECE\'s platform trust relationships (ECE only) [ECE API]'
complete -c ece-trust -n "__fish_ece_trust_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand cert; and not __fish_seen_subcommand_from inspect convert help" -s o -l output -d 'Output format for results on stdout' -r -f -a "text\t'Human-readable text'
json\t'One JSON document'
yaml\t'One YAML document'
jsonl\t'JSON Lines: one JSON document per line, streamed (fleets: a line per cluster, then a summary)'"
complete -c ece-trust -n "__fish_ece_trust_using_subcommand cert; and not __fish_seen_subcommand_from inspect convert help" -s v -l verbose -d 'More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand cert; and not __fish_seen_subcommand_from inspect convert help" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand cert; and not __fish_seen_subcommand_from inspect convert help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand cert; and not __fish_seen_subcommand_from inspect convert help" -f -a "inspect" -d 'Show each certificate of a PEM, DER or PKCS#12 file, or the chain a live endpoint presents'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand cert; and not __fish_seen_subcommand_from inspect convert help" -f -a "convert" -d 'Write the CA certificate(s) of a PKCS#12 file or PEM bundle as PEM, without any private key'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand cert; and not __fish_seen_subcommand_from inspect convert help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand cert; and __fish_seen_subcommand_from inspect" -l server-name -d 'For an endpoint: the name to check its certificate against (and to send as SNI); the host by default' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand cert; and __fish_seen_subcommand_from inspect" -l ca-cert -d 'For an endpoint: CA certificate file(s) (PEM, DER or PKCS#12) to check the presented chain with; the public roots when none is given. Repeatable' -r -F
complete -c ece-trust -n "__fish_ece_trust_using_subcommand cert; and __fish_seen_subcommand_from inspect" -l password-file -d 'The password of a PKCS#12 file (the inspected one, and any --ca-cert), read from FILE (`-` for standard input). Without it the empty password is tried' -r -F
complete -c ece-trust -n "__fish_ece_trust_using_subcommand cert; and __fish_seen_subcommand_from inspect" -l timeout -d 'For an endpoint: how long to wait for the connection and each TLS message' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand cert; and __fish_seen_subcommand_from inspect" -s o -l output -d 'Output format for results on stdout' -r -f -a "text\t'Human-readable text'
json\t'One JSON document'
yaml\t'One YAML document'
jsonl\t'JSON Lines: one JSON document per line, streamed (fleets: a line per cluster, then a summary)'"
complete -c ece-trust -n "__fish_ece_trust_using_subcommand cert; and __fish_seen_subcommand_from inspect" -s v -l verbose -d 'More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand cert; and __fish_seen_subcommand_from inspect" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand cert; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand cert; and __fish_seen_subcommand_from convert" -l out -d 'The PEM file to write (certificates only)' -r -F
complete -c ece-trust -n "__fish_ece_trust_using_subcommand cert; and __fish_seen_subcommand_from convert" -l password-file -d 'The password of a PKCS#12 IN, read from FILE (`-` for standard input)' -r -F
complete -c ece-trust -n "__fish_ece_trust_using_subcommand cert; and __fish_seen_subcommand_from convert" -s o -l output -d 'Output format for results on stdout' -r -f -a "text\t'Human-readable text'
json\t'One JSON document'
yaml\t'One YAML document'
jsonl\t'JSON Lines: one JSON document per line, streamed (fleets: a line per cluster, then a summary)'"
complete -c ece-trust -n "__fish_ece_trust_using_subcommand cert; and __fish_seen_subcommand_from convert" -l allow-leaf -d 'Also write certificates that are not CAs (basicConstraints cA false)'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand cert; and __fish_seen_subcommand_from convert" -s v -l verbose -d 'More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand cert; and __fish_seen_subcommand_from convert" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand cert; and __fish_seen_subcommand_from convert" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand cert; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Show each certificate of a PEM, DER or PKCS#12 file, or the chain a live endpoint presents'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand cert; and __fish_seen_subcommand_from help" -f -a "convert" -d 'Write the CA certificate(s) of a PKCS#12 file or PEM bundle as PEM, without any private key'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand cert; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand restrictions; and not __fish_seen_subcommand_from check help" -l cluster -d 'A cluster to trust: `*.node.<ID>.cluster.<scope>.account`. Repeatable' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand restrictions; and not __fish_seen_subcommand_from check help" -l scope -d 'The scope of --cluster: the ECE environment id or the ECH organization id' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand restrictions; and not __fish_seen_subcommand_from check help" -l all-clusters-of -d 'Trust every cluster of this scope: `*.node.*.cluster.<SCOPE>.account`. Repeatable' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand restrictions; and not __fish_seen_subcommand_from check help" -l own -d 'A pattern for the cluster\'s own nodes when their certificates follow another convention (e.g. `node*.es.example.com`). `*` and `?` are wildcards. Repeatable' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand restrictions; and not __fish_seen_subcommand_from check help" -l x509-field -d 'The certificate field the patterns match: adds `trust_restrictions.x509_fields` to the printed elasticsearch.yml lines when not the default' -r -f -a "other-name\t'`subjectAltName.otherName.commonName` (the default)'
dns\t'`subjectAltName.dnsName`'"
complete -c ece-trust -n "__fish_ece_trust_using_subcommand restrictions; and not __fish_seen_subcommand_from check help" -l out -d 'Write the file to FILE instead of stdout. The patterns an existing FILE holds are kept (new ones are added after them), unless --replace' -r -F
complete -c ece-trust -n "__fish_ece_trust_using_subcommand restrictions; and not __fish_seen_subcommand_from check help" -s o -l output -d 'Output format for results on stdout' -r -f -a "text\t'Human-readable text'
json\t'One JSON document'
yaml\t'One YAML document'
jsonl\t'JSON Lines: one JSON document per line, streamed (fleets: a line per cluster, then a summary)'"
complete -c ece-trust -n "__fish_ece_trust_using_subcommand restrictions; and not __fish_seen_subcommand_from check help" -l replace -d 'With --out: write only the patterns given here, dropping those FILE holds'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand restrictions; and not __fish_seen_subcommand_from check help" -s v -l verbose -d 'More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand restrictions; and not __fish_seen_subcommand_from check help" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand restrictions; and not __fish_seen_subcommand_from check help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand restrictions; and not __fish_seen_subcommand_from check help" -f -a "check" -d 'Say which pattern of a restrictions file admits a certificate (exit 1 when none does)'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand restrictions; and not __fish_seen_subcommand_from check help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand restrictions; and __fish_seen_subcommand_from check" -l cert -d 'The node certificate to check (PEM, DER or PKCS#12; the first certificate that is not a CA)' -r -F
complete -c ece-trust -n "__fish_ece_trust_using_subcommand restrictions; and __fish_seen_subcommand_from check" -l password-file -d 'The password of a PKCS#12 --cert, read from FILE (`-` for standard input)' -r -F
complete -c ece-trust -n "__fish_ece_trust_using_subcommand restrictions; and __fish_seen_subcommand_from check" -l x509-field -d 'The certificate field to match' -r -f -a "other-name\t'`subjectAltName.otherName.commonName` (the default)'
dns\t'`subjectAltName.dnsName`'"
complete -c ece-trust -n "__fish_ece_trust_using_subcommand restrictions; and __fish_seen_subcommand_from check" -s o -l output -d 'Output format for results on stdout' -r -f -a "text\t'Human-readable text'
json\t'One JSON document'
yaml\t'One YAML document'
jsonl\t'JSON Lines: one JSON document per line, streamed (fleets: a line per cluster, then a summary)'"
complete -c ece-trust -n "__fish_ece_trust_using_subcommand restrictions; and __fish_seen_subcommand_from check" -s v -l verbose -d 'More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand restrictions; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand restrictions; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand restrictions; and __fish_seen_subcommand_from help" -f -a "check" -d 'Say which pattern of a restrictions file admits a certificate (exit 1 when none does)'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand restrictions; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand instances" -l cluster -d 'The cluster id in the names (`<node>.node.<ID>.cluster.<scope>.account`)' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand instances" -l scope -d 'The scope in the names: the ECE environment id or the ECH organization id (lowercase letters and digits, at most 32)' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand instances" -l nodes -d 'The nodes: CSV lines `name[,dns[;dns…]][,ip[;ip…]]` or one name per line; `#` starts a comment' -r -F
complete -c ece-trust -n "__fish_ece_trust_using_subcommand instances" -l out -d 'Write the file to FILE instead of stdout. The instances an existing FILE lists for other nodes are kept (those of the same names are replaced), unless --replace' -r -F
complete -c ece-trust -n "__fish_ece_trust_using_subcommand instances" -l es-url -d 'Elasticsearch URL, e.g. https://es.example.com:9200; port 9200 when none is given [env: ELASTICSEARCH_URL]' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand instances" -l api-key -d 'API key, `id:api_key` or base64 `encoded`; prefer --api-key-file or $ELASTICSEARCH_API_KEY (argv is visible to other users)' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand instances" -l api-key-file -d 'Read the API key from FILE (`-` for standard input)' -r -F
complete -c ece-trust -n "__fish_ece_trust_using_subcommand instances" -l username -d 'Username for basic authentication [env: ELASTICSEARCH_USERNAME]' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand instances" -l password -d 'Password; prefer --password-file or $ELASTICSEARCH_PASSWORD' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand instances" -l password-file -d 'Read the password from FILE (`-` for standard input)' -r -F
complete -c ece-trust -n "__fish_ece_trust_using_subcommand instances" -l ca-cert -d 'Trust this CA (PEM) for the cluster\'s certificate; repeatable [env: ELASTICSEARCH_CA_CERT]' -r -F
complete -c ece-trust -n "__fish_ece_trust_using_subcommand instances" -l ca-fingerprint -d 'Trust the certificate with this SHA-256 fingerprint (colons optional) [env: ELASTICSEARCH_CA_FINGERPRINT]' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand instances" -l proxy -d 'Proxy for every request (overrides HTTPS_PROXY/HTTP_PROXY; NO_PROXY still applies)' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand instances" -l connect-timeout -d 'Time limit to open a connection' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand instances" -l timeout -d 'Time limit for each request attempt' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand instances" -l retries -d 'Retries for idempotent requests on 429/502/503/504 and connection failures' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand instances" -s o -l output -d 'Output format for results on stdout' -r -f -a "text\t'Human-readable text'
json\t'One JSON document'
yaml\t'One YAML document'
jsonl\t'JSON Lines: one JSON document per line, streamed (fleets: a line per cluster, then a summary)'"
complete -c ece-trust -n "__fish_ece_trust_using_subcommand instances" -l from-cluster -d 'Read node names and addresses from GET /_nodes of the (self-managed) cluster the connection flags name'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand instances" -l filenames -d 'Add `filename: <name>` to each instance (certutil\'s default is the name already)'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand instances" -l replace -d 'With --out: write only the nodes given here, dropping the others FILE lists'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand instances" -l insecure -d 'Do not verify the server\'s certificate (loud warning; for diagnosis only)'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand instances" -s v -l verbose -d 'More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand instances" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand instances" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand config; and not __fish_seen_subcommand_from self eck help" -s o -l output -d 'Output format for results on stdout' -r -f -a "text\t'Human-readable text'
json\t'One JSON document'
yaml\t'One YAML document'
jsonl\t'JSON Lines: one JSON document per line, streamed (fleets: a line per cluster, then a summary)'"
complete -c ece-trust -n "__fish_ece_trust_using_subcommand config; and not __fish_seen_subcommand_from self eck help" -s v -l verbose -d 'More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand config; and not __fish_seen_subcommand_from self eck help" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand config; and not __fish_seen_subcommand_from self eck help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand config; and not __fish_seen_subcommand_from self eck help" -f -a "self" -d 'elasticsearch.yml lines that trust the deployment\'s CA, restricted by a trust restrictions file'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand config; and not __fish_seen_subcommand_from self eck help" -f -a "eck" -d 'The ConfigMap holding the deployment\'s CA and the Elasticsearch patch that trusts it (ECK)'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand config; and not __fish_seen_subcommand_from self eck help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand config; and __fish_seen_subcommand_from self" -l ca -d 'The deployment\'s CA certificate (PEM, DER or PKCS#12; from the deployment\'s Security page)' -r -F
complete -c ece-trust -n "__fish_ece_trust_using_subcommand config; and __fish_seen_subcommand_from self" -l password-file -d 'The password of a PKCS#12 --ca, read from FILE (`-` for standard input)' -r -F
complete -c ece-trust -n "__fish_ece_trust_using_subcommand config; and __fish_seen_subcommand_from self" -l ca-path -d 'Where the CA will be on the nodes, as the setting names it (relative to the config directory)' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand config; and __fish_seen_subcommand_from self" -l keep-ca -d 'A CA the transport layer trusts today (the cluster\'s own, e.g. certs/ca.crt): kept in the list, which the setting replaces as a whole. Repeatable' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand config; and __fish_seen_subcommand_from self" -l restrictions -d 'The trust restrictions file, as `trust_restrictions.path` names it' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand config; and __fish_seen_subcommand_from self" -s o -l output -d 'Output format for results on stdout' -r -f -a "text\t'Human-readable text'
json\t'One JSON document'
yaml\t'One YAML document'
jsonl\t'JSON Lines: one JSON document per line, streamed (fleets: a line per cluster, then a summary)'"
complete -c ece-trust -n "__fish_ece_trust_using_subcommand config; and __fish_seen_subcommand_from self" -s v -l verbose -d 'More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand config; and __fish_seen_subcommand_from self" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand config; and __fish_seen_subcommand_from self" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand config; and __fish_seen_subcommand_from eck" -l ca -d 'The deployment\'s CA certificate (PEM, DER or PKCS#12)' -r -F
complete -c ece-trust -n "__fish_ece_trust_using_subcommand config; and __fish_seen_subcommand_from eck" -l cluster -d 'The name of the Elasticsearch resource' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand config; and __fish_seen_subcommand_from eck" -s n -l namespace -d 'The namespace' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand config; and __fish_seen_subcommand_from eck" -l configmap -d 'The name of the ConfigMap to create; `<cluster>-transport-cas` by default' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand config; and __fish_seen_subcommand_from eck" -l password-file -d 'The password of a PKCS#12 --ca, read from FILE (`-` for standard input)' -r -F
complete -c ece-trust -n "__fish_ece_trust_using_subcommand config; and __fish_seen_subcommand_from eck" -s o -l output -d 'Output format for results on stdout' -r -f -a "text\t'Human-readable text'
json\t'One JSON document'
yaml\t'One YAML document'
jsonl\t'JSON Lines: one JSON document per line, streamed (fleets: a line per cluster, then a summary)'"
complete -c ece-trust -n "__fish_ece_trust_using_subcommand config; and __fish_seen_subcommand_from eck" -s v -l verbose -d 'More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand config; and __fish_seen_subcommand_from eck" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand config; and __fish_seen_subcommand_from eck" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "self" -d 'elasticsearch.yml lines that trust the deployment\'s CA, restricted by a trust restrictions file'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "eck" -d 'The ConfigMap holding the deployment\'s CA and the Elasticsearch patch that trusts it (ECK)'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand add" -l deployment -d 'The deployment\'s id (the 32-character hexadecimal id in the deployment\'s page URL)' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand add" -l ref-id -d 'The Elasticsearch resource of the deployment (its ref_id); needed only when it has several' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand add" -l ec-host -d 'ECE coordinator (port 12443 when none is given) or the ECH API host api.elastic-cloud.com; https:// is implied [env: EC_HOST]' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand add" -l target -d 'Which API: inferred from the host (api.elastic-cloud.com and *.elastic-cloud.com are ECH, anything else ECE)' -r -f -a "ece\t''
ech\t''"
complete -c ece-trust -n "__fish_ece_trust_using_subcommand add" -l ec-api-key -d 'ECE/ECH API key, sent as given; prefer --ec-api-key-file or $EC_API_KEY (argv is visible to other users)' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand add" -l ec-api-key-file -d 'Read the ECE/ECH API key from FILE (`-` for standard input)' -r -F
complete -c ece-trust -n "__fish_ece_trust_using_subcommand add" -l ec-username -d 'ECE only: a user for basic authentication, with --ec-password-file [env: EC_USER]' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand add" -l ec-password-file -d 'ECE only: read the user\'s password from FILE (`-` for standard input) [env: EC_PASS]' -r -F
complete -c ece-trust -n "__fish_ece_trust_using_subcommand add" -l ec-ca-cert -d 'Trust this CA (PEM) for the API\'s certificate (ECE often uses a private CA); repeatable [env: EC_CA_CERT]' -r -F
complete -c ece-trust -n "__fish_ece_trust_using_subcommand add" -l ec-ca-fingerprint -d 'Trust the API certificate with this SHA-256 fingerprint [env: EC_CA_FINGERPRINT]' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand add" -l ec-proxy -d 'Proxy for the API (overrides HTTPS_PROXY/HTTP_PROXY; NO_PROXY still applies)' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand add" -l ec-timeout -d 'Time limit for each request attempt to the API' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand add" -l name -d 'A name for the trusted environment; an entry with this name is replaced (its uid kept)' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand add" -l ca -d 'The CA certificate of the trusted environment (PEM, DER or PKCS#12 without a password; no private key)' -r -F
complete -c ece-trust -n "__fish_ece_trust_using_subcommand add" -l node-names -d 'Node names to trust (no wildcards), comma-separated; required without --scope-id' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand add" -l scope-id -d 'The scope id of the trusted clusters\' certificate names (`*.node.<cluster>.cluster.<scope>.account`): lowercase letters and digits, at most 32' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand add" -l allowlist -d 'Trust these clusters of the scope (Elasticsearch cluster ids, comma-separated; needs --scope-id)' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand add" -l type -d 'Who issues the certificates: generic (self-managed, the default), ECE, ESS (ECH) or proxy' -r -f -a "generic\t''
ECE\t''
ESS\t''
proxy\t''"
complete -c ece-trust -n "__fish_ece_trust_using_subcommand add" -s o -l output -d 'Output format for results on stdout' -r -f -a "text\t'Human-readable text'
json\t'One JSON document'
yaml\t'One YAML document'
jsonl\t'JSON Lines: one JSON document per line, streamed (fleets: a line per cluster, then a summary)'"
complete -c ece-trust -n "__fish_ece_trust_using_subcommand add" -l ec-insecure -d 'Do not verify the API\'s certificate (loud warning; for diagnosis only)'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand add" -l trust-all -d 'Trust every cluster of the scope (needs --scope-id)'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand add" -l dry-run -d 'Show the change and send nothing'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand add" -s v -l verbose -d 'More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand add" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand account" -l deployment -d 'The deployment\'s id (the 32-character hexadecimal id in the deployment\'s page URL)' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand account" -l ref-id -d 'The Elasticsearch resource of the deployment (its ref_id); needed only when it has several' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand account" -l ec-host -d 'ECE coordinator (port 12443 when none is given) or the ECH API host api.elastic-cloud.com; https:// is implied [env: EC_HOST]' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand account" -l target -d 'Which API: inferred from the host (api.elastic-cloud.com and *.elastic-cloud.com are ECH, anything else ECE)' -r -f -a "ece\t''
ech\t''"
complete -c ece-trust -n "__fish_ece_trust_using_subcommand account" -l ec-api-key -d 'ECE/ECH API key, sent as given; prefer --ec-api-key-file or $EC_API_KEY (argv is visible to other users)' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand account" -l ec-api-key-file -d 'Read the ECE/ECH API key from FILE (`-` for standard input)' -r -F
complete -c ece-trust -n "__fish_ece_trust_using_subcommand account" -l ec-username -d 'ECE only: a user for basic authentication, with --ec-password-file [env: EC_USER]' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand account" -l ec-password-file -d 'ECE only: read the user\'s password from FILE (`-` for standard input) [env: EC_PASS]' -r -F
complete -c ece-trust -n "__fish_ece_trust_using_subcommand account" -l ec-ca-cert -d 'Trust this CA (PEM) for the API\'s certificate (ECE often uses a private CA); repeatable [env: EC_CA_CERT]' -r -F
complete -c ece-trust -n "__fish_ece_trust_using_subcommand account" -l ec-ca-fingerprint -d 'Trust the API certificate with this SHA-256 fingerprint [env: EC_CA_FINGERPRINT]' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand account" -l ec-proxy -d 'Proxy for the API (overrides HTTPS_PROXY/HTTP_PROXY; NO_PROXY still applies)' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand account" -l ec-timeout -d 'Time limit for each request attempt to the API' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand account" -l account-id -d 'The account (organisation) id' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand account" -l allowlist -d 'Trust only these clusters (Elasticsearch cluster ids, not deployment ids; comma-separated)' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand account" -s o -l output -d 'Output format for results on stdout' -r -f -a "text\t'Human-readable text'
json\t'One JSON document'
yaml\t'One YAML document'
jsonl\t'JSON Lines: one JSON document per line, streamed (fleets: a line per cluster, then a summary)'"
complete -c ece-trust -n "__fish_ece_trust_using_subcommand account" -l ec-insecure -d 'Do not verify the API\'s certificate (loud warning; for diagnosis only)'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand account" -l trust-all -d 'Trust every cluster of the account'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand account" -l dry-run -d 'Show the change and send nothing'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand account" -s v -l verbose -d 'More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand account" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand account" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand external" -l deployment -d 'The deployment\'s id (the 32-character hexadecimal id in the deployment\'s page URL)' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand external" -l ref-id -d 'The Elasticsearch resource of the deployment (its ref_id); needed only when it has several' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand external" -l ec-host -d 'ECE coordinator (port 12443 when none is given) or the ECH API host api.elastic-cloud.com; https:// is implied [env: EC_HOST]' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand external" -l target -d 'Which API: inferred from the host (api.elastic-cloud.com and *.elastic-cloud.com are ECH, anything else ECE)' -r -f -a "ece\t''
ech\t''"
complete -c ece-trust -n "__fish_ece_trust_using_subcommand external" -l ec-api-key -d 'ECE/ECH API key, sent as given; prefer --ec-api-key-file or $EC_API_KEY (argv is visible to other users)' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand external" -l ec-api-key-file -d 'Read the ECE/ECH API key from FILE (`-` for standard input)' -r -F
complete -c ece-trust -n "__fish_ece_trust_using_subcommand external" -l ec-username -d 'ECE only: a user for basic authentication, with --ec-password-file [env: EC_USER]' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand external" -l ec-password-file -d 'ECE only: read the user\'s password from FILE (`-` for standard input) [env: EC_PASS]' -r -F
complete -c ece-trust -n "__fish_ece_trust_using_subcommand external" -l ec-ca-cert -d 'Trust this CA (PEM) for the API\'s certificate (ECE often uses a private CA); repeatable [env: EC_CA_CERT]' -r -F
complete -c ece-trust -n "__fish_ece_trust_using_subcommand external" -l ec-ca-fingerprint -d 'Trust the API certificate with this SHA-256 fingerprint [env: EC_CA_FINGERPRINT]' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand external" -l ec-proxy -d 'Proxy for the API (overrides HTTPS_PROXY/HTTP_PROXY; NO_PROXY still applies)' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand external" -l ec-timeout -d 'Time limit for each request attempt to the API' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand external" -l relationship-id -d 'The trust relationship\'s id (`ece-trust relationships list`)' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand external" -l allowlist -d 'Trust only these clusters (Elasticsearch cluster ids, comma-separated)' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand external" -s o -l output -d 'Output format for results on stdout' -r -f -a "text\t'Human-readable text'
json\t'One JSON document'
yaml\t'One YAML document'
jsonl\t'JSON Lines: one JSON document per line, streamed (fleets: a line per cluster, then a summary)'"
complete -c ece-trust -n "__fish_ece_trust_using_subcommand external" -l ec-insecure -d 'Do not verify the API\'s certificate (loud warning; for diagnosis only)'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand external" -l trust-all -d 'Trust every cluster of the environment'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand external" -l dry-run -d 'Show the change and send nothing'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand external" -s v -l verbose -d 'More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand external" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand external" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand remove" -l deployment -d 'The deployment\'s id (the 32-character hexadecimal id in the deployment\'s page URL)' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand remove" -l ref-id -d 'The Elasticsearch resource of the deployment (its ref_id); needed only when it has several' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand remove" -l ec-host -d 'ECE coordinator (port 12443 when none is given) or the ECH API host api.elastic-cloud.com; https:// is implied [env: EC_HOST]' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand remove" -l target -d 'Which API: inferred from the host (api.elastic-cloud.com and *.elastic-cloud.com are ECH, anything else ECE)' -r -f -a "ece\t''
ech\t''"
complete -c ece-trust -n "__fish_ece_trust_using_subcommand remove" -l ec-api-key -d 'ECE/ECH API key, sent as given; prefer --ec-api-key-file or $EC_API_KEY (argv is visible to other users)' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand remove" -l ec-api-key-file -d 'Read the ECE/ECH API key from FILE (`-` for standard input)' -r -F
complete -c ece-trust -n "__fish_ece_trust_using_subcommand remove" -l ec-username -d 'ECE only: a user for basic authentication, with --ec-password-file [env: EC_USER]' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand remove" -l ec-password-file -d 'ECE only: read the user\'s password from FILE (`-` for standard input) [env: EC_PASS]' -r -F
complete -c ece-trust -n "__fish_ece_trust_using_subcommand remove" -l ec-ca-cert -d 'Trust this CA (PEM) for the API\'s certificate (ECE often uses a private CA); repeatable [env: EC_CA_CERT]' -r -F
complete -c ece-trust -n "__fish_ece_trust_using_subcommand remove" -l ec-ca-fingerprint -d 'Trust the API certificate with this SHA-256 fingerprint [env: EC_CA_FINGERPRINT]' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand remove" -l ec-proxy -d 'Proxy for the API (overrides HTTPS_PROXY/HTTP_PROXY; NO_PROXY still applies)' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand remove" -l ec-timeout -d 'Time limit for each request attempt to the API' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand remove" -l name -d 'The entry\'s name (or account id, or relationship id)' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand remove" -s o -l output -d 'Output format for results on stdout' -r -f -a "text\t'Human-readable text'
json\t'One JSON document'
yaml\t'One YAML document'
jsonl\t'JSON Lines: one JSON document per line, streamed (fleets: a line per cluster, then a summary)'"
complete -c ece-trust -n "__fish_ece_trust_using_subcommand remove" -l ec-insecure -d 'Do not verify the API\'s certificate (loud warning; for diagnosis only)'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand remove" -l dry-run -d 'Show the change and send nothing'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand remove" -s v -l verbose -d 'More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand remove" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand list" -l deployment -d 'The deployment\'s id (the 32-character hexadecimal id in the deployment\'s page URL)' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand list" -l ref-id -d 'The Elasticsearch resource of the deployment (its ref_id); needed only when it has several' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand list" -l ec-host -d 'ECE coordinator (port 12443 when none is given) or the ECH API host api.elastic-cloud.com; https:// is implied [env: EC_HOST]' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand list" -l target -d 'Which API: inferred from the host (api.elastic-cloud.com and *.elastic-cloud.com are ECH, anything else ECE)' -r -f -a "ece\t''
ech\t''"
complete -c ece-trust -n "__fish_ece_trust_using_subcommand list" -l ec-api-key -d 'ECE/ECH API key, sent as given; prefer --ec-api-key-file or $EC_API_KEY (argv is visible to other users)' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand list" -l ec-api-key-file -d 'Read the ECE/ECH API key from FILE (`-` for standard input)' -r -F
complete -c ece-trust -n "__fish_ece_trust_using_subcommand list" -l ec-username -d 'ECE only: a user for basic authentication, with --ec-password-file [env: EC_USER]' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand list" -l ec-password-file -d 'ECE only: read the user\'s password from FILE (`-` for standard input) [env: EC_PASS]' -r -F
complete -c ece-trust -n "__fish_ece_trust_using_subcommand list" -l ec-ca-cert -d 'Trust this CA (PEM) for the API\'s certificate (ECE often uses a private CA); repeatable [env: EC_CA_CERT]' -r -F
complete -c ece-trust -n "__fish_ece_trust_using_subcommand list" -l ec-ca-fingerprint -d 'Trust the API certificate with this SHA-256 fingerprint [env: EC_CA_FINGERPRINT]' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand list" -l ec-proxy -d 'Proxy for the API (overrides HTTPS_PROXY/HTTP_PROXY; NO_PROXY still applies)' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand list" -l ec-timeout -d 'Time limit for each request attempt to the API' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand list" -s o -l output -d 'Output format for results on stdout' -r -f -a "text\t'Human-readable text'
json\t'One JSON document'
yaml\t'One YAML document'
jsonl\t'JSON Lines: one JSON document per line, streamed (fleets: a line per cluster, then a summary)'"
complete -c ece-trust -n "__fish_ece_trust_using_subcommand list" -l ec-insecure -d 'Do not verify the API\'s certificate (loud warning; for diagnosis only)'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand list" -s v -l verbose -d 'More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand list" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand keystore; and not __fish_seen_subcommand_from set list help" -s o -l output -d 'Output format for results on stdout' -r -f -a "text\t'Human-readable text'
json\t'One JSON document'
yaml\t'One YAML document'
jsonl\t'JSON Lines: one JSON document per line, streamed (fleets: a line per cluster, then a summary)'"
complete -c ece-trust -n "__fish_ece_trust_using_subcommand keystore; and not __fish_seen_subcommand_from set list help" -s v -l verbose -d 'More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand keystore; and not __fish_seen_subcommand_from set list help" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand keystore; and not __fish_seen_subcommand_from set list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand keystore; and not __fish_seen_subcommand_from set list help" -f -a "set" -d 'Store a remote cluster\'s cross-cluster API key as cluster.remote.ALIAS.credentials'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand keystore; and not __fish_seen_subcommand_from set list help" -f -a "list" -d 'The keystore\'s entry names (never values)'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand keystore; and not __fish_seen_subcommand_from set list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand keystore; and __fish_seen_subcommand_from set" -l deployment -d 'The deployment\'s id (the 32-character hexadecimal id in the deployment\'s page URL)' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand keystore; and __fish_seen_subcommand_from set" -l ref-id -d 'The Elasticsearch resource of the deployment (its ref_id); needed only when it has several' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand keystore; and __fish_seen_subcommand_from set" -l ec-host -d 'ECE coordinator (port 12443 when none is given) or the ECH API host api.elastic-cloud.com; https:// is implied [env: EC_HOST]' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand keystore; and __fish_seen_subcommand_from set" -l target -d 'Which API: inferred from the host (api.elastic-cloud.com and *.elastic-cloud.com are ECH, anything else ECE)' -r -f -a "ece\t''
ech\t''"
complete -c ece-trust -n "__fish_ece_trust_using_subcommand keystore; and __fish_seen_subcommand_from set" -l ec-api-key -d 'ECE/ECH API key, sent as given; prefer --ec-api-key-file or $EC_API_KEY (argv is visible to other users)' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand keystore; and __fish_seen_subcommand_from set" -l ec-api-key-file -d 'Read the ECE/ECH API key from FILE (`-` for standard input)' -r -F
complete -c ece-trust -n "__fish_ece_trust_using_subcommand keystore; and __fish_seen_subcommand_from set" -l ec-username -d 'ECE only: a user for basic authentication, with --ec-password-file [env: EC_USER]' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand keystore; and __fish_seen_subcommand_from set" -l ec-password-file -d 'ECE only: read the user\'s password from FILE (`-` for standard input) [env: EC_PASS]' -r -F
complete -c ece-trust -n "__fish_ece_trust_using_subcommand keystore; and __fish_seen_subcommand_from set" -l ec-ca-cert -d 'Trust this CA (PEM) for the API\'s certificate (ECE often uses a private CA); repeatable [env: EC_CA_CERT]' -r -F
complete -c ece-trust -n "__fish_ece_trust_using_subcommand keystore; and __fish_seen_subcommand_from set" -l ec-ca-fingerprint -d 'Trust the API certificate with this SHA-256 fingerprint [env: EC_CA_FINGERPRINT]' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand keystore; and __fish_seen_subcommand_from set" -l ec-proxy -d 'Proxy for the API (overrides HTTPS_PROXY/HTTP_PROXY; NO_PROXY still applies)' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand keystore; and __fish_seen_subcommand_from set" -l ec-timeout -d 'Time limit for each request attempt to the API' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand keystore; and __fish_seen_subcommand_from set" -l alias -d 'The remote cluster\'s alias (as in cluster.remote.ALIAS.*)' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand keystore; and __fish_seen_subcommand_from set" -l key-file -d 'The cross-cluster API key\'s `encoded` value, read from FILE (`-` for standard input)' -r -F
complete -c ece-trust -n "__fish_ece_trust_using_subcommand keystore; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format for results on stdout' -r -f -a "text\t'Human-readable text'
json\t'One JSON document'
yaml\t'One YAML document'
jsonl\t'JSON Lines: one JSON document per line, streamed (fleets: a line per cluster, then a summary)'"
complete -c ece-trust -n "__fish_ece_trust_using_subcommand keystore; and __fish_seen_subcommand_from set" -l ec-insecure -d 'Do not verify the API\'s certificate (loud warning; for diagnosis only)'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand keystore; and __fish_seen_subcommand_from set" -l dry-run -d 'Show the request (the key redacted) and send nothing'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand keystore; and __fish_seen_subcommand_from set" -s v -l verbose -d 'More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand keystore; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand keystore; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand keystore; and __fish_seen_subcommand_from list" -l deployment -d 'The deployment\'s id (the 32-character hexadecimal id in the deployment\'s page URL)' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand keystore; and __fish_seen_subcommand_from list" -l ref-id -d 'The Elasticsearch resource of the deployment (its ref_id); needed only when it has several' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand keystore; and __fish_seen_subcommand_from list" -l ec-host -d 'ECE coordinator (port 12443 when none is given) or the ECH API host api.elastic-cloud.com; https:// is implied [env: EC_HOST]' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand keystore; and __fish_seen_subcommand_from list" -l target -d 'Which API: inferred from the host (api.elastic-cloud.com and *.elastic-cloud.com are ECH, anything else ECE)' -r -f -a "ece\t''
ech\t''"
complete -c ece-trust -n "__fish_ece_trust_using_subcommand keystore; and __fish_seen_subcommand_from list" -l ec-api-key -d 'ECE/ECH API key, sent as given; prefer --ec-api-key-file or $EC_API_KEY (argv is visible to other users)' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand keystore; and __fish_seen_subcommand_from list" -l ec-api-key-file -d 'Read the ECE/ECH API key from FILE (`-` for standard input)' -r -F
complete -c ece-trust -n "__fish_ece_trust_using_subcommand keystore; and __fish_seen_subcommand_from list" -l ec-username -d 'ECE only: a user for basic authentication, with --ec-password-file [env: EC_USER]' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand keystore; and __fish_seen_subcommand_from list" -l ec-password-file -d 'ECE only: read the user\'s password from FILE (`-` for standard input) [env: EC_PASS]' -r -F
complete -c ece-trust -n "__fish_ece_trust_using_subcommand keystore; and __fish_seen_subcommand_from list" -l ec-ca-cert -d 'Trust this CA (PEM) for the API\'s certificate (ECE often uses a private CA); repeatable [env: EC_CA_CERT]' -r -F
complete -c ece-trust -n "__fish_ece_trust_using_subcommand keystore; and __fish_seen_subcommand_from list" -l ec-ca-fingerprint -d 'Trust the API certificate with this SHA-256 fingerprint [env: EC_CA_FINGERPRINT]' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand keystore; and __fish_seen_subcommand_from list" -l ec-proxy -d 'Proxy for the API (overrides HTTPS_PROXY/HTTP_PROXY; NO_PROXY still applies)' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand keystore; and __fish_seen_subcommand_from list" -l ec-timeout -d 'Time limit for each request attempt to the API' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand keystore; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format for results on stdout' -r -f -a "text\t'Human-readable text'
json\t'One JSON document'
yaml\t'One YAML document'
jsonl\t'JSON Lines: one JSON document per line, streamed (fleets: a line per cluster, then a summary)'"
complete -c ece-trust -n "__fish_ece_trust_using_subcommand keystore; and __fish_seen_subcommand_from list" -l ec-insecure -d 'Do not verify the API\'s certificate (loud warning; for diagnosis only)'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand keystore; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand keystore; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand keystore; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand keystore; and __fish_seen_subcommand_from help" -f -a "set" -d 'Store a remote cluster\'s cross-cluster API key as cluster.remote.ALIAS.credentials'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand keystore; and __fish_seen_subcommand_from help" -f -a "list" -d 'The keystore\'s entry names (never values)'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand keystore; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and not __fish_seen_subcommand_from list create update delete help" -s o -l output -d 'Output format for results on stdout' -r -f -a "text\t'Human-readable text'
json\t'One JSON document'
yaml\t'One YAML document'
jsonl\t'JSON Lines: one JSON document per line, streamed (fleets: a line per cluster, then a summary)'"
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and not __fish_seen_subcommand_from list create update delete help" -s v -l verbose -d 'More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and not __fish_seen_subcommand_from list create update delete help" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and not __fish_seen_subcommand_from list create update delete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and not __fish_seen_subcommand_from list create update delete help" -f -a "list" -d 'The trust relationships of the installation'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and not __fish_seen_subcommand_from list create update delete help" -f -a "create" -d 'Register another environment by its CA (a second name with the same settings changes nothing)'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and not __fish_seen_subcommand_from list create update delete help" -f -a "update" -d 'Change a relationship; only the fields given are sent'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and not __fish_seen_subcommand_from list create update delete help" -f -a "delete" -d 'Delete a relationship'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and not __fish_seen_subcommand_from list create update delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from list" -l ec-host -d 'ECE coordinator (port 12443 when none is given) or the ECH API host api.elastic-cloud.com; https:// is implied [env: EC_HOST]' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from list" -l target -d 'Which API: inferred from the host (api.elastic-cloud.com and *.elastic-cloud.com are ECH, anything else ECE)' -r -f -a "ece\t''
ech\t''"
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from list" -l ec-api-key -d 'ECE/ECH API key, sent as given; prefer --ec-api-key-file or $EC_API_KEY (argv is visible to other users)' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from list" -l ec-api-key-file -d 'Read the ECE/ECH API key from FILE (`-` for standard input)' -r -F
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from list" -l ec-username -d 'ECE only: a user for basic authentication, with --ec-password-file [env: EC_USER]' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from list" -l ec-password-file -d 'ECE only: read the user\'s password from FILE (`-` for standard input) [env: EC_PASS]' -r -F
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from list" -l ec-ca-cert -d 'Trust this CA (PEM) for the API\'s certificate (ECE often uses a private CA); repeatable [env: EC_CA_CERT]' -r -F
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from list" -l ec-ca-fingerprint -d 'Trust the API certificate with this SHA-256 fingerprint [env: EC_CA_FINGERPRINT]' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from list" -l ec-proxy -d 'Proxy for the API (overrides HTTPS_PROXY/HTTP_PROXY; NO_PROXY still applies)' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from list" -l ec-timeout -d 'Time limit for each request attempt to the API' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format for results on stdout' -r -f -a "text\t'Human-readable text'
json\t'One JSON document'
yaml\t'One YAML document'
jsonl\t'JSON Lines: one JSON document per line, streamed (fleets: a line per cluster, then a summary)'"
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from list" -l ec-insecure -d 'Do not verify the API\'s certificate (loud warning; for diagnosis only)'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from list" -l include-certificate -d 'Include each relationship\'s CA certificate'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from create" -l ec-host -d 'ECE coordinator (port 12443 when none is given) or the ECH API host api.elastic-cloud.com; https:// is implied [env: EC_HOST]' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from create" -l target -d 'Which API: inferred from the host (api.elastic-cloud.com and *.elastic-cloud.com are ECH, anything else ECE)' -r -f -a "ece\t''
ech\t''"
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from create" -l ec-api-key -d 'ECE/ECH API key, sent as given; prefer --ec-api-key-file or $EC_API_KEY (argv is visible to other users)' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from create" -l ec-api-key-file -d 'Read the ECE/ECH API key from FILE (`-` for standard input)' -r -F
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from create" -l ec-username -d 'ECE only: a user for basic authentication, with --ec-password-file [env: EC_USER]' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from create" -l ec-password-file -d 'ECE only: read the user\'s password from FILE (`-` for standard input) [env: EC_PASS]' -r -F
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from create" -l ec-ca-cert -d 'Trust this CA (PEM) for the API\'s certificate (ECE often uses a private CA); repeatable [env: EC_CA_CERT]' -r -F
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from create" -l ec-ca-fingerprint -d 'Trust the API certificate with this SHA-256 fingerprint [env: EC_CA_FINGERPRINT]' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from create" -l ec-proxy -d 'Proxy for the API (overrides HTTPS_PROXY/HTTP_PROXY; NO_PROXY still applies)' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from create" -l ec-timeout -d 'Time limit for each request attempt to the API' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from create" -l name -d 'The relationship\'s name' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from create" -l ca -d 'The other environment\'s CA certificate (no private key)' -r -F
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from create" -l account-ids -d 'Accounts (organisations) of the environment to trust, comma-separated' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from create" -l installation-id -d 'The other environment\'s installation id' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format for results on stdout' -r -f -a "text\t'Human-readable text'
json\t'One JSON document'
yaml\t'One YAML document'
jsonl\t'JSON Lines: one JSON document per line, streamed (fleets: a line per cluster, then a summary)'"
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from create" -l ec-insecure -d 'Do not verify the API\'s certificate (loud warning; for diagnosis only)'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from create" -l trust-by-default -d 'Trust every deployment of the environment by default'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from create" -l dry-run -d 'Show the request and send nothing'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from create" -s v -l verbose -d 'More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from update" -l ec-host -d 'ECE coordinator (port 12443 when none is given) or the ECH API host api.elastic-cloud.com; https:// is implied [env: EC_HOST]' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from update" -l target -d 'Which API: inferred from the host (api.elastic-cloud.com and *.elastic-cloud.com are ECH, anything else ECE)' -r -f -a "ece\t''
ech\t''"
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from update" -l ec-api-key -d 'ECE/ECH API key, sent as given; prefer --ec-api-key-file or $EC_API_KEY (argv is visible to other users)' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from update" -l ec-api-key-file -d 'Read the ECE/ECH API key from FILE (`-` for standard input)' -r -F
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from update" -l ec-username -d 'ECE only: a user for basic authentication, with --ec-password-file [env: EC_USER]' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from update" -l ec-password-file -d 'ECE only: read the user\'s password from FILE (`-` for standard input) [env: EC_PASS]' -r -F
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from update" -l ec-ca-cert -d 'Trust this CA (PEM) for the API\'s certificate (ECE often uses a private CA); repeatable [env: EC_CA_CERT]' -r -F
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from update" -l ec-ca-fingerprint -d 'Trust the API certificate with this SHA-256 fingerprint [env: EC_CA_FINGERPRINT]' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from update" -l ec-proxy -d 'Proxy for the API (overrides HTTPS_PROXY/HTTP_PROXY; NO_PROXY still applies)' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from update" -l ec-timeout -d 'Time limit for each request attempt to the API' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from update" -l name -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from update" -l ca -d 'A new CA certificate (no private key)' -r -F
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from update" -l trust-by-default -r -f -a "true\t''
false\t''"
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from update" -l account-ids -d 'Accounts to trust (replaces the list), comma-separated' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format for results on stdout' -r -f -a "text\t'Human-readable text'
json\t'One JSON document'
yaml\t'One YAML document'
jsonl\t'JSON Lines: one JSON document per line, streamed (fleets: a line per cluster, then a summary)'"
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from update" -l ec-insecure -d 'Do not verify the API\'s certificate (loud warning; for diagnosis only)'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from update" -l dry-run -d 'Show the request and send nothing'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from update" -s v -l verbose -d 'More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from delete" -l ec-host -d 'ECE coordinator (port 12443 when none is given) or the ECH API host api.elastic-cloud.com; https:// is implied [env: EC_HOST]' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from delete" -l target -d 'Which API: inferred from the host (api.elastic-cloud.com and *.elastic-cloud.com are ECH, anything else ECE)' -r -f -a "ece\t''
ech\t''"
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from delete" -l ec-api-key -d 'ECE/ECH API key, sent as given; prefer --ec-api-key-file or $EC_API_KEY (argv is visible to other users)' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from delete" -l ec-api-key-file -d 'Read the ECE/ECH API key from FILE (`-` for standard input)' -r -F
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from delete" -l ec-username -d 'ECE only: a user for basic authentication, with --ec-password-file [env: EC_USER]' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from delete" -l ec-password-file -d 'ECE only: read the user\'s password from FILE (`-` for standard input) [env: EC_PASS]' -r -F
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from delete" -l ec-ca-cert -d 'Trust this CA (PEM) for the API\'s certificate (ECE often uses a private CA); repeatable [env: EC_CA_CERT]' -r -F
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from delete" -l ec-ca-fingerprint -d 'Trust the API certificate with this SHA-256 fingerprint [env: EC_CA_FINGERPRINT]' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from delete" -l ec-proxy -d 'Proxy for the API (overrides HTTPS_PROXY/HTTP_PROXY; NO_PROXY still applies)' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from delete" -l ec-timeout -d 'Time limit for each request attempt to the API' -r
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format for results on stdout' -r -f -a "text\t'Human-readable text'
json\t'One JSON document'
yaml\t'One YAML document'
jsonl\t'JSON Lines: one JSON document per line, streamed (fleets: a line per cluster, then a summary)'"
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from delete" -l ec-insecure -d 'Do not verify the API\'s certificate (loud warning; for diagnosis only)'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from delete" -l dry-run -d 'Show the request and send nothing'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from help" -f -a "list" -d 'The trust relationships of the installation'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from help" -f -a "create" -d 'Register another environment by its CA (a second name with the same settings changes nothing)'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a relationship; only the fields given are sent'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a relationship'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand relationships; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand help; and not __fish_seen_subcommand_from cert restrictions instances config add account external remove list keystore relationships help" -f -a "cert" -d 'Certificates: inspect a file or a live endpoint, extract the CA for upload'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand help; and not __fish_seen_subcommand_from cert restrictions instances config add account external remove list keystore relationships help" -f -a "restrictions" -d 'The trust restrictions file (`trust.subject_name`) and a check of a certificate against it'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand help; and not __fish_seen_subcommand_from cert restrictions instances config add account external remove list keystore relationships help" -f -a "instances" -d 'certutil\'s instances.yml for node certificates with Cloud-convention otherName names'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand help; and not __fish_seen_subcommand_from cert restrictions instances config add account external remove list keystore relationships help" -f -a "config" -d 'The settings that trust a deployment\'s CA: elasticsearch.yml lines, or ECK resources'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand help; and not __fish_seen_subcommand_from cert restrictions instances config add account external remove list keystore relationships help" -f -a "add" -d 'Trust another environment\'s CA in a deployment (settings.trust.direct) [ECE/ECH API]'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand help; and not __fish_seen_subcommand_from cert restrictions instances config add account external remove list keystore relationships help" -f -a "account" -d 'Trust clusters of an account of the same ECE installation or ECH region (settings.trust.accounts) [ECE/ECH API]'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand help; and not __fish_seen_subcommand_from cert restrictions instances config add account external remove list keystore relationships help" -f -a "external" -d 'Trust clusters of a platform trust relationship (settings.trust.external) [ECE/ECH API]'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand help; and not __fish_seen_subcommand_from cert restrictions instances config add account external remove list keystore relationships help" -f -a "remove" -d 'Remove trust entries by name (or account or relationship id) [ECE/ECH API]'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand help; and not __fish_seen_subcommand_from cert restrictions instances config add account external remove list keystore relationships help" -f -a "list" -d 'A deployment\'s trust settings [ECE/ECH API]'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand help; and not __fish_seen_subcommand_from cert restrictions instances config add account external remove list keystore relationships help" -f -a "keystore" -d 'The deployment\'s Elasticsearch keystore: a remote\'s cross-cluster API key [ECE/ECH API]'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand help; and not __fish_seen_subcommand_from cert restrictions instances config add account external remove list keystore relationships help" -f -a "relationships" -d 'ECE\'s platform trust relationships (ECE only) [ECE API]'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand help; and not __fish_seen_subcommand_from cert restrictions instances config add account external remove list keystore relationships help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand help; and __fish_seen_subcommand_from cert" -f -a "inspect" -d 'Show each certificate of a PEM, DER or PKCS#12 file, or the chain a live endpoint presents'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand help; and __fish_seen_subcommand_from cert" -f -a "convert" -d 'Write the CA certificate(s) of a PKCS#12 file or PEM bundle as PEM, without any private key'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand help; and __fish_seen_subcommand_from restrictions" -f -a "check" -d 'Say which pattern of a restrictions file admits a certificate (exit 1 when none does)'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "self" -d 'elasticsearch.yml lines that trust the deployment\'s CA, restricted by a trust restrictions file'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "eck" -d 'The ConfigMap holding the deployment\'s CA and the Elasticsearch patch that trusts it (ECK)'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand help; and __fish_seen_subcommand_from keystore" -f -a "set" -d 'Store a remote cluster\'s cross-cluster API key as cluster.remote.ALIAS.credentials'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand help; and __fish_seen_subcommand_from keystore" -f -a "list" -d 'The keystore\'s entry names (never values)'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand help; and __fish_seen_subcommand_from relationships" -f -a "list" -d 'The trust relationships of the installation'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand help; and __fish_seen_subcommand_from relationships" -f -a "create" -d 'Register another environment by its CA (a second name with the same settings changes nothing)'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand help; and __fish_seen_subcommand_from relationships" -f -a "update" -d 'Change a relationship; only the fields given are sent'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand help; and __fish_seen_subcommand_from relationships" -f -a "delete" -d 'Delete a relationship'
