"""asyncio for Fibra: a single-threaded event loop written in Fibra.

Supported: run, Runner, sleep, create_task, Task, Future, gather, wait_for, wait, as_completed,
shield, timeout/timeout_at, Event, Lock, Condition, Semaphore, BoundedSemaphore, Queue
(PriorityQueue, LifoQueue, QueueEmpty, QueueFull), get_running_loop, get_event_loop,
new_event_loop, set_event_loop, loop.call_soon/call_later/call_at/call_soon_threadsafe/
run_until_complete/run_forever/stop/time/create_future/create_task/run_in_executor,
to_thread, run_coroutine_threadsafe, wrap_future, current_task, all_tasks, iscoroutine,
iscoroutinefunction, CancelledError, TimeoutError, InvalidStateError, TaskGroup.
Not supported: sockets, streams, subprocesses, signals (no selectors),
contextvars, debug mode.
"""

from .exceptions import *
from .coroutines import *
from .events import *
from .futures import *
from .tasks import *
from .locks import *
from .queues import *
from .timeouts import *
from .threads import *
from .runners import *
from .taskgroups import *

from . import exceptions, coroutines, events, futures, tasks, locks, queues
from . import timeouts, threads, runners, taskgroups

__all__ = (exceptions.__all__ + coroutines.__all__ + events.__all__ + futures.__all__ +
           tasks.__all__ + locks.__all__ + queues.__all__ + timeouts.__all__ +
           threads.__all__ + runners.__all__ + taskgroups.__all__)
