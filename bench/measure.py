#!/usr/bin/env python3
"""Runs a command and prints its wall time and peak resident memory.

usage: bench/measure.py [--stdin FILE] -- COMMAND [ARGS...]
Standard output of the command is discarded; its exit code is reported.
"""
import os
import sys
import time


def main():
    args = sys.argv[1:]
    stdin_path = None
    if args[:1] == ["--stdin"]:
        stdin_path, args = args[1], args[2:]
    if args[:1] == ["--"]:
        args = args[1:]
    if not args:
        sys.exit(__doc__)
    start = time.monotonic()
    pid = os.fork()
    if pid == 0:
        if stdin_path:
            os.dup2(os.open(stdin_path, os.O_RDONLY), 0)
        os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
        os.execvp(args[0], args)
    _, status, usage = os.wait4(pid, 0)
    seconds = time.monotonic() - start
    code = os.waitstatus_to_exitcode(status)
    print(f"{' '.join(args)}: exit {code}, {seconds:.2f} s, peak {usage.ru_maxrss / 1024:.1f} MiB", file=sys.stderr)


if __name__ == "__main__":
    main()
