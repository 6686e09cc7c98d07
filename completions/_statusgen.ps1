
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'statusgen' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'statusgen'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'statusgen' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Use this knowledge base (TOML, same schema as data/) instead of the embedded one [env: STATUSGEN_DATA]')
            [CompletionResult]::new('--stacks', '--stacks', [CompletionResultType]::ParameterName, 'Show library constants of these stacks only, e.g. `python,go`; an unknown id lists the known ones [env: STATUSGEN_STACKS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('compare', 'compare', [CompletionResultType]::ParameterValue, 'Compare codes side by side: when to use each, the question that tells them apart, headers, retry and cache')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search names, aliases and explanations (typo tolerant), best match first')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List codes by class, one line each')
            [CompletionResult]::new('categories', 'categories', [CompletionResultType]::ParameterValue, 'The five classes of status codes, with their meaning and counts')
            [CompletionResult]::new('decide', 'decide', [CompletionResultType]::ParameterValue, 'Answer yes/no questions about your endpoint and get the status code to return')
            [CompletionResult]::new('tree', 'tree', [CompletionResultType]::ParameterValue, 'Print the decision tree as an outline, or as a diagram')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print the completion script for a shell')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff)')
            [CompletionResult]::new('lookup', 'lookup', [CompletionResultType]::ParameterValue, 'Show the card for codes, classes or names: meaning, when to use, headers, example')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the card for codes, classes or names: meaning, when to use, headers, example')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'statusgen;compare' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Use this knowledge base (TOML, same schema as data/) instead of the embedded one [env: STATUSGEN_DATA]')
            [CompletionResult]::new('--stacks', '--stacks', [CompletionResultType]::ParameterName, 'Show library constants of these stacks only, e.g. `python,go`; an unknown id lists the known ones [env: STATUSGEN_STACKS]')
            [CompletionResult]::new('--unofficial', '--unofficial', [CompletionResultType]::ParameterName, 'Let names name vendors'' unofficial codes too')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'statusgen;search' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Use this knowledge base (TOML, same schema as data/) instead of the embedded one [env: STATUSGEN_DATA]')
            [CompletionResult]::new('--stacks', '--stacks', [CompletionResultType]::ParameterName, 'Show library constants of these stacks only, e.g. `python,go`; an unknown id lists the known ones [env: STATUSGEN_STACKS]')
            [CompletionResult]::new('--unofficial', '--unofficial', [CompletionResultType]::ParameterName, 'Include unofficial (vendor) codes')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'statusgen;list' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Use this knowledge base (TOML, same schema as data/) instead of the embedded one [env: STATUSGEN_DATA]')
            [CompletionResult]::new('--stacks', '--stacks', [CompletionResultType]::ParameterName, 'Show library constants of these stacks only, e.g. `python,go`; an unknown id lists the known ones [env: STATUSGEN_STACKS]')
            [CompletionResult]::new('--unofficial', '--unofficial', [CompletionResultType]::ParameterName, 'Include unofficial (vendor) codes')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'statusgen;categories' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Use this knowledge base (TOML, same schema as data/) instead of the embedded one [env: STATUSGEN_DATA]')
            [CompletionResult]::new('--stacks', '--stacks', [CompletionResultType]::ParameterName, 'Show library constants of these stacks only, e.g. `python,go`; an unknown id lists the known ones [env: STATUSGEN_STACKS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'statusgen;decide' {
            [CompletionResult]::new('--answers', '--answers', [CompletionResultType]::ParameterName, 'Replay answers without prompting, e.g. `y,n,n,y`')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Use this knowledge base (TOML, same schema as data/) instead of the embedded one [env: STATUSGEN_DATA]')
            [CompletionResult]::new('--stacks', '--stacks', [CompletionResultType]::ParameterName, 'Show library constants of these stacks only, e.g. `python,go`; an unknown id lists the known ones [env: STATUSGEN_STACKS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'statusgen;tree' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Use this knowledge base (TOML, same schema as data/) instead of the embedded one [env: STATUSGEN_DATA]')
            [CompletionResult]::new('--stacks', '--stacks', [CompletionResultType]::ParameterName, 'Show library constants of these stacks only, e.g. `python,go`; an unknown id lists the known ones [env: STATUSGEN_STACKS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'statusgen;completions' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Use this knowledge base (TOML, same schema as data/) instead of the embedded one [env: STATUSGEN_DATA]')
            [CompletionResult]::new('--stacks', '--stacks', [CompletionResultType]::ParameterName, 'Show library constants of these stacks only, e.g. `python,go`; an unknown id lists the known ones [env: STATUSGEN_STACKS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'statusgen;man' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Use this knowledge base (TOML, same schema as data/) instead of the embedded one [env: STATUSGEN_DATA]')
            [CompletionResult]::new('--stacks', '--stacks', [CompletionResultType]::ParameterName, 'Show library constants of these stacks only, e.g. `python,go`; an unknown id lists the known ones [env: STATUSGEN_STACKS]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'statusgen;lookup' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Use this knowledge base (TOML, same schema as data/) instead of the embedded one [env: STATUSGEN_DATA]')
            [CompletionResult]::new('--stacks', '--stacks', [CompletionResultType]::ParameterName, 'Show library constants of these stacks only, e.g. `python,go`; an unknown id lists the known ones [env: STATUSGEN_STACKS]')
            [CompletionResult]::new('--unofficial', '--unofficial', [CompletionResultType]::ParameterName, 'Let words name vendors'' unofficial codes too, not only by their exact names')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The essentials only: name, class, summary, required headers, what to use instead')
            [CompletionResult]::new('--short', '--short', [CompletionResultType]::ParameterName, 'The essentials only: name, class, summary, required headers, what to use instead')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print a long card straight to the terminal instead of through $PAGER (less -R)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'statusgen;show' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Use this knowledge base (TOML, same schema as data/) instead of the embedded one [env: STATUSGEN_DATA]')
            [CompletionResult]::new('--stacks', '--stacks', [CompletionResultType]::ParameterName, 'Show library constants of these stacks only, e.g. `python,go`; an unknown id lists the known ones [env: STATUSGEN_STACKS]')
            [CompletionResult]::new('--unofficial', '--unofficial', [CompletionResultType]::ParameterName, 'Let words name vendors'' unofficial codes too, not only by their exact names')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The essentials only: name, class, summary, required headers, what to use instead')
            [CompletionResult]::new('--short', '--short', [CompletionResultType]::ParameterName, 'The essentials only: name, class, summary, required headers, what to use instead')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print a long card straight to the terminal instead of through $PAGER (less -R)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'statusgen;help' {
            [CompletionResult]::new('compare', 'compare', [CompletionResultType]::ParameterValue, 'Compare codes side by side: when to use each, the question that tells them apart, headers, retry and cache')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search names, aliases and explanations (typo tolerant), best match first')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List codes by class, one line each')
            [CompletionResult]::new('categories', 'categories', [CompletionResultType]::ParameterValue, 'The five classes of status codes, with their meaning and counts')
            [CompletionResult]::new('decide', 'decide', [CompletionResultType]::ParameterValue, 'Answer yes/no questions about your endpoint and get the status code to return')
            [CompletionResult]::new('tree', 'tree', [CompletionResultType]::ParameterValue, 'Print the decision tree as an outline, or as a diagram')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print the completion script for a shell')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff)')
            [CompletionResult]::new('lookup', 'lookup', [CompletionResultType]::ParameterValue, 'Show the card for codes, classes or names: meaning, when to use, headers, example')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'statusgen;help;compare' {
            break
        }
        'statusgen;help;search' {
            break
        }
        'statusgen;help;list' {
            break
        }
        'statusgen;help;categories' {
            break
        }
        'statusgen;help;decide' {
            break
        }
        'statusgen;help;tree' {
            break
        }
        'statusgen;help;completions' {
            break
        }
        'statusgen;help;man' {
            break
        }
        'statusgen;help;lookup' {
            break
        }
        'statusgen;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
