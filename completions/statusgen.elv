
use builtin;
use str;

set edit:completion:arg-completer[statusgen] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'statusgen'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'statusgen'= {
            cand --color 'When to use colors'
            cand --data 'Use this knowledge base (TOML, same schema as data/) instead of the embedded one [env: STATUSGEN_DATA]'
            cand --stacks 'Show library constants of these stacks only, e.g. `python,go`; an unknown id lists the known ones [env: STATUSGEN_STACKS]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand search 'Search names, aliases and explanations (typo tolerant), best match first'
            cand list 'List codes by class, one line each'
            cand categories 'The five classes of status codes, with their meaning and counts'
            cand decide 'Answer yes/no questions about your endpoint and get the status code to return'
            cand tree 'Print the decision tree as an outline, or as a diagram'
            cand completions 'Print the completion script for a shell'
            cand man 'Print the man page (roff)'
            cand lint 'Review the status codes of OpenAPI descriptions (3.x, Swagger 2.0) against the knowledge base'
            cand lookup 'Show the card for codes, classes or names: meaning, when to use, headers, example'
            cand show 'Show the card for codes, classes or names: meaning, when to use, headers, example'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'statusgen;search'= {
            cand --format 'Output format'
            cand --color 'When to use colors'
            cand --data 'Use this knowledge base (TOML, same schema as data/) instead of the embedded one [env: STATUSGEN_DATA]'
            cand --stacks 'Show library constants of these stacks only, e.g. `python,go`; an unknown id lists the known ones [env: STATUSGEN_STACKS]'
            cand --unofficial 'Include unofficial (vendor) codes'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'statusgen;list'= {
            cand --format 'Output format'
            cand --color 'When to use colors'
            cand --data 'Use this knowledge base (TOML, same schema as data/) instead of the embedded one [env: STATUSGEN_DATA]'
            cand --stacks 'Show library constants of these stacks only, e.g. `python,go`; an unknown id lists the known ones [env: STATUSGEN_STACKS]'
            cand --unofficial 'Include unofficial (vendor) codes'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'statusgen;categories'= {
            cand --format 'Output format'
            cand --color 'When to use colors'
            cand --data 'Use this knowledge base (TOML, same schema as data/) instead of the embedded one [env: STATUSGEN_DATA]'
            cand --stacks 'Show library constants of these stacks only, e.g. `python,go`; an unknown id lists the known ones [env: STATUSGEN_STACKS]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'statusgen;decide'= {
            cand --answers 'Replay answers without prompting, e.g. `y,n,n,y`'
            cand --format 'Output format'
            cand --color 'When to use colors'
            cand --data 'Use this knowledge base (TOML, same schema as data/) instead of the embedded one [env: STATUSGEN_DATA]'
            cand --stacks 'Show library constants of these stacks only, e.g. `python,go`; an unknown id lists the known ones [env: STATUSGEN_STACKS]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'statusgen;tree'= {
            cand --format 'Output format'
            cand --from 'Only the branch below this question (an id from `statusgen tree`)'
            cand --color 'When to use colors'
            cand --data 'Use this knowledge base (TOML, same schema as data/) instead of the embedded one [env: STATUSGEN_DATA]'
            cand --stacks 'Show library constants of these stacks only, e.g. `python,go`; an unknown id lists the known ones [env: STATUSGEN_STACKS]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'statusgen;completions'= {
            cand --color 'When to use colors'
            cand --data 'Use this knowledge base (TOML, same schema as data/) instead of the embedded one [env: STATUSGEN_DATA]'
            cand --stacks 'Show library constants of these stacks only, e.g. `python,go`; an unknown id lists the known ones [env: STATUSGEN_STACKS]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'statusgen;man'= {
            cand --color 'When to use colors'
            cand --data 'Use this knowledge base (TOML, same schema as data/) instead of the embedded one [env: STATUSGEN_DATA]'
            cand --stacks 'Show library constants of these stacks only, e.g. `python,go`; an unknown id lists the known ones [env: STATUSGEN_STACKS]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'statusgen;lint'= {
            cand --format 'Output format'
            cand --profile 'Rule set; strict adds the coverage and conditional-header rules [default: recommended]'
            cand --disable 'Turn rules off (repeat, or separate with commas)'
            cand --severity 'Change a rule''s severity (error, warning, info or off)'
            cand --validation 'The team''s code for validation failures'
            cand --fail-on 'Exit 1 when a finding is at or above this severity [default: error]'
            cand --config 'Settings file [default: statusgen.toml here or in a parent directory]'
            cand --explain 'Explain a rule (its id, as shown in brackets) and exit'
            cand --color 'When to use colors'
            cand --data 'Use this knowledge base (TOML, same schema as data/) instead of the embedded one [env: STATUSGEN_DATA]'
            cand --stacks 'Show library constants of these stacks only, e.g. `python,go`; an unknown id lists the known ones [env: STATUSGEN_STACKS]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'statusgen;lookup'= {
            cand --format 'Output format'
            cand --color 'When to use colors'
            cand --data 'Use this knowledge base (TOML, same schema as data/) instead of the embedded one [env: STATUSGEN_DATA]'
            cand --stacks 'Show library constants of these stacks only, e.g. `python,go`; an unknown id lists the known ones [env: STATUSGEN_STACKS]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'statusgen;show'= {
            cand --format 'Output format'
            cand --color 'When to use colors'
            cand --data 'Use this knowledge base (TOML, same schema as data/) instead of the embedded one [env: STATUSGEN_DATA]'
            cand --stacks 'Show library constants of these stacks only, e.g. `python,go`; an unknown id lists the known ones [env: STATUSGEN_STACKS]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'statusgen;help'= {
            cand search 'Search names, aliases and explanations (typo tolerant), best match first'
            cand list 'List codes by class, one line each'
            cand categories 'The five classes of status codes, with their meaning and counts'
            cand decide 'Answer yes/no questions about your endpoint and get the status code to return'
            cand tree 'Print the decision tree as an outline, or as a diagram'
            cand completions 'Print the completion script for a shell'
            cand man 'Print the man page (roff)'
            cand lint 'Review the status codes of OpenAPI descriptions (3.x, Swagger 2.0) against the knowledge base'
            cand lookup 'Show the card for codes, classes or names: meaning, when to use, headers, example'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'statusgen;help;search'= {
        }
        &'statusgen;help;list'= {
        }
        &'statusgen;help;categories'= {
        }
        &'statusgen;help;decide'= {
        }
        &'statusgen;help;tree'= {
        }
        &'statusgen;help;completions'= {
        }
        &'statusgen;help;man'= {
        }
        &'statusgen;help;lint'= {
        }
        &'statusgen;help;lookup'= {
        }
        &'statusgen;help;help'= {
        }
    ]
    $completions[$command]
}
