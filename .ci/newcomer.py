"""Run every notebook top to bottom, every cell (`slow` and `gpu` ones too), as a newcomer would on a fresh clone:
without the development set (REALVSPH_DATA points at an empty folder), without training runs, without a GPU unless
there is one. A cell may stop only through `realvsph.data.needs` (one sentence saying what it needs); any other error
fails. Nothing is written back to the notebooks.

    python .ci/newcomer.py [NOTEBOOK ...]
"""
import os, sys, tempfile, time
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
    from concurrent.futures import ProcessPoolExecutor
    todo = [Path(a).resolve() for a in sys.argv[1:]] or sorted(nbs.glob('*.ipynb'))
    with ProcessPoolExecutor(2) as ex: res = list(ex.map(run, todo))                # two notebooks at a time
    print('\n'.join(r for r, _ in res))
    failed = [f for _, f in res if f]
    for f in failed: print(f, file=sys.stderr)
    sys.exit(f'{len(failed)} notebook(s) failed' if failed else 0)
