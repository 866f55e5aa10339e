#!/usr/bin/env python3
"""Checks the OpenAPI 3.1 document of ehc-reviewd's admin API, and real exchanges against it.

Usage:
    check_openapi.py DOC.json
        Validates the document (openapi-spec-validator, OpenAPI 3.1; every $ref resolves; every schema is a
        valid Draft 2020-12 schema; the file is in canonical form) and this project's conventions (every
        write but the import takes Idempotency-Key, every error is application/problem+json, every
        operation documents 405). Exit 0 if sound, 1 if not.

    check_openapi.py DOC.json EXCHANGES.jsonl [--known-mismatch "METHOD /route"]...
        Also checks every exchange, one JSON object a line:
            {"method": "GET", "route": "/v1/plans/{id}", "status": 200,
             "content_type": "application/json", "body": <parsed JSON or null>}
        optionally with "headers": {"link": "...", ...} (names in any case) and "request_body": <the JSON
        body sent>. The route and method must be documented (a 405 may name any method of a documented
        path), the status documented for the operation, the content type one of the response's media types
        (parameters such as charset ignored), a JSON body valid (Draft 2020-12, formats asserted) against
        the response's schema; documented required headers present and every documented header given
        valid; a request body the daemon accepted (2xx) valid against the operation's request schema.
        One line per mismatch (METHOD route status: reason), exit 1 if any; else a one-line summary.
        A mismatch of an exchange named by --known-mismatch is printed as "known:" and not counted (for
        a daemon older than the document).

    check_openapi.py --routes DOC.json
        Prints every "METHOD /path" of the document, sorted (plain string order), one a line.

Needs only jsonschema and openapi-spec-validator (pip install jsonschema openapi-spec-validator).
"""
import json
import sys

import jsonschema
from jsonschema import Draft202012Validator
from openapi_spec_validator import OpenAPIV31SpecValidator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
DOC_URI = "urn:ehc-review:openapi"
IDEMPOTENCY_REF = "#/components/parameters/IdempotencyKey"
NO_IDEMPOTENCY = {("post", "/v1/import/{kind}"), ("post", "/v1/backup"), ("post", "/v1/documents")}


def load_doc(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    return text, json.loads(text)


def pointer_get(doc, pointer):
    """The value at a JSON pointer (`/components/schemas/Plan`) of the document; KeyError if none."""
    node = doc
    if pointer in ("", "/"):
        return node
    for raw in pointer.lstrip("/").split("/"):
        part = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, list):
            node = node[int(part)]
        else:
            node = node[part]
    return node


def escape(part):
    return str(part).replace("~", "~0").replace("/", "~1")


def resolve(doc, node, pointer):
    """Follows local $refs: returns (node, pointer of the node)."""
    seen = set()
    while isinstance(node, dict) and "$ref" in node:
        target = node["$ref"]
        if not target.startswith("#") or target in seen:
            raise KeyError(target)
        seen.add(target)
        pointer = target[1:]
        node = pointer_get(doc, pointer)
    return node, pointer


def walk_refs(node, where=""):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield where, value
            else:
                yield from walk_refs(value, f"{where}/{escape(key)}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from walk_refs(value, f"{where}/{index}")


def operations(doc):
    for path, item in doc.get("paths", {}).items():
        for method in METHODS:
            if method in item:
                yield path, method, item[method]


def canonical(doc):
    return json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


# ---------------------------------------------------------------------------------------------- the document

def check_document(text, doc):
    problems = []
    if not str(doc.get("openapi", "")).startswith("3.1."):
        problems.append(f"openapi is {doc.get('openapi')!r}, not 3.1.x")
    unresolved = False
    for where, target in walk_refs(doc):
        try:
            if not target.startswith("#"):
                raise KeyError(target)
            pointer_get(doc, target[1:])
        except (KeyError, IndexError, ValueError, TypeError):
            problems.append(f"{where or '/'}: $ref {target} does not resolve inside the document")
            unresolved = True
    if not unresolved:
        try:
            for error in OpenAPIV31SpecValidator(doc).iter_errors():
                where = "/".join(str(p) for p in getattr(error, "absolute_path", []) or [])
                problems.append(f"openapi-spec-validator: {where}: {error.message}")
        except Exception as error:  # the validator raises on what it cannot follow
            problems.append(f"openapi-spec-validator failed: {type(error).__name__}: {error}")
    for name, schema in doc.get("components", {}).get("schemas", {}).items():
        try:
            Draft202012Validator.check_schema(schema)
        except jsonschema.SchemaError as error:
            problems.append(f"components/schemas/{name}: not a Draft 2020-12 schema: {error.message}")
    if text != canonical(doc):
        problems.append("not in canonical form (2-space indent, sorted keys, UTF-8, final newline): "
                        "python3 -m json.tool --indent 2 --sort-keys --no-ensure-ascii IN > OUT")
    problems.extend(check_conventions(doc))
    return problems


def check_conventions(doc):
    problems = []
    for path, method, operation in operations(doc):
        name = f"{method.upper()} {path}"
        refs = [p.get("$ref") for p in operation.get("parameters", []) if isinstance(p, dict)]
        if method != "get" and (method, path) not in NO_IDEMPOTENCY and IDEMPOTENCY_REF not in refs:
            problems.append(f"{name}: a write without the {IDEMPOTENCY_REF} parameter")
        responses = operation.get("responses", {})
        if "405" not in responses:
            problems.append(f"{name}: no 405 response")
        for status, response in responses.items():
            if not status[:1] in ("4", "5"):
                continue
            try:
                response, _ = resolve(doc, response, "")
            except KeyError:
                continue  # reported above
            media = response.get("content", {})
            if "application/problem+json" not in media and not (path == "/v1/import/{kind}" and status == "422"):
                problems.append(f"{name} {status}: an error response without application/problem+json")
    return problems


# ---------------------------------------------------------------------------------------------- exchanges

def media_type(value):
    return (value or "").split(";", 1)[0].strip().lower()


def media_matches(documented, actual):
    documented = media_type(documented)
    if documented in ("*/*", actual):
        return True
    return documented.endswith("/*") and actual.split("/", 1)[0] == documented[:-2]


def is_json(media):
    return media == "application/json" or media.endswith("+json")


class Checker:
    def __init__(self, doc):
        self.doc = doc
        resource = Resource.from_contents(doc, default_specification=DRAFT202012)
        self.registry = Registry().with_resource(DOC_URI, resource)
        self.format_checker = Draft202012Validator.FORMAT_CHECKER

    def validate(self, value, pointer, root="(body)"):
        """Draft 2020-12 errors of `value` against the schema at `pointer` of the document, each led by
        where in the value it is (`0/plan_id`; `root` for the value itself)."""
        validator = Draft202012Validator({"$ref": f"{DOC_URI}#{pointer}"}, registry=self.registry,
                                         format_checker=self.format_checker)
        errors = sorted(validator.iter_errors(value), key=lambda e: [str(p) for p in e.absolute_path])
        return [f"{'/'.join(str(p) for p in e.absolute_path) or root}: {e.message}" for e in errors]

    def operation(self, method, route):
        """(operation, pointer, note) for an exchange; operation None with a reason when not documented."""
        paths = self.doc.get("paths", {})
        if route not in paths:
            return None, None, "route not documented"
        item = paths[route]
        key = method.lower()
        if key in item:
            return item[key], f"/paths/{escape(route)}/{key}", None
        return None, f"/paths/{escape(route)}", f"method {method} not documented for this route"

    def check(self, exchange):
        method = str(exchange.get("method", "")).upper()
        route = exchange.get("route", "")
        status = exchange.get("status")
        reasons = []
        operation, op_pointer, why = self.operation(method, route)
        if operation is None and why and op_pointer and status == 405:
            # A 405 answers a method the path is not served with: check it against the path's 405.
            item = self.doc["paths"][route]
            served = [m for m in METHODS if m in item and "405" in item[m].get("responses", {})]
            if not served:
                return [f"405 not documented for any method of this route"]
            operation, op_pointer = item[served[0]], f"{op_pointer}/{served[0]}"
        elif operation is None:
            return [why]
        responses = operation.get("responses", {})
        key = str(status)
        if key not in responses:
            key = f"{key[:1]}XX" if f"{key[:1]}XX" in responses else "default"
        if key not in responses:
            return [f"status {status} not documented (documented: {', '.join(sorted(responses))})"]
        try:
            response, pointer = resolve(self.doc, responses[key], f"{op_pointer}/responses/{key}")
        except KeyError as error:
            return [f"response $ref {error} does not resolve"]
        reasons.extend(self.check_headers(response, pointer, exchange.get("headers")))
        body = exchange.get("body")
        content = response.get("content")
        actual = media_type(exchange.get("content_type"))
        if not content:
            if body not in (None, ""):
                reasons.append("a body, but the response documents none")
            return reasons + self.check_request(operation, op_pointer, exchange)
        matches = [m for m in content if media_matches(m, actual)]
        if not matches:
            reasons.append(f"content type {exchange.get('content_type')!r} not documented "
                           f"(documented: {', '.join(content)})")
            return reasons
        media = matches[0]
        if is_json(media_type(media)):
            if body is None:
                reasons.append("no JSON body, but the response documents one")
            elif "schema" in content[media]:
                schema_pointer = f"{pointer}/content/{escape(media)}/schema"
                reasons.extend(f"body {e}" for e in self.validate(body, schema_pointer))
        return reasons + self.check_request(operation, op_pointer, exchange)

    def check_headers(self, response, pointer, sent):
        if sent is None:
            return []
        sent = {str(k).lower(): v for k, v in sent.items()}
        reasons = []
        for name, header in response.get("headers", {}).items():
            try:
                header, header_pointer = resolve(self.doc, header, f"{pointer}/headers/{escape(name)}")
            except KeyError:
                continue
            value = sent.get(name.lower())
            if value is None:
                if header.get("required"):
                    reasons.append(f"header {name} missing")
                continue
            schema = header.get("schema", {})
            resolved, _ = resolve(self.doc, schema, f"{header_pointer}/schema")
            if resolved.get("type") == "integer":
                try:
                    value = int(value)
                except ValueError:
                    reasons.append(f"header {name}: {value!r} is not an integer")
                    continue
            reasons.extend(f"header {e}" for e in self.validate(value, f"{header_pointer}/schema", root=name))
        return reasons

    def check_request(self, operation, op_pointer, exchange):
        """A body the daemon accepted must be one the document accepts."""
        if "request_body" not in exchange or exchange["request_body"] is None:
            return []
        status = exchange.get("status")
        if not isinstance(status, int) or not 200 <= status < 300:
            return []
        body = operation.get("requestBody")
        if body is None:
            return []
        try:
            body, pointer = resolve(self.doc, body, f"{op_pointer}/requestBody")
        except KeyError:
            return []
        media = body.get("content", {}).get("application/json")
        if media is None or "schema" not in media:
            return []
        errors = self.validate(exchange["request_body"], f"{pointer}/content/application~1json/schema")
        return [f"accepted request body, but the document refuses it: {e}" for e in errors]


def check_exchanges(doc, path, known):
    checker = Checker(doc)
    count = 0
    mismatches = 0
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                exchange = json.loads(line)
            except json.JSONDecodeError as error:
                print(f"line {number}: not JSON: {error}")
                mismatches += 1
                continue
            count += 1
            method = str(exchange.get("method", "")).upper()
            route = exchange.get("route", "")
            for reason in checker.check(exchange):
                label = f"{method} {route} {exchange.get('status')}: {reason}"
                if f"{method} {route}" in known:
                    print(f"known: {label}")
                else:
                    print(label)
                    mismatches += 1
    if mismatches == 0:
        print(f"{count} exchanges checked, all match")
    return mismatches == 0


def main(argv):
    args = list(argv)
    routes = "--routes" in args
    args = [a for a in args if a != "--routes"]
    known = set()
    while "--known-mismatch" in args:
        index = args.index("--known-mismatch")
        if index + 1 >= len(args):
            print("--known-mismatch needs \"METHOD /route\"", file=sys.stderr)
            return 2
        parts = args[index + 1].split(None, 1)
        if len(parts) != 2:
            print(f"--known-mismatch {args[index + 1]!r}: expected \"METHOD /route\"", file=sys.stderr)
            return 2
        known.add(f"{parts[0].upper()} {parts[1].strip()}")
        del args[index:index + 2]
    if not 1 <= len(args) <= 2 or (routes and len(args) != 1):
        print(__doc__.strip().split("\n\n")[1], file=sys.stderr)
        return 2
    try:
        text, doc = load_doc(args[0])
    except (OSError, json.JSONDecodeError) as error:
        print(f"{args[0]}: {error}")
        return 1
    if routes:
        for line in sorted(f"{m.upper()} {p}" for p, m, _ in operations(doc)):
            print(line)
        return 0
    problems = check_document(text, doc)
    for problem in problems:
        print(problem)
    if problems:
        return 1
    if len(args) == 1:
        print(f"{args[0]}: a valid OpenAPI {doc['openapi']} document, {sum(1 for _ in operations(doc))} operations")
        return 0
    return 0 if check_exchanges(doc, args[1], known) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
