"""Views of the graph: networkx graphs cut from it, and self-contained HTML pages of them."""

from kg.viz.article import article_page
from kg.viz.html import DEFAULT_MAX_NODES, HtmlPage, network_page, script_json
from kg.viz.network import (CLASS_STYLE, FACT_STATUS_SPARQL, VIEWS, Article, Support, View, by_class, company_view, filter_statements,
                            focus, scalar_copy, select, to_networkx)

__all__ = ["CLASS_STYLE", "DEFAULT_MAX_NODES", "FACT_STATUS_SPARQL", "VIEWS", "Article", "HtmlPage", "Support", "View", "article_page",
           "by_class", "company_view", "filter_statements", "focus", "network_page", "scalar_copy", "script_json", "select", "to_networkx"]
