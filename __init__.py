"""newsdesk: a keyboard-driven terminal workstation for fast-moving policy news.

The project's top-level folders install as subpackages of this one package
(`newsdesk.analysis`, `newsdesk.store`, `newsdesk.app`, `newsdesk.cli`, `newsdesk.tui`,
`newsdesk.seeds`, `newsdesk.themes`): see `[tool.setuptools]` in pyproject.toml.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("newsdesk")
except PackageNotFoundError:  # run from a source tree that was never installed
    __version__ = "0.0.0"
