"""Language packs: one folder per language (`en/`), plain data modules the engines take as parameters."""
