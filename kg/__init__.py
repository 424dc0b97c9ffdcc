"""industry-kg: turn industry news into an RDF knowledge graph."""

__version__ = "0.1.0"

from kg.api import IngestReport, KnowledgeGraph  # noqa: E402
from kg.errors import IngestError, KgError, ModelError, QueryError, StoreError  # noqa: E402
from kg.query import QueryResult  # noqa: E402
from kg.validate import ValidationReport, ValidationResult  # noqa: E402

__all__ = ["KnowledgeGraph", "IngestReport", "QueryResult", "ValidationReport", "ValidationResult", "KgError", "IngestError", "QueryError", "StoreError", "ModelError", "__version__"]
