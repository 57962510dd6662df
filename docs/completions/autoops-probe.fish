complete -c autoops-probe -s o -l output -d 'Output format for results on stdout' -r -f -a "text\t'Human-readable text'
json\t'One JSON document'
yaml\t'One YAML document'
jsonl\t'JSON Lines: one JSON document per line, streamed (fleets: a line per cluster, then a summary)'"
complete -c autoops-probe -l env-file -d 'Read the agent\'s variables from this env file (KEY=value, as autoops-env writes it); flags win over it, it wins over the environment' -r -F
complete -c autoops-probe -l es-url -d 'Elasticsearch URL [env: AUTOOPS_ES_URL]' -r
complete -c autoops-probe -l api-key-file -d 'Read the API key (id:api_key or encoded) from FILE, `-` for stdin [env: AUTOOPS_ES_API_KEY]' -r -F
complete -c autoops-probe -l username -d 'Username for basic authentication [env: AUTOOPS_ES_USERNAME]' -r
complete -c autoops-probe -l password-file -d 'Read the password from FILE, `-` for stdin [env: AUTOOPS_ES_PASSWORD]' -r -F
complete -c autoops-probe -l otel-url -d 'OTel collector URL [env: AUTOOPS_OTEL_URL]' -r
complete -c autoops-probe -l region -d 'Derive the OTel URL from the region, e.g. aws/eu-west-1' -r
complete -c autoops-probe -l cloud-connected-url -l cloud-api-url -d 'Cloud Connected API base URL [env: ELASTIC_CLOUD_CONNECTED_MODE_API_URL] [default: https://api.elastic-cloud.com]' -r
complete -c autoops-probe -l ca-cert -d 'CA certificate the cluster\'s certificate chains to [env: AUTOOPS_CA_CERT]' -r -F
complete -c autoops-probe -l proxy -d 'Proxy for every connection (overrides HTTPS_PROXY and HTTP_PROXY; NO_PROXY still applies)' -r
complete -c autoops-probe -l check-timeout -d 'Time limit of each check' -r
complete -c autoops-probe -l connect-timeout -d 'Time limit to resolve and connect (at most --check-timeout)' -r
complete -c autoops-probe -l retries -d 'Retries of the cluster\'s read requests on connection failures and 429/502/503/504' -r
complete -c autoops-probe -l inventory -d 'Probe the clusters listed in this YAML inventory (clusters: [{name, url, api_key_env | api_key_file | username + password_env | password_file, ca_cert?}])' -r -F
complete -c autoops-probe -l concurrency -d 'Clusters probed at the same time' -r
complete -c autoops-probe -l shard -d 'Probe only the clusters whose 0-based index i in the inventory has i % N == I' -r
complete -c autoops-probe -l shards -d 'Split into N shares and take share $JOB_COMPLETION_INDEX (a Kubernetes Indexed Job)' -r
complete -c autoops-probe -l generate -d 'Print a man page or shell completions and exit' -r -f -a "man\t'A roff man page'
bash\t''
zsh\t''
fish\t''
elvish\t''
powershell\t''"
complete -c autoops-probe -s v -l verbose -d 'More detail on stderr (-v info, -vv HTTP requests with credentials redacted, -vvv trace)'
complete -c autoops-probe -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c autoops-probe -l insecure -d 'Do not verify the cluster\'s certificate (loud warning; diagnosis only)'
complete -c autoops-probe -s h -l help -d 'Print help (see more with \'--help\')'
complete -c autoops-probe -s V -l version -d 'Print version'
