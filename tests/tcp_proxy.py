"""A loopback TCP proxy that a test can cut: point a server's DATABASE_URL (or any client) at
`proxy.port` instead of the real service, then

- cut(): close every connection passing through and refuse new ones (the port is closed), as
  when the database server goes down or the network between them breaks;
- hang(): accept connections but pass nothing on, as an unreachable host that never answers;
- restore(): pass connections through again, on the same port.

The real service itself (the machine's PostgreSQL, which other tests use) is never touched.
Threads and plain sockets; use it as a context manager or call close().
"""

import os
import socket
import threading

import pytest

_CHUNK = 65536


def require(available, message):
    """A real service a test needs (PostgreSQL, redis-server, pg_dump): without it CI goes
    red (CI=true) and a developer's machine skips, as the browser tests do."""
    if available:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


class TcpProxy:
    def __init__(self, target_host, target_port, *, host="127.0.0.1"):
        self.target = (target_host, target_port)
        self.host = host
        self.port = None
        self._listener = None
        self._lock = threading.Lock()
        self._sockets = set()
        self._hanging = False
        self._listen()

    # --- control ---------------------------------------------------------------------------

    def cut(self):
        """Refuse new connections and break every open one."""
        self._stop_listening()
        self._close_connections()

    def hang(self):
        """Accept, but never pass anything on (open connections are broken first)."""
        self._close_connections()
        self._hanging = True
        if self._listener is None:
            self._listen()

    def restore(self):
        self._close_connections()
        self._hanging = False
        if self._listener is None:
            self._listen()

    def close(self):
        self.cut()

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()

    # --- inside ----------------------------------------------------------------------------

    def _listen(self):
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind((self.host, self.port or 0))
        listener.listen(64)
        self.port = listener.getsockname()[1]
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def _stop_listening(self):
        listener, self._listener = self._listener, None
        if listener is not None:
            try:
                listener.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            listener.close()

    def _track(self, sock):
        with self._lock:
            self._sockets.add(sock)

    def _close_connections(self):
        with self._lock:
            sockets, self._sockets = self._sockets, set()
        for sock in sockets:
            _close(sock)

    def _accept(self, listener):
        while True:
            try:
                client, _address = listener.accept()
            except OSError:
                return  # the listener was closed
            self._track(client)
            if self._hanging:
                continue  # kept open, read by nobody, answered never
            try:
                upstream = socket.create_connection(self.target, timeout=5)
                upstream.settimeout(None)
            except OSError:
                _close(client)
                continue
            self._track(upstream)
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=_pipe, args=(source, sink), daemon=True).start()


def _pipe(source, sink):
    try:
        while data := source.recv(_CHUNK):
            sink.sendall(data)
    except OSError:
        pass
    finally:
        _close(source)
        _close(sink)


def _close(sock):
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    sock.close()
