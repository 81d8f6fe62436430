"""The background worker: django-tasks' database backend, plus the recurring tasks the site needs.

Tasks are queued with django_tasks' @task and run by `manage.py run_worker`, which serves every queue. The
backend is chosen once, in settings.TASKS; RECURRING_TASKS lists what the worker enqueues on its own.
"""
