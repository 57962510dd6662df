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
yaml\t'One YAML document'"
complete -c ece-trust -n "__fish_ece_trust_needs_command" -s v -l verbose -d 'More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)'
complete -c ece-trust -n "__fish_ece_trust_needs_command" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c ece-trust -n "__fish_ece_trust_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ece-trust -n "__fish_ece_trust_needs_command" -s V -l version -d 'Print version'
complete -c ece-trust -n "__fish_ece_trust_needs_command" -f -a "cert" -d 'Certificates: inspect a file or a live endpoint, extract the CA for upload'
complete -c ece-trust -n "__fish_ece_trust_needs_command" -f -a "restrictions" -d 'The trust restrictions file (`trust.subject_name`) and a check of a certificate against it'
complete -c ece-trust -n "__fish_ece_trust_needs_command" -f -a "instances" -d 'certutil\'s instances.yml for node certificates with Cloud-convention otherName names'
complete -c ece-trust -n "__fish_ece_trust_needs_command" -f -a "config" -d 'The settings that trust a deployment\'s CA: elasticsearch.yml lines, or ECK resources'
complete -c ece-trust -n "__fish_ece_trust_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand cert; and not __fish_seen_subcommand_from inspect convert help" -s o -l output -d 'Output format for results on stdout' -r -f -a "text\t'Human-readable text'
json\t'One JSON document'
yaml\t'One YAML document'"
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
yaml\t'One YAML document'"
complete -c ece-trust -n "__fish_ece_trust_using_subcommand cert; and __fish_seen_subcommand_from inspect" -s v -l verbose -d 'More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand cert; and __fish_seen_subcommand_from inspect" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand cert; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand cert; and __fish_seen_subcommand_from convert" -l out -d 'The PEM file to write (certificates only)' -r -F
complete -c ece-trust -n "__fish_ece_trust_using_subcommand cert; and __fish_seen_subcommand_from convert" -l password-file -d 'The password of a PKCS#12 IN, read from FILE (`-` for standard input)' -r -F
complete -c ece-trust -n "__fish_ece_trust_using_subcommand cert; and __fish_seen_subcommand_from convert" -s o -l output -d 'Output format for results on stdout' -r -f -a "text\t'Human-readable text'
json\t'One JSON document'
yaml\t'One YAML document'"
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
yaml\t'One YAML document'"
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
yaml\t'One YAML document'"
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
yaml\t'One YAML document'"
complete -c ece-trust -n "__fish_ece_trust_using_subcommand instances" -l from-cluster -d 'Read node names and addresses from GET /_nodes of the (self-managed) cluster the connection flags name'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand instances" -l filenames -d 'Add `filename: <name>` to each instance (certutil\'s default is the name already)'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand instances" -l replace -d 'With --out: write only the nodes given here, dropping the others FILE lists'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand instances" -l insecure -d 'Do not verify the server\'s certificate (loud warning; for diagnosis only)'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand instances" -s v -l verbose -d 'More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand instances" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand instances" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand config; and not __fish_seen_subcommand_from self eck help" -s o -l output -d 'Output format for results on stdout' -r -f -a "text\t'Human-readable text'
json\t'One JSON document'
yaml\t'One YAML document'"
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
yaml\t'One YAML document'"
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
yaml\t'One YAML document'"
complete -c ece-trust -n "__fish_ece_trust_using_subcommand config; and __fish_seen_subcommand_from eck" -s v -l verbose -d 'More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand config; and __fish_seen_subcommand_from eck" -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand config; and __fish_seen_subcommand_from eck" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "self" -d 'elasticsearch.yml lines that trust the deployment\'s CA, restricted by a trust restrictions file'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "eck" -d 'The ConfigMap holding the deployment\'s CA and the Elasticsearch patch that trusts it (ECK)'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand help; and not __fish_seen_subcommand_from cert restrictions instances config help" -f -a "cert" -d 'Certificates: inspect a file or a live endpoint, extract the CA for upload'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand help; and not __fish_seen_subcommand_from cert restrictions instances config help" -f -a "restrictions" -d 'The trust restrictions file (`trust.subject_name`) and a check of a certificate against it'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand help; and not __fish_seen_subcommand_from cert restrictions instances config help" -f -a "instances" -d 'certutil\'s instances.yml for node certificates with Cloud-convention otherName names'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand help; and not __fish_seen_subcommand_from cert restrictions instances config help" -f -a "config" -d 'The settings that trust a deployment\'s CA: elasticsearch.yml lines, or ECK resources'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand help; and not __fish_seen_subcommand_from cert restrictions instances config help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand help; and __fish_seen_subcommand_from cert" -f -a "inspect" -d 'Show each certificate of a PEM, DER or PKCS#12 file, or the chain a live endpoint presents'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand help; and __fish_seen_subcommand_from cert" -f -a "convert" -d 'Write the CA certificate(s) of a PKCS#12 file or PEM bundle as PEM, without any private key'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand help; and __fish_seen_subcommand_from restrictions" -f -a "check" -d 'Say which pattern of a restrictions file admits a certificate (exit 1 when none does)'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "self" -d 'elasticsearch.yml lines that trust the deployment\'s CA, restricted by a trust restrictions file'
complete -c ece-trust -n "__fish_ece_trust_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "eck" -d 'The ConfigMap holding the deployment\'s CA and the Elasticsearch patch that trusts it (ECK)'
