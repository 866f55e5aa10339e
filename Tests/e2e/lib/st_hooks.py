"""Schemathesis hooks for the fuzz case: a serializer for `application/pdf`, the body of POST /v1/documents.

Schemathesis has none for that media type and refuses to send the operation at all; with this one it sends
whatever it generated as bytes (mostly not a PDF: the daemon must answer 400, 413 or 422, never 5xx).
"""
import schemathesis


@schemathesis.serializer("application/pdf")
def pdf(ctx, value):
    if isinstance(value, (bytes, bytearray)):
        return bytes(value)
    if isinstance(value, str):
        return value.encode("utf-8", "replace")
    return repr(value).encode("utf-8")
