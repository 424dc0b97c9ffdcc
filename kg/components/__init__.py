"""spaCy components of industry-kg; importing this package registers their factories."""

from kg.components import clutter, entities, facilities, money, organizations, paragraphs, products, relations, syntax  # noqa: F401

#: Added before the model's parser, whose sentence boundaries it fixes.
BEFORE_PARSER = ["kg_paragraphs"]
#: The order in which :func:`kg.pipeline.load_pipeline` adds the components after the model.
COMPONENTS = ["kg_syntax", "kg_clutter", "kg_products", "kg_entities", "kg_money", "kg_orgs", "kg_facilities", "kg_relations"]
