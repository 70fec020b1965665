"""Servers started on 127.0.0.1 by the scripts and by the tests that need real processes:
a free port, a plain HTTP request, the wait until a server answers /healthz/ and
the stop.

Standard library only: `python scripts/bench.py` imports it as `servers`, the tests
as `scripts.servers`.
"""

import http.client
import random
import socket
import subprocess
import time


def free_port(ports):
    """A port of `ports` that nothing listens on, tried in random order so that
    processes started at the same time rarely pick the same one."""
    for port in random.sample(ports, len(ports)):
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError(f"no free port in {ports[0]}-{ports[-1]}")


def request(port, method, path, body=None, headers=None, timeout=30, source="127.0.0.1"):
    """Status, headers and body (bytes) of one request on a connection of its own."""
    connection = http.client.HTTPConnection(
        "127.0.0.1", port, timeout=timeout, source_address=(source, 0)
    )
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, response.msg, response.read()
    finally:
        connection.close()


def wait_until_up(process, port, name, seconds=60, log=str):
    """Return once the server `process` answers /healthz/ with 200; fail with its log
    (`log()`) if it exits or does not answer in `seconds`."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{name} exited during start-up:\n{log()}")
        try:
            if request(port, "GET", "/healthz/", timeout=2)[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"{name} did not answer /healthz/ in time:\n{log()}")


def stop(process, seconds=20):
    """Ask the server to stop, and kill it if it has not within `seconds`."""
    process.terminate()
    try:
        process.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
