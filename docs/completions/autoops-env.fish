complete -c autoops-env -l es-url -d 'The URL the agent uses to reach Elasticsearch; port 9200 when none is given; not used by eck [env: AUTOOPS_ES_URL]' -r
complete -c autoops-env -l api-key -d 'API key, `id:api_key` or base64 `encoded`; prefer --api-key-file or $AUTOOPS_ES_API_KEY (argv is visible to other users)' -r
complete -c autoops-env -l api-key-file -d 'Read the API key from FILE (`-` for standard input)' -r -F
complete -c autoops-env -l username -d 'Username for basic authentication, with --password-file [env: AUTOOPS_ES_USERNAME]' -r
complete -c autoops-env -l password-file -d 'Read the password from FILE (`-` for standard input) [env: AUTOOPS_ES_PASSWORD]' -r -F
complete -c autoops-env -l password -d 'Password; prefer --password-file or $AUTOOPS_ES_PASSWORD' -r
complete -c autoops-env -l ca-cert -d 'CA certificate (PEM) the agent trusts for the cluster; mounted into containers; ignored by eck (ECK manages TLS to its clusters) [env: AUTOOPS_CA_CERT]' -r -F
complete -c autoops-env -l otel-url -d 'OTel URL from the connect wizard [env: AUTOOPS_OTEL_URL]' -r
complete -c autoops-env -l region -d 'Metrics storage region, CSP/REGION (e.g. aws/us-east-1): derives the OTel URL' -r
complete -c autoops-env -l cloud-connected-key -d 'Elastic Cloud API key that registers the cluster; prefer the file or $ELASTIC_CLOUD_CONNECTED_MODE_API_KEY' -r
complete -c autoops-env -l cloud-connected-key-file -d 'Read the Elastic Cloud API key from FILE (`-` for standard input)' -r -F
complete -c autoops-env -l cloud-connected-url -l cloud-api-url -d 'Cloud Connected API URL, only to override https://api.elastic-cloud.com [env: ELASTIC_CLOUD_CONNECTED_MODE_API_URL]' -r
complete -c autoops-env -l temp-resource-id -d 'Temporary resource id shown by the connect wizard; not used by eck (ECK\'s Secret has no place for it) [env: AUTOOPS_TEMP_RESOURCE_ID]' -r
complete -c autoops-env -l token -d 'AutoOps token; prefer --token-file or $AUTOOPS_TOKEN' -r
complete -c autoops-env -l token-file -d 'Read the AutoOps token from FILE (`-` for standard input)' -r -F
complete -c autoops-env -l https-proxy -d 'Proxy for the agent\'s https:// traffic [env: HTTPS_PROXY or https_proxy]' -r
complete -c autoops-env -l http-proxy -d 'Proxy for the agent\'s http:// traffic [env: HTTP_PROXY or http_proxy]' -r
complete -c autoops-env -l no-proxy -d 'Hosts the agent reaches directly, comma-separated [env: NO_PROXY or no_proxy]' -r
complete -c autoops-env -l env-file -d 'Read settings from this env file (KEY=value lines); flags win over it, it wins over the environment' -r -F
complete -c autoops-env -s f -l format -d 'What to write' -r -f -a "env\t'An env file with the agent\'s variables (holds secrets)'
docker\t'A `docker run` script reading the env file'
compose\t'A compose file reading the env file'
kubernetes\t'A Secret and a Deployment (holds secrets)'
systemd\t'A systemd EnvironmentFile and the elastic-agent drop-in loading it'
eck\t'An ECK 3.3+ AutoOpsAgentPolicy and the Secret it names (holds secrets)'"
complete -c autoops-env -l out -d 'Write to FILE (atomically; 0600 when it holds secrets) instead of standard output (`-`)' -r -F
complete -c autoops-env -l out-dir -d 'Write every file of the format into DIR (created if missing): the env file too for docker, compose and systemd' -r -F
complete -c autoops-env -l image -d 'Agent image repository, or a full reference with a tag [default: docker.elastic.co/elastic-agent/elastic-otel-collector-wolfi; eck: none, ECK picks the image of --agent-version]' -r
complete -c autoops-env -l agent-version -d 'Agent version: the image tag; with eck, the policy\'s spec.version [default: 9.2.5]' -r
complete -c autoops-env -l name -d 'Prefix of the generated names (<NAME>-secret, <NAME>-elastic-agent, <NAME>-otel-agent, ...; with eck the policy is <NAME>, at most 36 characters)' -r
complete -c autoops-env -l namespace -d 'Kubernetes namespace (kubernetes and eck; with eck, the policy\'s and its Secret\'s)' -r
complete -c autoops-env -l env-file-path -d 'Path of the env file the docker script and the compose file read (relative: to their own directory)' -r -F
complete -c autoops-env -l host-network -d 'Docker and compose: share the host\'s network (needed to reach a cluster on the same host)' -r -f -a "auto\t'When the cluster URL\'s host is localhost, a loopback address or this machine\'s hostname'
always\t''
never\t''"
complete -c autoops-env -l select -d 'Monitor the Elasticsearch resources with this label (spec.resourceSelector.matchLabels); repeat to require several. Required with eck' -r
complete -c autoops-env -l namespace-selector -d 'Only in the namespaces with this label (spec.namespaceSelector.matchLabels, e.g. kubernetes.io/metadata.name=prod); repeat to require several [default: every namespace]' -r
complete -c autoops-env -l generate -d 'Print a man page or shell completions and exit' -r -f -a "man\t'A roff man page'
bash\t''
zsh\t''
fish\t''
elvish\t''
powershell\t''"
complete -c autoops-env -l force -d 'Replace files that already exist'
complete -c autoops-env -s v -l verbose -d 'More detail on stderr'
complete -c autoops-env -s q -l quiet -d 'Only errors and warnings on stderr'
complete -c autoops-env -s h -l help -d 'Print help (see more with \'--help\')'
complete -c autoops-env -s V -l version -d 'Print version'
