"""A real ``db_worker`` process for the worker tests, with a stand-in engine.

    python -m tests.ingestion.worker_process MODE ENGINE_LOG [db_worker options...]

MODE ``slow``: every extraction takes ``ENGINE_SECONDS`` (default 0.3) and finds nothing; ``hang``: it
never returns (as a worker stuck in a huge document would not). Each call appends "PID FILENAME" to
ENGINE_LOG, so a test can count how often each document was read, across processes. Everything else
is the real service: settings from the environment (DATABASE_URL, RECTRACK_VAR, RECTRACK_JOB_LEASE_SECONDS),
the real task, claim, heartbeat and sweep.
"""
import os
import sys
import time


def main() -> None:
    mode, log = sys.argv[1], sys.argv[2]
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "rectrack.settings")
    import django

    django.setup()
    from django.core.management import call_command

    from rectrack.ingestion import engine

    def extract(data: bytes, filename: str):
        with open(log, "a") as f:  # append mode: one write per line, lines from two processes never mix
            f.write(f"{os.getpid()} {filename}\n")
        time.sleep(3600 if mode == "hang" else float(os.environ.get("ENGINE_SECONDS", "0.3")))
        result = {"file": filename, "format": "text", "super_complaint": None, "organisations": [],
                  "document_date": None, "responses": [], "warnings": []}  # a whole contract object
        return engine.Extracted(result=result, text=data.decode())

    engine.extract = extract
    call_command("db_worker", *sys.argv[3:])


if __name__ == "__main__":
    main()
