"""Small synthetic news articles for the store tests and bench/store*.py: `days` days of `per_day`
articles each, dated by a dateline, that report new events and earlier ones again (so that articles of
later days join events of earlier days). Deterministic for a seed. Written here, no corpus text."""
from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

CITIES = ["SEOUL", "BERLIN", "TOKYO", "PARIS", "NAIROBI", "OTTAWA"]
ACTORS = ["Putin", "Microsoft", "Germany", "Japan", "Tesla", "the United Nations", "Brazil", "Boeing",
          "the European Union", "Canada"]
ACTIONS = ["signed a trade agreement", "announced new tariffs", "closed its embassy", "raised prices",
           "launched a satellite", "approved the budget", "cut its forecast", "opened a factory",
           "suspended talks", "recalled its ambassador"]
FUTURE = ["will hold elections", "will publish its report", "plans to build a bridge", "will vote on the bill"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
START = dt.date(2024, 6, 1)


def _day_text(day: dt.date) -> str:
    return f"{day:%B} {day.day}"


def make_articles(days: int = 30, per_day: int = 10, seed: int = 14) -> list[list[tuple[str, str]]]:
    """[[(file name, text), ...] for each day]."""
    rng = random.Random(seed)
    reported: list[tuple[str, str, dt.date]] = []  # (actor, action, day) of earlier articles
    result = []
    for d in range(days):
        today = START + dt.timedelta(days=d)
        articles = []
        for i in range(per_day):
            actor, action = rng.choice(ACTORS), rng.choice(ACTIONS)
            when = today - dt.timedelta(days=rng.randint(1, 3))
            sentences = [f"{rng.choice(CITIES)}, {_day_text(today)}, {today.year} - {actor[0].upper() + actor[1:]} "
                         f"{action} on {WEEKDAYS[when.weekday()]}."]
            if reported and rng.random() < 0.7:
                old_actor, old_action, old_day = rng.choice(reported)
                sentences.append(f"Earlier, {old_actor} {old_action} on {_day_text(old_day)}.")
            sentences.append(f"{rng.choice(ACTORS)[0].upper()}{rng.choice(ACTORS)[1:]} {rng.choice(FUTURE)} "
                             f"next month, officials said.")
            sentences.append(f"About {rng.randint(10, 9000)} people followed the news on {_day_text(today)}.")
            reported.append((actor, action, when))
            articles.append((f"story-{d + 1:02d}-{i + 1:02d}.txt", " ".join(sentences)))
        result.append(articles)
    return result


def write_days(root: Path, days: int = 30, per_day: int = 10, seed: int = 14) -> list[Path]:
    """One folder per day (day01, day02, ...) under root; returns the folders in order."""
    folders = []
    for d, articles in enumerate(make_articles(days, per_day, seed)):
        folder = root / f"day{d + 1:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        for name, text in articles:
            (folder / name).write_text(text + "\n", encoding="utf-8")
        folders.append(folder)
    return folders
