"""English: plain data modules for the engines (`events.py`: the event engine's words, read by events/words.py)."""
