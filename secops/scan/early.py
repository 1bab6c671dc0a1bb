"""A head start for staged scans: Semgrep starts on the staged files before the policy is loaded.

Loading the policy means importing pydantic, about as long as Semgrep itself needs for a one-file
commit. So the hook starts Semgrep first, on every staged file with every library rule for their
languages, and loads the policy while it runs. Semgrep matches each rule on each file on its own, so
keeping only the results for the rules and files the policy then selects gives exactly the findings a
policy-first run gives; when the policy asks for more than was started (a larger size limit, another
timeout), the engine runs Semgrep again rather than guess.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from secops.resources import rules_dir
from secops.rules.library import Rule, load_rules, resolve
from secops.scan import gitdiff
from secops.scan.semgrep import DEFAULT_TIMEOUT, SemgrepOutput, run_semgrep
from secops.scan.targets import collect, prefixes_for


@dataclass
class HeadStart:
    root: Path  # the work tree's top directory
    snapshot: gitdiff.StagedSnapshot
    rule_ids: frozenset[str]
    files: frozenset[str]
    timeout: int
    _output: SemgrepOutput | None = None
    _error: BaseException | None = None
    _done: threading.Event = field(default_factory=threading.Event)

    def _run(self, rules: Sequence[Rule], files: Sequence[str]) -> None:
        try:
            self._output = run_semgrep(rules, self.snapshot.directory, files, timeout=self.timeout)
        except BaseException as exc:  # handed to the caller of output_for, on the main thread
            self._error = exc
        finally:
            self._done.set()

    def output_for(self, rules: Sequence[Rule], files: Sequence[str], timeout: int) -> SemgrepOutput | None:
        """Semgrep's output restricted to `rules` on `files`, or None when the head start does not cover them."""
        if timeout != self.timeout or not {r.id for r in rules} <= self.rule_ids or not set(files) <= self.files:
            return None
        self._done.wait()
        if self._error is not None:
            raise self._error
        assert self._output is not None
        wanted, by_id = set(files), {r.id: r for r in rules}
        results = [r for r in self._output.results if r["path"] in wanted and resolve(r["check_id"], by_id)]
        warnings = [w for w in self._output.warnings if not w.path or w.path in wanted]
        return replace(self._output, results=tuple(results), warnings=tuple(warnings))


def start_staged(cwd: Path, staging: Path, paths: Sequence[Path] = ()) -> HeadStart:
    """Materialise the index under `staging` and start Semgrep on it in the background."""
    top = gitdiff.work_tree(cwd)
    snapshot = gitdiff.staged_snapshot(top, staging)
    targets = collect(snapshot.directory, None, prefixes_for(top, paths), only=list(snapshot.changed))
    library, _warnings = load_rules([rules_dir()])  # the engine loads (and reports on) the library again
    rules = [r for r in library if r.applies_to(targets.languages | {"generic", "regex"})]
    head = HeadStart(top, snapshot, frozenset(r.id for r in rules), frozenset(targets.files), DEFAULT_TIMEOUT)
    threading.Thread(target=head._run, args=(rules, targets.files), name="secops-head-start", daemon=True).start()
    return head
