"""TLS verification is on by default: a self-signed Kibana is refused unless its CA is given,
or verification is explicitly turned off (which is logged once).

The certificate is made at test time with the ``openssl`` command (the ``cryptography`` package
is not a dependency); it is valid for one day, for 127.0.0.1 only.
"""

from __future__ import annotations

import http.server
import json
import shutil
import socket
import ssl
import subprocess
import threading
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest

from fleet_facade import AsyncFleet, Fleet, FleetConnectionError


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    if shutil.which("openssl") is None:
        pytest.skip("the openssl command is needed to make a test certificate")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-keyout", str(key), "-out", str(cert), "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1"],
        check=True,
        capture_output=True,
    )  # fmt: skip
    return cert, key


class _Status(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = json.dumps({"version": {"number": "9.1.0"}}).encode()
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture(scope="module")
def https_url(certificate: tuple[Path, Path]) -> Iterator[str]:
    cert, key = certificate
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Status)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_a_self_signed_server_is_refused_by_default(https_url: str) -> None:
    with (
        Fleet(https_url, api_key="k", max_retries=0) as fleet,
        pytest.raises(FleetConnectionError) as caught,
    ):
        fleet.server_version()

    assert "CERTIFICATE_VERIFY_FAILED" in str(caught.value)


@pytest.mark.parametrize("wire", ["urllib3", "httpx", "async"])
def test_an_unknown_ca_points_to_the_ways_of_trusting_it(https_url: str, wire: str) -> None:
    """One line naming every way to trust the server (issue 14): the argument, the
    environment variable, the command-line flags."""
    if wire == "async":

        async def main() -> None:
            async with AsyncFleet(https_url, api_key="k") as fleet:
                await fleet.server_version()

        with pytest.raises(FleetConnectionError) as caught:
            anyio.run(main)
    else:
        options: dict[str, Any] = {"transport": httpx.HTTPTransport()} if wire == "httpx" else {}
        with Fleet(https_url, api_key="k", **options) as fleet, pytest.raises(
            FleetConnectionError
        ) as caught:
            fleet.server_version()
    message = str(caught.value)
    assert message.startswith("the server's TLS certificate is not trusted (CERTIFICATE_VERIFY")
    for way in ("verify=", "KIBANA_CA_CERTS", "--ca-certs", "verify=False", "--insecure"):
        assert way in message
    assert "\n" not in message


def test_the_server_is_trusted_with_its_ca_file(
    https_url: str, certificate: tuple[Path, Path]
) -> None:
    with Fleet(https_url, api_key="k", verify=str(certificate[0])) as fleet:
        assert fleet.server_version() == "9.1.0"


def test_the_ca_file_can_come_from_the_environment(
    https_url: str, certificate: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KIBANA_CA_CERTS", str(certificate[0]))

    with Fleet(https_url, api_key="k") as fleet:
        assert fleet.server_version() == "9.1.0"


def test_turning_verification_off_works_and_is_logged_once(
    https_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no Python warning (with its source line), ever
        fleet = Fleet(https_url, api_key="k", verify=False)
        with fleet:
            for _ in range(3):  # three requests (server_version() would read the status once)
                status = fleet._transport.request_json("GET", "/api/status")
                assert status["version"]["number"] == "9.1.0"
    disabled = [r for r in caplog.records if "verification is disabled" in r.getMessage()]
    assert len(disabled) == 1


def test_a_refused_certificate_is_not_retried(https_url: str) -> None:
    sleeps: list[float] = []
    with (
        Fleet(https_url, api_key="k", sleep=sleeps.append) as fleet,
        pytest.raises(FleetConnectionError, match="CERTIFICATE_VERIFY_FAILED"),
    ):
        fleet.server_version()
    assert sleeps == []  # the same certificate would be refused again


def test_a_context_without_hostname_check_is_honoured(
    https_url: str, certificate: tuple[Path, Path]
) -> None:
    # The certificate names 127.0.0.1; "localhost" does not match it.
    context = ssl.create_default_context(cafile=str(certificate[0]))
    context.check_hostname = False
    url = https_url.replace("127.0.0.1", "localhost")
    with Fleet(url, api_key="k", verify=context) as fleet:
        assert fleet.server_version() == "9.1.0"


def test_a_cut_handshake_is_retried_for_reads() -> None:
    """A TLS handshake cut short (the server closes at once) may heal: a GET is retried."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    stop = threading.Event()

    def hang_up() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                continue
            conn.close()

    thread = threading.Thread(target=hang_up, daemon=True)
    thread.start()
    sleeps: list[float] = []
    try:
        url = f"https://127.0.0.1:{listener.getsockname()[1]}"
        with (
            Fleet(url, api_key="k", sleep=sleeps.append) as fleet,
            pytest.raises(FleetConnectionError),
        ):
            fleet.server_version()
    finally:
        stop.set()
        thread.join(timeout=5)
        listener.close()
    assert len(sleeps) == 2
