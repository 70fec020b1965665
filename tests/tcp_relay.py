"""A TCP relay that a test can cut and restore, to take a server away from a client.

    relay = TcpRelay("127.0.0.1", 5432).start()   # clients connect to relay.port
    relay.cut()       # open connections are closed, new ones are refused
    relay.restore()   # the same port accepts and forwards again
    relay.stop()

Cutting closes the listening socket, so a client sees what it would see if the
server went away: its connections drop and new ones are refused.
"""

import socket
import threading

ACCEPT_POLL_SECONDS = 0.1
CHUNK = 65536


class TcpRelay:
    def __init__(self, target_host, target_port, host="127.0.0.1"):
        self.target = (target_host, target_port)
        self.host = host
        self.port = None
        self._listener = None
        self._accepting = None
        self._open = set()
        self._lock = threading.Lock()

    def start(self):
        self._listen(port=0)
        return self

    def cut(self):
        self._stop_listening()
        with self._lock:
            sockets, self._open = self._open, set()
        for sock in sockets:
            close(sock)

    def restore(self):
        self._listen(port=self.port)

    def stop(self):
        self.cut()

    def _listen(self, port):
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind((self.host, port))
        listener.listen(64)
        listener.settimeout(ACCEPT_POLL_SECONDS)
        self.port = listener.getsockname()[1]
        self._listener = listener
        self._accepting = threading.Event()
        self._accepting.set()
        threading.Thread(target=self._accept, args=(listener, self._accepting), daemon=True).start()

    def _stop_listening(self):
        if self._listener is None:
            return
        self._accepting.clear()
        close(self._listener)
        self._listener = None

    def _accept(self, listener, accepting):
        while accepting.is_set():
            try:
                client, _address = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return  # the listener was closed
            try:
                server = socket.create_connection(self.target, timeout=5)
            except OSError:
                close(client)
                continue
            client.settimeout(None)
            server.settimeout(None)
            with self._lock:
                if not accepting.is_set():
                    close(client)
                    close(server)
                    return
                self._open.update((client, server))
            for source, destination in ((client, server), (server, client)):
                threading.Thread(target=self._pump, args=(source, destination), daemon=True).start()

    def _pump(self, source, destination):
        try:
            while data := source.recv(CHUNK):
                destination.sendall(data)
        except OSError:
            pass
        finally:
            with self._lock:
                self._open.difference_update((source, destination))
            close(source)
            close(destination)


def close(sock):
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    sock.close()
