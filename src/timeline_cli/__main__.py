"""`python -m timeline_cli` runs the CLI."""
from .cli import main

main()
