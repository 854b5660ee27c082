"""Reading a response body within a size limit that counts decompressed bytes.

Both wires read the raw (still compressed) bytes and decode them here, for two reasons: the
limit is the same on every wire, and decompression is bounded. A decoder given a whole chunk
at once expands it whole (64 KiB of gzip can become 64 MiB); here each step produces at most
what is left under the limit, so a 1 MB gzip body expanding to 1 GiB stops at the limit
having held no more than the limit.

The requests ask for ``gzip, deflate`` only; an answer in another coding is refused.
"""

from __future__ import annotations

import zlib

#: Raw bytes read from the connection per step.
CHUNK = 256 * 1024
#: Most decoded bytes one decompression step produces (a step may not grow a body at once
#: by up to the whole limit: that alone would hold twice the limit while it is built).
STEP = 1024 * 1024


class BodyRefused(Exception):
    """A body the client will not read (the wires raise it as ``_http.RefusedBody``)."""


class BodyTooLarge(BodyRefused):
    """The body, decompressed, is larger than the client's ``max_response_bytes``."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"the response body exceeds max_response_bytes ({limit:,} bytes)")
        self.limit = limit


class UnsupportedEncoding(BodyRefused):
    """The answer uses a content coding the client did not ask for."""


class BodyDecoder:
    """Collects a body from raw chunks: decoded, and never more than ``limit`` bytes.

    Args:
        content_encoding: The response's ``Content-Encoding`` header (``None``: identity).
        limit: Largest decoded size accepted.

    Raises:
        UnsupportedEncoding: A coding other than gzip, deflate or identity.
    """

    __slots__ = ("_decompress", "_left", "_limit", "_mode", "_parts", "_started")

    def __init__(self, content_encoding: str | None, limit: int) -> None:
        coding = (content_encoding or "identity").strip().lower()
        if coding in ("gzip", "x-gzip"):
            self._mode = "gzip"
        elif coding == "deflate":
            self._mode = "deflate"
        elif coding in ("identity", ""):
            self._mode = "identity"
        else:
            raise UnsupportedEncoding(f"content-encoding {coding[:40]!r} was not asked for")
        self._limit = limit
        self._left = limit
        self._parts: list[bytes] = []
        self._decompress: zlib._Decompress | None = self._new_decompressor()
        self._started = False

    def check_length(self, content_length: str | None) -> int | None:
        """Refuse at once an uncompressed body whose announced length is over the limit.

        Returns:
            The announced length of an uncompressed body within the limit (such a body can
            be read in one piece), else ``None``.
        """
        announced = (content_length or "").strip()
        if self._mode != "identity" or not announced.isdigit():
            return None
        length = int(announced)
        if length > self._limit:
            raise BodyTooLarge(self._limit)
        return length

    def feed(self, data: bytes) -> None:
        """Add one raw chunk.

        Raises:
            BodyTooLarge: The decoded body grew past the limit.
            zlib.error: The compressed data is corrupt.
        """
        decompress = self._decompress
        if decompress is None:
            self._keep(data)
            return
        while data:
            try:
                out = decompress.decompress(data, min(self._left + 1, STEP))
            except zlib.error:
                if self._mode == "deflate" and not self._started:
                    # Some servers send raw deflate without the zlib wrapper (as httpx and
                    # urllib3, try both).
                    decompress = self._decompress = zlib.decompressobj(-zlib.MAX_WBITS)
                    self._started = True
                    continue
                raise
            self._started = True
            self._keep(out)
            if decompress.unconsumed_tail:
                data = decompress.unconsumed_tail
            elif decompress.eof and decompress.unused_data and self._mode == "gzip":
                # Concatenated gzip members (RFC 1952): decode the next one.
                data = decompress.unused_data
                decompress = self._decompress = zlib.decompressobj(16 + zlib.MAX_WBITS)
            else:
                data = b""

    def finish(self) -> bytes:
        """The whole decoded body."""
        if self._decompress is not None and self._started:
            self._keep(self._decompress.flush())
        parts, self._parts = self._parts, []
        return parts[0] if len(parts) == 1 else b"".join(parts)

    def _keep(self, data: bytes) -> None:
        if not data:
            return
        self._left -= len(data)
        if self._left < 0:
            self._parts = []
            raise BodyTooLarge(self._limit)
        self._parts.append(data)

    def _new_decompressor(self) -> zlib._Decompress | None:
        if self._mode == "gzip":
            return zlib.decompressobj(16 + zlib.MAX_WBITS)
        if self._mode == "deflate":
            return zlib.decompressobj()
        return None
