"""Worker processes that never outlive the process that started them.

``parse_many(..., workers=N)`` and ``arnews batch --workers N`` run a
``ProcessPoolExecutor`` made by :func:`process_pool`. Its workers:

* ignore SIGINT: Ctrl-C reaches the whole process group, and it is the parent's job to
  stop the run (it then stops the workers itself, see :func:`stop_pool`); SIGTERM gets
  its default action back (a forked worker would otherwise inherit the parent's handler);
* die with their parent, whatever killed it (SIGKILL included): on Linux through
  ``prctl(PR_SET_PDEATHSIG)``, and everywhere through a daemon thread that checks four
  times a second that the parent is still there (``os.getppid()`` unchanged and the
  parent's pid alive) and ends the worker with ``os._exit`` when it is not.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator

__all__ = ["PARENT_POLL_SECONDS", "process_pool", "stop_pool"]

#: How often a worker checks that its parent is alive.
PARENT_POLL_SECONDS = 0.25

_PR_SET_PDEATHSIG = 1


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, but not ours to signal
        return True
    return True


def _linux_parent_death_signal() -> None:
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
    except (OSError, AttributeError):  # no libc prctl: the watcher thread still works
        pass


def _watch(parent: int, direct: int) -> None:
    while True:
        time.sleep(PARENT_POLL_SECONDS)
        if os.getppid() != direct or not _alive(parent):
            os._exit(1)


def _worker_init(parent: int) -> None:
    """Runs first in every worker (``ProcessPoolExecutor(initializer=...)``)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not a handler inherited from the parent
    _linux_parent_death_signal()
    direct = os.getppid()  # the parent, or a fork server that dies with it
    if not _alive(parent) or direct == 1:
        os._exit(1)
    threading.Thread(target=_watch, args=(parent, direct), daemon=True).start()


def stop_pool(pool: concurrent.futures.ProcessPoolExecutor) -> None:
    """Stop ``pool`` now: queued work is cancelled and running workers are terminated."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        with contextlib.suppress(Exception):
            process.terminate()
    for process in processes:
        with contextlib.suppress(Exception):
            process.join(2)
    # The pool's manager thread may still wait for results of the workers just killed;
    # wake it until it notices and ends, or the interpreter's exit would wait for it.
    thread = getattr(pool, "_executor_manager_thread", None)
    wakeup = getattr(pool, "_executor_manager_thread_wakeup", None)
    deadline = time.monotonic() + 5.0
    while thread is not None and thread.is_alive() and time.monotonic() < deadline:
        with contextlib.suppress(Exception):
            if wakeup is not None:
                wakeup.wakeup()
        thread.join(0.1)


@contextlib.contextmanager
def process_pool(workers: int) -> Iterator[concurrent.futures.ProcessPoolExecutor]:
    """A process pool whose workers die with this process; stopped at once on any error.

    Leaving the block normally waits for the workers; leaving it by an exception
    (KeyboardInterrupt, a signal turned into an exception, a consumer that stops reading
    a generator early) cancels the queued work and terminates the workers.
    """
    pool = concurrent.futures.ProcessPoolExecutor(
        max_workers=workers, initializer=_worker_init, initargs=(os.getpid(),)
    )
    try:
        yield pool
    except BaseException:
        stop_pool(pool)
        raise
    pool.shutdown(wait=True)
