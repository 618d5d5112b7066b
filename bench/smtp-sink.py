#!/usr/bin/env python3
"""An SMTP server that accepts every message and keeps none, for the portal's outbox during
a benchmark (without one, every email fails, is retried and at last given up with an
ERROR line in the portal's log).

    smtp-sink.py PORT COUNT_FILE

Listens on 127.0.0.1:PORT (no TLS, no authentication); after each message, writes the
number of messages received so far to COUNT_FILE."""
import asyncio
import sys

PORT = int(sys.argv[1])
COUNT_FILE = sys.argv[2]
received = 0


async def session(reader, writer):
    global received
    writer.write(b"220 smtp-sink ESMTP\r\n")
    try:
        while True:
            line = await reader.readline()
            if not line:
                break
            verb = line[:4].upper()
            if verb == b"EHLO":
                writer.write(b"250-smtp-sink\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n")
            elif verb == b"DATA":
                writer.write(b"354 end with <CRLF>.<CRLF>\r\n")
                await writer.drain()
                while True:
                    data = await reader.readline()
                    if not data or data in (b".\r\n", b".\n"):
                        break
                received += 1
                with open(COUNT_FILE, "w", encoding="ascii") as f:
                    f.write("%d\n" % received)
                writer.write(b"250 accepted\r\n")
            elif verb == b"QUIT":
                writer.write(b"221 bye\r\n")
                await writer.drain()
                break
            else:
                # HELO, MAIL, RCPT, RSET, NOOP: all accepted.
                writer.write(b"250 ok\r\n")
            await writer.drain()
    except ConnectionError:
        pass
    finally:
        writer.close()


async def main():
    with open(COUNT_FILE, "w", encoding="ascii") as f:
        f.write("0\n")
    server = await asyncio.start_server(session, "127.0.0.1", PORT)
    async with server:
        await server.serve_forever()


asyncio.run(main())
