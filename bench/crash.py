"""Crash safety: edit a workspace in a child process, SIGKILL it at random moments, check.

The child applies a stream of real commands (stance, note, amendment, import, undo, redo, and
now and then a backup and a restore of it). Before each one it appends "begin <n>
<fingerprint-after>" to a log, then "done <n>" once `apply` has returned. After each kill the
parent reopens the workspace and requires: it opens, passes `PRAGMA integrity_check`, and its
state is exactly the state after the last edit reported done (or after the one in flight, if
SQLite committed it before the kill). Anything else is a loss.

    python bench/crash.py --kills 300
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `bench` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._docgen import document_text
from bench._verdict import Verdicts
from cybertrack.domain.model import ChangeSet
from cybertrack.domain.positions import Field, Stance
from cybertrack.importers import parse_bytes
from cybertrack.services import Batch, Command, ImportDocument, SetField, SetStance, Workspace

ROOT = Path(__file__).resolve().parents[1]
# item id -> (document id, stance, note, amendment): everything an edit can change.
State = dict[int, tuple[int, str, str, str]]


def state_of(workspace: Workspace) -> State:
    return {
        row.id: (row.document_id, row.stance.value if row.stance else "", row.note, row.amendment)
        for row in workspace.items()
    }


def fingerprint(state: State) -> str:
    return hashlib.sha256(json.dumps(sorted(state.items())).encode()).hexdigest()[:16]


# -- the child ----------------------------------------------------------------------------------
@dataclass
class History:
    """The child's own undo/redo stacks: each change with the states before and after it."""

    undo: list[tuple[ChangeSet, State, State]] = field(default_factory=list)
    redo: list[tuple[ChangeSet, State, State]] = field(default_factory=list)
    # A backup this child took and the state it holds: restoring it must bring that state back.
    backup: tuple[Path, State] | None = None


def _next_edit(
    rng: random.Random, state: State, history: History, counter: int
) -> tuple[str, Command | None, State]:
    """Pick an edit and predict the state after it (without touching the workspace)."""
    roll = rng.random()
    if roll > 0.985:
        return "backup", None, state
    if roll > 0.975 and history.backup is not None and history.backup[0].exists():
        return "restore", None, history.backup[1]
    if history.redo and roll < 0.15:
        return "redo", None, history.redo[-1][2]
    if not state or roll < 0.08:
        text = document_text(rng, items=rng.randint(4, 10), tag=f"crash-{os.getpid()}-{counter}")
        parsed = parse_bytes(text.encode(), f"crash-{counter}.txt")
        # Fresh rows get the next rowids, which is what SQLite hands out to a plain INSERT.
        document_id = max((v[0] for v in state.values()), default=0) + 1
        first = max(state, default=0) + 1
        after = dict(state)
        for offset in range(len(parsed.items)):
            after[first + offset] = (document_id, "", "", "")
        return "import", ImportDocument(parsed), after
    if roll < 0.25 and history.undo:
        return "undo", None, history.undo[-1][1]
    ids = sorted(state)
    after = dict(state)
    if roll < 0.55:
        chosen = tuple(rng.sample(ids, k=min(len(ids), rng.randint(1, 3))))
        stance = rng.choice([*Stance, None])
        for item_id in chosen:
            doc, _, note, amendment = after[item_id]
            after[item_id] = (doc, stance.value if stance else "", note, amendment)
        return "stance", SetStance(chosen, stance), after
    item_id = rng.choice(ids)
    doc, stance_text, note, amendment = after[item_id]
    words = f"edit {counter} — délégation ✓ {rng.randint(0, 10**9)}"
    if roll < 0.75:
        after[item_id] = (doc, stance_text, words, amendment)
        return "note", SetField(item_id, Field.NOTE, words), after
    if roll < 0.9:
        after[item_id] = (doc, stance_text, note, words)
        return "amendment", SetField(item_id, Field.AMENDMENT, words), after
    after[item_id] = (doc, Stance.AMEND.value, note, words)
    batch = Batch((SetStance((item_id,), Stance.AMEND), SetField(item_id, Field.AMENDMENT, words)))
    return "batch", batch, after


def child(db: Path, log: Path, seed: int) -> None:
    rng = random.Random(seed)
    fd = os.open(log, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    with Workspace.open(db) as workspace:
        state = state_of(workspace)
        history = History()
        for counter in range(1, 10**9):
            kind, command, after = _next_edit(rng, state, history, counter)
            # One write(2) per line: a kill cannot leave half a line behind in the kernel.
            os.write(fd, f"begin {counter} {kind} {fingerprint(after)}\n".encode())
            if kind == "backup":
                history.backup = (workspace.take_backup("manual"), state)
            elif kind == "restore":
                assert history.backup is not None
                workspace.restore_backup(history.backup[0])
                history.undo.clear()  # as the app does: the history refers to replaced rows
                history.redo.clear()
            elif kind == "undo":
                step = history.undo.pop()
                workspace.revert(step[0])
                history.redo.append(step)
            elif kind == "redo":
                step = history.redo.pop()
                workspace.reapply(step[0])
                history.undo.append(step)
            else:
                assert command is not None
                change = workspace.apply(command)
                history.undo.append((change, state, after))
                del history.undo[:-50]
                history.redo.clear()
            state = after
            os.write(fd, f"done {counter}\n".encode())


# -- the parent ---------------------------------------------------------------------------------
@dataclass
class Result:
    kills: int = 0
    edits_checked: int = 0
    in_flight_committed: int = 0
    in_flight_rolled_back: int = 0
    losses: int = 0
    integrity_failures: int = 0
    open_failures: int = 0
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)
    kinds: Counter[str] = field(default_factory=Counter)


def _read_log(log: Path, kinds: Counter[str] | None = None) -> tuple[int, str | None, str | None]:
    """(edits done, fingerprint after the last done edit, fingerprint of the one in flight)."""
    done, last_done, in_flight = 0, None, None
    pending: dict[str, tuple[str, str]] = {}
    for line in log.read_text().splitlines():
        parts = line.split()
        if len(parts) == 4 and parts[0] == "begin":
            pending[parts[1]] = (parts[2], parts[3])
            in_flight = parts[3]
        elif len(parts) == 2 and parts[0] == "done" and parts[1] in pending:
            done += 1
            kind, last_done = pending.pop(parts[1])
            in_flight = None
            if kinds is not None:
                kinds[kind] += 1
    return done, last_done, in_flight


def check_after_kill(db: Path, log: Path, expected: str, result: Result, label: str) -> str:
    """Reopen and check the workspace after a kill; return its fingerprint for the next trial.

    `expected` is the fingerprint before this child started (used when it reported nothing).
    """
    done, last_done, in_flight = _read_log(log, result.kinds)
    accepted = {last_done or expected} | ({in_flight} if in_flight else set())
    try:
        with Workspace.open(db) as workspace:
            problems = workspace.integrity_problems()
            found = fingerprint(state_of(workspace))
    except Exception as exc:  # anything at all: a workspace that will not open is a failure
        result.open_failures += 1
        result.problems.append(f"{label}: does not open: {exc}")
        return expected
    if problems:
        result.integrity_failures += 1
        result.problems.append(f"{label}: integrity: {problems[:3]}")
    if found not in accepted:
        result.losses += 1
        result.problems.append(f"{label}: state {found} is none of {sorted(accepted)}")
    result.edits_checked += done
    if in_flight is not None:
        committed = found == in_flight and found != last_done
        result.in_flight_committed += int(committed)
        result.in_flight_rolled_back += int(not committed)
    return found


def _spawn(db: Path, log: Path, seed: int) -> subprocess.Popen[bytes]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    command = [sys.executable, "-m", "bench.crash", "--child", str(db), str(log), str(seed)]
    return subprocess.Popen(command, cwd=ROOT, env=env, stderr=subprocess.PIPE)


def run(
    kills: int, workdir: Path, seed: int = 7, max_delay: float = 0.4, min_delay: float = 0.0
) -> Result:
    """Kill `kills` children at random moments; verify the workspace after each kill."""
    rng = random.Random(seed)
    db = workdir / "crash.cybertrack"
    result = Result()
    started = time.perf_counter()
    with Workspace.open(db) as workspace:
        expected = fingerprint(state_of(workspace))
    for trial in range(kills):
        log = workdir / f"trial-{trial}.log"
        log.write_bytes(b"")
        child_process = _spawn(db, log, rng.randrange(2**32))
        # Wait for the first edit to be done, so every kill lands among edits, not imports or
        # start-up (on a loaded machine a child may need longer than the random delay to start).
        deadline = time.monotonic() + 30
        while b"done" not in log.read_bytes() and child_process.poll() is None:
            if time.monotonic() > deadline:
                break
            time.sleep(0.005)
        time.sleep(rng.uniform(min_delay, max(min_delay, max_delay)))
        child_process.send_signal(signal.SIGKILL)
        _, stderr = child_process.communicate()
        if child_process.returncode != -signal.SIGKILL:
            result.problems.append(f"trial {trial}: child ended early: {stderr.decode()[-500:]}")
        result.kills += 1
        expected = check_after_kill(db, log, expected, result, label=f"trial {trial}")
        log.unlink()
    result.seconds = time.perf_counter() - started
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--child", nargs=3, metavar=("DB", "LOG", "SEED"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(Path(args.child[0]), Path(args.child[1]), int(args.child[2]))
        return 0
    import tempfile

    with tempfile.TemporaryDirectory(prefix="cybertrack-crash-") as tmp:
        result = run(args.kills, args.workdir or Path(tmp), seed=args.seed)
    print(f"crash: kills {result.kills}")
    print(f"crash: edits checked {result.edits_checked}")
    by_kind = ", ".join(f"{kind} {n}" for kind, n in sorted(result.kinds.items()))
    print(f"crash: edits checked by kind: {by_kind}")
    print(f"crash: in-flight edits found committed {result.in_flight_committed}")
    print(f"crash: in-flight edits rolled back whole {result.in_flight_rolled_back}")
    print(f"crash: losses {result.losses}")
    print(f"crash: integrity failures {result.integrity_failures}")
    print(f"crash: workspaces that would not open {result.open_failures}")
    print(f"crash: seconds {result.seconds:.1f}")
    for problem in result.problems[:20]:
        print(f"crash: problem: {problem}")
    verdicts = Verdicts()
    for what, count in (
        ("edits lost", result.losses),
        ("integrity failures", result.integrity_failures),
        ("workspaces that would not open", result.open_failures),
    ):
        verdicts.check(
            f"{what} over {result.kills} kills ({result.edits_checked:,} edits checked)",
            str(count),
            "none (a check of behaviour)",
            "0",
            count == 0,
        )
    return verdicts.exit_code()


if __name__ == "__main__":
    raise SystemExit(main())
