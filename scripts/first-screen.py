#!/usr/bin/env python3
"""Time a terminal program to its first screen of data, in a pseudo-terminal.

Usage (run by hand; Python 3.11 standard library; Unix):

    python3 scripts/first-screen.py --runs 7 --warmup 1 \\
        --until "Quốc gia thử nghiệm" -- \\
        ./target/release/tiendo --today 2026-11-25 --data /work/big/big.toml

Each run starts the command in a fresh pseudo-terminal (--cols x --rows,
default 120x40, set with TIOCSWINSZ; TERM=xterm-256color; LINES and
COLUMNS removed so the window size is what counts), reads what it writes,
and keeps a small model of the screen: a grid of cells to which cursor
moves, erasing, scrolling, the alternate screen and printable characters
(with their East-Asian width) are applied. The clock stops when the --until
text is on one row of that grid, on the alternate screen (--any-screen
also allows the normal one). Text written before the program takes the
screen, such as tiendo's loading line on stderr ("Đang đọc dữ liệu: …"),
is on the normal screen and never counts; text the program wrote and then
overwrote never counts either. Then `q` is sent; a program still alive 2 s
later is killed.

Printed per run and as median/min/max: seconds to the first screen of data,
and also to the first byte of output and to the switch to the alternate
screen. The child's CPU time (user + sys, from start to exit) is printed
too: on a busy machine it varies less than the wall-clock time. Memory: ru_maxrss of the child from os.wait4 (KB on Linux), median;
note that on Linux it includes the forked Python launcher's own resident
size before exec (a floor of a few MB, printed as "launcher floor"), so
VmHWM from /proc/PID/status, sampled while the program runs, is printed
beside it as the program's own peak.

The emulator answers the usual terminal queries (cursor position, device
attributes, window size, colours) like a plain xterm, so programs that ask
do not stall waiting for a reply.

Options: --runs N, --warmup N, --until TEXT, --then TEXT (after the first
screen, the clock runs on until this text is on screen too: all data read),
--cols, --rows, --timeout S,
--env K=V (repeatable), --json (one JSON object on stdout), --dump (print
the screen as it was when the marker appeared, for checking the marker).
A failed run prints the screen as it was at the end.
"""

from __future__ import annotations

import argparse
import codecs
import errno
import fcntl
import json
import os
import re
import select
import signal
import statistics
import struct
import sys
import termios
import time
import unicodedata

# ---------------------------------------------------------------- screen model

# DEC special graphics (ESC ( 0), the line-drawing set curses may use.
DEC_GRAPHICS = dict(
    zip(
        "`abcdefghijklmnopqrstuvwxyz{|}~_",
        "◆▒␉␌␍␊°±␤␋┘┐┌└┼⎺⎻─⎼⎽├┤┴┬│≤≥π≠£· ",
    )
)


def char_width(ch: str) -> int:
    """Cells a character takes: 2 wide (W/F), 0 combining or format, else 1.

    Vietnamese letters (precomposed, or a base letter and combining marks)
    are one cell.
    """
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    if unicodedata.east_asian_width(ch) in ("W", "F"):
        return 2
    return 1


class Screen:
    """A grid of cells and a cursor, with the xterm controls a TUI uses.

    A cell holds its text (a character and any combining marks); the cell
    right of a wide character holds "" (its continuation).
    """

    def __init__(self, rows: int, cols: int):
        self.rows, self.cols = rows, cols
        self.main = self._blank_grid()
        self.alt = self._blank_grid()
        self.grid = self.main
        self.alt_active = False
        self.r = self.c = 0
        self.wrap_pending = False
        self.autowrap = True
        self.top, self.bottom = 0, rows - 1
        self.saved = (0, 0)
        self.saved_main = (0, 0)
        self.last_cell: tuple[int, int] | None = None
        self.last_char = " "
        self.g = ["B", "B"]  # G0, G1 charsets
        self.shift = 0
        self.replies: list[bytes] = []  # answers to queries, for the caller to send
        # parser
        self.state = "ground"
        self.buf: list[str] = []

    def _blank_grid(self):
        return [[" "] * self.cols for _ in range(self.rows)]

    def _blank_row(self):
        return [" "] * self.cols

    # ---- text

    def rows_text(self) -> list[str]:
        return [unicodedata.normalize("NFC", "".join(row)) for row in self.grid]

    def contains(self, text: str) -> bool:
        return any(text in line for line in self.rows_text())

    def dump(self) -> str:
        return "\n".join(line.rstrip() for line in self.rows_text())

    # ---- cell helpers

    def _unsplit(self, r: int, c: int):
        """Before writing cell (r, c): blank the other half of a wide char."""
        row = self.grid[r]
        if row[c] == "" and c > 0:
            row[c - 1] = " "
        if c + 1 < self.cols and row[c + 1] == "":
            row[c + 1] = " "

    def _erase(self, r: int, c0: int, c1: int):
        """Blank cells c0..c1-1 of row r (and halves of wide chars cut)."""
        c0, c1 = max(0, c0), min(self.cols, c1)
        if c0 >= c1:
            return
        row = self.grid[r]
        if row[c0] == "" and c0 > 0:
            row[c0 - 1] = " "
        if c1 < self.cols and row[c1] == "":
            row[c1] = " "
        for c in range(c0, c1):
            row[c] = " "

    def _linefeed(self):
        if self.r == self.bottom:
            self._scroll_up(1)
        elif self.r < self.rows - 1:
            self.r += 1

    def _scroll_up(self, n: int, top: int | None = None):
        top = self.top if top is None else top
        for _ in range(min(n, self.bottom - top + 1)):
            del self.grid[top]
            self.grid.insert(self.bottom, self._blank_row())

    def _scroll_down(self, n: int, top: int | None = None):
        top = self.top if top is None else top
        for _ in range(min(n, self.bottom - top + 1)):
            del self.grid[self.bottom]
            self.grid.insert(top, self._blank_row())

    def _move(self, r: int, c: int):
        self.r = min(max(r, 0), self.rows - 1)
        self.c = min(max(c, 0), self.cols - 1)
        self.wrap_pending = False

    # ---- printing

    def _print(self, ch: str):
        cs = self.g[self.shift]
        if cs == "0" and ch in DEC_GRAPHICS:
            ch = DEC_GRAPHICS[ch]
        w = char_width(ch)
        if w == 0:
            if self.last_cell is not None:
                r, c = self.last_cell
                self.grid[r][c] += ch
            return
        if self.wrap_pending and self.autowrap:
            self.c = 0
            self._linefeed()
        self.wrap_pending = False
        if w == 2 and self.c == self.cols - 1:
            if self.autowrap:
                self._erase(self.r, self.c, self.c + 1)
                self.c = 0
                self._linefeed()
            else:
                return
        self._unsplit(self.r, self.c)
        row = self.grid[self.r]
        row[self.c] = ch
        if w == 2:
            if self.c + 2 < self.cols and row[self.c + 2] == "":
                row[self.c + 2] = " "
            row[self.c + 1] = ""
        self.last_cell = (self.r, self.c)
        self.last_char = ch
        self.c += w
        if self.c >= self.cols:
            self.c = self.cols - 1
            self.wrap_pending = True

    def _control(self, ch: str):
        o = ord(ch)
        if ch in "\n\x0b\x0c":
            self._linefeed()
            self.wrap_pending = False
        elif ch == "\r":
            self.c = 0
            self.wrap_pending = False
        elif ch == "\b":
            self.c = max(0, self.c - 1)
            self.wrap_pending = False
        elif ch == "\t":
            self.c = min(self.cols - 1, (self.c // 8 + 1) * 8)
            self.wrap_pending = False
        elif o == 0x0E:
            self.shift = 1
        elif o == 0x0F:
            self.shift = 0
        # BEL and the rest: nothing on screen

    # ---- the parser

    def feed(self, text: str):
        for ch in text:
            st = self.state
            if st == "ground":
                if ch == "\x1b":
                    self.state = "esc"
                elif ch < " " or ch == "\x7f":
                    self._control(ch)
                elif "\x80" <= ch <= "\x9f":
                    pass  # C1 controls: not used by the programs measured
                else:
                    self._print(ch)
            elif st == "esc":
                self._esc(ch)
            elif st == "esc_inter":
                if " " <= ch <= "/":
                    self.buf.append(ch)
                else:
                    self._esc_final("".join(self.buf), ch)
                    self.state = "ground"
            elif st == "csi":
                if "@" <= ch <= "~":
                    self._csi("".join(self.buf), ch)
                    self.state = "ground"
                elif ch == "\x1b":
                    self.state = "esc"  # aborted
                elif ch < " ":
                    self._control(ch)  # executed inside a CSI, as xterm does
                else:
                    self.buf.append(ch)
            elif st in ("osc", "str"):
                if ch == "\x07" and st == "osc":
                    self._osc("".join(self.buf))
                    self.state = "ground"
                elif ch == "\x1b":
                    self.state = st + "_esc"
                else:
                    self.buf.append(ch)
            elif st in ("osc_esc", "str_esc"):
                if ch == "\\":
                    if st == "osc_esc":
                        self._osc("".join(self.buf))
                    self.state = "ground"
                else:
                    # an ESC that is not ST ends the string; reparse it
                    self.state = "esc"
                    self._esc(ch)

    def _esc(self, ch: str):
        self.state = "ground"
        self.buf = []
        if ch == "[":
            self.state = "csi"
        elif ch == "]":
            self.state = "osc"
        elif ch in "PX^_":
            self.state = "str"
        elif " " <= ch <= "/":
            self.buf = [ch]
            self.state = "esc_inter"
        elif ch == "7":
            self.saved = (self.r, self.c)
        elif ch == "8":
            self._move(*self.saved)
        elif ch == "D":
            self._linefeed()
        elif ch == "E":
            self.c = 0
            self._linefeed()
        elif ch == "M":
            if self.r == self.top:
                self._scroll_down(1)
            else:
                self._move(self.r - 1, self.c)
        elif ch == "c":
            self.__init__(self.rows, self.cols)
        elif ch == "\x1b":
            self.state = "esc"
        # ESC = / ESC > (keypad), ESC \ (a lone ST) and the rest: nothing

    def _esc_final(self, inter: str, ch: str):
        if inter in ("(", ")"):
            self.g[0 if inter == "(" else 1] = ch
        elif inter == "#" and ch == "8":  # DECALN
            self.grid[:] = [["E"] * self.cols for _ in range(self.rows)]

    def _osc(self, body: str):
        # Colour queries (OSC 10/11/12 ; ? and OSC 4 ; n ; ?): answer as xterm.
        parts = body.split(";")
        if parts[0] in ("10", "11", "12") and parts[-1] == "?":
            rgb = "ffff/ffff/ffff" if parts[0] != "11" else "0000/0000/0000"
            self.replies.append(f"\x1b]{parts[0]};rgb:{rgb}\x1b\\".encode())
        elif parts[0] == "4" and len(parts) == 3 and parts[2] == "?":
            self.replies.append(f"\x1b]4;{parts[1]};rgb:8080/8080/8080\x1b\\".encode())

    def _csi(self, raw: str, final: str):
        private = ""
        if raw and raw[0] in "<=>?":
            private, raw = raw[0], raw[1:]
        m = re.fullmatch(r"([0-9;:]*)([ -/]*)", raw)
        if not m:
            return
        inter = m.group(2)
        params = []
        for p in m.group(1).split(";") if m.group(1) else []:
            p = p.split(":")[0]
            params.append(int(p) if p else 0)

        def arg(i: int, default: int = 1) -> int:
            v = params[i] if i < len(params) else 0
            return v if v else default

        if private == "?":
            if final in "hl" and not inter:
                for p in params:
                    self._dec_mode(p, final == "h")
            elif final == "p" and inter == "$":  # DECRQM: "not recognised"
                self.replies.append(f"\x1b[?{arg(0, 0)};0$y".encode())
            elif final == "n" and arg(0, 0) == 6:
                self.replies.append(f"\x1b[?{self.r + 1};{self.c + 1}R".encode())
            # CSI ? u (kitty keyboard query): xterm does not answer; DA1 does
            return
        if private == ">":
            if final == "c":
                self.replies.append(b"\x1b[>41;390;0c")
            return
        if private or inter:
            return  # CSI SP q (cursor style), CSI ! p, … : nothing on screen

        if final in "Hf":
            self._move(arg(0) - 1, arg(1) - 1)
        elif final == "A":
            self._move(max(self.r - arg(0), self.top if self.r >= self.top else 0), self.c)
        elif final == "B":
            self._move(min(self.r + arg(0), self.bottom if self.r <= self.bottom else self.rows - 1), self.c)
        elif final in "Ca":
            self._move(self.r, self.c + arg(0))
        elif final == "D":
            self._move(self.r, self.c - arg(0))
        elif final == "E":
            self._move(self.r + arg(0), 0)
        elif final == "F":
            self._move(self.r - arg(0), 0)
        elif final in "G`":
            self._move(self.r, arg(0) - 1)
        elif final == "d":
            self._move(arg(0) - 1, self.c)
        elif final == "e":
            self._move(self.r + arg(0), self.c)
        elif final == "J":
            mode = arg(0, 0)
            if mode == 0:
                self._erase(self.r, self.c, self.cols)
                for r in range(self.r + 1, self.rows):
                    self._erase(r, 0, self.cols)
            elif mode == 1:
                for r in range(0, self.r):
                    self._erase(r, 0, self.cols)
                self._erase(self.r, 0, self.c + 1)
            elif mode in (2, 3):
                for r in range(self.rows):
                    self._erase(r, 0, self.cols)
        elif final == "K":
            mode = arg(0, 0)
            if mode == 0:
                self._erase(self.r, self.c, self.cols)
            elif mode == 1:
                self._erase(self.r, 0, self.c + 1)
            elif mode == 2:
                self._erase(self.r, 0, self.cols)
            self.wrap_pending = False
        elif final == "X":
            self._erase(self.r, self.c, self.c + arg(0))
            self.wrap_pending = False
        elif final == "P":
            n = min(arg(0), self.cols - self.c)
            self._unsplit(self.r, self.c)
            row = self.grid[self.r]
            del row[self.c : self.c + n]
            row.extend([" "] * n)
            if row[self.c] == "":
                row[self.c] = " "
            self.wrap_pending = False
        elif final == "@":
            n = min(arg(0), self.cols - self.c)
            self._unsplit(self.r, self.c)
            row = self.grid[self.r]
            row[self.c : self.c] = [" "] * n
            del row[self.cols :]
            if row[-1] and char_width(row[-1][0]) == 2:  # its right half was pushed off
                row[-1] = " "
            self.wrap_pending = False
        elif final == "L":
            if self.top <= self.r <= self.bottom:
                self._scroll_down(arg(0), top=self.r)
                self.c = 0
        elif final == "M":
            if self.top <= self.r <= self.bottom:
                self._scroll_up(arg(0), top=self.r)
                self.c = 0
        elif final == "S":
            self._scroll_up(arg(0))
        elif final == "T":
            self._scroll_down(arg(0))
        elif final == "b":  # REP: the last printed character again
            for _ in range(min(arg(0), self.rows * self.cols)):
                self._print(self.last_char)
        elif final == "r":
            top, bottom = arg(0) - 1, arg(1, self.rows) - 1
            if 0 <= top < bottom < self.rows:
                self.top, self.bottom = top, bottom
                self._move(0, 0)
        elif final == "s":
            self.saved = (self.r, self.c)
        elif final == "u":
            self._move(*self.saved)
        elif final == "n":
            if arg(0, 0) == 6:
                self.replies.append(f"\x1b[{self.r + 1};{self.c + 1}R".encode())
            elif arg(0, 0) == 5:
                self.replies.append(b"\x1b[0n")
        elif final == "c":
            if arg(0, 0) == 0:
                self.replies.append(b"\x1b[?62;22c")
        elif final == "t":
            if arg(0, 0) == 18:
                self.replies.append(f"\x1b[8;{self.rows};{self.cols}t".encode())
        # m (colours), h/l (ANSI modes) and the rest: nothing on screen

    def _dec_mode(self, mode: int, on: bool):
        if mode == 7:
            self.autowrap = on
        elif mode in (47, 1047, 1049):
            if on and not self.alt_active:
                if mode == 1049:
                    self.saved_main = (self.r, self.c)
                self.alt_active = True
                if mode != 47:
                    self.alt = self._blank_grid()
                self.grid = self.alt
            elif not on and self.alt_active:
                self.alt_active = False
                self.grid = self.main
                if mode == 1049:
                    self._move(*self.saved_main)
        # 25 (cursor shown), 1000+ (mouse), 2004 (paste), 2026 (sync): nothing


# ------------------------------------------------------------------- one run


def read_hwm_kb(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/status", "rb") as f:
            for line in f:
                if line.startswith(b"VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def spawn(argv: list[str], env: dict[str, str], rows: int, cols: int):
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    t0 = time.perf_counter()
    pid = os.fork()
    if pid == 0:  # child: its own session, the pty as controlling terminal
        try:
            os.close(master)
            os.setsid()
            fcntl.ioctl(slave, termios.TIOCSCTTY, 0)
            for fd in (0, 1, 2):
                os.dup2(slave, fd)
            if slave > 2:
                os.close(slave)
            os.execvpe(argv[0], argv, env)
        except BaseException as e:  # noqa: BLE001 - report and leave
            os.write(2, f"first-screen: cannot run {argv[0]}: {e}\n".encode())
        finally:
            os._exit(127)
    os.close(slave)
    return pid, master, t0


def one_run(args, argv, env) -> dict:
    screen = Screen(args.rows, args.cols)
    decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    pid, master, t0 = spawn(argv, env, args.rows, args.cols)
    marker = unicodedata.normalize("NFC", args.until)
    then = unicodedata.normalize("NFC", args.then) if args.then else None
    res = {"first_byte": None, "alt_screen": None, "first_screen": None,
           "error": None, "ended_by": None, "hwm_kb": None, "maxrss_kb": None,
           "cpu_s": None, "exit": None, "then": None,
           "then_hwm_kb": None}
    status = rusage = None
    deadline = t0 + args.timeout
    quit_at = None
    last_hwm = 0.0
    eof = False

    def sample_hwm(now: float, force: bool = False):
        nonlocal last_hwm
        if res["first_byte"] is not None and status is None and (force or now - last_hwm > 0.02):
            v = read_hwm_kb(pid)
            if v is not None:
                res["hwm_kb"] = max(res["hwm_kb"] or 0, v)
            last_hwm = now

    while True:
        now = time.perf_counter()
        if status is None:
            wpid, st, ru = os.wait4(pid, os.WNOHANG)
            if wpid == pid:
                status, rusage = st, ru
        if status is not None and eof:
            break
        if status is not None and quit_at is None and res["first_screen"] is None:
            # ended before the marker: read what is left, then stop
            if not select.select([master], [], [], 0.05)[0]:
                break
        if quit_at is None and now > deadline:
            res["error"] = f"timeout after {args.timeout:g} s"
            quit_at = now - 10  # kill at once
        if quit_at is not None and status is None and now - quit_at > args.kill_after:
            sample_hwm(now, force=True)
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            res["ended_by"] = res["ended_by"] or "kill"
            _, st, ru = os.wait4(pid, 0)
            status, rusage = st, ru
        if status is not None and (quit_at is not None or eof):
            # drain what is left without blocking
            while not eof and select.select([master], [], [], 0)[0]:
                try:
                    if not os.read(master, 65536):
                        eof = True
                except OSError:
                    eof = True
            break
        ready = select.select([master], [], [], 0.02)[0]
        t_read = time.perf_counter()
        if ready:
            try:
                data = os.read(master, 65536)
            except OSError as e:
                if e.errno != errno.EIO:
                    raise
                data = b""
            if not data:
                eof = True
                continue
            if res["first_byte"] is None:
                res["first_byte"] = t_read - t0
            was_alt = screen.alt_active
            screen.feed(decoder.decode(data))
            if screen.replies:
                for reply in screen.replies:
                    os.write(master, reply)
                screen.replies.clear()
            if screen.alt_active and not was_alt and res["alt_screen"] is None:
                res["alt_screen"] = t_read - t0
            if (res["first_screen"] is None and quit_at is None
                    and (screen.alt_active or args.any_screen)
                    and screen.contains(marker)):
                res["first_screen"] = t_read - t0
                if args.dump:
                    res["screen"] = screen.dump()
                sample_hwm(t_read, force=True)
                if then is None:
                    os.write(master, args.quit_keys.encode())
                    quit_at = time.perf_counter()
                    res["ended_by"] = "quit"
            if (then is not None and res["first_screen"] is not None
                    and res["then"] is None and quit_at is None
                    and screen.contains(then)):
                res["then"] = t_read - t0
                sample_hwm(t_read, force=True)
                res["then_hwm_kb"] = res["hwm_kb"]
                if args.dump:
                    res["screen"] = screen.dump()
                os.write(master, args.quit_keys.encode())
                quit_at = time.perf_counter()
                res["ended_by"] = "quit"
        sample_hwm(time.perf_counter())

    if status is None:
        _, status, rusage = os.wait4(pid, 0)
    os.close(master)
    res["maxrss_kb"] = rusage.ru_maxrss
    res["cpu_s"] = rusage.ru_utime + rusage.ru_stime  # the whole run, to its end
    res["exit"] = os.waitstatus_to_exitcode(status)
    if res["first_screen"] is None and res["error"] is None:
        res["error"] = f"ended (exit {res['exit']}) before the marker was on screen"
    if then is not None and res["then"] is None and res["error"] is None:
        res["error"] = f"ended (exit {res['exit']}) before the --then marker was on screen"
    if res["error"]:
        res["screen"] = screen.dump()
    return res


# ---------------------------------------------------------------------- main


def launcher_floor_kb(env) -> int:
    """ru_maxrss of a run of `true` through the same fork: the launcher's part."""
    pid, master, _ = spawn(["true"], env, 24, 80)
    _, _, ru = os.wait4(pid, 0)
    os.close(master)
    return ru.ru_maxrss


def summary(values):
    values = [v for v in values if v is not None]
    if not values:
        return None
    return {"median": statistics.median(values), "min": min(values), "max": max(values)}


def main() -> int:
    p = argparse.ArgumentParser(
        description="Time a command to its first screen of data in a pseudo-terminal.",
        usage="%(prog)s [options] --until TEXT -- COMMAND [ARG...]")
    p.add_argument("--until", required=True, help="text that only a screen of data shows")
    p.add_argument("--then", metavar="TEXT",
                   help="after the first screen, go on until this text is on screen too"
                        " (all data read: tiendo's \"Đã đọc xong\", VisiData's \"100000 rows\")")
    p.add_argument("--runs", type=int, default=7)
    p.add_argument("--warmup", type=int, default=0)
    p.add_argument("--cols", type=int, default=120)
    p.add_argument("--rows", type=int, default=40)
    p.add_argument("--timeout", type=float, default=120.0, help="seconds per run")
    p.add_argument("--kill-after", type=float, default=2.0,
                   help="seconds after the quit keys before a kill")
    p.add_argument("--quit-keys", default="q")
    p.add_argument("--env", action="append", default=[], metavar="K=V")
    p.add_argument("--any-screen", action="store_true",
                   help="match on the normal screen too (programs without an alternate screen)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--dump", action="store_true",
                   help="print the screen as it was when the marker appeared")
    p.add_argument("command", nargs=argparse.REMAINDER)
    args = p.parse_args()
    argv = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not argv:
        p.error("no command given (put it after --)")

    env = dict(os.environ)
    env.pop("LINES", None)
    env.pop("COLUMNS", None)
    env["TERM"] = "xterm-256color"
    for kv in args.env:
        k, sep, v = kv.partition("=")
        if not sep:
            p.error(f"--env wants K=V, not {kv!r}")
        env[k] = v

    log = sys.stderr if args.json else sys.stdout
    floor = launcher_floor_kb(env)
    runs = []
    for i in range(args.warmup + args.runs):
        warm = i < args.warmup
        r = one_run(args, argv, env)
        r["warmup"] = warm
        runs.append(r)
        label = f"warmup {i + 1}" if warm else f"run {i - args.warmup + 1}"
        if r["error"]:
            print(f"{label}: FAILED: {r['error']}", file=log)
            print("--- screen at the end ---\n" + r.get("screen", ""), file=log)
        else:
            fb = r["first_byte"]
            alt = "-" if r["alt_screen"] is None else f"{r['alt_screen']:.3f} s"
            hwm = "-" if r["hwm_kb"] is None else f"{r['hwm_kb'] / 1024:.1f} MB"
            print(f"{label}: first screen {r['first_screen']:.3f} s"
                  f"  (first output {fb:.3f} s, screen taken {alt})"
                  f"  ru_maxrss {r['maxrss_kb'] / 1024:.1f} MB  VmHWM {hwm}"
                  f"  cpu {r['cpu_s']:.2f} s"
                  f"  ended by {r['ended_by']}", file=log)
            if args.dump:
                print("--- screen ---\n" + r["screen"], file=log)
        log.flush()

    counted = [r for r in runs if not r["warmup"] and not r["error"]]
    out = {
        "command": argv,
        "until": args.until,
        "size": [args.cols, args.rows],
        "runs_ok": len(counted),
        "runs_failed": sum(1 for r in runs if not r["warmup"] and r["error"]),
        "first_screen_s": summary([r["first_screen"] for r in counted]),
        "first_byte_s": summary([r["first_byte"] for r in counted]),
        "alt_screen_s": summary([r["alt_screen"] for r in counted]),
        "maxrss_kb": summary([r["maxrss_kb"] for r in counted]),
        "hwm_kb": summary([r["hwm_kb"] for r in counted]),
        "cpu_s": summary([r["cpu_s"] for r in counted]),
        "then_s": summary([r["then"] for r in counted]),
        "launcher_floor_kb": floor,
        "runs": runs,
    }
    if args.json:
        print(json.dumps(out, ensure_ascii=False, indent=1))
    else:
        fs = out["first_screen_s"]
        if fs:
            print(f"first screen: median {fs['median']:.3f} s, min {fs['min']:.3f} s,"
                  f" max {fs['max']:.3f} s  ({len(counted)} runs)")
            mr, hw = out["maxrss_kb"], out["hwm_kb"]
            print(f"peak memory: ru_maxrss median {mr['median'] / 1024:.1f} MB"
                  + (f", VmHWM median {hw['median'] / 1024:.1f} MB" if hw else "")
                  + f"  (launcher floor {floor / 1024:.1f} MB)")
            th = out["then_s"]
            if th:
                print(f"then ({args.then}): median {th['median']:.3f} s,"
                      f" min {th['min']:.3f} s, max {th['max']:.3f} s")
            cpu = out["cpu_s"]
            print(f"cpu (user+sys, whole run): median {cpu['median']:.2f} s,"
                  f" min {cpu['min']:.2f} s, max {cpu['max']:.2f} s")
        else:
            print("no run reached the first screen")
    return 0 if counted and not out["runs_failed"] else 1


if __name__ == "__main__":
    sys.exit(main())
