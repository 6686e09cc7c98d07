#!/usr/bin/env python3
"""Applies staging/rewrite.toml (question id -> new text/hint/yes/no; `after` inserts a new
question after the named one) to data/tree.toml, keeping the file's layout and comments."""
import json, re, sys, tomllib
root = __file__.rsplit('/', 2)[0]
path = f"{root}/data/tree.toml"
src = open(path).read()
changes = tomllib.load(open(f"{root}/staging/rewrite.toml", "rb"))["q"]

def tstr(s):
    return json.dumps(s, ensure_ascii=False)

parts = re.split(r'(?m)^(?=\[\[question\]\]|\[\[outcome\]\]|# ─)', src)
out = []
done = set()
for part in parts:
    m = re.search(r'(?m)^id = "([^"]+)"', part) if part.startswith('[[question]]') else None
    qid = m.group(1) if m else None
    if qid and qid in changes and 'after' not in changes[qid]:
        c = changes[qid]
        if 'new_id' in c:
            part = part.replace(f'id = "{qid}"', f'id = "{c["new_id"]}"', 1)
        for key in ('text', 'hint', 'yes', 'no'):
            if key in c:
                part, n = re.subn(rf'(?m)^{key} = ".*"$', lambda _: f'{key} = {tstr(c[key])}', part, count=1)
                assert n == 1, (qid, key)
        done.add(qid)
    out.append(part)
    if qid:
        for nid, c in changes.items():
            if c.get('after') == qid:
                out.append(f'[[question]]\nid = "{nid}"\ntext = {tstr(c["text"])}\nhint = {tstr(c["hint"])}\n'
                           f'yes = "{c["yes"]}"\nno = "{c["no"]}"\n\n')
                done.add(nid)
missing = set(changes) - done
assert not missing, missing
open(path, 'w').write(''.join(out))
# any id renamed: fix references
for qid, c in changes.items():
    if 'new_id' in c:
        s = open(path).read()
        s = s.replace(f'yes = "{qid}"', f'yes = "{c["new_id"]}"').replace(f'no = "{qid}"', f'no = "{c["new_id"]}"')
        open(path, 'w').write(s)
for q in tomllib.load(open(path, 'rb'))['question']:
    if len(q['text']) > 200:
        print(f"long ({len(q['text'])}): {q['id']}", file=sys.stderr)
