"""Validates CycloneDX 1.6 JSON documents against the official schema with a real validator (python3-jsonschema).

Usage: validate_cyclonedx.py SCHEMA_DIR BOM...   SCHEMA_DIR holds bom-1.6.schema.json and the spdx and jsf schemas it
references. Prints one line per error and exits 1 when any document is invalid.
"""
import json
import pathlib
import sys

import jsonschema

folder = pathlib.Path(sys.argv[1])
schemas = {name: json.loads((folder / name).read_text(encoding="utf-8"))
           for name in ("bom-1.6.schema.json", "spdx.schema.json", "jsf-0.82.schema.json")}
root = schemas["bom-1.6.schema.json"]
jsonschema.Draft7Validator.check_schema(root)

try:
    # jsonschema 4.18 and later resolve references through a registry.
    from referencing import Registry, Resource
    registry = Registry().with_resources((schema["$id"], Resource.from_contents(schema)) for schema in schemas.values())
    validator = jsonschema.Draft7Validator(root, registry=registry, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)
except ImportError:
    # Debian 12's python3-jsonschema (4.10) has the older resolver.
    resolver = jsonschema.RefResolver.from_schema(root, store={schema["$id"]: schema for schema in schemas.values()})
    validator = jsonschema.Draft7Validator(root, resolver=resolver, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)

failed = False
for path in sys.argv[2:]:
    for error in validator.iter_errors(json.loads(pathlib.Path(path).read_text(encoding="utf-8"))):
        failed = True
        print(f"{path}: {error.json_path}: {error.message}")
sys.exit(1 if failed else 0)
