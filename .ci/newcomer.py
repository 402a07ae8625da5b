"""Run every notebook top to bottom, every cell (`slow` and `gpu` ones too), as a newcomer would on a fresh clone:
without the development set (REALVSPH_DATA points at an empty folder), without training runs, without a GPU unless
there is one. A cell may stop only through `realvsph.data.needs` (one sentence saying what it needs); any other error
fails. Nothing is written back to the notebooks.

    python .ci/newcomer.py [NOTEBOOK ...]
"""
import os, subprocess, sys, tempfile, time
from pathlib import Path
from execnb.nbio import read_nb
from execnb.shell import CaptureShell

nbs = Path(__file__).resolve().parent.parent / 'nbs'
os.environ['REALVSPH_DATA'] = tempfile.mkdtemp()          # an empty folder: no development set
if (nbs.parent / 'runs').exists(): sys.exit('runs/ exists here: run this on a fresh clone, as a newcomer would')

def run(nb:Path) -> tuple:
    "Run one notebook; (report line, failure or None)."
    os.chdir(nb.parent)
    sh, t, skips, ran = CaptureShell(), time.time(), [], 0
    for c in read_nb(nb).cells:
        if c.cell_type != 'code': continue
        sh.cell(c)
        ran += 1
        if sh.exc is None: continue
        if type(sh.exc).__name__ != 'Skipped':
            return f'{nb.name}: FAILED', f'{nb.name}: {type(sh.exc).__name__}: {sh.exc}\n{c.source[:300]}'
        skips.append(str(sh.exc))
    why = sorted(set(skips))
    return f"{nb.name}: {ran} cells in {time.time() - t:.0f} s, {len(skips)} skipped" + (f' ({why[0]})' if why else ''), None

if __name__ == '__main__':
    if sys.argv[1:]:                                                 # the given notebooks, here, one after the other
        res = [run(Path(a).resolve()) for a in sys.argv[1:]]
        print('\n'.join(r for r, _ in res))
        for _, f in res:
            if f: print(f, file=sys.stderr)
        sys.exit(1 if any(f for _, f in res) else 0)
    from concurrent.futures import ThreadPoolExecutor               # all: a fresh process per notebook, two at a time
    env = {**os.environ, 'OMP_NUM_THREADS': '1', 'MKL_NUM_THREADS': '1'}   # one core each: no oversubscription
    one = lambda nb: subprocess.run([sys.executable, __file__, str(nb)], capture_output=True, text=True, env=env)
    with ThreadPoolExecutor(2) as ex: done = list(ex.map(one, sorted(nbs.glob('*.ipynb'))))
    print('\n'.join(r.stdout.strip() for r in done))
    failed = [r for r in done if r.returncode]
    for r in failed: print(r.stderr[-3000:], file=sys.stderr)
    sys.exit(f'{len(failed)} notebook(s) failed' if failed else 0)
