
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
            cand compare 'Compare codes side by side: when to use each, the question that tells them apart, headers, retry and cache'
            cand search 'Search names, aliases and explanations (typo tolerant), best match first'
            cand list 'List codes by class, one line each'
            cand categories 'The five classes of status codes, with their meaning and counts'
            cand decide 'Answer yes/no questions about your endpoint and get the status code to return'
            cand tree 'Print the decision tree as an outline, or as a diagram'
            cand completions 'Print the completion script for a shell'
            cand man 'Print the man page (roff)'
            cand lookup 'Show the card for codes, classes or names: meaning, when to use, headers, example'
            cand show 'Show the card for codes, classes or names: meaning, when to use, headers, example'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'statusgen;compare'= {
            cand -f 'Output format'
            cand --format 'Output format'
            cand --color 'When to use colors'
            cand --data 'Use this knowledge base (TOML, same schema as data/) instead of the embedded one [env: STATUSGEN_DATA]'
            cand --stacks 'Show library constants of these stacks only, e.g. `python,go`; an unknown id lists the known ones [env: STATUSGEN_STACKS]'
            cand --unofficial 'Let names name vendors'' unofficial codes too'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'statusgen;search'= {
            cand -f 'Output format'
            cand --format 'Output format'
            cand --color 'When to use colors'
            cand --data 'Use this knowledge base (TOML, same schema as data/) instead of the embedded one [env: STATUSGEN_DATA]'
            cand --stacks 'Show library constants of these stacks only, e.g. `python,go`; an unknown id lists the known ones [env: STATUSGEN_STACKS]'
            cand --unofficial 'Include unofficial (vendor) codes'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'statusgen;list'= {
            cand -f 'Output format'
            cand --format 'Output format'
            cand --color 'When to use colors'
            cand --data 'Use this knowledge base (TOML, same schema as data/) instead of the embedded one [env: STATUSGEN_DATA]'
            cand --stacks 'Show library constants of these stacks only, e.g. `python,go`; an unknown id lists the known ones [env: STATUSGEN_STACKS]'
            cand --unofficial 'Include unofficial (vendor) codes'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'statusgen;categories'= {
            cand -f 'Output format'
            cand --format 'Output format'
            cand --color 'When to use colors'
            cand --data 'Use this knowledge base (TOML, same schema as data/) instead of the embedded one [env: STATUSGEN_DATA]'
            cand --stacks 'Show library constants of these stacks only, e.g. `python,go`; an unknown id lists the known ones [env: STATUSGEN_STACKS]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'statusgen;decide'= {
            cand --answers 'Replay answers without prompting, e.g. `y,n,n,y`'
            cand -f 'Output format'
            cand --format 'Output format'
            cand --color 'When to use colors'
            cand --data 'Use this knowledge base (TOML, same schema as data/) instead of the embedded one [env: STATUSGEN_DATA]'
            cand --stacks 'Show library constants of these stacks only, e.g. `python,go`; an unknown id lists the known ones [env: STATUSGEN_STACKS]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'statusgen;tree'= {
            cand -f 'Output format'
            cand --format 'Output format'
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
        &'statusgen;lookup'= {
            cand -f 'Output format'
            cand --format 'Output format'
            cand --color 'When to use colors'
            cand --data 'Use this knowledge base (TOML, same schema as data/) instead of the embedded one [env: STATUSGEN_DATA]'
            cand --stacks 'Show library constants of these stacks only, e.g. `python,go`; an unknown id lists the known ones [env: STATUSGEN_STACKS]'
            cand --unofficial 'Let words name vendors'' unofficial codes too, not only by their exact names'
            cand -s 'The essentials only: name, class, summary, required headers, what to use instead'
            cand --short 'The essentials only: name, class, summary, required headers, what to use instead'
            cand --no-pager 'Print a long card straight to the terminal instead of through $PAGER (less -R)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'statusgen;show'= {
            cand -f 'Output format'
            cand --format 'Output format'
            cand --color 'When to use colors'
            cand --data 'Use this knowledge base (TOML, same schema as data/) instead of the embedded one [env: STATUSGEN_DATA]'
            cand --stacks 'Show library constants of these stacks only, e.g. `python,go`; an unknown id lists the known ones [env: STATUSGEN_STACKS]'
            cand --unofficial 'Let words name vendors'' unofficial codes too, not only by their exact names'
            cand -s 'The essentials only: name, class, summary, required headers, what to use instead'
            cand --short 'The essentials only: name, class, summary, required headers, what to use instead'
            cand --no-pager 'Print a long card straight to the terminal instead of through $PAGER (less -R)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'statusgen;help'= {
            cand compare 'Compare codes side by side: when to use each, the question that tells them apart, headers, retry and cache'
            cand search 'Search names, aliases and explanations (typo tolerant), best match first'
            cand list 'List codes by class, one line each'
            cand categories 'The five classes of status codes, with their meaning and counts'
            cand decide 'Answer yes/no questions about your endpoint and get the status code to return'
            cand tree 'Print the decision tree as an outline, or as a diagram'
            cand completions 'Print the completion script for a shell'
            cand man 'Print the man page (roff)'
            cand lookup 'Show the card for codes, classes or names: meaning, when to use, headers, example'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'statusgen;help;compare'= {
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
        &'statusgen;help;lookup'= {
        }
        &'statusgen;help;help'= {
        }
    ]
    $completions[$command]
}
