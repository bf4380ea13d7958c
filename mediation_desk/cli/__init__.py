"""Command-line subcommands. Each module has ``register(subparsers)`` adding its parser,
with ``set_defaults(func=run)`` where ``run(args) -> int``. List them in ``COMMANDS``."""

COMMANDS = [
    "mediation_desk.cli.demo",
    "mediation_desk.cli.backup",
    "mediation_desk.cli.restore",
    "mediation_desk.cli.check",
    "mediation_desk.cli.migrate_to",
    "mediation_desk.cli.export_ledger",
    "mediation_desk.cli.import_ledger",
    "mediation_desk.cli.verify",
]
