#!/usr/bin/env python3
"""Times a one-lesson edit under `glocal serve`: from the file write to the reload
message on the WebSocket. Not part of the test suite (it needs a large workspace):

    glocal generate-benchmark /tmp/bench --lessons 2000 && glocal pin --root /tmp/bench
    scripts/bench-serve.py target/release/glocal /tmp/bench
"""

import base64
import os
import re
import socket
import statistics
import subprocess
import sys
import time


def connect(host, port):
    s = socket.create_connection((host, port))
    key = base64.b64encode(os.urandom(16)).decode()
    s.sendall(
        f"GET /__glocal/ws HTTP/1.1\r\nHost: {host}:{port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n".encode()
    )
    head = b""
    while b"\r\n\r\n" not in head:
        head += s.recv(1)
    assert b" 101 " in head.split(b"\r\n")[0], head
    return s


def read_message(s):
    def exact(n):
        data = b""
        while len(data) < n:
            data += s.recv(n - len(data))
        return data

    b1, b2 = exact(2)
    length = b2 & 0x7F
    if length == 126:
        length = int.from_bytes(exact(2), "big")
    elif length == 127:
        length = int.from_bytes(exact(8), "big")
    return exact(length).decode()


def main():
    binary, root = sys.argv[1], sys.argv[2]
    server = subprocess.Popen([binary, "serve", "--port", "0", "--root", root, "--no-open"] if False else [binary, "serve", "--port", "0", "--root", root], stderr=subprocess.PIPE, text=True)
    try:
        address = None
        while address is None:
            line = server.stderr.readline()
            m = re.search(r"serving http://([\d.]+):(\d+)/", line)
            if m:
                address = (m.group(1), int(m.group(2)))
        lesson = os.path.join(root, "curricula/course-00/05-module/07-lesson.md")
        original = open(lesson, encoding="utf-8").read()
        times = []
        for i in range(8):
            time.sleep(2.5)  # let the refresh after the previous edit finish
            s = connect(*address)
            start = time.perf_counter()
            with open(lesson, "w", encoding="utf-8") as f:
                f.write(original.replace("Work with", f"Edit {i}: work with"))
            while '"reload"' not in read_message(s):
                pass
            times.append((time.perf_counter() - start) * 1000)
            s.close()
        with open(lesson, "w", encoding="utf-8") as f:
            f.write(original)
        print("edit to reload (ms): " + ", ".join(f"{t:.0f}" for t in times))
        print(f"median {statistics.median(times):.0f} ms, max {max(times):.0f} ms")
    finally:
        server.kill()


main()
