# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_statusgen_global_optspecs
    string join \n color= data= stacks= h/help V/version
end

function __fish_statusgen_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_statusgen_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_statusgen_using_subcommand
    set -l cmd (__fish_statusgen_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c statusgen -n "__fish_statusgen_needs_command" -l color -d 'When to use colors' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is unset'
always\t''
never\t''"
complete -c statusgen -n "__fish_statusgen_needs_command" -l data -d 'Use this knowledge base (TOML, same schema as data/) instead of the embedded one [env: STATUSGEN_DATA]' -r -F
complete -c statusgen -n "__fish_statusgen_needs_command" -l stacks -d 'Show library constants of these stacks only, e.g. `python,go`; an unknown id lists the known ones [env: STATUSGEN_STACKS]' -r
complete -c statusgen -n "__fish_statusgen_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c statusgen -n "__fish_statusgen_needs_command" -s V -l version -d 'Print version'
complete -c statusgen -n "__fish_statusgen_needs_command" -f -a "compare" -d 'Compare codes side by side: when to use each, the question that tells them apart, headers, retry and cache'
complete -c statusgen -n "__fish_statusgen_needs_command" -f -a "search" -d 'Search names, aliases and explanations (typo tolerant), best match first'
complete -c statusgen -n "__fish_statusgen_needs_command" -f -a "list" -d 'List codes by class, one line each'
complete -c statusgen -n "__fish_statusgen_needs_command" -f -a "categories" -d 'The five classes of status codes, with their meaning and counts'
complete -c statusgen -n "__fish_statusgen_needs_command" -f -a "decide" -d 'Answer yes/no questions about your endpoint and get the status code to return'
complete -c statusgen -n "__fish_statusgen_needs_command" -f -a "tree" -d 'Print the decision tree as an outline, or as a diagram'
complete -c statusgen -n "__fish_statusgen_needs_command" -f -a "completions" -d 'Print the completion script for a shell'
complete -c statusgen -n "__fish_statusgen_needs_command" -f -a "man" -d 'Print the man page (roff)'
complete -c statusgen -n "__fish_statusgen_needs_command" -f -a "lookup" -d 'Show the card for codes, classes or names: meaning, when to use, headers, example'
complete -c statusgen -n "__fish_statusgen_needs_command" -f -a "show" -d 'Show the card for codes, classes or names: meaning, when to use, headers, example'
complete -c statusgen -n "__fish_statusgen_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c statusgen -n "__fish_statusgen_using_subcommand compare" -s f -l format -d 'Output format' -r -f -a "text\t''
json\t''"
complete -c statusgen -n "__fish_statusgen_using_subcommand compare" -l color -d 'When to use colors' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is unset'
always\t''
never\t''"
complete -c statusgen -n "__fish_statusgen_using_subcommand compare" -l data -d 'Use this knowledge base (TOML, same schema as data/) instead of the embedded one [env: STATUSGEN_DATA]' -r -F
complete -c statusgen -n "__fish_statusgen_using_subcommand compare" -l stacks -d 'Show library constants of these stacks only, e.g. `python,go`; an unknown id lists the known ones [env: STATUSGEN_STACKS]' -r
complete -c statusgen -n "__fish_statusgen_using_subcommand compare" -l unofficial -d 'Let names name vendors\' unofficial codes too'
complete -c statusgen -n "__fish_statusgen_using_subcommand compare" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c statusgen -n "__fish_statusgen_using_subcommand search" -s f -l format -d 'Output format' -r -f -a "text\t''
json\t''"
complete -c statusgen -n "__fish_statusgen_using_subcommand search" -l color -d 'When to use colors' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is unset'
always\t''
never\t''"
complete -c statusgen -n "__fish_statusgen_using_subcommand search" -l data -d 'Use this knowledge base (TOML, same schema as data/) instead of the embedded one [env: STATUSGEN_DATA]' -r -F
complete -c statusgen -n "__fish_statusgen_using_subcommand search" -l stacks -d 'Show library constants of these stacks only, e.g. `python,go`; an unknown id lists the known ones [env: STATUSGEN_STACKS]' -r
complete -c statusgen -n "__fish_statusgen_using_subcommand search" -l unofficial -d 'Include unofficial (vendor) codes'
complete -c statusgen -n "__fish_statusgen_using_subcommand search" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c statusgen -n "__fish_statusgen_using_subcommand list" -s f -l format -d 'Output format' -r -f -a "text\t''
json\t''"
complete -c statusgen -n "__fish_statusgen_using_subcommand list" -l color -d 'When to use colors' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is unset'
always\t''
never\t''"
complete -c statusgen -n "__fish_statusgen_using_subcommand list" -l data -d 'Use this knowledge base (TOML, same schema as data/) instead of the embedded one [env: STATUSGEN_DATA]' -r -F
complete -c statusgen -n "__fish_statusgen_using_subcommand list" -l stacks -d 'Show library constants of these stacks only, e.g. `python,go`; an unknown id lists the known ones [env: STATUSGEN_STACKS]' -r
complete -c statusgen -n "__fish_statusgen_using_subcommand list" -l unofficial -d 'Include unofficial (vendor) codes'
complete -c statusgen -n "__fish_statusgen_using_subcommand list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c statusgen -n "__fish_statusgen_using_subcommand categories" -s f -l format -d 'Output format' -r -f -a "text\t''
json\t''"
complete -c statusgen -n "__fish_statusgen_using_subcommand categories" -l color -d 'When to use colors' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is unset'
always\t''
never\t''"
complete -c statusgen -n "__fish_statusgen_using_subcommand categories" -l data -d 'Use this knowledge base (TOML, same schema as data/) instead of the embedded one [env: STATUSGEN_DATA]' -r -F
complete -c statusgen -n "__fish_statusgen_using_subcommand categories" -l stacks -d 'Show library constants of these stacks only, e.g. `python,go`; an unknown id lists the known ones [env: STATUSGEN_STACKS]' -r
complete -c statusgen -n "__fish_statusgen_using_subcommand categories" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c statusgen -n "__fish_statusgen_using_subcommand decide" -l answers -d 'Replay answers without prompting, e.g. `y,n,n,y`' -r
complete -c statusgen -n "__fish_statusgen_using_subcommand decide" -s f -l format -d 'Output format' -r -f -a "text\t''
json\t''"
complete -c statusgen -n "__fish_statusgen_using_subcommand decide" -l color -d 'When to use colors' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is unset'
always\t''
never\t''"
complete -c statusgen -n "__fish_statusgen_using_subcommand decide" -l data -d 'Use this knowledge base (TOML, same schema as data/) instead of the embedded one [env: STATUSGEN_DATA]' -r -F
complete -c statusgen -n "__fish_statusgen_using_subcommand decide" -l stacks -d 'Show library constants of these stacks only, e.g. `python,go`; an unknown id lists the known ones [env: STATUSGEN_STACKS]' -r
complete -c statusgen -n "__fish_statusgen_using_subcommand decide" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c statusgen -n "__fish_statusgen_using_subcommand tree" -s f -l format -d 'Output format' -r -f -a "outline\t'Indented outline for the terminal'
mermaid\t'Mermaid flowchart'
dot\t'Graphviz dot'
json\t''"
complete -c statusgen -n "__fish_statusgen_using_subcommand tree" -l color -d 'When to use colors' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is unset'
always\t''
never\t''"
complete -c statusgen -n "__fish_statusgen_using_subcommand tree" -l data -d 'Use this knowledge base (TOML, same schema as data/) instead of the embedded one [env: STATUSGEN_DATA]' -r -F
complete -c statusgen -n "__fish_statusgen_using_subcommand tree" -l stacks -d 'Show library constants of these stacks only, e.g. `python,go`; an unknown id lists the known ones [env: STATUSGEN_STACKS]' -r
complete -c statusgen -n "__fish_statusgen_using_subcommand tree" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c statusgen -n "__fish_statusgen_using_subcommand completions" -l color -d 'When to use colors' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is unset'
always\t''
never\t''"
complete -c statusgen -n "__fish_statusgen_using_subcommand completions" -l data -d 'Use this knowledge base (TOML, same schema as data/) instead of the embedded one [env: STATUSGEN_DATA]' -r -F
complete -c statusgen -n "__fish_statusgen_using_subcommand completions" -l stacks -d 'Show library constants of these stacks only, e.g. `python,go`; an unknown id lists the known ones [env: STATUSGEN_STACKS]' -r
complete -c statusgen -n "__fish_statusgen_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c statusgen -n "__fish_statusgen_using_subcommand man" -l color -d 'When to use colors' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is unset'
always\t''
never\t''"
complete -c statusgen -n "__fish_statusgen_using_subcommand man" -l data -d 'Use this knowledge base (TOML, same schema as data/) instead of the embedded one [env: STATUSGEN_DATA]' -r -F
complete -c statusgen -n "__fish_statusgen_using_subcommand man" -l stacks -d 'Show library constants of these stacks only, e.g. `python,go`; an unknown id lists the known ones [env: STATUSGEN_STACKS]' -r
complete -c statusgen -n "__fish_statusgen_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup" -s f -l format -d 'Output format' -r -f -a "text\t''
json\t''"
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup" -l color -d 'When to use colors' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is unset'
always\t''
never\t''"
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup" -l data -d 'Use this knowledge base (TOML, same schema as data/) instead of the embedded one [env: STATUSGEN_DATA]' -r -F
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup" -l stacks -d 'Show library constants of these stacks only, e.g. `python,go`; an unknown id lists the known ones [env: STATUSGEN_STACKS]' -r
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup" -l unofficial -d 'Let words name vendors\' unofficial codes too, not only by their exact names'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup" -s s -l short -d 'The essentials only: name, class, summary, required headers, what to use instead'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup" -l no-pager -d 'Print a long card straight to the terminal instead of through $PAGER (less -R)'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c statusgen -n "__fish_statusgen_using_subcommand show" -s f -l format -d 'Output format' -r -f -a "text\t''
json\t''"
complete -c statusgen -n "__fish_statusgen_using_subcommand show" -l color -d 'When to use colors' -r -f -a "auto\t'Color when writing to a terminal and NO_COLOR is unset'
always\t''
never\t''"
complete -c statusgen -n "__fish_statusgen_using_subcommand show" -l data -d 'Use this knowledge base (TOML, same schema as data/) instead of the embedded one [env: STATUSGEN_DATA]' -r -F
complete -c statusgen -n "__fish_statusgen_using_subcommand show" -l stacks -d 'Show library constants of these stacks only, e.g. `python,go`; an unknown id lists the known ones [env: STATUSGEN_STACKS]' -r
complete -c statusgen -n "__fish_statusgen_using_subcommand show" -l unofficial -d 'Let words name vendors\' unofficial codes too, not only by their exact names'
complete -c statusgen -n "__fish_statusgen_using_subcommand show" -s s -l short -d 'The essentials only: name, class, summary, required headers, what to use instead'
complete -c statusgen -n "__fish_statusgen_using_subcommand show" -l no-pager -d 'Print a long card straight to the terminal instead of through $PAGER (less -R)'
complete -c statusgen -n "__fish_statusgen_using_subcommand show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c statusgen -n "__fish_statusgen_using_subcommand help; and not __fish_seen_subcommand_from compare search list categories decide tree completions man lookup help" -f -a "compare" -d 'Compare codes side by side: when to use each, the question that tells them apart, headers, retry and cache'
complete -c statusgen -n "__fish_statusgen_using_subcommand help; and not __fish_seen_subcommand_from compare search list categories decide tree completions man lookup help" -f -a "search" -d 'Search names, aliases and explanations (typo tolerant), best match first'
complete -c statusgen -n "__fish_statusgen_using_subcommand help; and not __fish_seen_subcommand_from compare search list categories decide tree completions man lookup help" -f -a "list" -d 'List codes by class, one line each'
complete -c statusgen -n "__fish_statusgen_using_subcommand help; and not __fish_seen_subcommand_from compare search list categories decide tree completions man lookup help" -f -a "categories" -d 'The five classes of status codes, with their meaning and counts'
complete -c statusgen -n "__fish_statusgen_using_subcommand help; and not __fish_seen_subcommand_from compare search list categories decide tree completions man lookup help" -f -a "decide" -d 'Answer yes/no questions about your endpoint and get the status code to return'
complete -c statusgen -n "__fish_statusgen_using_subcommand help; and not __fish_seen_subcommand_from compare search list categories decide tree completions man lookup help" -f -a "tree" -d 'Print the decision tree as an outline, or as a diagram'
complete -c statusgen -n "__fish_statusgen_using_subcommand help; and not __fish_seen_subcommand_from compare search list categories decide tree completions man lookup help" -f -a "completions" -d 'Print the completion script for a shell'
complete -c statusgen -n "__fish_statusgen_using_subcommand help; and not __fish_seen_subcommand_from compare search list categories decide tree completions man lookup help" -f -a "man" -d 'Print the man page (roff)'
complete -c statusgen -n "__fish_statusgen_using_subcommand help; and not __fish_seen_subcommand_from compare search list categories decide tree completions man lookup help" -f -a "lookup" -d 'Show the card for codes, classes or names: meaning, when to use, headers, example'
complete -c statusgen -n "__fish_statusgen_using_subcommand help; and not __fish_seen_subcommand_from compare search list categories decide tree completions man lookup help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'

# Status codes for `statusgen lookup` (from the knowledge base).
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "100" -d 'Continue'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "101" -d 'Switching Protocols'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "102" -d 'Processing'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "103" -d 'Early Hints'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "104" -d 'Upload Resumption Supported'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "200" -d 'OK'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "201" -d 'Created'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "202" -d 'Accepted'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "203" -d 'Non-Authoritative Information'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "204" -d 'No Content'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "205" -d 'Reset Content'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "206" -d 'Partial Content'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "207" -d 'Multi-Status'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "208" -d 'Already Reported'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "218" -d 'This is fine (Apache HTTP Server)'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "226" -d 'IM Used'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "300" -d 'Multiple Choices'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "301" -d 'Moved Permanently'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "302" -d 'Found'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "303" -d 'See Other'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "304" -d 'Not Modified'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "305" -d 'Use Proxy'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "306" -d '(Unused)'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "307" -d 'Temporary Redirect'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "308" -d 'Permanent Redirect'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "400" -d 'Bad Request'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "401" -d 'Unauthorized'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "402" -d 'Payment Required'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "403" -d 'Forbidden'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "404" -d 'Not Found'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "405" -d 'Method Not Allowed'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "406" -d 'Not Acceptable'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "407" -d 'Proxy Authentication Required'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "408" -d 'Request Timeout'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "409" -d 'Conflict'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "410" -d 'Gone'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "411" -d 'Length Required'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "412" -d 'Precondition Failed'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "413" -d 'Content Too Large'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "414" -d 'URI Too Long'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "415" -d 'Unsupported Media Type'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "416" -d 'Range Not Satisfiable'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "417" -d 'Expectation Failed'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "418" -d '(Unused)'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "419" -d 'Page Expired (Laravel)'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "420" -d 'Enhance Your Calm (Twitter (API v1)); Method Failure (Spring Framework)'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "421" -d 'Misdirected Request'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "422" -d 'Unprocessable Content'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "423" -d 'Locked'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "424" -d 'Failed Dependency'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "425" -d 'Too Early'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "426" -d 'Upgrade Required'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "428" -d 'Precondition Required'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "429" -d 'Too Many Requests'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "430" -d 'Request Header Fields Too Large (Shopify)'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "431" -d 'Request Header Fields Too Large'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "440" -d 'Login Time-out (Microsoft IIS)'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "444" -d 'No Response (nginx)'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "449" -d 'Retry With (Microsoft IIS)'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "450" -d 'Blocked by Windows Parental Controls (Microsoft)'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "451" -d 'Unavailable For Legal Reasons; Redirect (Microsoft IIS / Exchange ActiveSync)'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "460" -d '(Client closed connection) (AWS Elastic Load Balancing)'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "463" -d '(Too many X-Forwarded-For IPs) (AWS Elastic Load Balancing)'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "464" -d '(Incompatible protocol versions) (AWS Elastic Load Balancing)'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "494" -d 'Request Header Too Large (nginx)'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "495" -d 'SSL Certificate Error (nginx)'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "496" -d 'SSL Certificate Required (nginx)'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "497" -d 'HTTP Request Sent to HTTPS Port (nginx)'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "498" -d 'Invalid Token (Esri ArcGIS Server)'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "499" -d 'Client Closed Request (nginx); Token Required (Esri ArcGIS Server)'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "500" -d 'Internal Server Error'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "501" -d 'Not Implemented'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "502" -d 'Bad Gateway'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "503" -d 'Service Unavailable'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "504" -d 'Gateway Timeout'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "505" -d 'HTTP Version Not Supported'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "506" -d 'Variant Also Negotiates'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "507" -d 'Insufficient Storage'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "508" -d 'Loop Detected'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "509" -d 'Bandwidth Limit Exceeded (Apache/cPanel (shared hosting))'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "510" -d 'Not Extended'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "511" -d 'Network Authentication Required'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "520" -d 'Web Server Returned an Unknown Error (Cloudflare)'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "521" -d 'Web Server Is Down (Cloudflare)'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "522" -d 'Connection Timed Out (Cloudflare)'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "523" -d 'Origin Is Unreachable (Cloudflare)'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "524" -d 'A Timeout Occurred (Cloudflare)'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "525" -d 'SSL Handshake Failed (Cloudflare)'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "526" -d 'Invalid SSL Certificate (Cloudflare (also Cloud Foundry gorouter))'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "527" -d 'Railgun Error (Cloudflare)'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "529" -d 'Site is overloaded (Qualys SSL Labs API)'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "530" -d '(Returned with a 1xxx error) (Cloudflare)'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "540" -d 'Temporarily Disabled (Shopify)'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "561" -d 'Unauthorized (AWS Elastic Load Balancing)'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "598" -d 'Network Read Timeout Error (Informal convention (some HTTP proxies))'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "599" -d 'Network Connect Timeout Error (Informal convention (some HTTP proxies))'
complete -c statusgen -n "__fish_statusgen_using_subcommand lookup show" -f -a "999" -d '(Request denied) (LinkedIn)'
