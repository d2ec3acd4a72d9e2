"""English: the words the engines use for English text (`events.py`: the event engine's words)."""
