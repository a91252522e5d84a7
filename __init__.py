"""newsdesk: a keyboard-driven terminal workstation for fast-moving policy news.

The project's top-level folders install as subpackages of this one package
(`newsdesk.analysis`, `newsdesk.store`, `newsdesk.app`, `newsdesk.cli`, `newsdesk.tui`,
`newsdesk.seeds`, `newsdesk.themes`): see `[tool.setuptools]` in pyproject.toml.
"""



def __getattr__(name: str) -> str:
    """`newsdesk.__version__`, read from the installed metadata when first asked for
    (importlib.metadata costs every command ~50 ms at start otherwise)."""
    if name != "__version__":
        raise AttributeError(name)
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("newsdesk")
    except PackageNotFoundError:  # a source tree that was never installed
        return "0.0.0"
