"""MkDocs hook: pages generated at build time from the code, so they cannot drift from it.

- ``<!-- output-schema -->``: the fields of every record of the shipped JSON Schema;
- ``<!-- schema-version -->``: the current ``schema_version``;
- ``<!-- table-columns -->``: the columns of each table of ``to_dataframe``.
"""

from __future__ import annotations

from typing import Any

SECTIONS = ("document", "error_record", "source", "metadata", "entity", "mention", "official", "quote",
            "diagnostic")
"""The schema's records, in the order the page shows them (each gets a heading and a table)."""


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _anchor(name: str) -> str:
    return name.replace("_", "-")


def _type(prop: dict[str, Any], defs: dict[str, Any]) -> str:
    if "$ref" in prop:
        name = prop["$ref"].rsplit("/", 1)[-1]
        if name in SECTIONS:
            return f"[{name}](#{_anchor(name)})"
        return _type(defs[name], defs)
    if "enum" in prop:
        return " \\| ".join(f"`{value}`" for value in prop["enum"])
    if "oneOf" in prop:
        return " or ".join(_type(option, defs) for option in prop["oneOf"])
    kinds = prop.get("type", "any")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    described = []
    for kind in kinds:
        if kind == "array":
            described.append("array of " + _type(prop.get("items", {}), defs))
        elif kind == "integer" and prop.get("minimum") == 0:
            described.append("integer ≥ 0")
        else:
            described.append(kind)
    return " or ".join(described)


def _description(prop: dict[str, Any], defs: dict[str, Any]) -> str:
    if "description" in prop:
        return prop["description"]
    if "$ref" in prop:
        return defs[prop["$ref"].rsplit("/", 1)[-1]].get("description", "")
    return ""


def schema_markdown(schema: dict[str, Any]) -> str:
    """Markdown sections, one per record of the schema, with a table of its fields."""
    defs = schema["$defs"]
    out = [f"Schema `{schema['$id']}`: {_cell(schema['description'])}", ""]
    for name in SECTIONS:
        record = defs[name]
        required = set(record.get("required", ()))
        out += [f"### {name}", "", record.get("description", ""), "",
                "| field | type | required | meaning |", "|---|---|---|---|"]
        for field, prop in record["properties"].items():
            out.append(f"| `{field}` | {_type(prop, defs)} | {'yes' if field in required else ''} | "
                       f"{_cell(_description(prop, defs))} |")
        if record.get("additionalProperties", True) is not False:
            out.append("| *other* | any | | Other fields are allowed. |")
        out.append("")
    return "\n".join(out)


def columns_markdown() -> str:
    """One line per table of ``persianews.to_dataframe`` with its columns and their types."""
    from persianews.export.tables import TABLES

    out = ["| table | columns (type) |", "|---|---|"]
    for table, columns in TABLES.items():
        out.append(f"| `{table}` | " + ", ".join(f"`{name}` ({kind})" for name, kind in columns) + " |")
    return "\n".join(out)


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    """Fill the markers of the page with what the code says today."""
    if "<!-- output-schema -->" in markdown or "<!-- schema-version -->" in markdown:
        import persianews

        markdown = markdown.replace("<!-- output-schema -->", schema_markdown(persianews.output_schema()))
        markdown = markdown.replace("<!-- schema-version -->", persianews.SCHEMA_VERSION)
    if "<!-- table-columns -->" in markdown:
        markdown = markdown.replace("<!-- table-columns -->", columns_markdown())
    return markdown
