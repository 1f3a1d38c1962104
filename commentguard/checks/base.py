"""What a check is: a small object with a name, a default weight and ``run``.

Modelled on Presidio's recognizers: the engine knows nothing about any one check, each
check knows nothing about the others, and every result carries its own explanation, so
adding a check never means touching the engine or the combiner.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from ..normalize import Document
from ..types import Signal

if TYPE_CHECKING:
    from ..history import History


@dataclass
class Context:
    """What a check may know beyond the comment itself.

    ``batch`` is scratch space that lives for one ``check``/``check_many`` call: the
    duplicates check keeps its in-thread index there, so two calls never share state
    and a Guard stays safe to use from many threads.
    """

    history: History | None = None
    batch: dict[str, Any] = field(default_factory=dict)


class Check:
    """Base class for checks.

    Subclasses set ``name`` and ``weight`` (log-odds added per unit of ``Signal.score``)
    and implement ``run``. ``run`` returns ``None`` when it has nothing to say, which
    keeps verdicts short: a reason is listed only when a check found something.
    """

    name: ClassVar[str] = "check"
    #: Log-odds per unit of score. Zero means "a quality flag, not a spam signal".
    weight: ClassVar[float] = 1.0

    def prepare(self, docs: Sequence[Document], context: Context) -> None:
        """Optional: see the whole batch before ``run`` is called on each comment.

        Work that is cheaper done once for many comments (the duplicates check indexes
        a whole thread with a few numpy operations) belongs here; ``run`` must still
        work without it, for a caller that checks one comment at a time.
        """

    def run(self, doc: Document, context: Context) -> Signal | None:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"
