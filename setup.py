"Install realvsph. Settings live in settings.ini (nbdev 2 layout); dependencies are read from there."
from configparser import ConfigParser
from pathlib import Path
import setuptools

here = Path(__file__).parent
cfg = ConfigParser(delimiters=['='])
cfg.read(here/'settings.ini', encoding='utf-8')
cfg = cfg['DEFAULT']

requirements = cfg['requirements'].split()
# nbdev 3 refuses settings.ini ("Found old settings.ini") and a bare `nbdev<3` resolves to a set that fails to
# import (`No module named 'execnb.nbio'`), so the development tools are pinned to a set verified end to end:
# export, test (with tst_flags), clean and proc_nbs. The rest build the fallback docs site (.ci/site.py) and show
# progress bars in Jupyter; playwright drives the system Chromium in the review page's browser test.
dev_requirements = ['nbdev==2.4.14', 'execnb==0.1.18', 'fastcore>=1.12.3,<1.13', 'ghapi<2', 'jupyterlab',
                    'ipywidgets', 'mkdocs', 'mkdocs-material', 'mkdocs-jupyter', 'playwright']
assert sorted(dev_requirements) == sorted(cfg['dev_requirements'].split()), 'keep settings.ini and setup.py pins in step'

setuptools.setup(
    name=cfg['lib_name'], version=cfg['version'], description=cfg['description'],
    long_description=(here/'README.md').read_text(encoding='utf-8'), long_description_content_type='text/markdown',
    author=cfg['author'], author_email=cfg['author_email'], license='Apache Software License 2.0',
    url=cfg['git_url'], keywords=cfg['keywords'].split(), python_requires='>=' + cfg['min_python'],
    packages=setuptools.find_packages(include=['realvsph', 'realvsph.*']),
    include_package_data=True, package_data={'realvsph': ['assets/*', 'models/*']},
    install_requires=requirements, extras_require={'dev': dev_requirements},
    entry_points={'console_scripts': cfg['console_scripts'].split(),
                  'nbdev': [f"{cfg['lib_name']}={cfg['lib_name']}._modidx:d"]},
    zip_safe=False,
    classifiers=['Programming Language :: Python :: 3.11', 'License :: OSI Approved :: Apache Software License'],
)
