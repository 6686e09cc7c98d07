complete --keep-order --exclusive --command statusgen --arguments "(COMPLETE=fish statusgen -- (commandline --current-process --tokenize --cut-at-cursor) (commandline --current-token))"
