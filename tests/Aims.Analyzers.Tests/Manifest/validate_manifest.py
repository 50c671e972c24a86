"""Validates JSON files (manifests, policies) against a schema of docs/schema with a real JSON Schema (draft 2020-12) validator.

Usage: validate_manifest.py SCHEMA MANIFEST...   Prints one line per error and exits 1 when any manifest is invalid.
"""
import json
import sys

import jsonschema

schema = json.load(open(sys.argv[1], encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
failed = False
for path in sys.argv[2:]:
    for error in validator.iter_errors(json.load(open(path, encoding="utf-8"))):
        failed = True
        print(f"{path}: {error.json_path}: {error.message}")
sys.exit(1 if failed else 0)
