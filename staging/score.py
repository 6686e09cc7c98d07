#!/usr/bin/env python3
"""Replays one answer line per held-out situation and scores the codes reached.
usage: score.py ANSWERS_FILE [--detail] [--set FILE.toml] [--bin PATH]"""
import json, subprocess, sys, tomllib
here = __file__.rsplit('/', 1)[0]
opt = lambda name, default: sys.argv[sys.argv.index(name) + 1] if name in sys.argv else default
sits = tomllib.load(open(opt('--set', here + '/heldout.toml'), 'rb'))['situation']
binary = opt('--bin', here + '/../target/debug/statusgen')
lines = [l.strip() for l in open(sys.argv[1]) if l.strip() and not l.startswith('#')]
assert len(lines) == len(sits), (len(lines), len(sits))
exact = ok = wrong = 0
for i, (s, a) in enumerate(zip(sits, lines), 1):
    out = subprocess.run([binary, '--color', 'never', 'decide', '--answers', a, '--format', 'json'],
                         capture_output=True, text=True)
    try:
        code = json.loads(out.stdout)['code']
    except Exception:
        code = None
    if code == s['expected'][0]: exact += 1; mark = 'exact'
    elif code in s['expected']: ok += 1; mark = 'accept'
    else: wrong += 1; mark = 'WRONG'
    if '--detail' in sys.argv or mark != 'exact':
        print(f"{i:2} {mark:6} got {code} want {s['expected']} [{a}] {s['text'][:90]} {out.stderr.strip()[:200]}")
n = len(sits)
print(f"exact {exact}/{n}, acceptable {exact + ok}/{n} ({ok} acceptable but not first), wrong {wrong}/{n}")
