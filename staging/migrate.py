#!/usr/bin/env python3
"""Rewrites the answers of tests/data/scenarios.toml for the new tree shape: the new `transport`
question after `packaging`, and `switch-first` (yes = 426) in place of `http-version` (yes = 505).
Prints each scenario whose answers changed."""
import re, tomllib
root = __file__.rsplit('/', 2)[0]
old = tomllib.load(open(f"{root}/staging/tree-before.toml", "rb"))
oq = {q['id']: q for q in old['question']}
oo = {o['id']: o['code'] for o in old['outcome']}

def path(answers):
    node, steps = old['question'][0]['id'], []
    for a in answers:
        steps.append((node, a))
        node = oq[node]['yes' if a == 'y' else 'no']
        if node in oo:
            return steps, oo[node]
    raise ValueError(answers)

def migrate(answers):
    steps, code = path(answers)
    out, i = [], 0
    while i < len(steps):
        qid, a = steps[i]
        if qid == 'packaging':
            rest = [q for q, _ in steps[i + 1:]]
            size_format = any(q in ('too-large', 'content-type-problem', 'range-outside') and x == 'y'
                              for q, x in steps[i + 1:])
            if a == 'n':
                out += ['n', 'n']; i += 1; continue
            if size_format:
                out.append('y'); i += 1; continue
            # packaging yes, but the answer lies in the transport part (or nowhere in it)
            j = next(k for k in range(i + 1, len(steps)) if steps[k][0] == 'protocol-version')
            reached_malformed = any(q == 'malformed' for q, _ in steps[j:])
            if reached_malformed:
                k = next(k for k in range(j, len(steps)) if steps[k][0] == 'malformed')
                out += ['n', 'n']; i = k; continue
            out += ['n', 'y']; i = j; continue
        if qid == 'http-version':
            out.append('n' if a == 'y' else 'y'); i += 1; continue
        out.append(a); i += 1
    return ','.join(out), code

p = f"{root}/tests/data/scenarios.toml"
text = open(p).read()
def repl(m):
    situation, answers = m.group(1), m.group(2)
    new, code = migrate(answers.split(','))
    if new != answers:
        print(f"{code}: [{answers}] -> [{new}] {situation[:100]}")
    return m.group(0).replace(f'answers = "{answers}"', f'answers = "{new}"')
text = re.sub(r'situation = "((?:[^"\\]|\\.)*)"\nanswers = "([yn,]+)"', repl, text)
open(p, 'w').write(text)
