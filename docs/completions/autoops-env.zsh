#compdef autoops-env

autoload -U is-at-least

_autoops-env() {
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
'--es-url=[The URL the agent uses to reach Elasticsearch; port 9200 when none is given; not used by eck \[env\: AUTOOPS_ES_URL\]]:URL:_default' \
'(--api-key-file)--api-key=[API key, \`id\:api_key\` or base64 \`encoded\`; prefer --api-key-file or \$AUTOOPS_ES_API_KEY (argv is visible to other users)]:KEY:_default' \
'--api-key-file=[Read the API key from FILE (\`-\` for standard input)]:FILE:_files' \
'--username=[Username for basic authentication, with --password-file \[env\: AUTOOPS_ES_USERNAME\]]:NAME:_default' \
'(--password)--password-file=[Read the password from FILE (\`-\` for standard input) \[env\: AUTOOPS_ES_PASSWORD\]]:FILE:_files' \
'--password=[Password; prefer --password-file or \$AUTOOPS_ES_PASSWORD]:PASSWORD:_default' \
'--ca-cert=[CA certificate (PEM) the agent trusts for the cluster; mounted into containers; ignored by eck (ECK manages TLS to its clusters) \[env\: AUTOOPS_CA_CERT\]]:PEM:_files' \
'--otel-url=[OTel URL from the connect wizard \[env\: AUTOOPS_OTEL_URL\]]:URL:_default' \
'--region=[Metrics storage region, CSP/REGION (e.g. aws/us-east-1)\: derives the OTel URL]:CSP/REGION:_default' \
'(--cloud-connected-key-file)--cloud-connected-key=[Elastic Cloud API key that registers the cluster; prefer the file or \$ELASTIC_CLOUD_CONNECTED_MODE_API_KEY]:KEY:_default' \
'--cloud-connected-key-file=[Read the Elastic Cloud API key from FILE (\`-\` for standard input)]:FILE:_files' \
'--cloud-connected-url=[Cloud Connected API URL, only to override https\://api.elastic-cloud.com \[env\: ELASTIC_CLOUD_CONNECTED_MODE_API_URL\]]:URL:_default' \
'--cloud-api-url=[Cloud Connected API URL, only to override https\://api.elastic-cloud.com \[env\: ELASTIC_CLOUD_CONNECTED_MODE_API_URL\]]:URL:_default' \
'--temp-resource-id=[Temporary resource id shown by the connect wizard; not used by eck (ECK'\''s Secret has no place for it) \[env\: AUTOOPS_TEMP_RESOURCE_ID\]]:ID:_default' \
'(--token-file)--token=[AutoOps token; prefer --token-file or \$AUTOOPS_TOKEN]:TOKEN:_default' \
'--token-file=[Read the AutoOps token from FILE (\`-\` for standard input)]:FILE:_files' \
'--https-proxy=[Proxy for the agent'\''s https\:// traffic \[env\: HTTPS_PROXY or https_proxy\]]:URL:_default' \
'--http-proxy=[Proxy for the agent'\''s http\:// traffic \[env\: HTTP_PROXY or http_proxy\]]:URL:_default' \
'--no-proxy=[Hosts the agent reaches directly, comma-separated \[env\: NO_PROXY or no_proxy\]]:LIST:_default' \
'--env-file=[Read settings from this env file (KEY=value lines); flags win over it, it wins over the environment]:FILE:_files' \
'-f+[What to write]:FORMAT:((env\:"An env file with the agent'\''s variables (holds secrets)"
docker\:"A \`docker run\` script reading the env file"
compose\:"A compose file reading the env file"
kubernetes\:"A Secret and a Deployment (holds secrets)"
systemd\:"A systemd EnvironmentFile and the elastic-agent drop-in loading it"
eck\:"An ECK 3.3+ AutoOpsAgentPolicy and the Secret it names (holds secrets)"))' \
'--format=[What to write]:FORMAT:((env\:"An env file with the agent'\''s variables (holds secrets)"
docker\:"A \`docker run\` script reading the env file"
compose\:"A compose file reading the env file"
kubernetes\:"A Secret and a Deployment (holds secrets)"
systemd\:"A systemd EnvironmentFile and the elastic-agent drop-in loading it"
eck\:"An ECK 3.3+ AutoOpsAgentPolicy and the Secret it names (holds secrets)"))' \
'(--out-dir)--out=[Write to FILE (atomically; 0600 when it holds secrets) instead of standard output (\`-\`)]:FILE:_files' \
'--out-dir=[Write every file of the format into DIR (created if missing)\: the env file too for docker, compose and systemd]:DIR:_files' \
'--image=[Agent image repository, or a full reference with a tag \[default\: docker.elastic.co/elastic-agent/elastic-otel-collector-wolfi; eck\: none, ECK picks the image of --agent-version\]]:IMAGE:_default' \
'--agent-version=[Agent version\: the image tag; with eck, the policy'\''s spec.version \[default\: 9.2.5\]]:VERSION:_default' \
'--name=[Prefix of the generated names (<NAME>-secret, <NAME>-elastic-agent, <NAME>-otel-agent, ...; with eck the policy is <NAME>, at most 36 characters)]:NAME:_default' \
'--namespace=[Kubernetes namespace (kubernetes and eck; with eck, the policy'\''s and its Secret'\''s)]:NAMESPACE:_default' \
'(--out-dir)--env-file-path=[Path of the env file the docker script and the compose file read (relative\: to their own directory)]:PATH:_files' \
'--host-network=[Docker and compose\: share the host'\''s network (needed to reach a cluster on the same host)]:WHEN:((auto\:"When the cluster URL'\''s host is localhost, a loopback address or this machine'\''s hostname"
always\:""
never\:""))' \
'*--select=[Monitor the Elasticsearch resources with this label (spec.resourceSelector.matchLabels); repeat to require several. Required with eck]:KEY=VALUE:_default' \
'*--namespace-selector=[Only in the namespaces with this label (spec.namespaceSelector.matchLabels, e.g. kubernetes.io/metadata.name=prod); repeat to require several \[default\: every namespace\]]:KEY=VALUE:_default' \
'--generate=[Print a man page or shell completions and exit]:WHAT:((man\:"A roff man page"
bash\:""
zsh\:""
fish\:""
elvish\:""
powershell\:""))' \
'--force[Replace files that already exist]' \
'*-v[More detail on stderr]' \
'*--verbose[More detail on stderr]' \
'(-v --verbose)-q[Only errors and warnings on stderr]' \
'(-v --verbose)--quiet[Only errors and warnings on stderr]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
}

(( $+functions[_autoops-env_commands] )) ||
_autoops-env_commands() {
    local commands; commands=()
    _describe -t commands 'autoops-env commands' commands "$@"
}

if [ "$funcstack[1]" = "_autoops-env" ]; then
    _autoops-env "$@"
else
    compdef _autoops-env autoops-env
fi
