"""pytest settings for docs/: the pages' examples run, the Sphinx files do not.

``--doctest-glob=*.md`` collects every ``>>>`` example in the pages. ``conf.py`` is Sphinx
configuration, not a module to import under ``--doctest-modules``, and ``_build`` holds
generated HTML.
"""

collect_ignore = ["conf.py"]
collect_ignore_glob = ["_build/*", "_build"]
