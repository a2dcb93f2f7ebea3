"""A persistent APScheduler job store on the registry's SQLite file, without SQLAlchemy.

It keeps what the scheduler needs to notice a run missed while the bot was down: each job's
pickled state and next run time, in the table SQLAlchemyJobStore used (store/scheduler_jobs.py),
so a registry written by an older ducha keeps its daily job. APScheduler's own SQLAlchemy store
made the idle bot import SQLAlchemy: 0.35 s of start-up and 11 MB (docs/benchmarks.md).
"""
from __future__ import annotations

import pickle
import threading
from pathlib import Path
from typing import Any

from apscheduler.job import Job
from apscheduler.jobstores.base import BaseJobStore, ConflictingIdError, JobLookupError
from apscheduler.util import datetime_to_utc_timestamp, utc_timestamp_to_datetime

from store import scheduler_jobs as sql
from store.db import connect


class SQLiteJobStore(BaseJobStore):
    """Jobs in `apscheduler_jobs` of the file at `path`; one connection, used under a lock
    (the scheduler calls from the event loop, `ducha run` may stop it from another thread)."""

    def __init__(self, path: Path | str, pickle_protocol: int = pickle.HIGHEST_PROTOCOL) -> None:
        super().__init__()
        self.path = str(path)
        self.pickle_protocol = pickle_protocol
        self._conn: Any = None
        self._lock = threading.Lock()

    def start(self, scheduler: Any, alias: str) -> None:
        super().start(scheduler, alias)
        with self._lock:
            if self._conn is None:
                self._conn = connect(self.path)
            sql.ensure_table(self._conn)

    def shutdown(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def lookup_job(self, job_id: str) -> Job | None:
        with self._lock:
            state = sql.job_state(self._conn, job_id)
        return self._restore(state) if state else None

    def get_due_jobs(self, now: Any) -> list[Job]:
        return self._jobs(due_by=datetime_to_utc_timestamp(now))

    def get_next_run_time(self) -> Any:
        with self._lock:
            return utc_timestamp_to_datetime(sql.next_run_time(self._conn))

    def get_all_jobs(self) -> list[Job]:
        jobs = self._jobs()
        self._fix_paused_jobs_sorting(jobs)
        return jobs

    def add_job(self, job: Job) -> None:
        with self._lock:
            if not sql.insert_job(self._conn, job.id, datetime_to_utc_timestamp(job.next_run_time), self._dump(job)):
                raise ConflictingIdError(job.id)

    def update_job(self, job: Job) -> None:
        with self._lock:
            if not sql.update_job(self._conn, job.id, datetime_to_utc_timestamp(job.next_run_time), self._dump(job)):
                raise JobLookupError(job.id)

    def remove_job(self, job_id: str) -> None:
        with self._lock:
            if not sql.delete_job(self._conn, job_id):
                raise JobLookupError(job_id)

    def remove_all_jobs(self) -> None:
        with self._lock:
            sql.delete_jobs(self._conn)

    def _dump(self, job: Job) -> bytes:
        return pickle.dumps(job.__getstate__(), self.pickle_protocol)

    def _restore(self, state: bytes) -> Job:
        job_state = pickle.loads(state)
        job_state["jobstore"] = self
        job = Job.__new__(Job)
        job.__setstate__(job_state)
        job._scheduler = self._scheduler
        job._jobstore_alias = self._alias
        return job

    def _jobs(self, *, due_by: float | None = None) -> list[Job]:
        jobs, failed = [], []
        with self._lock:
            rows = sql.job_states(self._conn, due_by=due_by)
        for job_id, state in rows:
            try:
                jobs.append(self._restore(state))
            except BaseException:  # a job whose function moved: dropped, as APScheduler's stores do
                self._logger.exception('Unable to restore job "%s" -- removing it', job_id)
                failed.append(job_id)
        if failed:
            with self._lock:
                sql.delete_jobs(self._conn, failed)
        return jobs

    def __repr__(self) -> str:
        return f"<{type(self).__name__} ({self.path})>"
