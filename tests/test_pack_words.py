"""The event engine holds no words of any language (events/words.py): every word it compares a token
to comes from the language pack (EventWords, lang/en/events.py, lang/fr/). An AST walk over
src/timeline_cli/events/*.py fails on a comparison of a token's text, lower-case form or lemma with a
string literal that has a letter in it ("of", "the", "I"), whether written inline, through a local
name bound to the token's word, or through a module-level set or dict of such strings. Punctuation and
quote marks ('-', '"', "'s" has a letter and is not allowed) are no words; tags, dependency and entity
labels are compared through other attributes (tag_, dep_, ent_type_) and are not checked."""
from __future__ import annotations

import ast
import re
from pathlib import Path

EVENTS = Path(__file__).resolve().parent.parent / "src" / "timeline_cli" / "events"

# A token's word: its text, lower-case form, lemma (also .lower()/.casefold() of them).
WORD_ATTRIBUTES = {"text", "lower_", "lemma_", "norm_", "orth_"}
LETTER = re.compile(r"[^\W\d_]")

# (module, module-level name): word sets that truly stay in code. CORPORATE (lead.py) lists the legal
# forms of company names ("inc", "plc", "s.a.", "ag"): parts of a name in any language's text, read on
# name strings by lead.same_actor and parties.py as well as on tokens (agents.py).
ALLOWED = {("agents.py", "CORPORATE")}


def _is_word_expr(node: ast.AST, word_names: set[str]) -> bool:
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
            node.func.attr in ("lower", "casefold") and not node.args:
        return _is_word_expr(node.func.value, word_names)
    if isinstance(node, ast.Attribute):
        return node.attr in WORD_ATTRIBUTES
    return isinstance(node, ast.Name) and node.id in word_names


def _strings(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        return [s for e in node.elts for s in _strings(e)]
    if isinstance(node, ast.Dict):
        return [s for k in node.keys if k is not None for s in _strings(k)]
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and \
            node.func.id in ("frozenset", "set", "tuple") and node.args:
        return _strings(node.args[0])
    return []


def _module_word_sets(tree: ast.Module) -> dict[str, list[str]]:
    out = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            words = [s for s in _strings(node.value) if LETTER.search(s)]
            if words:
                out[node.targets[0].id] = words
    return out


def _word_names(function: ast.AST) -> set[str]:
    """Local names bound to a token's word ("low = pronoun.lower_")."""
    return {t.id for n in ast.walk(function) if isinstance(n, ast.Assign) and _is_word_expr(n.value, set())
            for t in n.targets if isinstance(t, ast.Name)}


def word_literals(source: str, module: str) -> list[str]:
    """Each comparison in `source` of a token's word with a word literal, as "module:line: code"."""
    tree = ast.parse(source)
    word_sets = _module_word_sets(tree)
    found = []
    scopes = [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.Lambda))] or [tree]
    seen = set()
    for scope in [tree, *scopes]:
        names = _word_names(scope) if scope is not tree else set()
        for node in ast.walk(scope):
            if not isinstance(node, ast.Compare) or id(node) in seen:
                continue
            sides = [node.left, *node.comparators]
            if not any(_is_word_expr(s, names) for s in sides):
                continue
            literal = any(LETTER.search(s) for side in sides for s in _strings(side))
            named = any(isinstance(s, ast.Name) and s.id in word_sets and (module, s.id) not in ALLOWED
                        for s in sides)
            if literal or named:
                seen.add(id(node))
                found.append(f"{module}:{node.lineno}: {ast.unparse(node)}")
    return found


def test_events_modules_compare_no_word_literals():
    found = [hit for path in sorted(EVENTS.glob("*.py")) for hit in word_literals(path.read_text(), path.name)]
    assert not found, "words belong in the language pack (events/words.py, lang/en/events.py):\n" + "\n".join(found)


def test_checker_finds_each_way_of_writing_a_word():
    source = '''
RELATIVES = {"which", "who"}
DEPS = ("nsubj", "dobj")

def f(token, words):
    low = token.lower_
    a = token.lower_ == "of"
    b = token.head.lemma_.lower() in ("have", "give")
    c = token.text != "I"
    d = low in ("we", "you")
    e = token.lower_ in RELATIVES
    return a, b, c, d, e
'''
    assert sorted(int(hit.split(":")[1]) for hit in word_literals(source, "m.py")) == [7, 8, 9, 10, 11]


def test_checker_lets_punctuation_labels_and_pack_words_pass():
    source = '''
DEPS = ("nsubj", "dobj")

def f(token, words):
    return (token.text == "," or token.lower_ in ("-", "\u2013") or token.dep_ == "prep" or
            token.tag_ in ("VBZ", "VBD") or token.lower_ in words.genitive_preps or token.dep_ in DEPS or
            words.control_verbs.get(token.lemma_.lower()) == "planned")
'''
    assert word_literals(source, "m.py") == []
